import { Lexer, type Token, type Tokens } from 'marked';
import { splitFrontMatter, type FrontMatter, type LectureMode } from './frontMatter.js';
import { protectMath } from './math.js';
import { paginate } from './pages.js';
import { isQuestionItem, QUIZ_SECTION, readQuestion, sentenceWith, type Emphasis, type NotesQuestion, type QuestionSkip } from './questions.js';
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
  /** Questions written in the file, each with the section it belongs to. */
  questions: (NotesQuestion & { section: string })[];
  /** Question blocks that could not be read, and why. */
  skipped: QuestionSkip[];
  /** The phrases the notes emphasised, for generated questions. */
  emphases: Emphasis[];
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

/** The emphasised (`**bold**`) phrases of a paragraph, as plain text. */
function strongPhrases(tokens: readonly Token[] | undefined, renderer: NotesRenderer): string[] {
  const out: string[] = [];
  for (const token of tokens ?? []) {
    if (token.type === 'strong') {
      const phrase = renderer
        .plain((token as Tokens.Strong).tokens)
        .replace(/\s+/g, ' ')
        .trim();
      // An emphasised exclamation or statement is a sentence, not a term to blank out.
      if (/[.!?]$/.test(phrase) && phrase.split(' ').length >= 3) continue;
      // A trailing full stop or colon is punctuation of the sentence, not part of the term.
      out.push(phrase.replace(/[.:;,!?]+$/, ''));
    } else if ('tokens' in token && token.tokens) out.push(...strongPhrases(token.tokens, renderer));
  }
  return out.filter((phrase) => phrase !== '');
}

/** A paragraph that is nothing but one emphasised phrase: a term, which the next block describes. */
function termLine(token: Token): boolean {
  if (token.type !== 'paragraph') return false;
  const inline = (token as Tokens.Paragraph).tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  return inline.length === 1 && inline[0]!.type === 'strong';
}

