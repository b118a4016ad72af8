import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type APIEmbed, type APIEmbedField } from 'discord-api-types/v10';
import { checklists, lectures } from '../content/catalog.js';
import { ALL_TIME, liveStreak, type Standing } from '../db/progress.js';
import { t } from '../i18n/index.js';
import { addDays, localDate, weekStart } from '../time.js';
import { mention, percent, progressBar } from './format.js';
import { requireGuild } from './guards.js';
import type { Attachment, Command, Reply } from './types.js';
import { UserError } from './userError.js';

export const STATS_FILE = 'stats.png';

/** The first day of the 12-week heatmap: the Monday eleven weeks before this week's. */
function heatmapStart(now: Date, timezone: string): string {
  return addDays(weekStart(now, timezone), -77);
}

/** The last 12 weeks as 84 local days, Monday first; days after today are null. */
export function heatmapDays(now: Date, timezone: string, activity: ReadonlyMap<string, number>) {
  const today = localDate(now, timezone);
  const start = heatmapStart(now, timezone);
  return Array.from({ length: 84 }, (_, i) => {
    const day = addDays(start, i);
    return day > today ? null : { day, count: activity.get(day) ?? 0 };
  });
}

export const statsCommand: Command = {
  defer: 'public',
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'stats',
    name_localizations: { ko: '통계' },
    description: "A member's reading, quiz accuracy, streak, checklists and rank",
    description_localizations: { ko: '멤버의 읽기, 퀴즈 정답률, 연속 학습, 체크리스트, 순위' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.User,
        name: 'member',
        name_localizations: { ko: '멤버' },
        description: 'Whose stats (default: yours)',
        description_localizations: { ko: '누구의 통계인지 (기본: 나)' },
      },
    ],
  },

  async execute(request, context): Promise<Reply> {
    const guildId = requireGuild(request);
    const { locale } = request;
    const target = typeof request.options.member === 'string' ? request.options.member : request.userId;
    const progress = context.stores.progress;
    const summary = progress.summaryOf(guildId, target);
    const self = target === request.userId;
    if (!self && summary.member?.leaderboard_opt_out === 1) throw new UserError('stats.private');

    const timezone = context.stores.guilds.timezone(guildId);
    const now = context.now();
    const today = localDate(now, timezone);

    // One set of figures feeds both the text and the card.
    const reading = lectures.map((lecture) => ({ title: lecture.title[locale], read: summary.readsByLecture.get(lecture.slug) ?? 0, total: lecture.sections.length }));
    const member = summary.member;
    const streak = { current: member ? liveStreak(member, today) : 0, best: member?.best_streak ?? 0 };
    const weekStanding = progress.standing(guildId, weekStart(now, timezone), target);
    const allStanding = progress.standing(guildId, ALL_TIME, target);
    const barLine = (done: number, total: number, title: string) => `${progressBar(done, total)} \`${done}/${total}\` ${title}`;
    const quiz = summary.topics.length
      ? lectures
          .map((lecture) => summary.topics.find((topic) => topic.lecture === lecture.slug))
          .filter((topic) => topic !== undefined)
          .map((topic) =>
            t(locale, 'stats.quizLine', { topic: topic.lecture, correct: topic.correct, answered: topic.answered, percent: percent(topic.correct, topic.answered) }),
          )
          .join('\n')
      : t(locale, 'stats.quizNone');
    const lists = checklists.map((checklist) => barLine(summary.checksByList.get(checklist.slug) ?? 0, checklist.items.length, checklist.title[locale])).join('\n');
    const rankText = (standing: Standing | undefined) =>
      standing ? t(locale, 'stats.rankOf', { rank: standing.rank, of: standing.of, points: standing.points }) : t(locale, 'stats.unranked');
    const fields: APIEmbedField[] = [
      { name: t(locale, 'stats.reading'), value: reading.map((row) => barLine(row.read, row.total, row.title)).join('\n') },
      { name: t(locale, 'stats.quiz'), value: quiz },
      {
        name: t(locale, 'stats.streak'),
        value: t(locale, 'stats.streakValue', streak),
      },
      { name: t(locale, 'stats.checklists'), value: lists },
      { name: t(locale, 'stats.rank'), value: t(locale, 'stats.rankValue', { week: rankText(weekStanding), all: rankText(allStanding) }) },
    ];
    const embed: APIEmbed = { title: t(locale, 'stats.title'), description: mention(target), color: 0x5865f2, fields };
    const name = request.userNames?.[target] ?? (self ? request.displayName : undefined) ?? member?.display_name ?? t(locale, 'stats.someone');
    // The numbers stay in the embed as text (screen readers, images off); the card is a picture of them.
    let files: Attachment[] = [];
    try {
      // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
      const { renderStatsCard } = await import('../cards/statsCard.js');
      const png = await renderStatsCard({
        locale,
        name,
        heatmap: heatmapDays(now, timezone, progress.activityByDay(guildId, target, heatmapStart(now, timezone), timezone)),
        reading,
        quiz: summary.topics.map((topic) => ({ topic: topic.lecture, correct: topic.correct, answered: topic.answered })),
        streak,
        rank: allStanding ?? null,
      });
      files = [{ name: STATS_FILE, data: png, description: t(locale, 'stats.title') }];
      embed.image = { url: `attachment://${STATS_FILE}` };
    } catch (error) {
      context.log.error({ err: error, guild: guildId, user: target }, 'could not render the stats card; sending text only');
    }
    return { type: 'message', ephemeral: false, message: { embeds: [embed], files } };
  },
};
