import { Lexer, marked } from 'marked';
import { splitFrontMatter } from '../../src/content/notes/frontMatter.js';
import { decodeEntities } from '../../src/content/notes/render.js';

/** Words: runs of letters and digits, in any script. Markup, punctuation and spacing are not words. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of a notes file as a reader of its HTML rendering sees them (marked's own renderer,
 * tags stripped): an oracle independent of the bot's renderer. Front matter is not text.
 */
export function sourceWords(markdown: string, omitHeadings: ReadonlySet<string> = new Set()): string[] {
  // Top-level headings that show as titles (lectures, sections) are left out: they are not page text.
  const body = Lexer.lex(splitFrontMatter(markdown).body, { gfm: true })
    .filter((token) => !(token.type === 'heading' && omitHeadings.has(token.text.replace(/\s+/g, ' ').trim())))
    .map((token) => token.raw)
    .join('');
  const html = marked.parse(body, { async: false, gfm: true });
  return words(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
}

/** The first source word the rendered words do not contain in order (a subsequence check), or undefined. */
export function firstLost(source: readonly string[], rendered: readonly string[]): { index: number; word: string; context: string } | undefined {
  let at = 0;
  for (let i = 0; i < source.length; i++) {
    const found = rendered.indexOf(source[i]!, at);
    if (found < 0) return { index: i, word: source[i]!, context: source.slice(Math.max(0, i - 8), i + 8).join(' ') };
    at = found + 1;
  }
  return undefined;
}
