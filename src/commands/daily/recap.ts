import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import { addDays, localDate } from '../../domain/time.js';
import { t } from '../../i18n/index.js';
import type { DailyDeps } from './deps.js';
import { RECAP_FILE, recapMessage, type RecapFigures } from './messages.js';

/**
 * The week's figures: the week's few daily posts and their answers (through the post index,
 * never a guild's whole attempt history), the week's top 5 and the longest running streak.
 */
export function recapFigures(guildId: string, week: string, now: Date, deps: DailyDeps): RecapFigures {
  const settings = deps.guilds.get(guildId);
  const lastDay = addDays(week, 6);
  let answers = 0;
  let correct = 0;
  let mostMissed: RecapFigures['mostMissed'];
  for (const postId of deps.dailyPosts.quizPostsBetween(guildId, week, lastDay)) {
    const totals = deps.quiz.totals(postId);
    answers += totals.answers;
    correct += totals.correct;
    const wrong = totals.answers - totals.correct;
    const question = wrong > (mostMissed?.wrong ?? 0) ? deps.bank.find(guildId, deps.quiz.post(postId)?.questionId ?? '') : undefined;
    if (question) mostMissed = { question, wrong };
  }
  const streak = deps.members.longestStreak(guildId, lastDay);
  return {
    week,
    lastDay,
    answers,
    correct,
    goal: settings.weeklyGoal,
    top: deps.standings.top(guildId, week, localDate(now, settings.timezone), 5).map((row) => ({ ...row, name: row.displayName })),
    longestStreak: streak && { userId: streak.userId, days: streak.currentStreak, optedOut: streak.optedOut, name: streak.displayName },
    mostMissed,
    studyMs: deps.studyStore.groupMs(guildId, week),
    studyTop: deps.standings.topStudy(guildId, week, 5),
  };
}

/** The recap message: text in the embed, the same as a card (text only when the card cannot be drawn). */
export async function buildRecap(guildId: string, week: string, locale: Locale, now: Date, deps: DailyDeps): Promise<MessagePayload> {
  const figures = recapFigures(guildId, week, now, deps);
  const nameOf = (member: { optedOut: boolean; name: string | null }) =>
    member.optedOut ? t(locale, 'common.anonymousPlain') : (member.name ?? t(locale, 'stats.someone'));
  try {
    // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
    const { renderRecapCard } = await import('../../cards/recapCard.js');
    const png = await renderRecapCard({
      locale,
      week,
      lastDay: figures.lastDay,
      answers: figures.answers,
      correct: figures.correct,
      goal: figures.goal,
      top: figures.top.map((row) => ({ rank: row.rank, name: nameOf(row), points: row.points })),
      streak: figures.longestStreak && { name: nameOf(figures.longestStreak), days: figures.longestStreak.days },
      missed: figures.mostMissed?.question.prompt[locale],
    });
    return recapMessage(figures, locale, { name: RECAP_FILE, data: png });
  } catch (error) {
    deps.log.error({ err: error, guild: guildId, week }, 'could not render the recap card; sending text only');
    return recapMessage(figures, locale, undefined);
  }
}
