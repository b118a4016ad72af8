import { career } from './lectures/career.js';
import { ethics } from './lectures/ethics.js';
import { fullstack } from './lectures/fullstack.js';
import { nlp } from './lectures/nlp.js';
import { checklists } from './checklists.js';
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

/** Finds a lecture by slug, alias or title (either language). */
export function findLecture(input: string): Lecture | undefined {
  const wanted = normalize(input);
  return lectures.find((lecture) => lectureNames(lecture).includes(wanted));
}

/** Finds a section by id, alias, title or 1-based number. */
export function findSection(lecture: Lecture, input: string): Section | undefined {
  const wanted = normalize(input);
  if (/^\d+$/.test(wanted)) return lecture.sections[Number(wanted) - 1];
  return lecture.sections.find((section) => sectionNames(section).includes(wanted));
}

export interface Choice {
  name: string;
  value: string;
}

/** Discord shows at most 25 autocomplete choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const clip = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

function rank<T>(items: readonly T[], names: (item: T) => string[], query: string): T[] {
  const q = normalize(query);
  if (q === '') return [...items];
  const scored = items
    .map((item) => {
      const all = names(item);
      const score = all.some((n) => n === q) ? 0 : all.some((n) => n.startsWith(q)) ? 1 : all.some((n) => n.includes(q)) ? 2 : 3;
      return { item, score };
    })
    .filter((entry) => entry.score < 3);
  return scored.sort((a, b) => a.score - b.score).map((entry) => entry.item);
}

export function suggestLectures(query: string, locale: Locale): Choice[] {
  return rank(lectures, lectureNames, query)
    .slice(0, MAX_CHOICES)
    .map((lecture) => ({ name: clip(`${lecture.title[locale]} (${lecture.slug})`), value: lecture.slug }));
}

export function suggestSections(lecture: Lecture, query: string, locale: Locale): Choice[] {
  return rank(lecture.sections, sectionNames, query)
    .slice(0, MAX_CHOICES)
    .map((section) => {
      const number = lecture.sections.indexOf(section) + 1;
      return { name: clip(`${number}. ${section.title[locale]}`), value: section.id };
    });
}

function checklistNames(checklist: Checklist): string[] {
  return [checklist.slug, ...checklist.aliases, checklist.title.ko, checklist.title.en].map(normalize);
}

export function findChecklist(input: string): Checklist | undefined {
  const wanted = normalize(input);
  return checklists.find((checklist) => checklistNames(checklist).includes(wanted));
}

export function suggestChecklists(query: string, locale: Locale): Choice[] {
  return rank(checklists, checklistNames, query)
    .slice(0, MAX_CHOICES)
    .map((checklist) => ({ name: clip(checklist.title[locale]), value: checklist.slug }));
}
