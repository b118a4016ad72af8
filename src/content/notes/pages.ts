import { graphemesOf } from '../../core/text.js';
import type { Block } from './render.js';

/**
 * The most text one page shows: an embed description holds 4,096 characters and a message's
 * embeds 6,000 in all, with room left for the title, the author line, the footer and figures.
 */
export const PAGE_LENGTH = 3800;

/** Pieces that must stay whole: a link, inline code, a code block (a fence is never split mid-way). */
const ATOMS = /(\[[^\]\n]*\]\([^)\s]*\)|``[^`]*``|`[^`\n]*`)/g;

/** Splits text longer than a page at sentence ends, then spaces, then graphemes — never inside an atom. */
function splitLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  for (const [i, part] of text.split(ATOMS).entries()) {
    if (i % 2 === 1) pieces.push(part);
    else pieces.push(...part.split(/(?<=[.!?。？！]\s+|다\.\s+|\n)/));
  }
  const out: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current.length + piece.length <= max) {
      current += piece;
      return;
    }
    if (current.trim()) out.push(current.trimEnd());
    current = '';
    if (piece.length <= max) {
      current = piece.trimStart();
      return;
    }
    // One sentence longer than a page: at spaces, or (no spaces: a URL, Hangul without spacing) at graphemes.
    const words = piece.includes(' ') ? piece.split(/(?<= )/) : graphemesOf(piece);
    for (const word of words) {
      if (current.length + word.length > max && current.trim()) {
        out.push(current.trimEnd());
        current = '';
      }
      current += word.length > max ? word.slice(0, max) : word;
    }
  };
  for (const piece of pieces) push(piece);
  if (current.trim()) out.push(current.trimEnd());
  return out;
}

/** A code block longer than a page: split between lines, each part fenced again with its language. */
function splitCode(block: string, max: number): string[] {
  const match = /^```([^\n]*)\n([\s\S]*)\n```$/.exec(block);
  if (!match) return splitLong(block, max);
  const open = `\`\`\`${match[1]}\n`;
  const room = max - open.length - 4;
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const line of match[2]!.split('\n').flatMap((l) => (l.length > room ? splitLong(l, room) : [l]))) {
    if (length + line.length + 1 > room && current.length > 0) {
      out.push(`${open}${current.join('\n')}\n\`\`\``);
      current = [];
      length = 0;
    }
    current.push(line);
    length += line.length + 1;
  }
  if (current.length > 0) out.push(`${open}${current.join('\n')}\n\`\`\``);
  return out;
}

/** Packs blocks into pages of at most `max` characters, breaking between blocks where it can. */
export function paginate(blocks: readonly Block[], max = PAGE_LENGTH): string[] {
  const pages: string[] = [];
  let current = '';
  const pieces = blocks.flatMap((b) =>
    b.text.length <= max
      ? [b]
      : (b.text.startsWith('```') ? splitCode(b.text, max) : splitLong(b.text, max)).map((text, i) => ({ text, tight: i === 0 ? b.tight : false })),
  );
  for (const { text: block, tight } of pieces) {
    const joined = current ? `${current}${tight ? '\n' : '\n\n'}${block}` : block;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current) pages.push(current);
    current = block;
  }
  if (current) pages.push(current);
  return pages.length > 0 ? pages : [''];
}
