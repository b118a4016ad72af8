import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type APIEmbed,
} from 'discord-api-types/v10';
import { findLecture, findSection, lectures, suggestLectures, suggestSections } from '../content/catalog.js';
import type { Lecture, Locale } from '../content/types.js';
import { t } from '../i18n/index.js';
import { encodeCustomId } from './customId.js';
import type { Actor, Command, ComponentHandler, Context, MessagePayload, Reply } from './types.js';
import { UserError } from './userError.js';

export const SUMMARY_COMPONENT = 'sum';

const isLocale = (value: string | undefined): value is Locale => value === 'ko' || value === 'en';

/** The message for one section: the text embed, one embed per diagram, and navigation. */
export function summaryMessage(lecture: Lecture, sectionIndex: number, locale: Locale): MessagePayload {
  const section = lecture.sections[sectionIndex];
  if (!section) throw new Error(`section ${sectionIndex} of ${lecture.slug} does not exist`);
  const total = lecture.sections.length;

  const main: APIEmbed = {
    color: lecture.color,
    author: { name: `${lecture.title[locale]} · ${t(locale, 'summary.speaker', { speaker: lecture.speaker[locale] })}` },
    title: `${sectionIndex + 1}. ${section.title[locale]}`,
    description: section.body[locale],
    footer: { text: t(locale, 'summary.footer', { lecture: lecture.slug, index: sectionIndex + 1, total }) },
  };
  const figures: APIEmbed[] = section.diagrams.map((diagram, i) => ({
    color: lecture.color,
    description: t(locale, 'summary.diagram', {
      index: i + 1,
      total: section.diagrams.length,
      caption: diagram.caption[locale],
    }),
    image: { url: diagram.url },
  }));

  const target = (index: number) => lecture.sections[Math.min(Math.max(index, 0), total - 1)]!.id;
  return {
    embeds: [main, ...figures],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: `◀ ${t(locale, 'summary.prev')}`,
            custom_id: encodeCustomId(SUMMARY_COMPONENT, 'prev', locale, lecture.slug, target(sectionIndex - 1)),
            disabled: sectionIndex === 0,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: `${t(locale, 'summary.next')} ▶`,
            custom_id: encodeCustomId(SUMMARY_COMPONENT, 'next', locale, lecture.slug, target(sectionIndex + 1)),
            disabled: sectionIndex === total - 1,
          },
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: encodeCustomId(SUMMARY_COMPONENT, 'pick', locale, lecture.slug),
            placeholder: t(locale, 'summary.pick'),
            options: lecture.sections.map((s, i) => ({
              label: `${i + 1}. ${s.title[locale]}`.slice(0, 100),
              value: s.id,
              default: i === sectionIndex,
            })),
          },
        ],
      },
    ],
  };
}

/** Whoever opens a section has read it (once per member and section; not in DMs, where there is no guild). */
function recordRead(actor: Actor, lecture: Lecture, index: number, context: Context): void {
  if (!actor.guildId) return;
  const when = { now: context.now(), timezone: context.stores.guilds.timezone(actor.guildId) };
  context.stores.progress.recordRead(actor.guildId, actor.userId, lecture.slug, lecture.sections[index]!.id, when);
}

function topicChoices(): string {
  return lectures.map((lecture) => `\`${lecture.slug}\``).join(', ');
}

function sectionChoices(lecture: Lecture): string {
  return lecture.sections.map((section) => `\`${section.id}\``).join(', ');
}

export function resolveLecture(input: string): Lecture {
  const lecture = findLecture(input);
  if (!lecture) throw new UserError('error.unknownTopic', { input, choices: topicChoices() });
  return lecture;
}

export function resolveSectionIndex(lecture: Lecture, input: string | undefined): number {
  if (input === undefined || input.trim() === '') return 0;
  const section = findSection(lecture, input);
  if (!section) {
    throw new UserError('error.unknownSection', { lecture: lecture.slug, input, choices: sectionChoices(lecture) });
  }
  return lecture.sections.indexOf(section);
}

export const summaryCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'summary',
    name_localizations: { ko: '요약' },
    description: 'Show a lecture summary, section by section',
    description_localizations: { ko: '강의 요약을 섹션별로 보여줘요' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { ko: '주제' },
        description: 'Lecture: fullstack, ethics, career or nlp',
        description_localizations: { ko: '강의: fullstack(풀스택), ethics(윤리), career(커리어), nlp(자연어)' },
        required: true,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'section',
        name_localizations: { ko: '섹션' },
        description: 'Section of the lecture (default: the first)',
        description_localizations: { ko: '강의의 섹션 (기본: 첫 섹션)' },
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        name_localizations: { ko: '비공개' },
        description: 'Only you see the reply',
        description_localizations: { ko: '나에게만 보이게 답해요' },
      },
    ],
  },

  execute(request, context): Reply {
    const lecture = resolveLecture(String(request.options.topic ?? ''));
    const section = request.options.section;
    const index = resolveSectionIndex(lecture, section === undefined ? undefined : String(section));
    recordRead(request, lecture, index, context);
    return {
      type: 'message',
      ephemeral: request.options.private === true,
      message: summaryMessage(lecture, index, request.locale),
    };
  },

  autocomplete(request) {
    if (request.focused.name === 'section') {
      const lecture = findLecture(String(request.options.topic ?? ''));
      return lecture ? suggestSections(lecture, request.focused.value, request.locale) : [];
    }
    return suggestLectures(request.focused.value, request.locale);
  },
};

/** Navigation: `v1:sum:<prev|next|pick|open>:<locale>:<lecture>[:<section>]`; the message keeps its language. */
export const summaryComponent: ComponentHandler = {
  name: SUMMARY_COMPONENT,
  handle(request, args, context): Reply {
    const [action, locale, slug, sectionArg] = args;
    const lecture = slug === undefined ? undefined : findLecture(slug);
    const sectionId = action === 'pick' ? request.values[0] : sectionArg;
    const known = action === 'prev' || action === 'next' || action === 'pick' || action === 'open';
    if (!known || !isLocale(locale) || !lecture || sectionId === undefined) {
      throw new UserError('error.staleComponent');
    }
    const index = lecture.sections.findIndex((section) => section.id === sectionId);
    if (index < 0) throw new UserError('error.staleComponent');
    recordRead(request, lecture, index, context);
    const message = summaryMessage(lecture, index, locale);
    // 'open' comes from a quiz verdict: a new private message, so the verdict stays readable.
    return action === 'open' ? { type: 'message', ephemeral: true, message } : { type: 'update', message };
  },
};
