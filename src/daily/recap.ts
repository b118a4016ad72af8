import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { encodeCustomId } from '../commands/customId.js';
import { mention, percent, progressBar } from '../commands/format.js';
import type { Attachment, MessagePayload } from '../commands/types.js';
import { findQuestion } from '../content/questions/index.js';
import type { Locale } from '../content/types.js';
import type { Stores } from '../db/stores.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { addDays, localDate } from '../time.js';

export const RECAP_FILE = 'recap.png';
export const TRY_COMPONENT = 'try';

/**
 * The recap of a guild's week (`week` is its Monday): text in the embed, the same as a card,
 * and a button to try the question most members got wrong. Opted-out members are not named.
 */
export async function recapMessage(stores: Stores, guildId: string, week: string, locale: Locale, now: Date, log: Logger): Promise<MessagePayload> {
  const settings = stores.guilds.get(guildId);
  const lastDay = addDays(week, 6);
  const figures = stores.recaps.figures(guildId, week, lastDay);
  const top = stores.progress.leaderboard(guildId, week, localDate(now, settings.timezone), 5);
  const names = stores.progress.displayNames(guildId, [...top.map((row) => row.userId), ...(figures.longestStreak ? [figures.longestStreak.userId] : [])]);
  const anonymous = t(locale, 'common.anonymousPlain');
  const nameOf = (userId: string, optedOut: boolean) => (optedOut ? anonymous : (names.get(userId) ?? t(locale, 'stats.someone')));
  const missed = figures.mostMissed && findQuestion(figures.mostMissed.questionId);
  const goal = settings.weeklyGoal;

  const fields = [
    { name: t(locale, 'recap.answers'), value: t(locale, 'recap.answersValue', { answers: figures.answers, accuracy: percent(figures.correct, figures.answers) }) },
    {
      name: t(locale, 'recap.goal'),
      value: goal
        ? t(locale, 'recap.goalValue', { bar: progressBar(figures.answers, goal), answers: figures.answers, goal, verdict: t(locale, figures.answers >= goal ? 'recap.reached' : 'recap.notReached') })
        : t(locale, 'recap.noGoal'),
    },
    {
      name: t(locale, 'recap.top'),
      value: top.length
        ? top.map((row) => t(locale, 'recap.topRow', { rank: row.rank, name: row.optedOut ? t(locale, 'common.anonymous') : mention(row.userId), points: row.points })).join('\n')
        : t(locale, 'recap.nobody'),
    },
    {
      name: t(locale, 'recap.streak'),
      value: figures.longestStreak
        ? t(locale, 'recap.streakValue', { name: figures.longestStreak.optedOut ? t(locale, 'common.anonymous') : mention(figures.longestStreak.userId), days: figures.longestStreak.days })
        : t(locale, 'recap.none'),
    },
    { name: t(locale, 'recap.missed'), value: missed ? t(locale, 'recap.missedValue', { prompt: missed.prompt[locale], wrong: figures.mostMissed!.wrong }).slice(0, 1024) : t(locale, 'recap.none') },
  ];
  const embed: APIEmbed = { title: t(locale, 'recap.title', { week, lastDay }), color: 0x57f287, fields };
  let files: Attachment[] = [];
  try {
    // Loaded on first use: Skia and the fonts stay out of memory until someone wants a picture.
    const { renderRecapCard } = await import('../cards/recapCard.js');
    const png = await renderRecapCard({
      locale,
      week,
      lastDay,
      answers: figures.answers,
      correct: figures.correct,
      goal,
      top: top.map((row) => ({ rank: row.rank, name: nameOf(row.userId, row.optedOut), points: row.points })),
      streak: figures.longestStreak && { name: nameOf(figures.longestStreak.userId, figures.longestStreak.optedOut), days: figures.longestStreak.days },
      missed: missed?.prompt[locale],
    });
    files = [{ name: RECAP_FILE, data: png }];
    embed.image = { url: `attachment://${RECAP_FILE}` };
  } catch (error) {
    log.error({ err: error, guild: guildId, week }, 'could not render the recap card; sending text only');
  }
  return {
    embeds: [embed],
    files,
    components: missed
      ? [
          {
            type: ComponentType.ActionRow,
            components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: t(locale, 'recap.try'), custom_id: encodeCustomId(TRY_COMPONENT, missed.id) }],
          },
        ]
      : [],
  };
}
