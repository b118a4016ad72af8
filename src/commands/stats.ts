import { ApplicationCommandOptionType, ApplicationCommandType,
  InteractionContextType, type APIEmbedField } from 'discord-api-types/v10';
import { checklists, lectures } from '../content/catalog.js';
import { ALL_TIME, liveStreak } from '../db/progress.js';
import { t } from '../i18n/index.js';
import { localDate, weekStart } from '../time.js';
import { mention, percent, progressBar } from './format.js';
import { requireGuild } from './guards.js';
import type { Command, Reply } from './types.js';
import { UserError } from './userError.js';

export const statsCommand: Command = {
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

  execute(request, context): Reply {
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

    const reading = lectures
      .map((lecture) => {
        const read = summary.readsByLecture.get(lecture.slug) ?? 0;
        const total = lecture.sections.length;
        return `${progressBar(read, total)} \`${read}/${total}\` ${lecture.title[locale]}`;
      })
      .join('\n');
    const quiz = summary.topics.length
      ? lectures
          .map((lecture) => summary.topics.find((topic) => topic.lecture === lecture.slug))
          .filter((topic) => topic !== undefined)
          .map((topic) =>
            t(locale, 'stats.quizLine', { topic: topic.lecture, correct: topic.correct, answered: topic.answered, percent: percent(topic.correct, topic.answered) }),
          )
          .join('\n')
      : t(locale, 'stats.quizNone');
    const lists = checklists
      .map((checklist) => {
        const done = summary.checksByList.get(checklist.slug) ?? 0;
        const total = checklist.items.length;
        return `${progressBar(done, total)} \`${done}/${total}\` ${checklist.title[locale]}`;
      })
      .join('\n');
    const rankText = (period: string) => {
      const standing = progress.standing(guildId, period, target);
      return standing ? t(locale, 'stats.rankOf', { rank: standing.rank, of: standing.of, points: standing.points }) : t(locale, 'stats.unranked');
    };
    const member = summary.member;
    const fields: APIEmbedField[] = [
      { name: t(locale, 'stats.reading'), value: reading },
      { name: t(locale, 'stats.quiz'), value: quiz },
      {
        name: t(locale, 'stats.streak'),
        value: t(locale, 'stats.streakValue', { current: member ? liveStreak(member, today) : 0, best: member?.best_streak ?? 0 }),
      },
      { name: t(locale, 'stats.checklists'), value: lists },
      { name: t(locale, 'stats.rank'), value: t(locale, 'stats.rankValue', { week: rankText(weekStart(now, timezone)), all: rankText(ALL_TIME) }) },
    ];
    return {
      type: 'message',
      ephemeral: false,
      message: {
        embeds: [{ title: t(locale, 'stats.title'), description: mention(target), color: 0x5865f2, fields }],
      },
    };
  },
};
