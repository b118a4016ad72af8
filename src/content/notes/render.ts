import type { Token, Tokens } from 'marked';
import { plainMath, restoreMath } from './math.js';

/** A figure of a section: shown as an embed when its URL is absolute http(s). */
export interface NotesImage {
  url: string;
  alt: string;
}

/** What the renderer noticed that the importer reports (e.g. images it cannot show). */
export type RenderWarning = { kind: 'relative-image'; src: string } | { kind: 'unsafe-link'; href: string };

/** A piece of a section a page may break before; the items of one list follow each other on the next line. */
export interface Block {
  text: string;
  /** Joined to the block before with a line break (list items), not a blank line. */
  tight?: boolean;
}

const ZWSP = '\u200b';

/** Characters Discord would read as formatting in text the author meant literally. */
export function escapeText(text: string): string {
  return text
    .replace(/([\\*_~`|[\]])/g, '\\$1')
    .replace(/(^|\n)([ \t]*)(-#|#|>)/g, '$1$2\\$3')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@|#|:|a:|t:)/g, `<${ZWSP}$1`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

const isWebUrl = (url: string) => /^https?:\/\/[^\s<>]+$/i.test(url);

/** The attributes of an HTML tag, e.g. `src` and `alt` of an `<img>`. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

/** Renders tokens to Discord Markdown, collecting figures and warnings. */
export class NotesRenderer {
  readonly images: NotesImage[] = [];
  readonly warnings: RenderWarning[] = [];

  constructor(private readonly math: readonly string[]) {}

  image(src: string, alt: string): string {
    const label = alt.trim();
    if (isWebUrl(src)) {
      this.images.push({ url: src, alt: label });
      return label ? `🖼 ${escapeText(label)}` : '🖼';
    }
    this.warnings.push({ kind: 'relative-image', src });
    return label ? `🖼 ${escapeText(label)} (${escapeText(src)})` : `🖼 (${escapeText(src)})`;
  }

  /** HTML: line breaks, images and `<summary>` become Markdown, other tags go and their text stays. */
  html(raw: string): string {
    let out = '';
    let last = 0;
    for (const match of raw.matchAll(/<!--[\s\S]*?-->|<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
      out += escapeText(decodeEntities(raw.slice(last, match.index)));
      last = match.index + match[0].length;
      const tag = (match[1] ?? '').toLowerCase();
      const closing = match[0].startsWith('</');
      if (tag === 'br') out += '\n';
      else if (tag === 'img' && !closing) out += this.image(attribute(match[0], 'src') ?? '', attribute(match[0], 'alt') ?? '');
      else if (tag === 'summary' || tag === 'b' || tag === 'strong') out += '**';
      else if (tag === 'i' || tag === 'em') out += '*';
      else if (tag === 'code' || tag === 'kbd') out += '`';
      else if (['p', 'div', 'details', 'figure', 'figcaption', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)) out += '\n';
    }
    out += escapeText(decodeEntities(raw.slice(last)));
    return out;
  }

  inline(tokens: readonly Token[] | undefined): string {
    let out = '';
    for (const token of tokens ?? []) out += this.inlineToken(token);
    return out;
  }

  private inlineToken(token: Token): string {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        return t.tokens ? this.inline(t.tokens) : restoreMath(escapeText(decodeEntities(t.text)), this.math);
      }
      case 'escape':
        return escapeText((token as Tokens.Escape).text);
      case 'strong':
        return `**${this.inline((token as Tokens.Strong).tokens)}**`;
      case 'em':
        return `*${this.inline((token as Tokens.Em).tokens)}*`;
      case 'del':
        return `~~${this.inline((token as Tokens.Del).tokens)}~~`;
      case 'codespan': {
        const code = decodeEntities((token as Tokens.Codespan).text);
        return code.includes('`') ? `\`\` ${code} \`\`` : `\`${code}\``;
      }
      case 'br':
        return '\n';
      case 'link': {
        const link = token as Tokens.Link;
        const text = this.inline(link.tokens) || escapeText(link.href);
        if (isWebUrl(link.href)) return `[${text}](${link.href})`;
        // Anchors within the page, relative paths, and javascript:, data: and other schemes: the text alone.
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.href) && !/^https?:/i.test(link.href)) this.warnings.push({ kind: 'unsafe-link', href: link.href });
        return text;
      }
      case 'image': {
        const image = token as Tokens.Image;
        return this.image(image.href, image.text);
      }
      case 'html':
        return this.html((token as Tokens.HTML).text);
      default:
        return 'raw' in token && typeof token.raw === 'string' ? escapeText(token.raw) : '';
    }
  }

  /** Plain text of inline tokens (for table cells, which show in a code block). */
  plain(tokens: readonly Token[] | undefined): string {
    let out = '';
    for (const token of tokens ?? []) {
      if ('tokens' in token && token.tokens) out += this.plain(token.tokens);
      else if (token.type === 'image') out += (token as Tokens.Image).text;
      else if (token.type === 'html') out += decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ''));
      else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text);
    }
    return plainMath(out, this.math);
  }

  /** Block tokens to blocks of text; a list gives one block per item, so pages may break between items. */
  blocks(tokens: readonly Token[]): Block[] {
    return tokens.flatMap((token) => this.block(token)).filter((block) => block.text.trim() !== '');
  }

  block(token: Token): Block[] {
    if (token.type === 'list') return this.list(token as Tokens.List, 0).map((text, i) => (i === 0 ? { text } : { text, tight: true }));
    return this.text(token, 0).map((text) => ({ text }));
  }

  /** A block token as text (nested blocks, as in list items and quotes, are joined). */
  private text(token: Token, depth: number): string[] {
    switch (token.type) {
      case 'space':
      case 'def':
        return [];
      case 'heading':
        // A heading deeper than the section level is part of the section: a bold line.
        return [`**${this.inline((token as Tokens.Heading).tokens)}**`];
      case 'paragraph':
        return [this.inline((token as Tokens.Paragraph).tokens)];
      case 'text': {
        const t = token as Tokens.Text;
        return [t.tokens ? this.inline(t.tokens) : restoreMath(escapeText(t.text), this.math)];
      }
      case 'code': {
        const code = token as Tokens.Code;
        const lang = /^[\w+#.-]{1,20}/.exec(code.lang ?? '')?.[0] ?? '';
        return [`\`\`\`${lang}\n${code.text.replace(/```/g, `\`${ZWSP}\`\``)}\n\`\`\``];
      }
      case 'blockquote': {
        const inner = this.blocks((token as Tokens.Blockquote).tokens)
          .map((block, i) => (i === 0 ? block.text : `${block.tight ? '\n' : '\n\n'}${block.text}`))
          .join('');
        return [
          inner
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n'),
        ];
      }
      case 'list':
        return this.list(token as Tokens.List, depth);
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'html':
        return [
          this.html((token as Tokens.HTML).text)
            .split('\n')
            .map((line) => line.trim())
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trim(),
        ];
      case 'hr':
        return ['───'];
      default:
        return 'raw' in token && typeof token.raw === 'string' ? [escapeText(token.raw)] : [];
    }
  }

  private list(list: Tokens.List, depth: number): string[] {
    const indent = '  '.repeat(depth);
    const start = typeof list.start === 'number' ? list.start : 1;
    return list.items.map((item, i) => {
      const bullet = list.ordered ? `${start + i}.` : '-';
      const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
      // Nested lists indent themselves, and a code block keeps its lines as they are (indenting them would change the code).
      const parts: { text: string; asIs: boolean }[] = [];
      for (const child of item.tokens) {
        if (child.type === 'checkbox') continue;
        if (child.type === 'list') parts.push(...this.list(child as Tokens.List, depth + 1).map((text) => ({ text, asIs: true })));
        else if (child.type === 'code') parts.push(...this.text(child, depth + 1).map((text) => ({ text, asIs: true })));
        else parts.push(...this.text(child, depth + 1).map((text) => ({ text: text.split('\n').join(`\n${indent}  `), asIs: false })));
      }
      const [first, ...rest] = parts;
      const head = first ? (first.asIs && first.text.startsWith('```') ? `\n${first.text}` : first.text.trimStart()) : '';
      return [`${indent}${bullet} ${box}${head}`, ...rest.map((part) => (part.asIs ? part.text : `${indent}  ${part.text}`))].join('\n');
    });
  }

  /** A table as aligned text in a code block (Discord draws no tables); wide (Hangul) characters count double. */
  private table(table: Tokens.Table): string {
    const rows = [table.header.map((cell) => this.plain(cell.tokens)), ...table.rows.map((row) => row.map((cell) => this.plain(cell.tokens)))];
    const widths = table.header.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ''))));
    const line = (row: string[]) =>
      row
        .map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c]! - displayWidth(cell))))
        .join(' | ')
        .trimEnd();
    const [header, ...body] = rows;
    return ['```', line(header!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line), '```'].join('\n').replace(/```\n/, '```\n');
  }
}

/** Columns a string takes in a monospace font: Hangul, CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}
