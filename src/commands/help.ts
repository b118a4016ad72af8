import { ApplicationCommandType } from 'discord-api-types/v10';
import { lectures } from '../content/catalog.js';
import { t } from '../i18n/index.js';
import type { Command, Reply } from './types.js';

const HELP_LINES = ['help.summary', 'help.quiz', 'help.review', 'help.checklist', 'help.progress', 'help.stats', 'help.mydata', 'help.studyconfig', 'help.help'] as const;

export const helpCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'help',
    name_localizations: { ko: '도움말' },
    description: 'What this bot does, with an example for each command',
    description_localizations: { ko: '봇이 하는 일과 명령어 예시를 보여줘요' },
  },

  execute(request): Reply {
    const { locale } = request;
    // One field per topic keeps each within Discord's 1,024 characters per field.
    const topics = lectures.map((lecture, index) => ({
      name: index === 0 ? t(locale, 'help.topics') : '\u200b',
      value: t(locale, 'help.topicLine', {
        slug: lecture.slug,
        title: lecture.title[locale],
        speaker: lecture.speaker[locale],
        blurb: lecture.blurb[locale],
      }),
    }));
    return {
      type: 'message',
      ephemeral: true,
      message: {
        embeds: [
          {
            title: t(locale, 'help.title'),
            description: t(locale, 'help.description'),
            color: 0x5865f2,
            fields: [
              { name: t(locale, 'help.commands'), value: HELP_LINES.map((key) => t(locale, key)).join('\n') },
              ...topics,
            ],
          },
        ],
      },
    };
  },
};
