import type { Question } from '../content/types.js';
import type { Clock, Random } from '../domain/clock.js';
import { pick, shuffle } from '../domain/shuffle.js';
import { endOfLocalDay } from '../domain/time.js';
import type { GuildSettingsStore } from '../db/guildSettings.js';
import type { QuizPost, QuizStore } from '../db/quiz.js';
import type { CardSummary, ReviewCardStore } from '../db/reviewCards.js';
import type { QuestionBank } from './catalog.js';

/** A practice post takes answers for a week; after that its buttons say it is closed. */
export const PRACTICE_TTL_MS = 7 * 24 * 3600_000;

/** Practice questions: posting one (with its shuffle, kept in SQLite), and picking what a member should review. */
export class Practice {
  constructor(
    private readonly deps: { quiz: QuizStore; cards: ReviewCardStore; guilds: GuildSettingsStore; bank: QuestionBank; clock: Clock; random: Random },
  ) {}

  /** A new post of the question for the member: its choices shuffled, the order stored. */
  post(question: Question, guildId: string, channelId: string | null): QuizPost {
    const now = this.deps.clock.now();
    return this.deps.quiz.createPost({
      guildId,
      channelId,
      questionId: question.id,
      source: 'practice',
      choiceOrder: shuffle(question.choices.length, this.deps.random),
      now,
      expiresAt: new Date(now.getTime() + PRACTICE_TTL_MS),
      ...(question.origin ? { snapshot: question } : {}),
    });
  }

  /** A question of a lecture, at random. */
  ofLecture(guildId: string, lecture: string): Question | undefined {
    return pick(this.deps.bank.of(guildId, lecture), this.deps.random);
  }

  /** The member's cards whose question the guild still asks, most overdue first. */
  cards(guildId: string, userId: string): CardSummary[] {
    return this.deps.cards.summaries(guildId, userId).filter((card) => this.deps.bank.isActive(guildId, card.questionId));
  }

  /** "Due today": before the next local midnight in the guild's time zone. */
  endOfToday(guildId: string): Date {
    return endOfLocalDay(this.deps.clock.now(), this.deps.guilds.timezone(guildId));
  }

  /** Without a topic: the member's most overdue card, else a question they have not seen, else the next one due. */
  nextFor(guildId: string, userId: string): Question | undefined {
    const { bank } = this.deps;
    const cards = this.cards(guildId, userId);
    const endOfToday = this.endOfToday(guildId);
    const due = cards.find((card) => card.due < endOfToday);
    if (due) return bank.find(guildId, due.questionId);
    const seen = new Set(cards.map((card) => card.questionId));
    const unseen = bank.all(guildId).filter((question) => !seen.has(question.id));
    if (unseen.length > 0) return pick(unseen, this.deps.random);
    const next = cards[0];
    return next ? bank.find(guildId, next.questionId) : bank.all(guildId)[0];
  }

  /** The next question the member got wrong and has not answered again since the round started. */
  nextWrong(guildId: string, userId: string, roundStart: Date): Question | undefined {
    const card = this.cards(guildId, userId).find((c) => !c.lastCorrect && c.lastReview < roundStart);
    return card && this.deps.bank.find(guildId, card.questionId);
  }
}
