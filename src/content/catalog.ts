import { career } from './lectures/career.js';
import { ethics } from './lectures/ethics.js';
import { fullstack } from './lectures/fullstack.js';
import { nlp } from './lectures/nlp.js';
import { checklists } from './checklists.js';
import { glossary, termPattern } from './glossary.js';
import type { Checklist, Lecture, Locale, Section } from './types.js';

export { checklists };

/** The four lectures, in the order the notes give them. */
export const lectures: readonly Lecture[] = [fullstack, ethics, career, nlp];

/** Case, spacing and dash differences do not matter when a member types a name. */
export function normalize(input: string): string {
  return input
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function lectureNames(lecture: Lecture): string[] {
  return [lecture.slug, ...lecture.aliases, lecture.title.ko, lecture.title.en].map(normalize);
}

function sectionNames(section: Section): string[] {
  return [section.id, ...section.aliases, section.title.ko, section.title.en].map(normalize);
}

const glossaryNameCache = new WeakMap<Section, string[]>();

/**
 * The names of every glossary term the section uses (its Korean or English form appears in the
 * section's title or body, in either language): the term's forms and aliases. So a member typing
 * a term, or a variant of it such as `차등 프라이버시`, finds the section that explains it.
 */
export function sectionGlossaryNames(section: Section): string[] {
  const cached = glossaryNameCache.get(section);
  if (cached) return cached;
  const text = [section.title.ko, section.body.ko, section.title.en, section.body.en].join('\n').normalize('NFC');
  const names = glossary
    .filter((term) => [term.ko, term.en].some((form) => termPattern(form, { ignoreCase: true }).test(text)))
    .flatMap((term) => [term.ko, term.en, ...term.aliases].map(normalize));
  const unique = [...new Set(names)];
  glossaryNameCache.set(section, unique);
  return unique;
}

/** Finds a lecture by slug, alias or title (either language), among the built-in ones or those given. */
export function findLecture(input: string, from: readonly Lecture[] = lectures): Lecture | undefined {
  const wanted = normalize(input);
  return from.find((lecture) => lectureNames(lecture).includes(wanted));
}

/**
 * Finds a section by id, alias, title or 1-based number; failing those, by a glossary term (or
 * one of its aliases) the section uses, the first such section in lecture order.
 */
export function findSection(lecture: Lecture, input: string): Section | undefined {
  const wanted = normalize(input);
  if (/^\d+$/.test(wanted)) return lecture.sections[Number(wanted) - 1];
  return (
    lecture.sections.find((section) => sectionNames(section).includes(wanted)) ??
    lecture.sections.find((section) => sectionGlossaryNames(section).includes(wanted))
  );
}

export interface Choice {
  name: string;
  value: string;
}

/** Discord shows at most 25 autocomplete choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const clip = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

const NO_MATCH = 3;

function score(all: readonly string[], q: string): number {
  return all.some((n) => n === q) ? 0 : all.some((n) => n.startsWith(q)) ? 1 : all.some((n) => n.includes(q)) ? 2 : NO_MATCH;
}

/**
 * Items whose names match `query` (exact, then prefix, then substring). Items that match only
 * through their `extra` names (glossary terms) come after every item matching its own names.
 */
function rank<T>(items: readonly T[], names: (item: T) => string[], query: string, extra?: (item: T) => string[]): T[] {
  const q = normalize(query);
  if (q === '') return [...items];
  const scored = items
    .map((item) => {
      const own = score(names(item), q);
      const fallback = own === NO_MATCH && extra ? score(extra(item), q) : NO_MATCH;
      return { item, score: own < NO_MATCH ? own : fallback < NO_MATCH ? NO_MATCH + fallback : 2 * NO_MATCH };
    })
    .filter((entry) => entry.score < 2 * NO_MATCH);
  return scored.sort((a, b) => a.score - b.score).map((entry) => entry.item);
}

export function suggestLectures(query: string, locale: Locale, from: readonly Lecture[] = lectures): Choice[] {
  return rank(from, lectureNames, query)
    .slice(0, MAX_CHOICES)
    .map((lecture) => ({ name: clip(`${lecture.title[locale]} (${lecture.slug})`), value: lecture.slug }));
}

export function suggestSections(lecture: Lecture, query: string, locale: Locale): Choice[] {
  return rank(lecture.sections, sectionNames, query, sectionGlossaryNames)
    .slice(0, MAX_CHOICES)
    .map((section) => {
      const number = lecture.sections.indexOf(section) + 1;
      return { name: clip(`${number}. ${section.title[locale]}`), value: section.id };
    });
}

function checklistNames(checklist: Checklist): string[] {
  return [checklist.slug, ...checklist.aliases, checklist.title.ko, checklist.title.en].map(normalize);
}

export function findChecklist(input: string, from: readonly Checklist[] = checklists): Checklist | undefined {
  const wanted = normalize(input);
  return from.find((checklist) => checklistNames(checklist).includes(wanted));
}

export function suggestChecklists(query: string, locale: Locale, from: readonly Checklist[] = checklists): Choice[] {
  return rank(from, checklistNames, query)
    .slice(0, MAX_CHOICES)
    .map((checklist) => ({ name: clip(checklist.title[locale]), value: checklist.slug }));
}
