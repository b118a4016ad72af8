import type { Checklist, Lecture, Section } from '../types.js';

/** A lecture of a group's notes as stored: its metadata and rendered sections. */
export interface NotesLectureData {
  slug: string;
  title: string;
  aliases: readonly string[];
  author: string | null;
  origin: 'guild' | 'folder';
  importedBy?: string;
  importedAt?: string;
  version?: number;
  sections: readonly {
    key: string;
    title: string;
    pages: readonly string[];
    images: readonly { url: string; alt: string }[];
    checklist?: { title: string; items: readonly { id: string; text: string }[] } | null;
  }[];
}

const NOTES_COLOR = 0x99aab5;
const same = (text: string) => ({ ko: text, en: text });

/**
 * The notes as a lecture like the built-in ones: text the group wrote shows as it was written,
 * whatever the member's language; the bot's own words around it are localized.
 */
export function notesLecture(data: NotesLectureData): Lecture {
  const sections: Section[] = data.sections.map((section) => ({
    id: section.key,
    aliases: [],
    title: same(section.title),
    body: same(section.pages[0] ?? ''),
    pages: section.pages,
    diagrams: section.images.map((image, i) => ({ url: image.url, caption: same(image.alt || `${section.title} ${i + 1}`) })),
  }));
  const blurb = data.sections
    .slice(0, 4)
    .map((s) => s.title)
    .join(' · ');
  return {
    slug: data.slug,
    aliases: data.aliases,
    title: same(data.title),
    speaker: same(data.author ?? ''),
    blurb: same(blurb),
    color: NOTES_COLOR,
    sections,
    imported: {
      origin: data.origin,
      ...(data.importedBy ? { importedBy: data.importedBy } : {}),
      ...(data.importedAt ? { importedAt: data.importedAt } : {}),
      ...(data.version ? { version: data.version } : {}),
    },
  };
}

/** The checklists of a notes lecture: one per section that has a top-level task list. */
export function notesChecklists(data: NotesLectureData): Checklist[] {
  return data.sections.flatMap((section) =>
    section.checklist && section.checklist.items.length > 0
      ? [
          {
            slug: `${data.slug}.${section.key}`,
            aliases: [],
            title: same(`${section.checklist.title} (${data.title})`),
            description: same(data.title),
            source: { lecture: data.slug, section: section.key },
            items: section.checklist.items.map((item) => ({ id: item.id, text: same(item.text) })),
          },
        ]
      : [],
  );
}
