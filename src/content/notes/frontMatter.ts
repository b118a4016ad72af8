import { createRequire } from 'node:module';

/** The YAML parser is loaded when a file first has front matter: it costs the process 8 MB. */
let yaml: typeof import('yaml') | undefined;
const parse = (text: string): unknown => {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
};

export type LectureMode = 'auto' | 'one' | 'h1' | 'h2' | 'h3';
export const LECTURE_MODES: readonly LectureMode[] = ['auto', 'one', 'h1', 'h2', 'h3'];

/** What a notes file may say about itself in a YAML front matter block. */
export interface FrontMatter {
  title?: string;
  slug?: string;
  aliases: string[];
  author?: string;
  lang?: 'ko' | 'en';
  lectures?: LectureMode;
}

export interface WithFrontMatter {
  frontMatter: FrontMatter;
  /** The Markdown after the block (the block is never shown as text). */
  body: string;
  /** Lines the block took, so line numbers of the body can be given in the file's terms. */
  lineOffset: number;
  /** Set when the block was there but was not YAML the bot could read. */
  invalid?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);

/** Splits off a `---` … `---` (or `...`) block at the top of the file and reads the keys the bot uses. */
export function splitFrontMatter(source: string): WithFrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { frontMatter: { aliases: [] }, body: source, lineOffset: 0 };
  const lineOffset = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  const body = source.slice(match[0].length);
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    return { frontMatter: { aliases: [] }, body, lineOffset, invalid: error instanceof Error ? error.message.split('\n')[0] : 'invalid YAML' };
  }
  const fields = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const aliases = Array.isArray(fields.aliases)
    ? fields.aliases.map(text).filter((a): a is string => a !== undefined)
    : text(fields.aliases)
      ? [text(fields.aliases)!]
      : [];
  const lang = text(fields.lang)?.toLowerCase();
  const lectures = text(fields.lectures)?.toLowerCase();
  const frontMatter: FrontMatter = { aliases };
  const title = text(fields.title);
  const slug = text(fields.slug);
  const author = text(fields.author);
  if (title) frontMatter.title = title;
  if (slug) frontMatter.slug = slug;
  if (author) frontMatter.author = author;
  if (lang === 'ko' || lang === 'en') frontMatter.lang = lang;
  if (lectures && (LECTURE_MODES as readonly string[]).includes(lectures)) frontMatter.lectures = lectures as LectureMode;
  return { frontMatter, body, lineOffset };
}
