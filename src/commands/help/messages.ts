import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture } from '../../content/types.js';
import { t } from '../../i18n/index.js';
import { COLORS } from '../shared/format.js';
import type { CommandSummary } from './deps.js';

/** `/summary <topic> [section] [private]`, or `/mydata export|delete|privacy`, from the definition itself. */
export function usage(summary: CommandSummary): string {
  const options = summary.data.options ?? [];
  const subcommands = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (subcommands.length > 0) return `/${summary.data.name} ${subcommands.map((o) => o.name).join('|')}`;
  return [`/${summary.data.name}`, ...options.map((o) => ('required' in o && o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ');
}

function commandLine(summary: CommandSummary, locale: Locale): string {
  const description = (locale === 'ko' ? summary.data.description_localizations?.ko : undefined) ?? summary.data.description;
  const admin = summary.data.default_member_permissions ? ` ${t(locale, 'help.admin')}` : '';
  const examples = summary.examples.map((example) => `\`${example}\``).join(', ');
  return `\`${usage(summary)}\`${admin} ${description}.${examples ? ` ${t(locale, 'help.example', { examples })}` : ''}`;
}

/** Every command with an example (generated from the registry) and every topic the guild can study. */
export function helpMessage(commands: readonly CommandSummary[], lectures: readonly Lecture[], locale: Locale): MessagePayload {
  // One field per topic keeps each within Discord's 1,024 characters per field.
  const shown = lectures.slice(0, 24);
  const topics = shown.map((lecture, index) => ({
    name: index === 0 ? t(locale, 'help.topics') : '\u200b',
    value: t(locale, 'help.topicLine', { slug: lecture.slug, title: lecture.title[locale], speaker: lecture.speaker[locale], blurb: lecture.blurb[locale] }),
  }));
  if (lectures.length > shown.length) topics.push({ name: '\u200b', value: t(locale, 'help.moreTopics', { count: lectures.length - shown.length }) });
  return {
    embeds: [
      {
        title: t(locale, 'help.title'),
        description: [t(locale, 'help.description'), '', `**${t(locale, 'help.commands')}**`, ...commands.map((c) => commandLine(c, locale))].join('\n'),
        color: COLORS.blurple,
        fields: topics,
      },
    ],
  };
}
