/**
 * Shortening text for Discord: by UTF-16 length (what Discord counts is never more), cut only
 * between grapheme clusters, so a Hangul syllable, an emoji or a surrogate pair is never split.
 */
let segmenter: Intl.Segmenter | undefined;
/** Made on first use: the segmenter's data costs a few MB, and most text never needs cutting. */
const graphemes = () => {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
};

export const ELLIPSIS = '…';

/** The text, or its longest prefix of whole graphemes that fits `max` with an ellipsis. */
export function clip(text: string, max: number, ellipsis = ELLIPSIS): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  if (room <= 0) return ellipsis.slice(0, Math.max(0, max));
  // Segmenting is slow on long text: start at the last line break before the cut (a line feed
  // always ends a grapheme), so only the last line is segmented.
  const from = text.lastIndexOf('\n', room - 1) + 1;
  let end = from;
  for (const { segment, index } of graphemes().segment(text.slice(from, room + 64))) {
    if (from + index + segment.length > room) break;
    end = from + index + segment.length;
  }
  return `${text.slice(0, end).trimEnd()}${ellipsis}`;
}

/** Splits text into whole graphemes (for tests and fitting). */
export function graphemesOf(text: string): string[] {
  return [...graphemes().segment(text)].map((s) => s.segment);
}

/**
 * What a member typed, safe to show inside inline code in a reply: one line, no backticks
 * (they would end the code span), and short (a string option may hold 6,000 characters).
 */
export function echo(input: string, max = 60): string {
  const oneLine = input
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/`/g, 'ˋ')
    .trim();
  return clip(oneLine === '' ? ' ' : oneLine, max);
}
