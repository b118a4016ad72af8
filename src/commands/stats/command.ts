import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Attachment } from '../../core/reply.js';
import { liveStreak } from '../../domain/streak.js';
import { addDays, localDate, weekStart, zonedTime } from '../../domain/time.js';
import { ALL_TIME } from '../../db/scores.js';
import { t, userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import type { StatsDeps } from './deps.js';
import { statsEmbed, type StatsFigures } from './messages.js';

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

/** How many things a member did on each local day from `since` on (reads, checks, answers; a day studied counts one). */
function activityByDay(guildId: string, userId: string, since: string, timezone: string, deps: StatsDeps): Map<string, number> {
  const days = new Map(deps.quiz.answersByDay(guildId, userId, since));
  for (const [day, ms] of deps.studyStore.daysSince(guildId, userId, since)) if (ms >= 60_000) days.set(day, (days.get(day) ?? 0) + 1);
  const from = zonedTime(since, '00:00', timezone);
  for (const at of [...deps.reads.timesSince(guildId, userId, from), ...deps.checklists.timesSince(guildId, userId, from)]) {
    const day = localDate(at, timezone);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

export const statsCommand = defineCommand({
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
  } as const,
  examples: ['/stats', '/stats member:@someone'],

  async execute(request, deps: StatsDeps) {
    const guildId = requireGuild(request);
    const { locale } = request;
    const target = request.options.member ?? request.userId;
    const self = target === request.userId;
    const member = deps.members.get(guildId, target);
    if (!self && member?.optedOut) throw userError('stats.private');

    const timezone = deps.guilds.timezone(guildId);
    const now = deps.clock.now();
    const today = localDate(now, timezone);
    const lectures = deps.catalog.lectures(guildId);
    const reads = deps.reads.countsByLecture(guildId, target);
    const checks = deps.checklists.countsByList(guildId, target);
    const topics = deps.quiz.topics(guildId, target);
    const figures: StatsFigures = {
      userId: target,
      reading: lectures.map((lecture) => ({ title: lecture.title[locale], read: reads.get(lecture.slug) ?? 0, total: lecture.sections.length })),
      quiz: lectures.flatMap((lecture) =>
        topics.filter((topic) => topic.lecture === lecture.slug).map((topic) => ({ topic: topic.lecture, correct: topic.correct, answered: topic.answered })),
      ),
      checklists: deps.catalog
        .checklists(guildId)
        .map((checklist) => ({ title: checklist.title[locale], done: checks.get(checklist.slug) ?? 0, total: checklist.items.length })),
      streak: { current: member ? liveStreak(member, today) : 0, best: member?.bestStreak ?? 0 },
      week: deps.standings.standing(guildId, weekStart(now, timezone), target),
      all: deps.standings.standing(guildId, ALL_TIME, target),
      study: deps.study.studied(guildId, target),
    };
    const embed = statsEmbed(figures, locale);
    const name = request.userNames?.[target] ?? (self ? request.displayName : undefined) ?? member?.displayName ?? t(locale, 'stats.someone');
    // The numbers stay in the embed as text (screen readers, images off); the card is a picture of them.
    let files: Attachment[] = [];
    try {
      // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
      const { renderStatsCard } = await import('../../cards/statsCard.js');
      const png = await renderStatsCard({
        locale,
        name,
        heatmap: heatmapDays(now, timezone, activityByDay(guildId, target, heatmapStart(now, timezone), timezone, deps)),
        reading: figures.reading,
        quiz: topics.map((topic) => ({ topic: topic.lecture, correct: topic.correct, answered: topic.answered })),
        streak: figures.streak,
        rank: figures.all ?? null,
      });
      files = [{ name: STATS_FILE, data: png, description: t(locale, 'stats.title') }];
      embed.image = { url: `attachment://${STATS_FILE}` };
    } catch (error) {
      deps.log.error({ err: error, guild: guildId, user: target }, 'could not render the stats card; sending text only');
    }
    return { type: 'message', ephemeral: false, message: { embeds: [embed], files } };
  },
});
