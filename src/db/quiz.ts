import type { Question } from '../content/types.js';
import { newCard, review, type CardState, type Recall } from '../srs.js';
import type { Db } from './database.js';
import type { ProgressStore, When } from './progress.js';

export interface QuizPost {
  id: number;
  guildId: string;
  channelId: string | null;
  messageId: string | null;
  questionId: string;
  source: 'practice' | 'daily';
  /** Bank choice index shown at each button position. */
  choiceOrder: number[];
  createdAt: string;
  expiresAt: string;
  day: string | null;
  revealedAt: string | null;
}

interface PostRow {
  id: number;
  guild_id: string;
  channel_id: string | null;
  message_id: string | null;
  question_id: string;
  source: 'practice' | 'daily';
  choice_order: string;
  created_at: string;
  expires_at: string;
  day: string | null;
  revealed_at: string | null;
}

interface CardRow {
  guild_id: string;
  user_id: string;
  question_id: string;
  lecture: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
  last_correct: number;
  previous: string | null;
}

export interface NewPost {
  guildId: string;
  channelId: string | null;
  questionId: string;
  source: 'practice' | 'daily';
  choiceOrder: readonly number[];
  now: Date;
  expiresAt: Date;
  day?: string;
}

export type AnswerOutcome =
  | { status: 'recorded'; correct: boolean; chosen: number; points: number; attemptId: number }
  | { status: 'already-answered'; correct: boolean; chosen: number };

export interface CardSummary {
  questionId: string;
  lecture: string;
  due: Date;
  lastReview: Date;
  lastCorrect: boolean;
}

function toPost(row: PostRow): QuizPost {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    messageId: row.message_id,
    questionId: row.question_id,
    source: row.source,
    choiceOrder: row.choice_order.split(',').map(Number),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    day: row.day,
    revealedAt: row.revealed_at,
  };
}

function toCard(row: CardRow): CardState {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.last_review ? new Date(row.last_review) : null,
  };
}

/**
 * Quiz posts and each member's review cards. Answering a post records the attempt (with its
 * points and aggregates) and reschedules the card in one transaction.
 */
export class QuizStore {
  private readonly s;

  constructor(
    private readonly db: Db,
    private readonly progress: ProgressStore,
  ) {
    this.s = {
      insertPost: db.prepare(
        `INSERT INTO quiz_posts (guild_id, channel_id, question_id, source, choice_order, created_at, expires_at, day)
         VALUES (@guildId, @channelId, @questionId, @source, @choiceOrder, @createdAt, @expiresAt, @day) RETURNING *`,
      ),
      post: db.prepare<[number], PostRow>('SELECT * FROM quiz_posts WHERE id = ?'),
      setMessage: db.prepare('UPDATE quiz_posts SET message_id = ?, channel_id = coalesce(?, channel_id) WHERE id = ?'),
      card: db.prepare<[string, string, string], CardRow>('SELECT * FROM review_cards WHERE guild_id = ? AND user_id = ? AND question_id = ?'),
      saveCard: db.prepare(
        `INSERT INTO review_cards (guild_id, user_id, question_id, lecture, due, stability, difficulty, elapsed_days, scheduled_days,
           learning_steps, reps, lapses, state, last_review, last_correct, previous)
         VALUES (@guildId, @userId, @questionId, @lecture, @due, @stability, @difficulty, @elapsed_days, @scheduled_days,
           @learning_steps, @reps, @lapses, @state, @lastReview, @lastCorrect, @previous)
         ON CONFLICT (guild_id, user_id, question_id) DO UPDATE SET
           due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
           elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
           learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
           state = excluded.state, last_review = excluded.last_review, last_correct = excluded.last_correct,
           previous = excluded.previous`,
      ),
      close: db.prepare('UPDATE quiz_posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL'),
      choiceCounts: db.prepare<[number], { choice: number; n: number }>('SELECT choice, count(*) AS n FROM quiz_attempts WHERE post_id = ? GROUP BY choice'),
      cards: db.prepare<[string, string], Pick<CardRow, 'question_id' | 'lecture' | 'due' | 'last_review' | 'last_correct'>>(
        'SELECT question_id, lecture, due, last_review, last_correct FROM review_cards WHERE guild_id = ? AND user_id = ? ORDER BY due, question_id',
      ),
    };
  }