/** What the block after a term line says about it, as one line of plain text. */
function description(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .replace(/(^|; )[\s\-–—>:→=]+/g, '$1')
    .trim();
  return line.length <= 200 ? line : `${line.slice(0, 200).replace(/\s+\S*$/, '')}…`;
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
  // No level repeats (`# Week 9` over one `## Attention`): the top heading titles the lecture, the next level is its sections.
  return { lecture: null, section: repeating ?? levels[1] ?? null };
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
    const questions: (NotesQuestion & { section: string })[] = [];
    const skipped: QuestionSkip[] = [];
    const emphases: Emphasis[] = [];
    // A lecture without section headings is one section: its own text.
    const parts = l.sections.length > 0 ? l.sections : [{ title: l.title, line: l.line, tokens: [] as Located[] }];
    const sections = parts.map((part, index) => {
      const tokens = index === 0 ? [...l.intro, ...part.tokens] : part.tokens;
      const key = unique(`s${shortHash(part.title)}`, keys);
      const before = { images: renderer.images.length };
      const blocks: Block[] = [];
      const items: { id: string; text: string }[] = [];
      const itemKeys = new Set<string>();
      let term: { phrase: string; parts: string[] } | undefined;
      const endTerm = () => {
        const described = term ? description(term.parts.join('; ')) : '';
        if (described) emphases.push({ phrase: term!.phrase, sentence: `${term!.phrase}: ${described}`, section: key });
        term = undefined;
      };
      let lastQuestion: (NotesQuestion & { section: string; item: Tokens.ListItem; at: number }) | undefined;
      for (const { token, line: at } of tokens) {
        let shown: Token | undefined = token;
        if (token.type === 'list') {
          // Question blocks are the quiz, not the text: the summary would give the answers away.
          const list = token as Tokens.List;
          lastQuestion = undefined;
          const asked = new Set<Tokens.ListItem>();
          let itemLine = at;
          for (const item of list.items) {
            const line = itemLine;
            itemLine += (item.raw.match(/\n/g) ?? []).length;
            if (!isQuestionItem(item)) continue;
            const read = readQuestion(item, line, (t) => renderer.plain(t));
            if ('reason' in read) skipped.push(read);
            else {
              questions.push({ ...read, section: key });
              asked.add(item);
              lastQuestion = { ...read, section: key, item, at: line };
            }
          }
          // A block that is not a valid question stays in the text (and the import says why).
          const rest = list.items.filter((item) => !asked.has(item));
          shown = rest.length === list.items.length ? token : rest.length > 0 ? { ...list, items: rest } : undefined;
          // A task list at the top level of a section is a checklist (the boxes are only the author's marks).
          for (const entry of rest.filter((i) => i.task && !isQuestionItem(i))) {
            const text = renderer.plain(entry.tokens.filter((t) => t.type !== 'checkbox')).trim();
            if (text) items.push({ id: unique(`i${shortHash(text)}`, itemKeys), text: text.slice(0, 100) });
          }
        } else if (token.type === 'blockquote' && lastQuestion && !lastQuestion.explanation) {
          // A block quote right after a question is its explanation.
          const question = questions.at(-1)!;
          question.explanation = renderer
            .plain((token as Tokens.Blockquote).tokens)
            .replace(/^\s*(해설|설명|explanation)\s*[:：]\s*/i, '')
            .trim();
          lastQuestion = undefined;
          shown = undefined;
        } else if (token.type !== 'space') {
          lastQuestion = undefined;
        }
        // Emphasised phrases in the text (paragraphs and list items), for generated questions.
        const texts =
          token.type === 'paragraph'
            ? [(token as Tokens.Paragraph).tokens]
            : shown?.type === 'list'
              ? (shown as Tokens.List).items.map((item) => item.tokens)
              : [];
        // A bold line on its own is a term the blocks after it describe (`**GLUE 벤치마크**` then what it is).
        const describes = term && shown && !termLine(token) && (shown.type === 'paragraph' || shown.type === 'list');
        if (describes) {
          const items = shown!.type === 'list' ? (shown as Tokens.List).items.map((item) => item.tokens) : [[shown!]];
          term!.parts.push(...items.map((tokens) => renderer.plain(tokens)));
        } else if (token.type !== 'space') {
          endTerm();
        }
        if (termLine(token)) {
          const phrase = strongPhrases((token as Tokens.Paragraph).tokens, renderer)[0];
          if (phrase) term = { phrase, parts: [] };
          if (shown) blocks.push(...renderer.block(shown));
          while (warnings.length < renderer.warnings.length) warnings.push({ ...renderer.warnings[warnings.length]!, line: at });
          continue;
        }
        for (const inline of texts) {
          const text = renderer.plain(inline.filter((t) => t.type !== 'list'));
          for (const phrase of strongPhrases(
            inline.filter((t) => t.type !== 'list'),
            renderer,
          ))
            emphases.push({ phrase, sentence: sentenceWith(text, phrase), section: key });
        }
        if (shown) blocks.push(...renderer.block(shown));
        while (warnings.length < renderer.warnings.length) warnings.push({ ...renderer.warnings[warnings.length]!, line: at });
      }
      endTerm();
      const pages = paginate(blocks.filter((b) => b.text.trim() !== ''));
      sectionCount++;
      pageCount += pages.length;
      if (sectionCount > MAX_SECTIONS) throw new NotesError('too-many-sections', part.line, { max: MAX_SECTIONS });
      if (pageCount > MAX_PAGES) throw new NotesError('too-many-pages', part.line, { max: MAX_PAGES });
      return {
        key,
        title: part.title || `${index + 1}`,
        pages,
        images: renderer.images.slice(before.images),
        ...(items.length > 0 ? { checklist: { title: part.title, items } } : {}),
        line: part.line,
      };
    });
    // A section named only "퀴즈" / "Quiz" / "Questions" gives its questions to the lecture and is not shown.
    const quizOnly = (section: NotesSection) =>
      QUIZ_SECTION.test(section.title) && section.pages.every((page) => page.trim() === '') && section.images.length === 0;
    const shownSections = sections.some((section) => !quizOnly(section)) ? sections.filter((section) => !quizOnly(section)) : sections;
    const home = shownSections[0]!.key;
    for (const question of questions) if (!shownSections.some((section) => section.key === question.section)) question.section = home;
    for (const emphasis of emphases) if (!shownSections.some((section) => section.key === emphasis.section)) emphasis.section = home;
    return { title: l.title, sections: shownSections, line: l.line, questions, skipped, emphases };
  });
  return { frontMatter, lectures: out, warnings, mode };
}
