import type { APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { Standing } from '../../db/scores.js';
import { t } from '../../i18n/index.js';
import { COLORS, mention, percent, progressBar, studyTime } from '../shared/format.js';

/** One set of figures feeds both the text and the card. */
export interface StatsFigures {
  userId: string;
  reading: { title: string; read: number; total: number }[];
  quiz: { topic: string; correct: number; answered: number }[];
  checklists: { title: string; done: number; total: number }[];
  streak: { current: number; best: number };
  week: Standing | undefined;
  all: Standing | undefined;
  /** Focus time in study sessions, ms. */
  study: { today: number; week: number; all: number };
}

const barLine = (done: number, total: number, title: string) => `${progressBar(done, total)} \`${done}/${total}\` ${title}`;

export function statsEmbed(figures: StatsFigures, locale: Locale): APIEmbed {
  const quiz = figures.quiz.length
    ? figures.quiz
        .map((topic) =>
          t(locale, 'stats.quizLine', {
            topic: topic.topic,
            correct: topic.correct,
            answered: topic.answered,
            percent: percent(topic.correct, topic.answered),
          }),
        )
        .join('\n')
    : t(locale, 'stats.quizNone');
  const rankText = (standing: Standing | undefined) =>
    standing ? t(locale, 'stats.rankOf', { rank: standing.rank, of: standing.of, points: standing.points }) : t(locale, 'stats.unranked');
  return {
    title: t(locale, 'stats.title'),
    description: mention(figures.userId),
    color: COLORS.blurple,
    fields: [
      { name: t(locale, 'stats.reading'), value: figures.reading.map((row) => barLine(row.read, row.total, row.title)).join('\n') },
      { name: t(locale, 'stats.quiz'), value: quiz },
      { name: t(locale, 'stats.streak'), value: t(locale, 'stats.streakValue', figures.streak) },
      { name: t(locale, 'stats.checklists'), value: figures.checklists.map((row) => barLine(row.done, row.total, row.title)).join('\n') },
      { name: t(locale, 'stats.rank'), value: t(locale, 'stats.rankValue', { week: rankText(figures.week), all: rankText(figures.all) }) },
      {
        name: t(locale, 'stats.study'),
        value: t(locale, 'stats.studyValue', {
          today: studyTime(figures.study.today, locale),
          week: studyTime(figures.study.week, locale),
          all: studyTime(figures.study.all, locale),
        }),
      },
    ],
  };
}
