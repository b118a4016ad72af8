import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { findLecture, suggestLectures } from '../content/catalog.js';
import { findQuestion, questions, questionsOf } from '../content/questions/index.js';
import type { Locale, Question } from '../content/types.js';
import type { AnswerOutcome, QuizPost } from '../db/quiz.js';
import { t } from '../i18n/index.js';
import { encodeCustomId } from './customId.js';
import { requireGuild } from './guards.js';
import { endOfLocalDay } from './review.js';
import { localDate } from '../time.js';
import { resolveLecture } from './summary.js';
import type { Command, ComponentHandler, Context, MessagePayload, Reply } from './types.js';
import { UserError } from './userError.js';

export const QUIZ_COMPONENT = 'quiz';
export const RATE_COMPONENT = 'srs';
/** A practice post takes answers for a week; after that its buttons say it is closed. */
export const PRACTICE_TTL_MS = 7 * 24 * 3600_000;

/** Button letters by position. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E'];

/** A random permutation of 0..n-1 (Fisher–Yates). */
export function shuffle(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function sectionTitle(question: Question, locale: Locale): string {
  const lecture = findLecture(question.lecture);
  return lecture?.sections.find((s) => s.id === question.section)?.title[locale] ?? question.section;
}

/** The question with one button per choice, in the post's shuffled order. The custom_id holds a position, never the answer. */
export function quizMessage(post: QuizPost, question: Question, locale: Locale, round?: string): MessagePayload {
  const lecture = findLecture(question.lecture);
  const buttons: APIButtonComponentWithCustomId[] = post.choiceOrder.map((choice, position) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: `${LETTERS[position]}. ${question.choices[choice]![locale]}`.slice(0, 80),
    custom_id: round
      ? encodeCustomId(QUIZ_COMPONENT, String(post.id), String(position), round)
      : encodeCustomId(QUIZ_COMPONENT, String(post.id), String(position)),
  }));
  return {
    embeds: [
      {
        title: t(locale, 'quiz.title', { lecture: lecture?.title[locale] ?? question.lecture }),
        description: [
          `**${question.prompt[locale]}**`,
          '',
          ...post.choiceOrder.map((choice, position) => `**${LETTERS[position]}.** ${question.choices[choice]![locale]}`),
        ].join('\n'),
        color: lecture?.color ?? 0x5865f2,
        footer: { text: t(locale, 'quiz.footer', { difficulty: t(locale, `quiz.${question.difficulty}`), section: sectionTitle(question, locale) }) },
      },
    ],
    components: [{ type: ComponentType.ActionRow, components: buttons }],
  };
}

/** What the member who clicked sees: right or wrong, the answer, why, and where to read more. */
export function verdictMessage(post: QuizPost, question: Question, outcome: AnswerOutcome, locale: Locale, round?: string): MessagePayload {
  const position = (choice: number) => post.choiceOrder.indexOf(choice);
  const answerAt = position(question.answer);
  const lines: string[] = [];
  if (outcome.status === 'already-answered') {
    lines.push(t(locale, 'quiz.already', { verdict: t(locale, outcome.correct ? 'quiz.alreadyRight' : 'quiz.alreadyWrong') }));
  } else if (outcome.points > 0) {
    lines.push(t(locale, 'quiz.points', { points: outcome.points }));
  }
  if (outcome.chosen >= 0 && !outcome.correct) {
    lines.push(t(locale, 'quiz.yourChoice', { letter: LETTERS[position(outcome.chosen)] ?? '?', choice: question.choices[outcome.chosen]?.[locale] ?? '' }));
  }
  lines.push(t(locale, 'quiz.answerWas', { letter: LETTERS[answerAt] ?? '?', choice: question.choices[question.answer]![locale] }), '', question.explanation[locale]);

  const row: APIActionRowComponent<APIComponentInMessageActionRow> = {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: t(locale, 'quiz.openSection', { section: sectionTitle(question, locale) }).slice(0, 80),
        custom_id: encodeCustomId('sum', 'open', locale, question.lecture, question.section),
      },
    ],
  };
  if (outcome.status === 'recorded' && outcome.correct) {
    // How it felt tunes when the question comes back (FSRS Hard / Easy instead of Good).
    for (const recall of ['hard', 'easy'] as const) {
      row.components.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: t(locale, `quiz.${recall}Recall`),
        custom_id: encodeCustomId(RATE_COMPONENT, question.id, recall),
      });
    }
  }
  if (round) {
    row.components.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: t(locale, 'quiz.next'),
      custom_id: encodeCustomId('rev', 'next', round),
    });
  }
  return {
    embeds: [
      {
        title: t(locale, outcome.correct ? 'quiz.right' : 'quiz.wrong'),
        description: lines.join('\n'),
        color: outcome.correct ? 0x57f287 : 0xed4245,
      },
    ],
    components: [row],
  };
}

