import type { Actor } from '../../core/requests.js';
import { clip, echo } from '../../core/text.js';
import type { Lecture } from '../../content/types.js';
import { userError } from '../../i18n/index.js';
import type { Catalog } from '../../services/catalog.js';

/** A list of valid names for an error message, short enough to leave room for the rest. */
export const nameList = (names: readonly string[]) => clip(names.map((name) => `\`${name}\``).join(', '), 900);

/** The lecture a member named, or a user error that lists the ones there are. */
export function resolveLecture(actor: Actor, input: string, catalog: Catalog): Lecture {
  const lecture = catalog.findLecture(actor.guildId, input);
  if (!lecture) {
    throw userError('error.unknownTopic', { input: echo(input), choices: nameList(catalog.lectures(actor.guildId).map((l) => l.slug)) });
  }
  return lecture;
}

/** The section a member named (the first when none), or a user error that lists the lecture's sections. */
export function resolveSectionIndex(lecture: Lecture, input: string | undefined, catalog: Catalog): number {
  if (input === undefined || input.trim() === '') return 0;
  const section = catalog.findSection(lecture, input);
  if (!section) {
    throw userError('error.unknownSection', { lecture: lecture.slug, input: echo(input), choices: nameList(lecture.sections.map((s) => s.id)) });
  }
  return lecture.sections.indexOf(section);
}

/** A lecture by its exact slug, as components carry it. */
export function lectureBySlug(actor: Actor, slug: string, catalog: Catalog): Lecture | undefined {
  return catalog.lectures(actor.guildId).find((lecture) => lecture.slug === slug);
}