  createPost(input: NewPost): QuizPost {
    const row = this.s.insertPost.get({
      guildId: input.guildId,
      channelId: input.channelId,
      questionId: input.questionId,
      source: input.source,
      choiceOrder: input.choiceOrder.join(','),
      createdAt: input.now.toISOString(),
      expiresAt: input.expiresAt.toISOString(),
      day: input.day ?? null,
    }) as PostRow;
    return toPost(row);
  }

  /** Remembers which message shows the post (known only after Discord created it). */
  setMessage(postId: number, messageId: string, channelId: string | null): void {
    this.s.setMessage.run(messageId, channelId, postId);
  }

  /** Stops a post from taking answers (its answer was revealed). */
  close(postId: number, now: Date): void {
    this.s.close.run(now.toISOString(), postId);
  }

  /** How many members chose each bank choice index on a post. */
  choiceCounts(postId: number): Map<number, number> {
    return new Map(this.s.choiceCounts.all(postId).map((row) => [row.choice, row.n]));
  }

  post(id: number): QuizPost | undefined {
    const row = this.s.post.get(id);
    return row && toPost(row);
  }

  /**
   * Records a member's answer to a post. Their first answer stands: a second click returns the
   * first verdict and changes nothing.
   */
  answer(post: QuizPost, question: Question, userId: string, position: number, when: When): AnswerOutcome {
    const chosen = post.choiceOrder[position]!;
    const correct = chosen === question.answer;
    return this.db
      .transaction((): AnswerOutcome => {
        const result = this.progress.recordAttempt(
          {
            guildId: post.guildId,
            userId,
            questionId: question.id,
            lecture: question.lecture,
            source: post.source,
            postId: post.id,
            choice: chosen,
            correct,
            ...(post.day ? { day: post.day } : {}),
          },
          when,
        );
        if (!result.recorded) {
          const first = this.progress.answerTo(post.id, userId);
          // A daily quiz answered on another post of the same day has no row for this post.
          return { status: 'already-answered', correct: first?.correct ?? false, chosen: first?.choice ?? -1 };
        }
        this.reschedule(post.guildId, userId, question, correct ? 'good' : 'again', when.now);
        return { status: 'recorded', correct, chosen, points: result.points, attemptId: result.attemptId };
      })
      .immediate();
  }

  /** Reviews the member's card for a question (creating it on first sight). */
  reschedule(guildId: string, userId: string, question: Question, recall: Recall, now: Date): CardState {
    const row = this.s.card.get(guildId, userId, question.id);
    const before = row ? toCard(row) : newCard(now);
    return this.save(guildId, userId, question, review(before, recall, now), recall, JSON.stringify(before));
  }

  /**
   * The member says a right answer was hard or easy: the last review is redone with that rating.
   * Once per review; false when there is nothing to re-rate.
   */
  rate(guildId: string, userId: string, question: Question, recall: 'hard' | 'easy'): CardState | undefined {
    return this.db
      .transaction(() => {
        const row = this.s.card.get(guildId, userId, question.id);
        if (!row?.previous || row.last_correct !== 1 || !row.last_review) return undefined;
        const parsed = JSON.parse(row.previous) as CardState & { due: string; last_review: string | null };
        const before: CardState = { ...parsed, due: new Date(parsed.due), last_review: parsed.last_review ? new Date(parsed.last_review) : null };
        const at = new Date(row.last_review);
        return this.save(guildId, userId, question, review(before, recall, at), recall, null);
      })
      .immediate();
  }

  private save(guildId: string, userId: string, question: Question, next: CardState, recall: Recall, previous: string | null): CardState {
    this.s.saveCard.run({
      guildId,
      userId,
      questionId: question.id,
      lecture: question.lecture,
      ...next,
      due: next.due.toISOString(),
      lastReview: next.last_review?.toISOString() ?? null,
      lastCorrect: recall === 'again' ? 0 : 1,
      previous,
    });
    return next;
  }

  card(guildId: string, userId: string, questionId: string): CardState | undefined {
    const row = this.s.card.get(guildId, userId, questionId);
    return row && toCard(row);
  }

  /** The member's cards, most overdue first. */
  cards(guildId: string, userId: string): CardSummary[] {
    return this.s.cards.all(guildId, userId).map((row) => ({
      questionId: row.question_id,
      lecture: row.lecture,
      due: new Date(row.due),
      lastReview: new Date(row.last_review ?? 0),
      lastCorrect: row.last_correct === 1,
    }));
  }
}
