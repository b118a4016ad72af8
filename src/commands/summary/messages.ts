import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture } from '../../content/types.js';
import { t } from '../../i18n/index.js';
import { sectionButton, sectionMenu } from './routes.js';

/** The section's text embed and one embed per diagram. */
export function sectionEmbeds(lecture: Lecture, sectionIndex: number, locale: Locale): APIEmbed[] {
  const section = lecture.sections[sectionIndex];
  if (!section) throw new Error(`section ${sectionIndex} of ${lecture.slug} does not exist`);
  const main: APIEmbed = {
    color: lecture.color,
    author: { name: `${lecture.title[locale]} · ${t(locale, 'summary.speaker', { speaker: lecture.speaker[locale] })}` },
    title: `${sectionIndex + 1}. ${section.title[locale]}`,
    description: section.body[locale],
    footer: { text: t(locale, 'summary.footer', { lecture: lecture.slug, index: sectionIndex + 1, total: lecture.sections.length }) },
  };
  const figures: APIEmbed[] = section.diagrams.map((diagram, i) => ({
    color: lecture.color,
    description: t(locale, 'summary.diagram', { index: i + 1, total: section.diagrams.length, caption: diagram.caption[locale] }),
    image: { url: diagram.url },
  }));
  return [main, ...figures];
}

/** A menu holds 25 options: the sections around the current one. */
function menuWindow(total: number, current: number): number[] {
  const size = Math.min(total, 25);
  const start = Math.min(Math.max(current - 12, 0), total - size);
  return Array.from({ length: size }, (_, i) => start + i);
}

/** The message for one section: its embeds, and buttons and a menu to move between sections. */
export function summaryMessage(lecture: Lecture, sectionIndex: number, locale: Locale): MessagePayload {
  const total = lecture.sections.length;
  const target = (index: number) => lecture.sections[Math.min(Math.max(index, 0), total - 1)]!.id;
  return {
    embeds: sectionEmbeds(lecture, sectionIndex, locale),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: `◀ ${t(locale, 'summary.prev')}`,
            custom_id: sectionButton.encode('prev', locale, lecture.slug, target(sectionIndex - 1)),
            disabled: sectionIndex === 0,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: `${t(locale, 'summary.next')} ▶`,
            custom_id: sectionButton.encode('next', locale, lecture.slug, target(sectionIndex + 1)),
            disabled: sectionIndex === total - 1,
          },
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: sectionMenu.encode('pick', locale, lecture.slug),
            placeholder: t(locale, 'summary.pick'),
            options: menuWindow(total, sectionIndex).map((i) => ({
              label: `${i + 1}. ${lecture.sections[i]!.title[locale]}`,
              value: lecture.sections[i]!.id,
              default: i === sectionIndex,
            })),
          },
        ],
      },
    ],
  };
}

/** A button that opens a section privately (a quiz verdict's "read more"). */
export function openSectionButton(lecture: Lecture, sectionId: string, locale: Locale): APIButtonComponentWithCustomId {
  const section = lecture.sections.find((s) => s.id === sectionId);
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(locale, 'quiz.openSection', { section: section?.title[locale] ?? sectionId }),
    custom_id: sectionButton.encode('open', locale, lecture.slug, sectionId),
  };
}
