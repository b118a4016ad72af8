import type { Question } from '../content/types.js';
import type { Db } from './database.js';

export type QuizSource = 'practice' | 'daily';

export interface QuizPost {
  id: number;
  guildId: string;
  channelId: string | null;
  messageId: string | null;
  questionId: string;
  source: QuizSource;
  /** Bank choice index shown at each button position. */
  choiceOrder: number[];
  createdAt: string;
  expiresAt: string;
  day: string | null;
  revealedAt: string | null;
  /** A guild question as this post showed it (an edit later does not change what was asked). */
  snapshot: Question | null;
}

interface PostRow {
  id: number;
  guild_id: string;
  channel_id: string | null;
  message_id: string | null;
  question_id: string;
  source: QuizSource;
  choice_order: string;
  created_at: string;
  expires_at: string;
  day: string | null;
  revealed_at: string | null;
  snapshot: string | null;
}

export interface NewPost {
  guildId: string;
  channelId: string | null;
  questionId: string;
  source: QuizSource;
  choiceOrder: readonly number[];
  now: Date;
  expiresAt: Date;
  day?: string;
  snapshot?: Question;
}

export interface Attempt {
  guildId: string;
  userId: string;
  questionId: string;
  lecture: string;
  source: QuizSource;
  postId: number | null;
  choice: number;
  correct: boolean;
  answeredAt: Date;
  localDate: string;
  week: string;
  points: number;
}

export interface TopicScore {
  lecture: string;
  answered: number;
  correct: number;
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
    snapshot: row.snapshot ? (JSON.parse(row.snapshot) as Question) : null,
  };
}

/** Posted questions with their shuffles, the answers to them, and right answers per member and topic. */
export class QuizStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insertPost: db.prepare(
        `INSERT INTO quiz_posts (guild_id, channel_id, question_id, source, choice_order, created_at, expires_at, day, snapshot)
         VALUES (@guildId, @channelId, @questionId, @source, @choiceOrder, @createdAt, @expiresAt, @day, @snapshot) RETURNING *`,
      ),
      post: db.prepare<[number], PostRow>('SELECT * FROM quiz_posts WHERE id = ?'),
      setMessage: db.prepare('UPDATE quiz_posts SET message_id = ?, channel_id = coalesce(?, channel_id) WHERE id = ?'),
      close: db.prepare('UPDATE quiz_posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL'),
      choiceCounts: db.prepare<[number], { choice: number; n: number }>('SELECT choice, count(*) AS n FROM quiz_attempts WHERE post_id = ? GROUP BY choice'),
      postTotals: db.prepare<[number], { answers: number; correct: number }>(
        'SELECT count(*) AS answers, coalesce(sum(correct), 0) AS correct FROM quiz_attempts WHERE post_id = ?',
      ),
      answerTo: db.prepare<[number, string], { id: number; choice: number; correct: number }>(
        'SELECT id, choice, correct FROM quiz_attempts WHERE post_id = ? AND user_id = ?',
      ),
      dailyOn: db.prepare("SELECT 1 FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND local_date = ? AND source = 'daily'"),
      answeredBefore: db.prepare('SELECT 1 FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND question_id = ? LIMIT 1'),
      practiceCredited: db.prepare(
        `SELECT 1 FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND question_id = ? AND local_date = ?
           AND source = 'practice' AND points > 0 LIMIT 1`,
      ),
      insertAttempt: db.prepare(
        `INSERT INTO quiz_attempts (guild_id, user_id, question_id, lecture, source, post_id, choice, correct, answered_at, local_date, week, points)
         VALUES (@guildId, @userId, @questionId, @lecture, @source, @postId, @choice, @correct, @answeredAt, @localDate, @week, @points)`,
      ),
      topicAdd: db.prepare(
        `INSERT INTO topic_scores (guild_id, user_id, lecture, answered, correct) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (guild_id, user_id, lecture) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`,
      ),
      topics: db.prepare<[string, string], TopicScore>('SELECT lecture, answered, correct FROM topic_scores WHERE guild_id = ? AND user_id = ?'),
      days: db.prepare<[string, string, string], { day: string; n: number }>(
        'SELECT local_date AS day, count(*) AS n FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND local_date >= ? GROUP BY local_date',
      ),
      exportAttempts: db.prepare(
        `SELECT question_id, lecture, source, post_id, choice, correct, answered_at, local_date, points
         FROM quiz_attempts WHERE guild_id = ? AND user_id = ? ORDER BY id`,
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
      snapshot: input.snapshot ? JSON.stringify(input.snapshot) : null,
    }) as PostRow;
    return toPost(row);
  }

  post(id: number): QuizPost | undefined {
    const row = this.s.post.get(id);
    return row && toPost(row);
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

  /** Answers to a post, and how many were right. */
  totals(postId: number): { answers: number; correct: number } {
    return this.s.postTotals.get(postId)!;
  }

  /** The member's recorded answer to a post, if any. */
  answerTo(postId: number, userId: string): { attemptId: number; choice: number; correct: boolean } | undefined {
    const row = this.s.answerTo.get(postId, userId);
    return row && { attemptId: row.id, choice: row.choice, correct: row.correct === 1 };
  }

  /** Whether the member answered a daily quiz for this local day. */
  answeredDailyOn(guildId: string, userId: string, day: string): boolean {
    return this.s.dailyOn.get(guildId, userId, day) !== undefined;
  }

  /** Whether the member ever answered this question before (their first answer is what item analysis counts). */
  answeredBefore(guildId: string, userId: string, questionId: string): boolean {
    return this.s.answeredBefore.get(guildId, userId, questionId) !== undefined;
  }

  /** Whether a right practice answer to this question already earned points on this local day. */
  practiceCreditedOn(guildId: string, userId: string, questionId: string, day: string): boolean {
    return this.s.practiceCredited.get(guildId, userId, questionId, day) !== undefined;
  }

  /** Records an answer and adds it to the member's topic figures. Call inside the answer's transaction. */
  insertAttempt(attempt: Attempt): number {
    const info = this.s.insertAttempt.run({
      ...attempt,
      correct: attempt.correct ? 1 : 0,
      answeredAt: attempt.answeredAt.toISOString(),
    });
    this.s.topicAdd.run(attempt.guildId, attempt.userId, attempt.lecture, attempt.correct ? 1 : 0);
    return Number(info.lastInsertRowid);
  }

  topics(guildId: string, userId: string): TopicScore[] {
    return this.s.topics.all(guildId, userId);
  }

  /** Answers per local day from `since` (a local date) on. */
  answersByDay(guildId: string, userId: string, since: string): Map<string, number> {
    return new Map(this.s.days.all(guildId, userId, since).map((row) => [row.day, row.n]));
  }

  exportOf(guildId: string, userId: string): { quizAttempts: unknown[]; topicScores: unknown[] } {
    return { quizAttempts: this.s.exportAttempts.all(guildId, userId), topicScores: this.s.topics.all(guildId, userId) };
  }
}
