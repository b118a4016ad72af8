import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { LETTERS, quizMessage } from '../commands/quiz.js';
import { summaryMessage } from '../commands/summary.js';
import type { MessagePayload } from '../commands/types.js';
import type { Lecture, Locale, Question } from '../content/types.js';
import type { QuizPost } from '../db/quiz.js';
import { t } from '../i18n/index.js';


/** One message a day: the topic (a section summary with its diagrams) and the quiz with answer buttons. */
export function dailyMessage(lecture: Lecture, sectionIndex: number, question: Question, post: QuizPost, locale: Locale): MessagePayload {
  const topic = summaryMessage(lecture, sectionIndex, locale);
  const quiz = quizMessage(post, question, locale);
  return {
    content: t(locale, 'daily.header', { day: post.day ?? '' }),
    embeds: [...(topic.embeds ?? []), ...(quiz.embeds ?? [])],
    components: quiz.components ?? [],
  };
}

/** The same post after its reveal: the right answer marked, how many chose each option, buttons closed. */
export function revealedMessage(lecture: Lecture, sectionIndex: number, question: Question, post: QuizPost, locale: Locale, counts: ReadonlyMap<number, number>): MessagePayload {
  const original = dailyMessage(lecture, sectionIndex, question, post, locale);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const lines = post.choiceOrder.map((choice, position) => {
    const n = counts.get(choice) ?? 0;
    const share = total > 0 ? Math.round((n / total) * 100) : 0;
    const mark = choice === question.answer ? '✅' : '▫️';
    return `${mark} **${LETTERS[position]}.** ${question.choices[choice]![locale]} — ${t(locale, 'daily.votes', { count: n, percent: share })}`;
  });
  const embeds = original.embeds ?? [];
  const quizEmbed = embeds[embeds.length - 1]!;
  const revealed = {
    ...quizEmbed,
    description: [`**${question.prompt[locale]}**`, '', ...lines, '', t(locale, 'daily.revealed', { total }), '', question.explanation[locale]].join('\n'),
  };
  const buttons = (original.components?.[0]?.components ?? []).map(
    (button, position): APIButtonComponentWithCustomId => ({
      ...(button as APIButtonComponentWithCustomId),
      style: post.choiceOrder[position] === question.answer ? ButtonStyle.Success : ButtonStyle.Secondary,
      disabled: true,
    }),
  );
  return {
    content: original.content ?? '',
    embeds: [...embeds.slice(0, -1), revealed],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
  };
}