/** Posts a question as a practice quiz for the member. */
export function postPractice(question: Question, request: { guildId: string; channelId: string | null; locale: Locale }, context: Context, round?: string): MessagePayload {
  const now = context.now();
  const post = context.stores.quiz.createPost({
    guildId: request.guildId,
    channelId: request.channelId,
    questionId: question.id,
    source: 'practice',
    choiceOrder: shuffle(question.choices.length, context.random),
    now,
    expiresAt: new Date(now.getTime() + PRACTICE_TTL_MS),
  });
  return quizMessage(post, question, request.locale, round);
}

/** Without a topic: the member's most overdue card, else a question they have not seen, else the next one due. */
export function nextForMember(guildId: string, userId: string, context: Context): Question {
  const cards = context.stores.quiz.cards(guildId, userId);
  const endOfToday = endOfLocalDay(context.now(), context.stores.guilds.timezone(guildId));
  const due = cards.find((card) => card.due < endOfToday && findQuestion(card.questionId));
  if (due) return findQuestion(due.questionId)!;
  const seen = new Set(cards.map((card) => card.questionId));
  const unseen = questions.filter((question) => !seen.has(question.id));
  if (unseen.length > 0) return unseen[Math.floor(context.random() * unseen.length)]!;
  const next = cards.find((card) => findQuestion(card.questionId));
  return next ? findQuestion(next.questionId)! : questions[0]!;
}

export const quizCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quiz',
    name_localizations: { ko: '퀴즈' },
    description: 'A practice question; without a topic, the one you should review next',
    description_localizations: { ko: '연습 문제를 내요. 주제가 없으면 지금 복습할 문제를 골라요' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { ko: '주제' },
        description: 'Lecture: fullstack, ethics, career or nlp (default: your next review)',
        description_localizations: { ko: '강의: fullstack, ethics, career, nlp (기본: 다음 복습 문제)' },
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        name_localizations: { ko: '비공개' },
        description: 'Only you see the question',
        description_localizations: { ko: '나에게만 문제를 보여줘요' },
      },
    ],
  },

  execute(request, context): Reply {
    const guildId = requireGuild(request);
    const topic = request.options.topic;
    let question: Question;
    if (topic === undefined || String(topic).trim() === '') {
      question = nextForMember(guildId, request.userId, context);
    } else {
      const pool = questionsOf(resolveLecture(String(topic)).slug);
      question = pool[Math.floor(context.random() * pool.length)]!;
    }
    // A personal review question is for the member alone; a topic question is for the channel.
    const ephemeral = request.options.private === true || topic === undefined;
    return { type: 'message', ephemeral, message: postPractice(question, { ...request, guildId }, context) };
  },

  autocomplete(request) {
    return suggestLectures(request.focused.value, request.locale);
  },
};

/** `v1:quiz:<postId>:<position>[:<round>]`: an answer. The post, its shuffle and the answer live in SQLite. */
export const quizComponent: ComponentHandler = {
  name: QUIZ_COMPONENT,
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const [postArg, positionArg, round] = args;
    if (!postArg || !/^\d{1,15}$/.test(postArg) || !positionArg || !/^\d$/.test(positionArg) || (round !== undefined && !/^\d{1,13}$/.test(round))) {
      throw new UserError('error.staleComponent');
    }
    const post = context.stores.quiz.post(Number(postArg));
    // A post of another guild is as unknown as a missing one: a forged id learns nothing.
    if (!post || post.guildId !== guildId) throw new UserError('quiz.unknownPost');
    const question = findQuestion(post.questionId);
    if (!question) throw new UserError('quiz.questionGone');
    const position = Number(positionArg);
    if (position >= post.choiceOrder.length) throw new UserError('error.staleComponent');
    const now = context.now();
    const answered = context.stores.progress.answerTo(post.id, request.userId);
    if (!answered && (now.toISOString() >= post.expiresAt || post.revealedAt !== null)) throw new UserError('quiz.expired');

    const when = { now, timezone: context.stores.guilds.timezone(guildId) };
    const outcome = context.stores.quiz.answer(post, question, request.userId, position, when);
    return { type: 'message', ephemeral: true, message: verdictMessage(post, question, outcome, request.locale, round) };
  },
};


/** `v1:try:<questionId>` (the weekly recap's button): that question as a private practice quiz. */
export const tryComponent: ComponentHandler = {
  name: 'try',
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const question = args[0] ? findQuestion(args[0]) : undefined;
    if (!question) throw new UserError('quiz.questionGone');
    return { type: 'message', ephemeral: true, message: postPractice(question, { ...request, guildId }, context) };
  },
};

/** `v1:srs:<questionId>:<hard|easy>`: after a right answer, how it felt reschedules the card once. */
export const rateComponent: ComponentHandler = {
  name: RATE_COMPONENT,
  handle(request, args, context): Reply {
    const guildId = requireGuild(request);
    const [questionId, recall] = args;
    const question = questionId ? findQuestion(questionId) : undefined;
    if (!question || (recall !== 'hard' && recall !== 'easy')) throw new UserError('error.staleComponent');
    const card = context.stores.quiz.rate(guildId, request.userId, question, recall);
    if (!card) throw new UserError('quiz.alreadyRated');
    const date = localDate(card.due, context.stores.guilds.timezone(guildId));
    return { type: 'message', ephemeral: true, message: { content: t(request.locale, 'quiz.rated', { date }) } };
  },
};
