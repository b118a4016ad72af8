import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture } from '../../content/types.js';
import type { Game, GameRound, GameScore } from '../../db/games.js';
import { t } from '../../i18n/index.js';
import { LETTERS } from '../quiz/messages.js';
import { COLORS } from '../shared/format.js';
import { openSectionButton } from '../summary/messages.js';
import { gameAnswerButton } from './routes.js';

/** How a member is named in a public game message: a mention, or "private member" when they hid their name. */
export type Naming = (userId: string) => string;

export const MEDALS = ['🥇', '🥈', '🥉'];

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const unix = (date: Date) => Math.ceil(date.getTime() / 1000);
const choice = (round: GameRound, position: number, locale: Locale) => round.question.choices[round.choiceOrder[position]!]![locale];

function buttons(game: Game, round: GameRound, locale: Locale, closed: boolean): APIButtonComponentWithCustomId[] {
  return round.choiceOrder.map((index, position) => ({
    type: ComponentType.Button,
    style: closed && index === round.question.answer ? ButtonStyle.Success : ButtonStyle.Secondary,
    label: `${LETTERS[position]}. ${choice(round, position, locale)}`,
    custom_id: gameAnswerButton.encode(game.id, round.round, position),
    ...(closed ? { disabled: true } : {}),
  }));
}

/** A round as it is played: the question, its choices, when it ends (Discord counts down, no edits), the round number. */
export function roundMessage(game: Game, round: GameRound, lecture: Lecture | undefined, locale: Locale): MessagePayload {
  return {
    embeds: [
      {
        title: t(locale, 'game.roundTitle', { round: round.round, rounds: game.rounds, lecture: lecture?.title[locale] ?? round.question.lecture }),
        description: [
          `**${round.question.prompt[locale]}**`,
          '',
          ...round.choiceOrder.map((_, position) => `**${LETTERS[position]}.** ${choice(round, position, locale)}`),
          '',
          t(locale, 'game.endsAt', { time: `<t:${unix(round.deadline)}:R>` }),
        ].join('\n'),
        color: lecture?.color ?? COLORS.blurple,
        footer: { text: t(locale, game.mode === 'fastest' ? 'game.modeFastest' : 'game.modeAll') },
      },
    ],
    components: [{ type: ComponentType.ActionRow, components: buttons(game, round, locale, false) }],
  };
}

/** The scoreboard's top 10, as embed lines. */
export function scoreLines(scores: readonly GameScore[], name: Naming, locale: Locale): string {
  if (scores.length === 0) return t(locale, 'game.noScores');
  return scores
    .slice(0, 10)
    .map((s, i) => `${MEDALS[i] ?? `**${i + 1}.**`} ${name(s.userId)} — ${t(locale, 'game.score', { score: s.score.toLocaleString('en-US'), right: s.right })}`)
    .join('\n');
}

export interface RoundResult {
  /** How many chose each button position. */
  counts: number[];
  /** Right answers, fastest first. */
  right: { userId: string; elapsedMs: number; points: number }[];
  answered: number;
}

/** A round once closed: buttons off, the right answer, how many chose what, who was right (fastest first), why, and the scoreboard. */
export function closedRoundMessage(
  game: Game,
  round: GameRound,
  lecture: Lecture | undefined,
  result: RoundResult,
  scores: readonly GameScore[],
  name: Naming,
  locale: Locale,
): MessagePayload {
  const answer = round.choiceOrder.indexOf(round.question.answer);
  const lines = [
    `**${round.question.prompt[locale]}**`,
    '',
    ...round.choiceOrder.map(
      (_, position) =>
        `${position === answer ? '✅' : '▫️'} **${LETTERS[position]}.** ${choice(round, position, locale)} — ${t(locale, 'game.chosen', { count: result.counts[position] ?? 0 })}`,
    ),
    '',
    result.right.length > 0
      ? t(locale, 'game.rightBy', {
          members: result.right
            .slice(0, 10)
            .map((r) => `${name(r.userId)} (${seconds(r.elapsedMs)} s, +${r.points})`)
            .join(', '),
          more: result.right.length > 10 ? ` +${result.right.length - 10}` : '',
        })
      : t(locale, 'game.nobodyRight', { answered: result.answered }),
    '',
    round.question.explanation[locale],
  ];
  const section = lecture?.sections.find((s) => s.id === round.question.section);
  if (lecture && section) lines.push('', t(locale, 'quiz.fromSection', { lecture: lecture.title[locale], section: section.title[locale] }));
  const embeds: APIEmbed[] = [
    {
      title: t(locale, 'game.roundClosed', { round: round.round, rounds: game.rounds }),
      description: lines.join('\n'),
      color: COLORS.grey,
    },
    { title: t(locale, 'game.scoreboard'), description: scoreLines(scores, name, locale), color: COLORS.yellow },
  ];
  const rows: MessagePayload['components'] = [{ type: ComponentType.ActionRow, components: buttons(game, round, locale, true) }];
  if (lecture && section) rows.push({ type: ComponentType.ActionRow, components: [openSectionButton(lecture, section.id, locale)] });
  return { embeds, components: rows };
}

/** The end: the podium, the top 10, why it ended when it ended early; the card is attached by the caller. */
export function finalMessage(game: Game, scores: readonly GameScore[], name: Naming, note: string | undefined, locale: Locale): MessagePayload {
  const podium = scores.slice(0, 3).map((s, i) => `${MEDALS[i]} ${name(s.userId)} — ${s.score.toLocaleString('en-US')}`);
  const description = [
    podium.length > 0 ? podium.join('\n') : t(locale, 'game.noScores'),
    ...(scores.length > 3 ? ['', scoreLines(scores, name, locale)] : []),
  ];
  if (note) description.push('', note);
  return {
    embeds: [
      {
        title: t(locale, 'game.over', { rounds: game.round }),
        description: description.join('\n'),
        color: COLORS.green,
        footer: { text: t(locale, 'game.thanks') },
      },
    ],
  };
}

/** `/quizgame scores`: the running (or last) game's top 10 and the caller's place, privately. */
export function scoresMessage(game: Game, scores: readonly GameScore[], userId: string, name: Naming, locale: Locale): MessagePayload {
  const place = scores.findIndex((s) => s.userId === userId);
  const mine =
    place >= 0
      ? t(locale, 'game.yourPlace', { place: place + 1, of: scores.length, score: scores[place]!.score.toLocaleString('en-US') })
      : t(locale, 'game.notPlaying');
  return {
    embeds: [
      {
        title: t(locale, game.status === 'running' ? 'game.scoresRunning' : 'game.scoresLast', { round: game.round, rounds: game.rounds }),
        description: `${scoreLines(scores, name, locale)}\n\n${mine}`,
        color: COLORS.yellow,
      },
    ],
  };
}

/** The answer a member locked in, privately: what they chose and how fast, never whether it is right. */
export function lockedInText(round: GameRound, position: number, elapsedMs: number, again: boolean, locale: Locale): string {
  return t(locale, again ? 'game.alreadyLocked' : 'game.locked', {
    letter: LETTERS[position] ?? '?',
    choice: choice(round, position, locale),
    time: seconds(elapsedMs),
  });
}
