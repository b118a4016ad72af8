import type { Db } from './database.js';

export const ALL_TIME = 'all';

/** A member's overall accuracy as a whole percentage, 0–100. */
export const accuracyBucket = (correct: number, answered: number) => Math.floor((100 * correct) / answered);

export interface Standing {
  rank: number;
  points: number;
  /** Members with a score in this period. */
  of: number;
}

export interface ScoreRow {
  period: string;
  points: number;
  answered: number;
  correct: number;
  reachedAt: string;
}

/**
 * Points per member and period ('all', or the Monday of a week), with a histogram of scores.
 * Kept up to date in the transaction of every event, so a leaderboard reads the `scores`
 * index and a rank sums a few histogram buckets: neither ever scans the event tables.
 */
export class ScoresStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      score: db.prepare<[string, string, string], { points: number; reached_at: string; answered: number; correct: number }>(
        'SELECT points, reached_at, answered, correct FROM scores WHERE guild_id = ? AND period = ? AND user_id = ?',
      ),
      accAdd: db.prepare(
        `INSERT INTO accuracy_histogram (guild_id, bucket, members) VALUES (?, ?, 1)
         ON CONFLICT (guild_id, bucket) DO UPDATE SET members = members + 1`,
      ),
      accRemove: db.prepare('UPDATE accuracy_histogram SET members = members - 1 WHERE guild_id = ? AND bucket = ? AND members > 1'),
      accDelete: db.prepare('DELETE FROM accuracy_histogram WHERE guild_id = ? AND bucket = ?'),
      accBelow: db.prepare<{ guild: string; bucket: number }, { below: number; same: number; total: number }>(
        `SELECT coalesce(sum(CASE WHEN bucket < @bucket THEN members END), 0) AS below,
           coalesce(sum(CASE WHEN bucket = @bucket THEN members END), 0) AS same,
           coalesce(sum(members), 0) AS total FROM accuracy_histogram WHERE guild_id = @guild`,
      ),
      insert: db.prepare(
        `INSERT INTO scores (guild_id, period, user_id, points, answered, correct, reached_at)
         VALUES (@guildId, @period, @userId, @points, @answered, @correct, @now)`,
      ),
      update: db.prepare(
        `UPDATE scores SET points = points + @points, answered = answered + @answered, correct = correct + @correct,
           reached_at = CASE WHEN @points != 0 THEN @now ELSE reached_at END
         WHERE guild_id = @guildId AND period = @period AND user_id = @userId`,
      ),
      histAdd: db.prepare(
        `INSERT INTO score_histogram (guild_id, period, points, members) VALUES (?, ?, ?, 1)
         ON CONFLICT (guild_id, period, points) DO UPDATE SET members = members + 1`,
      ),
      histRemove: db.prepare('UPDATE score_histogram SET members = members - 1 WHERE guild_id = ? AND period = ? AND points = ? AND members > 1'),
      histDelete: db.prepare('DELETE FROM score_histogram WHERE guild_id = ? AND period = ? AND points = ?'),
      top: db.prepare<[string, string, number], { user_id: string; points: number }>(
        'SELECT user_id, points FROM scores WHERE guild_id = ? AND period = ? ORDER BY points DESC, reached_at, user_id LIMIT ?',
      ),
      above: db.prepare<[string, string, number], { n: number }>(
        'SELECT coalesce(sum(members), 0) AS n FROM score_histogram WHERE guild_id = ? AND period = ? AND points > ?',
      ),
      tiedAhead: db.prepare<[string, string, number, string, string, string], { n: number }>(
        `SELECT count(*) AS n FROM scores WHERE guild_id = ? AND period = ? AND points = ?
           AND (reached_at < ? OR (reached_at = ? AND user_id < ?))`,
      ),
      ranked: db.prepare<[string, string], { n: number }>('SELECT coalesce(sum(members), 0) AS n FROM score_histogram WHERE guild_id = ? AND period = ?'),
      ofMember: db.prepare<[string, string], { period: string; points: number; answered: number; correct: number; reached_at: string }>(
        'SELECT period, points, answered, correct, reached_at FROM scores WHERE guild_id = ? AND user_id = ? ORDER BY period',
      ),
    };
  }

  /** Adds an event to the member's all-time score and to its week's. Call inside the event's transaction. */
  award(guildId: string, userId: string, week: string, points: number, answered: number, correct: number, now: Date): void {
    this.add(guildId, userId, ALL_TIME, points, answered, correct, now);
    this.add(guildId, userId, week, points, answered, correct, now);
  }

  private add(guildId: string, userId: string, period: string, points: number, answered: number, correct: number, now: Date): void {
    const params = { guildId, userId, period, points, answered, correct, now: now.toISOString() };
    const old = this.s.score.get(guildId, period, userId);
    if (period === ALL_TIME && answered > 0) this.moveAccuracy(guildId, old, answered, correct);
    if (!old) {
      this.s.insert.run(params);
      this.s.histAdd.run(guildId, period, points);
      return;
    }
    this.s.update.run(params);
    if (points !== 0) {
      this.leaveBucket(guildId, period, old.points);
      this.s.histAdd.run(guildId, period, old.points + points);
    }
  }

  /** A member's overall accuracy changed: they move to its bucket of the histogram. */
  private moveAccuracy(guildId: string, old: { answered: number; correct: number } | undefined, answered: number, correct: number): void {
    if (old && old.answered > 0) this.leaveAccuracy(guildId, accuracyBucket(old.correct, old.answered));
    this.s.accAdd.run(guildId, accuracyBucket((old?.correct ?? 0) + correct, (old?.answered ?? 0) + answered));
  }

  private leaveAccuracy(guildId: string, bucket: number): void {
    if (this.s.accRemove.run(guildId, bucket).changes === 0) this.s.accDelete.run(guildId, bucket);
  }

  /**
   * Which third of the guild's answering members, by overall accuracy, a member is in now:
   * 'upper', 'lower', 'middle', or undefined before their first answer.
   */
  accuracyThird(guildId: string, userId: string): 'upper' | 'middle' | 'lower' | undefined {
    const mine = this.s.score.get(guildId, ALL_TIME, userId);
    if (!mine || mine.answered === 0) return undefined;
    const { below, same, total } = this.s.accBelow.get({ guild: guildId, bucket: accuracyBucket(mine.correct, mine.answered) })!;
    const place = (below + same / 2) / total;
    return place >= 2 / 3 ? 'upper' : place < 1 / 3 ? 'lower' : 'middle';
  }

  private leaveBucket(guildId: string, period: string, points: number): void {
    if (this.s.histRemove.run(guildId, period, points).changes === 0) this.s.histDelete.run(guildId, period, points);
  }

  /** The top of a period: points, then who reached them first, then user id. */
  top(guildId: string, period: string, limit: number): { userId: string; points: number }[] {
    return this.s.top.all(guildId, period, limit).map((row) => ({ userId: row.user_id, points: row.points }));
  }

  /** A member's place in a period, in the same order as `top`; undefined without a score there. */
  standing(guildId: string, period: string, userId: string): Standing | undefined {
    const mine = this.s.score.get(guildId, period, userId);
    if (!mine) return undefined;
    const above = this.s.above.get(guildId, period, mine.points)!.n;
    const tied = this.s.tiedAhead.get(guildId, period, mine.points, mine.reached_at, mine.reached_at, userId)!.n;
    return { rank: above + tied + 1, points: mine.points, of: this.s.ranked.get(guildId, period)!.n };
  }

  ofMember(guildId: string, userId: string): ScoreRow[] {
    return this.s.ofMember.all(guildId, userId).map((row) => ({
      period: row.period,
      points: row.points,
      answered: row.answered,
      correct: row.correct,
      reachedAt: row.reached_at,
    }));
  }

  /** Takes a member out of the histogram before their score rows are deleted with them. */
  forget(guildId: string, userId: string): void {
    for (const score of this.s.ofMember.all(guildId, userId)) {
      this.leaveBucket(guildId, score.period, score.points);
      if (score.period === ALL_TIME && score.answered > 0) this.leaveAccuracy(guildId, accuracyBucket(score.correct, score.answered));
    }
  }
}
