import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { checklists, findChecklist, findLecture, suggestChecklists } from '../content/catalog.js';
import type { Checklist, Locale } from '../content/types.js';
import { t } from '../i18n/index.js';
import { encodeCustomId } from './customId.js';
import { percent, progressBar } from './format.js';
import { requireGuild } from './guards.js';
import type { Command, ComponentHandler, Context, MessagePayload, Reply } from './types.js';
import { UserError } from './userError.js';

export const CHECKLIST_COMPONENT = 'chk';

function overview(guildId: string, userId: string, locale: Locale, context: Context): MessagePayload {
  const lines = checklists.map((checklist) => {
    const done = context.stores.progress.checkedItems(guildId, userId, checklist.slug).size;
    const total = checklist.items.length;
    return t(locale, 'checklist.line', { bar: progressBar(done, total), done, total, title: checklist.title[locale] });
  });
  return {
    embeds: [{ title: t(locale, 'checklist.overviewTitle'), description: `${t(locale, 'checklist.overviewHint')}\n\n${lines.join('\n')}`, color: 0x57f287 }],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: encodeCustomId(CHECKLIST_COMPONENT, 'open'),
            placeholder: t(locale, 'checklist.open'),
            options: checklists.map((checklist) => ({ label: checklist.title[locale].slice(0, 100), value: checklist.slug })),
          },
        ],
      },
    ],
  };
}

/** One checklist: items with their check marks, a progress bar, and a multi-select to change them. */
export function checklistMessage(checklist: Checklist, checked: ReadonlySet<string>, locale: Locale): MessagePayload {
  const done = checklist.items.filter((item) => checked.has(item.id)).length;
  const total = checklist.items.length;
  const lecture = findLecture(checklist.source.lecture);
  const section = lecture?.sections.find((s) => s.id === checklist.source.section);
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encodeCustomId(CHECKLIST_COMPONENT, 'set', checklist.slug),
          placeholder: t(locale, 'checklist.toggle'),
          min_values: 0,
          max_values: total,
          options: checklist.items.map((item) => ({
            label: item.text[locale].slice(0, 100),
            value: item.id,
            default: checked.has(item.id),
          })),
        },
      ],
    },
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'checklist.back'), custom_id: encodeCustomId(CHECKLIST_COMPONENT, 'home') },
      ],
    },
  ];
  return {
    embeds: [
      {
        title: `✅ ${checklist.title[locale]}`,
        description: [
          checklist.description[locale],
          '',
          t(locale, 'checklist.progress', { bar: progressBar(done, total), done, total, percent: percent(done, total) }),
          '',
          ...checklist.items.map((item) => `${checked.has(item.id) ? '✅' : '⬜'} ${item.text[locale]}`),
        ].join('\n'),
        color: 0x57f287,
        footer: lecture && section ? { text: t(locale, 'checklist.source', { lecture: lecture.title[locale], section: section.title[locale] }) } : undefined,
      },
    ],
    components: rows,
  };
}

function resolveChecklist(input: string): Checklist {
  const checklist = findChecklist(input);
  if (!checklist) {
    throw new UserError('checklist.unknown', { input, choices: checklists.map((c) => `\`${c.slug}\``).join(', ') });
  }
  return checklist;
}

export const checklistCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'checklist',
    name_localizations: { ko: '체크리스트' },
    description: 'Career checklists from the lectures; your checks are saved',
    description_localizations: { ko: '강의에서 나온 커리어 체크리스트 (체크 상태가 저장돼요)' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'name',
        name_localizations: { ko: '이름' },
        description: 'Which checklist (default: the list of all)',
        description_localizations: { ko: '체크리스트 이름 (기본: 전체 목록)' },
        autocomplete: true,
      },
    ],
  },

  execute(request, context): Reply {
    const guildId = requireGuild(request);
    const name = request.options.name;
    if (name === undefined || String(name).trim() === '') {
      return { type: 'message', ephemeral: true, message: overview(guildId, request.userId, request.locale, context) };
    }
    const checklist = resolveChecklist(String(name));
    const checked = context.stores.progress.checkedItems(guildId, request.userId, checklist.slug);
    return { type: 'message', ephemeral: true, message: checklistMessage(checklist, checked, request.locale) };
  },

  autocomplete(request) {
    return suggestChecklists(request.focused.value, request.locale);
  },
};

/** `v1:chk:open` (select a checklist), `v1:chk:set:<slug>` (the checked items), `v1:chk:home`. */
export const checklistComponent: ComponentHandler = {
  name: CHECKLIST_COMPONENT,
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const [action, slug] = args;
    const { locale, userId } = request;
    if (action === 'home') return { type: 'update', message: overview(guildId, userId, locale, context) };
    const checklist = findChecklist(action === 'open' ? (request.values[0] ?? '') : (slug ?? ''));
    if (!checklist || (action !== 'open' && action !== 'set')) throw new UserError('error.staleComponent');
    const progress = context.stores.progress;
    if (action === 'set') {
      const wanted = new Set(request.values);
      const known = new Set(checklist.items.map((item) => item.id));
      if ([...wanted].some((id) => !known.has(id))) throw new UserError('error.staleComponent');
      const when = { now: context.now(), timezone: context.stores.guilds.timezone(guildId) };
      progress.setChecklist(guildId, userId, checklist.slug, [...known], wanted, when);
    }
    const checked = progress.checkedItems(guildId, userId, checklist.slug);
    return { type: 'update', message: checklistMessage(checklist, checked, locale) };
  },
};
