import type { Choice } from '../core/command.js';
import type { Locale } from '../core/locale.js';
import * as builtIn from '../content/catalog.js';
import { questions as builtInQuestions } from '../content/questions/index.js';
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
  all(guildId: string | null): readonly Question[];
  find(guildId: string | null, id: string): Question | undefined;
  of(guildId: string | null, lecture: string): readonly Question[];
}

export const builtInCatalog: Catalog = {
  lectures: () => builtIn.lectures,
  findLecture: (_guild, input) => builtIn.findLecture(input),
  findSection: (lecture, input) => builtIn.findSection(lecture, input),
  suggestLectures: (_guild, query, locale) => builtIn.suggestLectures(query, locale),
  suggestSections: (lecture, query, locale) => builtIn.suggestSections(lecture, query, locale),
  checklists: () => builtIn.checklists,
  findChecklist: (_guild, input) => builtIn.findChecklist(input),
  suggestChecklists: (_guild, query, locale) => builtIn.suggestChecklists(query, locale),
};

const byId = new Map(builtInQuestions.map((question) => [question.id, question]));
const byLecture = new Map<string, Question[]>();
for (const question of builtInQuestions) byLecture.set(question.lecture, [...(byLecture.get(question.lecture) ?? []), question]);

export const builtInBank: QuestionBank = {
  all: () => builtInQuestions,
  find: (_guild, id) => byId.get(id),
  of: (_guild, lecture) => byLecture.get(lecture) ?? [],
};
