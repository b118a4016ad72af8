import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture, Question } from '../../content/types.js';
import type { QuizPost } from '../../db/quiz.js';
import { t } from '../../i18n/index.js';
import type { AnswerOutcome } from '../../services/progress.js';
import { COLORS, mention } from '../shared/format.js';
import { openSectionButton } from '../summary/messages.js';
import { answerButton, rateButton, reportButton, tryButton } from './routes.js';

/** Button letters by position. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E'];

const choiceAt = (post: QuizPost, question: Question, position: number, locale: Locale) => question.choices[post.choiceOrder[position]!]![locale];

/**
 * The question with its choices in the post's shuffled order. The footer shows the difficulty,
 * not the section: a section title can give the answer away before anyone answers.
 */
export function quizEmbed(post: QuizPost, question: Question, lecture: Lecture | undefined, locale: Locale): APIEmbed {
  return {
    title: t(locale, 'quiz.title', { lecture: lecture?.title[locale] ?? question.lecture }),
    description: [
      `**${question.prompt[locale]}**`,
      '',
      ...post.choiceOrder.map((_, position) => `**${LETTERS[position]}.** ${choiceAt(post, question, position, locale)}`),
      ...origin(question, locale),
    ].join('\n'),
    color: lecture?.color ?? COLORS.blurple,
    footer: { text: t(locale, 'quiz.footer', { difficulty: t(locale, `quiz.${question.difficulty}`) }) },
  };
}

/** Where a guild's own question came from: generated from the notes, or written by a member. */
function origin(question: Question, locale: Locale): string[] {
  if (question.origin === 'generated') return ['', t(locale, 'quiz.generated')];
  if (question.origin === 'member')
    return ['', t(locale, 'quiz.writtenBy', { author: question.authorId ? mention(question.authorId) : t(locale, 'quiz.formerMember') })];
  return [];
}

/** One button per choice; the custom_id holds a position, never the answer. */
export function answerButtons(post: QuizPost, question: Question, locale: Locale, round?: number): APIButtonComponentWithCustomId[] {
  return post.choiceOrder.map((_, position) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: `${LETTERS[position]}. ${choiceAt(post, question, position, locale)}`,
    custom_id: answerButton.encode(post.id, position, round),
  }));
}

export function quizMessage(post: QuizPost, question: Question, lecture: Lecture | undefined, locale: Locale, round?: number): MessagePayload {
  return {
    embeds: [quizEmbed(post, question, lecture, locale)],
    components: [{ type: ComponentType.ActionRow, components: answerButtons(post, question, locale, round) }],
  };
}

/** What the member who clicked sees: right or wrong, the answer, why, the section it is from, and a button to read it. */
export function verdictMessage(
  post: QuizPost,
  question: Question,
  lecture: Lecture | undefined,
  outcome: AnswerOutcome,
  locale: Locale,
  extra: readonly APIButtonComponentWithCustomId[] = [],
): MessagePayload {
  const position = (choice: number) => post.choiceOrder.indexOf(choice);
  const lines: string[] = [];
  if (outcome.status === 'already-answered') {
    lines.push(t(locale, 'quiz.already', { verdict: t(locale, outcome.correct ? 'quiz.alreadyRight' : 'quiz.alreadyWrong') }));
  } else if (outcome.points > 0) {
    lines.push(t(locale, 'quiz.points', { points: outcome.points }));
  }
  if (outcome.chosen >= 0 && !outcome.correct) {
    lines.push(t(locale, 'quiz.yourChoice', { letter: LETTERS[position(outcome.chosen)] ?? '?', choice: question.choices[outcome.chosen]?.[locale] ?? '' }));
  }
  lines.push(
    t(locale, 'quiz.answerWas', { letter: LETTERS[position(question.answer)] ?? '?', choice: question.choices[question.answer]![locale] }),
    '',
    question.explanation[locale],
  );
  const section = lecture?.sections.find((s) => s.id === question.section);
  if (lecture && section) lines.push('', t(locale, 'quiz.fromSection', { lecture: lecture.title[locale], section: section.title[locale] }));

  const buttons: APIButtonComponentWithCustomId[] = lecture ? [openSectionButton(lecture, question.section, locale)] : [];
  if (outcome.status === 'recorded' && outcome.correct) {
    // How it felt tunes when the question comes back (FSRS Hard / Easy instead of Good).
    for (const recall of ['hard', 'easy'] as const) {
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: t(locale, `quiz.${recall}Recall`),
        custom_id: rateButton.encode(question.id, recall),
      });
    }
  }
  buttons.push(...extra);
  buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: t(locale, 'quiz.report'), custom_id: reportButton.encode(question.id) });
  return {
    embeds: [
      { title: t(locale, outcome.correct ? 'quiz.right' : 'quiz.wrong'), description: lines.join('\n'), color: outcome.correct ? COLORS.green : COLORS.red },
    ],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }] : [],
  };
}

/** The recap's "try the most missed question" button. */
export function tryQuestionButton(questionId: string, locale: Locale): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Primary, label: t(locale, 'recap.try'), custom_id: tryButton.encode(questionId) };
}
