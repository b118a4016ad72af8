import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type APIEmbed } from 'discord-api-types/v10';
import { ALL_TIME } from '../db/progress.js';
import { t } from '../i18n/index.js';
import { localDate, weekStart } from '../time.js';
import { mention } from './format.js';
import { requireGuild } from './guards.js';
import type { Attachment, Command, Reply } from './types.js';

export const PROGRESS_FILE = 'leaderboard.png';

export const progressCommand: Command = {
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
    ],
  },

  async execute(request, context): Promise<Reply> {
    const guildId = requireGuild(request);
    const { locale, userId } = request;
    const timezone = context.stores.guilds.timezone(guildId);
    const now = context.now();
    const weekly = request.options.period !== 'all';
    const period = weekly ? weekStart(now, timezone) : ALL_TIME;
    const progress = context.stores.progress;
    const today = localDate(now, timezone);

    const top = progress.leaderboard(guildId, period, today);
    // Opted-out members keep their place but not their name; the caller always sees themself.
    const hidden = (row: (typeof top)[number]) => row.optedOut && row.userId !== userId;
    const rows = top.map((row) =>
      t(locale, 'progress.row', {
        rank: row.rank,
        name: hidden(row) ? t(locale, 'common.anonymous') : mention(row.userId),
        points: row.points,
        streak: row.streak > 0 ? t(locale, 'progress.streak', { days: row.streak }) : '',
      }),
    );
    const mine = progress.standing(guildId, period, userId);
    const own = mine ? t(locale, 'progress.mine', { rank: mine.rank, of: mine.of, points: mine.points }) : t(locale, 'progress.mineNone');
    const title = t(locale, weekly ? 'progress.titleWeek' : 'progress.titleAll');
    const footer = weekly ? t(locale, 'progress.weekOf', { start: period, timezone }) : t(locale, 'progress.allTime');
    // Mentions stay clickable in the text; the card beside it draws the same list.
    const embed: APIEmbed = { title, description: `${rows.length > 0 ? rows.join('\n') : t(locale, 'progress.empty')}\n\n${own}`, color: 0xfee75c, footer: { text: footer } };
    let files: Attachment[] = [];
    try {
      const names = progress.displayNames(guildId, top.map((row) => row.userId));
      // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
      const { renderLeaderboardCard } = await import('../cards/leaderboardCard.js');
      const png = await renderLeaderboardCard({
        locale,
        title: title.replace(/^\p{Extended_Pictographic}\s*/u, ''),
        subtitle: footer,
        rows: top.map((row) => ({
          rank: row.rank,
          name: hidden(row) ? t(locale, 'common.anonymousPlain') : (names.get(row.userId) ?? (row.userId === userId ? request.displayName : undefined) ?? t(locale, 'stats.someone')),
          points: row.points,
          streak: row.streak,
          me: row.userId === userId,
        })),
        mine: mine ?? null,
      });
      files = [{ name: PROGRESS_FILE, data: png, description: title }];
      embed.image = { url: `attachment://${PROGRESS_FILE}` };
    } catch (error) {
      context.log.error({ err: error, guild: guildId }, 'could not render the leaderboard card; sending text only');
    }
    return { type: 'message', ephemeral: false, message: { embeds: [embed], files } };
  },
};
