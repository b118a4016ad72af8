import type { CardState, Recall } from '../domain/srs.js';
import type { Db } from './database.js';

export interface CardSummary {
  questionId: string;
  lecture: string;
  due: Date;
  lastReview: Date;
  lastCorrect: boolean;
}

export interface StoredCard {
  card: CardState;
  lastCorrect: boolean;
  /** The card before its last review, until a hard/easy rating uses it. */
  previous: CardState | null;
}

interface CardRow {
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

function toCard(row: Omit<CardRow, 'last_correct' | 'previous'>): CardState {
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

function parsePrevious(json: string | null): CardState | null {
  if (!json) return null;
  const parsed = JSON.parse(json) as Omit<CardState, 'due' | 'last_review'> & { due: string; last_review: string | null };
  return { ...parsed, due: new Date(parsed.due), last_review: parsed.last_review ? new Date(parsed.last_review) : null };
}

/** One FSRS card per member and question: when each question is due again. */
export class ReviewCardStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare<[string, string, string], CardRow>('SELECT * FROM review_cards WHERE guild_id = ? AND user_id = ? AND question_id = ?'),
      save: db.prepare(
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
      summaries: db.prepare<[string, string], { question_id: string; lecture: string; due: string; last_review: string | null; last_correct: number }>(
        'SELECT question_id, lecture, due, last_review, last_correct FROM review_cards WHERE guild_id = ? AND user_id = ? ORDER BY due, question_id',
      ),
      export: db.prepare(
        'SELECT question_id, lecture, due, reps, lapses, state, last_review, last_correct FROM review_cards WHERE guild_id = ? AND user_id = ? ORDER BY due',
      ),
    };
  }

  get(guildId: string, userId: string, questionId: string): StoredCard | undefined {
    const row = this.s.get.get(guildId, userId, questionId);
    return row && { card: toCard(row), lastCorrect: row.last_correct === 1, previous: parsePrevious(row.previous) };
  }

  save(key: { guildId: string; userId: string; questionId: string; lecture: string }, card: CardState, recall: Recall, previous: CardState | null): void {
    this.s.save.run({
      ...key,
      ...card,
      due: card.due.toISOString(),
      lastReview: card.last_review?.toISOString() ?? null,
      lastCorrect: recall === 'again' ? 0 : 1,
      previous: previous ? JSON.stringify(previous) : null,
    });
  }

  /** The member's cards, most overdue first. */
  summaries(guildId: string, userId: string): CardSummary[] {
    return this.s.summaries.all(guildId, userId).map((row) => ({
      questionId: row.question_id,
      lecture: row.lecture,
      due: new Date(row.due),
      lastReview: new Date(row.last_review ?? 0),
      lastCorrect: row.last_correct === 1,
    }));
  }

  exportOf(guildId: string, userId: string): unknown[] {
    return this.s.export.all(guildId, userId);
  }
}
