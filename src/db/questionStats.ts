import type { Db } from './database.js';

export interface ItemFigures {
  questionId: string;
  firstAnswers: number;
  /** Share of first answers that were right. */
  rightShare: number;
  /** Share right among the upper third of members minus among the lower third; null without both. */
  discrimination: number | null;
}

interface Row {
  question_id: string;
  first_answers: number;
  first_right: number;
  upper_n: number;
  upper_right: number;
  lower_n: number;
  lower_right: number;
}

const toFigures = (row: Row): ItemFigures => ({
  questionId: row.question_id,
  firstAnswers: row.first_answers,
  rightShare: row.first_right / row.first_answers,
  discrimination: row.upper_n > 0 && row.lower_n > 0 ? row.upper_right / row.upper_n - row.lower_right / row.lower_n : null,
});

/**
 * Item analysis, kept on write: each question's first answers, how many were right, and how the
 * upper and lower thirds of members (by overall accuracy at the time) answered it.
 */
export class QuestionStatsStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      record: db.prepare(
        `INSERT INTO question_stats (guild_id, question_id, first_answers, first_right, upper_n, upper_right, lower_n, lower_right)
         VALUES (@guildId, @questionId, 1, @right, @upper, @upper * @right, @lower, @lower * @right)
         ON CONFLICT (guild_id, question_id) DO UPDATE SET first_answers = first_answers + 1, first_right = first_right + excluded.first_right,
           upper_n = upper_n + excluded.upper_n, upper_right = upper_right + excluded.upper_right,
           lower_n = lower_n + excluded.lower_n, lower_right = lower_right + excluded.lower_right`,
      ),
      seen: db.prepare<[string], { question_id: string; first_answers: number }>('SELECT question_id, first_answers FROM question_stats WHERE guild_id = ?'),
      figures: db.prepare<[string, number], Row>('SELECT * FROM question_stats WHERE guild_id = ? AND first_answers >= ?'),
      // Negative discrimination (upper share right < lower share right, cross-multiplied) or few right.
      flagged: db.prepare<{ guild: string; min: number; low: number }, Row>(
        `SELECT * FROM question_stats WHERE guild_id = @guild AND first_answers >= @min
           AND ((upper_n > 0 AND lower_n > 0 AND upper_right * lower_n < lower_right * upper_n) OR first_right < @low * first_answers)`,
      ),
    };
  }

  /** A member's first answer to a question; `third` is where their overall accuracy placed them. */
  recordFirst(guildId: string, questionId: string, correct: boolean, third: 'upper' | 'middle' | 'lower' | undefined): void {
    this.s.record.run({ guildId, questionId, right: correct ? 1 : 0, upper: third === 'upper' ? 1 : 0, lower: third === 'lower' ? 1 : 0 });
  }

  /** How many members of the guild have answered each question (questions nobody answered are absent). */
  seen(guildId: string): Map<string, number> {
    return new Map(this.s.seen.all(guildId).map((row) => [row.question_id, row.first_answers]));
  }

  /** The figures of every question with at least `minAnswers` first answers. */
  figures(guildId: string, minAnswers: number): ItemFigures[] {
    return this.s.figures.all(guildId, minAnswers).map(toFigures);
  }

  /** The questions (with at least `minAnswers`) that look wrong: negative discrimination, or a right share under `lowShare`. */
  flagged(guildId: string, minAnswers: number, lowShare: number): ItemFigures[] {
    return this.s.flagged.all({ guild: guildId, min: minAnswers, low: lowShare }).map(toFigures);
  }
}
