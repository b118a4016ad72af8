import { Lexer, type Token, type Tokens } from 'marked';
import { splitFrontMatter, type FrontMatter, type LectureMode } from './frontMatter.js';
import { protectMath } from './math.js';
import { paginate } from './pages.js';
import { NotesRenderer, type Block, type NotesImage, type RenderWarning } from './render.js';

export const MAX_SECTIONS = 1000;
export const MAX_PAGES = 5000;

export interface NotesChecklist {
  title: string;
  items: { id: string; text: string }[];
}

export interface NotesSection {
  /** Stable within its lecture: from the heading, so a new version keeps members' reading state. */
  key: string;
  title: string;
  pages: string[];
  images: NotesImage[];
  /** The section's top-level GFM task list, as a checklist. */
  checklist?: NotesChecklist;
  line: number;
}

export interface NotesLecture {
  title: string;
  sections: NotesSection[];
  line: number;
}

export type NotesWarning = RenderWarning & { line: number };

export interface ParsedNotes {
  frontMatter: FrontMatter;
  lectures: NotesLecture[];
  warnings: NotesWarning[];
  mode: LectureMode;
}

/** Why a file cannot be imported, with the line it is about. */
export class NotesError extends Error {
  constructor(
    readonly reason: 'empty' | 'only-front-matter' | 'too-many-sections' | 'too-many-pages' | 'bad-front-matter',
    readonly line: number,
    readonly detail: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${reason} at line ${line}`);
    this.name = 'NotesError';
  }
}

/** FNV-1a: a short, stable key for a heading (custom_ids carry it, so it must be short ascii). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function unique(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

interface Located {
  token: Token;
  line: number;
}

function headingText(token: Tokens.Heading): string {
  return token.text.replace(/\s+/g, ' ').trim();
}

/**
 * Which heading levels are lectures and sections (README, "Reading Markdown"): lectures are the
 * highest level that repeats and whose headings each have sub-headings, sections the level below;
 * otherwise one lecture whose sections are the headings of its highest repeating level.
 */
export function chooseLevels(headings: readonly { depth: number }[], mode: LectureMode): { lecture: number | null; section: number | null } {
  const levels = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b);
  const below = (level: number) => levels.find((l) => l > level) ?? null;
  const repeating = levels.find((level) => headings.filter((h) => h.depth === level).length >= 2) ?? null;
  if (mode === 'one') return { lecture: null, section: repeating };
  if (mode !== 'auto') {
    const level = Number(mode.slice(1));
    return levels.includes(level) ? { lecture: level, section: below(level) } : { lecture: null, section: repeating };
  }
  for (const level of levels) {
    const at = headings.map((h, i) => ({ h, i })).filter(({ h }) => h.depth === level);
    if (at.length < 2) continue;
    const eachHasSub = at.every(({ i }) => {
      const next = headings.slice(i + 1).find((h) => h.depth <= level);
      const end = next ? headings.indexOf(next) : headings.length;
      return headings.slice(i + 1, end).some((h) => h.depth > level);
    });
    if (eachHasSub) return { lecture: level, section: below(level) };
  }
  return { lecture: null, section: repeating };
}

/** Reads a notes file into lectures, sections and pages ready for Discord. Throws NotesError for what cannot be imported. */
export function parseNotes(source: string, filename: string, requested: LectureMode = 'auto'): ParsedNotes {
  const { frontMatter, body, lineOffset, invalid } = splitFrontMatter(source);
  if (invalid !== undefined) throw new NotesError('bad-front-matter', 1, { detail: invalid });
  if (body.trim() === '') throw new NotesError(lineOffset > 0 ? 'only-front-matter' : 'empty', lineOffset + 1);
  const mode = requested !== 'auto' ? requested : (frontMatter.lectures ?? 'auto');
  const { text, math } = protectMath(body);
  const located: Located[] = [];
  let line = lineOffset + 1;
  for (const token of Lexer.lex(text, { gfm: true })) {
    located.push({ token, line });
    line += (token.raw.match(/\n/g) ?? []).length;
  }
  // Only top-level headings are structure: one inside a code block, a quote or a list item is content.
  const headings = located.filter((l) => l.token.type === 'heading').map((l) => l.token as Tokens.Heading);
  const levels = chooseLevels(headings, mode);
  const fallbackTitle = frontMatter.title ?? filename.replace(/\.(md|markdown|txt)$/i, '');
  const renderer = new NotesRenderer(math);
  const warnings: NotesWarning[] = [];

  const lectures: { title: string; line: number; intro: Located[]; sections: { title: string; line: number; tokens: Located[] }[] }[] = [];
  const start = (title: string, at: number) => {
    lectures.push({ title, line: at, intro: [], sections: [] });
    return lectures.at(-1)!;
  };
  const single = levels.lecture === null;
  // One lecture: titled by the front matter, or by a single heading above the section level.
  const above = single ? headings.filter((h) => levels.section === null || h.depth < levels.section) : [];
  let lecture = single ? start(frontMatter.title ?? (above.length === 1 ? headingText(above[0]!) : fallbackTitle), lineOffset + 1) : undefined;
  let preamble: Located[] = [];
  for (const item of located) {
    const token = item.token;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (!single && heading.depth === levels.lecture) {
        lecture = start(headingText(heading), item.line);
        // What came before the first lecture (a course title, a contents list) opens the first lecture.
        lecture.intro.push(...preamble);
        preamble = [];
        continue;
      }
      if (lecture && heading.depth === levels.section) {
        lecture.sections.push({ title: headingText(heading), line: item.line, tokens: [] });
        continue;
      }
      if (single && above.length === 1 && heading === above[0] && frontMatter.title === undefined) continue;
    }
    if (!lecture) preamble.push(item);
    else if (lecture.sections.length === 0) lecture.intro.push(item);
    else lecture.sections.at(-1)!.tokens.push(item);
  }
  if (!lecture) lecture = start(fallbackTitle, lineOffset + 1);
  lecture.intro.push(...preamble);

  let sectionCount = 0;
  let pageCount = 0;
  const out: NotesLecture[] = lectures.map((l) => {
    const keys = new Set<string>();
    // A lecture without section headings is one section: its own text.
    const parts = l.sections.length > 0 ? l.sections : [{ title: l.title, line: l.line, tokens: [] as Located[] }];
    const sections = parts.map((part, index) => {
      const tokens = index === 0 ? [...l.intro, ...part.tokens] : part.tokens;
      const before = { images: renderer.images.length, warnings: renderer.warnings.length };
      const blocks: Block[] = [];
      const items: { id: string; text: string }[] = [];
      const itemKeys = new Set<string>();
      for (const { token, line: at } of tokens) {
        blocks.push(...renderer.block(token));
        while (warnings.length < renderer.warnings.length) warnings.push({ ...renderer.warnings[warnings.length]!, line: at });
        // A task list at the top level of a section is a checklist (the boxes are only the author's marks).
        if (token.type === 'list' && (token as Tokens.List).items.some((i) => i.task)) {
          for (const entry of (token as Tokens.List).items.filter((i) => i.task)) {
            const text = renderer.plain(entry.tokens.filter((t) => t.type !== 'checkbox')).trim();
            if (text) items.push({ id: unique(`i${shortHash(text)}`, itemKeys), text: text.slice(0, 100) });
          }
        }
      }
      const pages = paginate(blocks.filter((b) => b.text.trim() !== ''));
      sectionCount++;
      pageCount += pages.length;
      if (sectionCount > MAX_SECTIONS) throw new NotesError('too-many-sections', part.line, { max: MAX_SECTIONS });
      if (pageCount > MAX_PAGES) throw new NotesError('too-many-pages', part.line, { max: MAX_PAGES });
      return {
        key: unique(`s${shortHash(part.title)}`, keys),
        title: part.title || `${index + 1}`,
        pages,
        images: renderer.images.slice(before.images),
        ...(items.length > 0 ? { checklist: { title: part.title, items } } : {}),
        line: part.line,
      };
    });
    return { title: l.title, sections, line: l.line };
  });
  return { frontMatter, lectures: out, warnings, mode };
}
