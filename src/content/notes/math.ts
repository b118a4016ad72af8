/**
 * LaTeX math in notes (`$…$`, `$$…$$`, `\( … \)`, `\[ … \]`, and the `\\(` form Jekyll sites
 * write) is set aside before the Markdown is parsed, so that neither the parser nor Discord reads
 * its `_`, `*` or `\` as formatting; it comes back as inline code or a code block.
 */
const INLINE_OPEN = '\uE000';
const INLINE_CLOSE = '\uE001';
const BLOCK_OPEN = '\uE002';
const BLOCK_CLOSE = '\uE003';

export interface ProtectedMath {
  text: string;
  math: string[];
}

const DISPLAY = [/\$\$([\s\S]+?)\$\$/g, /\\\\\[([\s\S]+?)\\\\\]/g, /\\\[([\s\S]+?)\\\]/g];
const INLINE = [/\\\\\(([\s\S]+?)\\\\\)/g, /\\\(([\s\S]+?)\\\)/g, /\$(?=\S)([^$\n]*?\S)\$(?!\d)/g];

function protectSegment(segment: string, math: string[]): string {
  let out = segment;
  for (const pattern of DISPLAY) out = out.replace(pattern, (_, body: string) => `${BLOCK_OPEN}${math.push(body.trim()) - 1}${BLOCK_CLOSE}`);
  for (const pattern of INLINE) out = out.replace(pattern, (_, body: string) => `${INLINE_OPEN}${math.push(body.trim()) - 1}${INLINE_CLOSE}`);
  return out;
}

/** Replaces math outside code (fenced blocks and inline code spans) with placeholders. */
export function protectMath(source: string): ProtectedMath {
  const math: string[] = [];
  const out: string[] = [];
  const lines = source.split('\n');
  let fence: { char: string; length: number } | undefined;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    // Inline code spans (a run of backticks to the same run) stay as they are.
    const text = buffer.join('\n');
    const parts = text.split(/(`+[^`]*?`+)/g);
    out.push(parts.map((part, i) => (i % 2 === 1 ? part : protectSegment(part, math))).join(''));
    buffer = [];
  };
  for (const line of lines) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      out.push(line);
      if (opener && opener[1]![0] === fence.char && opener[1]!.length >= fence.length && line.trim() === opener[1]) fence = undefined;
      continue;
    }
    if (opener) {
      flush();
      fence = { char: opener[1]![0]!, length: opener[1]!.length };
      out.push(line);
      continue;
    }
    buffer.push(line);
  }
  flush();
  return { text: out.join('\n'), math };
}

const PLACEHOLDER = /\uE000(\d+)\uE001|\uE002(\d+)\uE003/g;

export function hasMath(text: string): boolean {
  return /[\uE000\uE002]/.test(text);
}

/** Puts math back: inline as inline code, display math as a code block on lines of its own. */
export function restoreMath(text: string, math: readonly string[]): string {
  return text.replace(PLACEHOLDER, (_, inline: string | undefined, block: string | undefined) => {
    const body = (math[Number(inline ?? block)] ?? '').replace(/`/g, 'ˋ');
    return inline !== undefined ? `\`${body.replace(/\s+/g, ' ')}\`` : `\n\`\`\`\n${body}\n\`\`\`\n`;
  });
}

/** The math of a placeholder, as plain text (table cells, headings). */
export function plainMath(text: string, math: readonly string[]): string {
  return text.replace(PLACEHOLDER, (_, inline: string | undefined, block: string | undefined) => math[Number(inline ?? block)] ?? '');
}
