import { claims, type Claims } from './claims.js';
import type { Db } from './database.js';

export interface RecapRow {
  id: number;
  guild_id: string;
  week: string;
  channel_id: string;
  status: 'claimed' | 'sent' | 'failed';
  attempts: number;
  claimed_by: string;
  lease_until: string;
  message_id: string | null;
  sent_at: string | null;
  last_error: string | null;
}

export interface WeekFigures {
  /** Daily-quiz answers in the week, and how many were right. */
  answers: number;
  correct: number;
  /** The daily question most members got wrong, and how many did. */
  mostMissed: { questionId: string; wrong: number } | undefined;
  /** The longest streak still running when the week ended. */
  longestStreak: { userId: string; days: number; optedOut: boolean } | undefined;
}

/**
 * Weekly recaps, claimed (one row per guild and week) before they are sent, and the week's figures.
 * The figures read the week's few daily posts and their answers through the post index,
 * never a guild's whole attempt history.
 */
export class RecapStore {
  private readonly s;
  /** Reclaiming, and recording what the send did. */
  readonly claims: Claims;

  constructor(private readonly db: Db) {
    this.claims = claims(db, 'weekly_recaps');
    this.s = {
      get: db.prepare<[string, string], RecapRow>('SELECT * FROM weekly_recaps WHERE guild_id = ? AND week = ?'),
      insert: db.prepare<[string, string, string, string, string], RecapRow>(
        `INSERT INTO weekly_recaps (guild_id, week, channel_id, status, attempts, claimed_by, lease_until)
         VALUES (?, ?, ?, 'claimed', 1, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
      ),
      posts: db.prepare<[string, string, string], { quiz_post_id: number }>(
        "SELECT quiz_post_id FROM daily_posts WHERE guild_id = ? AND day BETWEEN ? AND ? AND status = 'sent'",
      ),
      answers: db.prepare<[number], { answers: number; correct: number }>(
        'SELECT count(*) AS answers, coalesce(sum(correct), 0) AS correct FROM quiz_attempts WHERE post_id = ?',
      ),
      question: db.prepare<[number], { question_id: string }>('SELECT question_id FROM quiz_posts WHERE id = ?'),
      streak: db.prepare<[string, string], { user_id: string; current_streak: number; leaderboard_opt_out: number }>(
        `SELECT user_id, current_streak, leaderboard_opt_out FROM members
         WHERE guild_id = ? AND last_daily_date >= ? AND current_streak > 0
         ORDER BY current_streak DESC, user_id LIMIT 1`,
      ),
    };
  }

  /** Whether the guild had any daily post out in the week (a recap of nothing is not sent). */
  hadPosts(guildId: string, week: string, lastDay: string): boolean {
    return this.s.posts.all(guildId, week, lastDay).length > 0;
  }

  get(guildId: string, week: string): RecapRow | undefined {
    return this.s.get.get(guildId, week);
  }

  /** Claims the guild's recap of a week; undefined when it was claimed already. */
  claim(guildId: string, week: string, channelId: string, claimedBy: string, leaseUntil: Date): RecapRow | undefined {
    return this.s.insert.get(guildId, week, channelId, claimedBy, leaseUntil.toISOString());
  }




  /** The week's figures: `week` is the Monday that started it, `lastDay` its Sunday. */
  figures(guildId: string, week: string, lastDay: string): WeekFigures {
    return this.db.transaction((): WeekFigures => {
      let answers = 0;
      let correct = 0;
      let mostMissed: WeekFigures['mostMissed'];
      for (const { quiz_post_id: postId } of this.s.posts.all(guildId, week, lastDay)) {
        const counts = this.s.answers.get(postId)!;
        answers += counts.answers;
        correct += counts.correct;
        const wrong = counts.answers - counts.correct;
        const questionId = this.s.question.get(postId)?.question_id;
        if (questionId && wrong > 0 && wrong > (mostMissed?.wrong ?? 0)) mostMissed = { questionId, wrong };
      }
      const streak = this.s.streak.get(guildId, lastDay);
      return {
        answers,
        correct,
        mostMissed,
        longestStreak: streak && { userId: streak.user_id, days: streak.current_streak, optedOut: streak.leaderboard_opt_out === 1 },
      };
    })();
  }
}
