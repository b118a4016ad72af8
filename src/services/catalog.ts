import type { Choice } from '../core/command.js';
import type { Locale } from '../core/locale.js';
import * as builtIn from '../content/catalog.js';
import type { Checklist, Lecture, Question, Section } from '../content/types.js';

/** The lectures and checklists a guild can study. */
export interface Catalog {
  lectures(guildId: string | null): readonly Lecture[];
  /** By slug, alias or title (either language). */
  findLecture(guildId: string | null, input: string): Lecture | undefined;
  /** By id, alias, title or 1-based number. */
  findSection(lecture: Lecture, input: string): Section | undefined;
  suggestLectures(guildId: string | null, query: string, locale: Locale): Choice[];
  suggestSections(lecture: Lecture, query: string, locale: Locale): Choice[];
  checklists(guildId: string | null): readonly Checklist[];
  findChecklist(guildId: string | null, input: string): Checklist | undefined;
  suggestChecklists(guildId: string | null, query: string, locale: Locale): Choice[];
}

/** The questions a guild's quizzes draw from. */
export interface QuestionBank {
  /** The questions a guild's quizzes ask now. */
  all(guildId: string | null): readonly Question[];
  /** Any question the guild has (also one it stopped asking), for verdicts on posts already out. */
  find(guildId: string | null, id: string): Question | undefined;
  of(guildId: string | null, lecture: string): readonly Question[];
  isActive(guildId: string | null, id: string): boolean;
}

/** The lectures a guild studies: the built-in ones, the operator's folder, and the guild's own notes. */
export function createCatalog(sources: {
  folder: { lectures: readonly Lecture[]; checklists: readonly Checklist[] };
  notes: { lectures(guildId: string): readonly Lecture[]; checklists(guildId: string): readonly Checklist[] };
}): Catalog {
  const shared = [...builtIn.lectures, ...sources.folder.lectures];
  const sharedChecklists = [...builtIn.checklists, ...sources.folder.checklists];
  const withOwn = <T>(common: readonly T[], own: readonly T[]) => (own.length === 0 ? common : [...common, ...own]);
  const lectures = (guildId: string | null) => (guildId ? withOwn(shared, sources.notes.lectures(guildId)) : shared);
  const checklists = (guildId: string | null) => (guildId ? withOwn(sharedChecklists, sources.notes.checklists(guildId)) : sharedChecklists);
  return {
    lectures,
    findLecture: (guild, input) => builtIn.findLecture(input, lectures(guild)),
    findSection: (lecture, input) => builtIn.findSection(lecture, input),
    suggestLectures: (guild, query, locale) => builtIn.suggestLectures(query, locale, lectures(guild)),
    suggestSections: (lecture, query, locale) => builtIn.suggestSections(lecture, query, locale),
    checklists,
    findChecklist: (guild, input) => builtIn.findChecklist(input, checklists(guild)),
    suggestChecklists: (guild, query, locale) => builtIn.suggestChecklists(query, locale, checklists(guild)),
  };
}
