import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { privateReply, say } from '../../core/reply.js';
import { t } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import type { MydataDeps } from './deps.js';
import { confirmDeleteMessage, exportMessage } from './messages.js';

export const mydataCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'mydata',
    name_localizations: { ko: '내데이터' },
    description: 'Export or delete what the bot stores about you, or hide your name on the leaderboard',
    description_localizations: { ko: '내 데이터를 내보내거나 지우고, 리더보드 공개를 설정해요' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'export',
        name_localizations: { ko: '내보내기' },
        description: 'Everything stored about you in this server, as a JSON file',
        description_localizations: { ko: '이 서버에 저장된 내 데이터 전부를 JSON 파일로' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'delete',
        name_localizations: { ko: '삭제' },
        description: 'Delete everything stored about you in this server (asks first)',
        description_localizations: { ko: '이 서버에 저장된 내 데이터를 모두 지워요 (먼저 확인해요)' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'privacy',
        name_localizations: { ko: '공개설정' },
        description: 'Hide your name from the public leaderboard, or show it again',
        description_localizations: { ko: '리더보드에서 내 이름을 숨기거나 다시 보여줘요' },
        options: [
          {
            type: ApplicationCommandOptionType.Boolean,
            name: 'hide',
            name_localizations: { ko: '숨기기' },
            description: 'true: hide my name; false: show it (default: switch)',
            description_localizations: { ko: 'true: 숨기기, false: 보이기 (기본: 전환)' },
          },
        ],
      },
    ],
  } as const,
  examples: ['/mydata export', '/mydata privacy hide:true'],

  execute(request, deps: MydataDeps) {
    const guildId = requireGuild(request);
    const { locale, userId } = request;
    switch (request.subcommand) {
      case 'export': {
        const data = deps.memberData.export(guildId, userId);
        return data ? privateReply(exportMessage(guildId, userId, data, deps.clock.now(), locale)) : say(t(locale, 'mydata.nothing'));
      }
      case 'delete':
        return privateReply(confirmDeleteMessage(userId, locale));
      case 'privacy': {
        const hide = request.options.hide ?? !deps.members.get(guildId, userId)?.optedOut;
        deps.progress.setOptOut(guildId, userId, hide, deps.clock.now());
        return say(t(locale, hide ? 'mydata.hidden' : 'mydata.shown'));
      }
    }
  },
});
