import { ApplicationCommandOptionType, ApplicationCommandType,
  InteractionContextType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { t } from '../i18n/index.js';
import { encodeCustomId } from './customId.js';
import { requireGuild } from './guards.js';
import type { Command, ComponentHandler, Reply } from './types.js';
import { UserError } from './userError.js';

export const MYDATA_COMPONENT = 'my';

export const mydataCommand: Command = {
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
  },

  execute(request, context): Reply {
    const guildId = requireGuild(request);
    const { locale, userId } = request;
    const progress = context.stores.progress;
    const ephemeral = (content: string): Reply => ({ type: 'message', ephemeral: true, message: { content } });

    if (request.subcommand === 'export') {
      const data = progress.exportMember(guildId, userId);
      if (!data) return ephemeral(t(locale, 'mydata.nothing'));
      const file = { exportedAt: context.now().toISOString(), guildId, userId, ...data };
      return {
        type: 'message',
        ephemeral: true,
        message: {
          content: t(locale, 'mydata.exported'),
          files: [{ name: `studybot-${guildId}-${userId}.json`, data: Buffer.from(`${JSON.stringify(file, null, 2)}\n`) }],
        },
      };
    }
    if (request.subcommand === 'delete') {
      return {
        type: 'message',
        ephemeral: true,
        message: {
          content: `⚠️ ${t(locale, 'mydata.confirmDelete')}`,
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                { type: ComponentType.Button, style: ButtonStyle.Danger, label: t(locale, 'mydata.deleteButton'), custom_id: encodeCustomId(MYDATA_COMPONENT, 'delete', userId) },
                { type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'mydata.cancelButton'), custom_id: encodeCustomId(MYDATA_COMPONENT, 'cancel', userId) },
              ],
            },
          ],
        },
      };
    }
    // privacy
    const hiddenNow = progress.member(guildId, userId)?.leaderboard_opt_out === 1;
    const hide = typeof request.options.hide === 'boolean' ? request.options.hide : !hiddenNow;
    progress.setLeaderboardOptOut(guildId, userId, hide, { now: context.now(), timezone: context.stores.guilds.timezone(guildId) });
    return ephemeral(t(locale, hide ? 'mydata.hidden' : 'mydata.shown'));
  },
};

/** `v1:my:<delete|cancel>:<userId>`: only the member who asked can confirm. */
export const mydataComponent: ComponentHandler = {
  name: MYDATA_COMPONENT,
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const [action, owner] = args;
    if ((action !== 'delete' && action !== 'cancel') || !owner) throw new UserError('error.staleComponent');
    if (owner !== request.userId) throw new UserError('mydata.notYours');
    const { locale } = request;
    if (action === 'cancel') return { type: 'update', message: { content: t(locale, 'mydata.cancelled'), components: [] } };
    const deleted = context.stores.progress.deleteMember(guildId, request.userId);
    context.log.info({ guild: guildId, user: request.userId, deleted }, 'member deleted their data');
    return { type: 'update', message: { content: t(locale, deleted ? 'mydata.deleted' : 'mydata.nothing'), components: [] } };
  },
};
