import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Checklist, Lecture } from '../../content/types.js';
import { t } from '../../i18n/index.js';
import { COLORS, percent, progressBar } from '../shared/format.js';
import { homeButton, itemsMenu, openMenu } from './routes.js';

/** Every checklist with the member's progress, and a menu to open one. */
export function overviewMessage(lists: readonly { checklist: Checklist; done: number }[], locale: Locale): MessagePayload {
  const lines = lists.map(({ checklist, done }) =>
    t(locale, 'checklist.line', { bar: progressBar(done, checklist.items.length), done, total: checklist.items.length, title: checklist.title[locale] }),
  );
  return {
    embeds: [
      { title: t(locale, 'checklist.overviewTitle'), description: `${t(locale, 'checklist.overviewHint')}\n\n${lines.join('\n')}`, color: COLORS.green },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: openMenu.encode('open'),
            placeholder: t(locale, 'checklist.open'),
            options: lists.slice(0, 25).map(({ checklist }) => ({ label: checklist.title[locale], value: checklist.slug })),
          },
        ],
      },
    ],
  };
}

/** One checklist: items with their check marks, a progress bar, and a multi-select to change them. */
export function checklistMessage(checklist: Checklist, checked: ReadonlySet<string>, lecture: Lecture | undefined, locale: Locale): MessagePayload {
  const done = checklist.items.filter((item) => checked.has(item.id)).length;
  const total = checklist.items.length;
  const section = lecture?.sections.find((s) => s.id === checklist.source.section);
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
        color: COLORS.green,
        ...(lecture && section ? { footer: { text: t(locale, 'checklist.source', { lecture: lecture.title[locale], section: section.title[locale] }) } } : {}),
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: itemsMenu.encode('set', checklist.slug),
            placeholder: t(locale, 'checklist.toggle'),
            min_values: 0,
            max_values: Math.min(total, 25),
            options: checklist.items.slice(0, 25).map((item) => ({ label: item.text[locale], value: item.id, default: checked.has(item.id) })),
          },
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'checklist.back'), custom_id: homeButton.encode('home') }],
      },
    ],
  };
}
