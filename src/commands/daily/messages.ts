import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { Attachment, MessagePayload } from '../../core/reply.js';
import type { Lecture, Question } from '../../content/types.js';
import type { QuizPost } from '../../db/quiz.js';
import { t } from '../../i18n/index.js';
import { LETTERS, answerButtons, quizEmbed, tryQuestionButton } from '../quiz/messages.js';
import { COLORS, mention, percent, progressBar, studyTime } from '../shared/format.js';
import { openSectionButton, pagesOf, sectionEmbeds } from '../summary/messages.js';

/** The day's quiz: the question and the post that holds its shuffle. */
export interface DailyQuiz {
  question: Question;
  post: QuizPost;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A longer imported section is read on from its first page, privately: a row of its own. */
function readOn(lecture: Lecture, sectionIndex: number, locale: Locale): Row[] {
  const section = lecture.sections[sectionIndex]!;
  return pagesOf(section, locale).length > 1 ? [{ type: ComponentType.ActionRow, components: [openSectionButton(lecture, section.id, locale)] }] : [];
}

/**
 * One message a day: the topic (a section with its diagrams) and the quiz with answer buttons,
 * or the topic alone when its lecture has no questions (a group's own notes).
 */
export function dailyMessage(lecture: Lecture, sectionIndex: number, day: string, locale: Locale, quiz?: DailyQuiz): MessagePayload {
  const answers: Row[] = quiz ? [{ type: ComponentType.ActionRow, components: answerButtons(quiz.post, quiz.question, locale) }] : [];
  return {
    content: t(locale, 'daily.header', { day }),
    embeds: [...sectionEmbeds(lecture, sectionIndex, locale), ...(quiz ? [quizEmbed(quiz.post, quiz.question, lecture, locale)] : [])],
    components: [...answers, ...readOn(lecture, sectionIndex, locale)],
  };
}

/** The same post after its reveal: the right answer marked, how many chose each option, buttons closed. */
export function revealedMessage(
  lecture: Lecture,
  sectionIndex: number,
  { question, post }: DailyQuiz,
  locale: Locale,
  counts: ReadonlyMap<number, number>,
): MessagePayload {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const lines = post.choiceOrder.map((choice, position) => {
    const n = counts.get(choice) ?? 0;
    const share = total > 0 ? Math.round((n / total) * 100) : 0;
    const mark = choice === question.answer ? '✅' : '▫️';
    return `${mark} **${LETTERS[position]}.** ${question.choices[choice]![locale]} — ${t(locale, 'daily.votes', { count: n, percent: share })}`;
  });
  const section = lecture.sections[sectionIndex];
  const revealed: APIEmbed = {
    ...quizEmbed(post, question, lecture, locale),
    description: [
      `**${question.prompt[locale]}**`,
      '',
      ...lines,
      '',
      t(locale, 'daily.revealed', { total }),
      '',
      question.explanation[locale],
      ...(section ? ['', t(locale, 'quiz.fromSection', { lecture: lecture.title[locale], section: section.title[locale] })] : []),
    ].join('\n'),
  };
  const buttons = answerButtons(post, question, locale).map(
    (button, position): APIButtonComponentWithCustomId => ({
      ...button,
      style: post.choiceOrder[position] === question.answer ? ButtonStyle.Success : ButtonStyle.Secondary,
      disabled: true,
    }),
  );
  return {
    content: t(locale, 'daily.header', { day: post.day ?? '' }),
    embeds: [...sectionEmbeds(lecture, sectionIndex, locale), revealed],
    components: [{ type: ComponentType.ActionRow, components: buttons }, ...readOn(lecture, sectionIndex, locale)],
  };
}

export const RECAP_FILE = 'recap.png';

export interface RecapFigures {
  week: string;
  lastDay: string;
  answers: number;
  correct: number;
  goal: number | null;
  top: { rank: number; userId: string; points: number; optedOut: boolean; name: string | null }[];
  longestStreak: { userId: string; days: number; optedOut: boolean; name: string | null } | undefined;
  mostMissed: { question: Question; wrong: number } | undefined;
  /** Focus time in study sessions this week: the group's, and the top 5 (minutes). */
  studyMs: number;
  studyTop: { rank: number; userId: string; points: number; optedOut: boolean }[];
}

/** The recap of a guild's week as an embed (and the card beside it), naming no member who hid their name. */
export function recapMessage(figures: RecapFigures, locale: Locale, card: Attachment | undefined): MessagePayload {
  const who = (member: { userId: string; optedOut: boolean }) => (member.optedOut ? t(locale, 'common.anonymous') : mention(member.userId));
  const { goal, answers, mostMissed, longestStreak } = figures;
  const embed: APIEmbed = {
    title: t(locale, 'recap.title', { week: figures.week, lastDay: figures.lastDay }),
    color: COLORS.green,
    fields: [
      { name: t(locale, 'recap.answers'), value: t(locale, 'recap.answersValue', { answers, accuracy: percent(figures.correct, answers) }) },
      {
        name: t(locale, 'recap.goal'),
        value: goal
          ? t(locale, 'recap.goalValue', {
              bar: progressBar(answers, goal),
              answers,
              goal,
              verdict: t(locale, answers >= goal ? 'recap.reached' : 'recap.notReached'),
            })
          : t(locale, 'recap.noGoal'),
      },
      {
        name: t(locale, 'recap.top'),
        value: figures.top.length
          ? figures.top.map((row) => t(locale, 'recap.topRow', { rank: row.rank, name: who(row), points: row.points })).join('\n')
          : t(locale, 'recap.nobody'),
      },
      {
        name: t(locale, 'recap.streak'),
        value: longestStreak ? t(locale, 'recap.streakValue', { name: who(longestStreak), days: longestStreak.days }) : t(locale, 'recap.none'),
      },
      {
        name: t(locale, 'recap.study'),
        value:
          figures.studyMs > 0
            ? [
                t(locale, 'recap.studyValue', { time: studyTime(figures.studyMs, locale) }),
                ...figures.studyTop.map((row) => t(locale, 'recap.studyRow', { rank: row.rank, name: who(row), time: studyTime(row.points * 60_000, locale) })),
              ].join('\n')
            : t(locale, 'recap.studyNone'),
      },
      {
        name: t(locale, 'recap.missed'),
        value: mostMissed ? t(locale, 'recap.missedValue', { prompt: mostMissed.question.prompt[locale], wrong: mostMissed.wrong }) : t(locale, 'recap.none'),
      },
    ],
    ...(card ? { image: { url: `attachment://${card.name}` } } : {}),
  };
  return {
    embeds: [embed],
    files: card ? [card] : [],
    components: mostMissed ? [{ type: ComponentType.ActionRow, components: [tryQuestionButton(mostMissed.question.id, locale)] }] : [],
  };
}
