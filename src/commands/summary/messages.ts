import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord-api-types/v10';
import { embedLength } from '../../core/fit.js';
import { LIMITS } from '../../core/limits.js';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture, Section } from '../../content/types.js';
import { t } from '../../i18n/index.js';
import { sectionButton, sectionMenu } from './routes.js';

/** `3. Title`, unless the notes number their headings themselves (`3. ML Product`). */
export function numbered(index: number, title: string): string {
  return /^\d+[.)]\s/.test(title) ? title : `${index + 1}. ${title}`;
}

/** A message holds ten embeds: the text and nine figures; with more, eight figures and the rest as links. */
const FIGURES = 9;

/** The pages of a section: imported notes are split into pages, a built-in section is one. */
export function pagesOf(section: Section, locale: Locale): readonly string[] {
  return section.pages && section.pages.length > 0 ? section.pages : [section.body[locale]];
}

/** Where a page is: its section (index) and page, both counted from 0. */
export interface Place {
  index: number;
  page: number;
}

/** The page before and after, moving page by page within a section and then to the next section. */
export function neighbours(lecture: Lecture, at: Place, locale: Locale): { prev?: Place; next?: Place } {
  const pages = (index: number) => pagesOf(lecture.sections[index]!, locale).length;
  const out: { prev?: Place; next?: Place } = {};
  if (at.page > 0) out.prev = { index: at.index, page: at.page - 1 };
  else if (at.index > 0) out.prev = { index: at.index - 1, page: pages(at.index - 1) - 1 };
  if (at.page + 1 < pages(at.index)) out.next = { index: at.index, page: at.page + 1 };
  else if (at.index + 1 < lecture.sections.length) out.next = { index: at.index + 1, page: 0 };
  return out;
}

/** A page's text embed and, on a section's first page, one embed per diagram (more than fit: the rest as links). */
export function sectionEmbeds(lecture: Lecture, sectionIndex: number, locale: Locale, page = 0): APIEmbed[] {
  const section = lecture.sections[sectionIndex];
  if (!section) throw new Error(`section ${sectionIndex} of ${lecture.slug} does not exist`);
  const pages = pagesOf(section, locale);
  const speaker = lecture.speaker[locale];
  const footer = t(locale, 'summary.footer', { lecture: lecture.slug, index: sectionIndex + 1, total: lecture.sections.length });
  const main: APIEmbed = {
    color: lecture.color,
    author: { name: speaker ? `${lecture.title[locale]} · ${t(locale, 'summary.speaker', { speaker })}` : lecture.title[locale] },
    title: numbered(sectionIndex, section.title[locale]),
    // A heading the notes left without text still shows a page, not an empty (rejected) description.
    description: pages[page] || t(locale, 'summary.emptySection'),
    footer: { text: pages.length > 1 ? `${footer} · ${t(locale, 'summary.page', { page: page + 1, pages: pages.length })}` : footer },
  };
  const figures = page === 0 ? section.diagrams : [];
  const shown = figures.length > FIGURES ? figures.slice(0, FIGURES - 1) : figures;
  const embeds: APIEmbed[] = [
    main,
    ...shown.map((diagram, i) => ({
      color: lecture.color,
      description: t(locale, 'summary.diagram', { index: i + 1, total: figures.length, caption: diagram.caption[locale] }),
      image: { url: diagram.url },
    })),
  ];
  if (figures.length > shown.length) {
    // The rest as links, as many as the message's 6,000 characters leave room for.
    let room = LIMITS.embedTotal - embeds.reduce((sum, embed) => sum + embedLength(embed), 0) - 100;
    const links: string[] = [];
    for (const [i, diagram] of figures.slice(shown.length).entries()) {
      const link = `[${shown.length + i + 1}](${diagram.url})`;
      if (link.length + 1 > room) break;
      links.push(link);
      room -= link.length + 1;
    }
    if (links.length > 0) embeds.push({ color: lecture.color, description: t(locale, 'summary.moreFigures', { links: links.join(' ') }) });
  }
  return embeds;
}

/** A menu holds 25 options: the sections around the current one. */
function menuWindow(total: number, current: number): number[] {
  const size = Math.min(total, 25);
  const start = Math.min(Math.max(current - 12, 0), total - size);
  return Array.from({ length: size }, (_, i) => start + i);
}

/** The message for one page of a section: its embeds, and buttons and a menu to move on. */
export function summaryMessage(lecture: Lecture, sectionIndex: number, locale: Locale, page = 0): MessagePayload {
  const at = { index: sectionIndex, page };
  const { prev, next } = neighbours(lecture, at, locale);
  const button = (
    action: 'prev' | 'next',
    target: Place | undefined,
    label: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary,
  ): APIButtonComponentWithCustomId => {
    const to = target ?? at;
    return {
      type: ComponentType.Button,
      style,
      label,
      custom_id: sectionButton.encode(action, locale, lecture.slug, lecture.sections[to.index]!.id, to.page === 0 ? undefined : to.page),
      disabled: target === undefined,
    };
  };
  return {
    embeds: sectionEmbeds(lecture, sectionIndex, locale, page),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button('prev', prev, `◀ ${t(locale, 'summary.prev')}`, ButtonStyle.Secondary),
          button('next', next, `${t(locale, 'summary.next')} ▶`, ButtonStyle.Primary),
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: sectionMenu.encode('pick', locale, lecture.slug),
            placeholder: t(locale, 'summary.pick'),
            options: menuWindow(lecture.sections.length, sectionIndex).map((i) => ({
              label: numbered(i, lecture.sections[i]!.title[locale]),
              value: lecture.sections[i]!.id,
              default: i === sectionIndex,
            })),
          },
        ],
      },
    ],
  };
}

/** A button that opens a section privately (a quiz verdict's "read more", a daily post's longer section). */
export function openSectionButton(lecture: Lecture, sectionId: string, locale: Locale): APIButtonComponentWithCustomId {
  const section = lecture.sections.find((s) => s.id === sectionId);
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(locale, 'quiz.openSection', { section: section?.title[locale] ?? sectionId }),
    custom_id: sectionButton.encode('open', locale, lecture.slug, sectionId),
  };
}
