import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Attachment } from '../../core/reply.js';
import { localDate, weekStart } from '../../domain/time.js';
import { ALL_TIME } from '../../db/scores.js';
import { t } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import type { ProgressDeps } from './deps.js';
import { isHidden, leaderboardEmbed } from './messages.js';

export const PROGRESS_FILE = 'leaderboard.png';

export const progressCommand = defineCommand({
  defer: 'public',
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'progress',
    name_localizations: { ko: '순위' },
    description: "The server's leaderboard and your own rank",
    description_localizations: { ko: '서버 리더보드와 내 순위를 보여줘요' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'period',
        name_localizations: { ko: '기간' },
        description: 'This week (default) or all time',
        description_localizations: { ko: '이번 주(기본) 또는 전체 기간' },
        choices: [
          { name: 'This week', name_localizations: { ko: '이번 주' }, value: 'week' },
          { name: 'All time', name_localizations: { ko: '전체 기간' }, value: 'all' },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'metric',
        name_localizations: { ko: '기준' },
        description: 'Rank by points (default) or by study time in study sessions',
        description_localizations: { ko: '점수(기본) 또는 스터디 세션의 공부 시간으로 순위를 매겨요' },
        choices: [
          { name: 'points', name_localizations: { ko: '점수' }, value: 'points' },
          { name: 'study time', name_localizations: { ko: '공부 시간' }, value: 'study' },
        ],
      },
    ],
  } as const,
  examples: ['/progress', '/progress period:all', '/progress metric:study'],

  async execute(request, deps: ProgressDeps) {
    const guildId = requireGuild(request);
    const { locale, userId } = request;
    const timezone = deps.guilds.timezone(guildId);
    const now = deps.clock.now();
    const weekly = request.options.period !== 'all';
    const period = weekly ? weekStart(now, timezone) : ALL_TIME;
    const study = request.options.metric === 'study';
    const top = study ? deps.standings.topStudy(guildId, period) : deps.standings.top(guildId, period, localDate(now, timezone));
    const mine = study ? deps.standings.standingStudy(guildId, period, userId) : deps.standings.standing(guildId, period, userId);
    const title = t(locale, study ? (weekly ? 'progress.studyTitleWeek' : 'progress.studyTitleAll') : weekly ? 'progress.titleWeek' : 'progress.titleAll');
    const footer = weekly ? t(locale, 'progress.weekOf', { start: period, timezone }) : t(locale, 'progress.allTime');
    const embed = leaderboardEmbed(top, mine, userId, title, footer, locale, study ? 'study' : 'points');
    let files: Attachment[] = [];
    try {
      // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
      const { renderLeaderboardCard } = await import('../../cards/leaderboardCard.js');
      const png = await renderLeaderboardCard({
        locale,
        title: title.replace(/^\p{Extended_Pictographic}\s*/u, ''),
        subtitle: footer,
        rows: top.map((row) => ({
          rank: row.rank,
          name: isHidden(row, userId)
            ? t(locale, 'common.anonymousPlain')
            : (row.displayName ?? (row.userId === userId ? request.displayName : undefined) ?? t(locale, 'stats.someone')),
          points: row.points,
          streak: row.streak,
          me: row.userId === userId,
        })),
        mine: mine ?? null,
        ...(study ? { unit: t(locale, 'progress.minutesUnit') } : {}),
      });
      files = [{ name: PROGRESS_FILE, data: png, description: title }];
      embed.image = { url: `attachment://${PROGRESS_FILE}` };
    } catch (error) {
      deps.log.error({ err: error, guild: guildId }, 'could not render the leaderboard card; sending text only');
    }
    return { type: 'message', ephemeral: false, message: { embeds: [embed], files } };
  },
});
