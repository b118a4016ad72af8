import { localDay } from '../domain/time.js';
import type { Db } from './database.js';

/** When and where an event happens: the guild's time zone decides its local day and week. */
export interface When {
  now: Date;
  timezone: string;
}

export interface Member {
  guildId: string;
  userId: string;
  joinedAt: string;
  optedOut: boolean;
  currentStreak: number;
  bestStreak: number;
  lastDailyDate: string | null;
  lastActiveDate: string | null;
  displayName: string | null;
}

interface Row {
  guild_id: string;
  user_id: string;
  joined_at: string;
  leaderboard_opt_out: number;
  current_streak: number;
  best_streak: number;
  last_daily_date: string | null;
  last_active_date: string | null;
  display_name: string | null;
}

const toMember = (row: Row): Member => ({
  guildId: row.guild_id,
  userId: row.user_id,
  joinedAt: row.joined_at,
  optedOut: row.leaderboard_opt_out === 1,
  currentStreak: row.current_streak,
  bestStreak: row.best_streak,
  lastDailyDate: row.last_daily_date,
  lastActiveDate: row.last_active_date,
  displayName: row.display_name,
});

/** Members of a guild the bot knows: created on their first counted event, with their streak and privacy choice. */
export class MembersStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      ensure: db.prepare(
        `INSERT INTO members (guild_id, user_id, joined_at, last_active_date) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, user_id) DO UPDATE SET last_active_date = excluded.last_active_date
         WHERE last_active_date IS NOT excluded.last_active_date`,
      ),
      get: db.prepare<[string, string], Row>('SELECT * FROM members WHERE guild_id = ? AND user_id = ?'),
      many: db.prepare<[string, string], Row>('SELECT * FROM members WHERE guild_id = ? AND user_id IN (SELECT value FROM json_each(?))'),
      setStreak: db.prepare('UPDATE members SET current_streak = ?, best_streak = max(best_streak, ?), last_daily_date = ? WHERE guild_id = ? AND user_id = ?'),
      setOptOut: db.prepare('UPDATE members SET leaderboard_opt_out = ? WHERE guild_id = ? AND user_id = ?'),
      rememberName: db.prepare('UPDATE members SET display_name = ? WHERE guild_id = ? AND user_id = ? AND display_name IS NOT ?'),
      longestStreak: db.prepare<[string, string], Row>(
        `SELECT * FROM members WHERE guild_id = ? AND last_daily_date >= ? AND current_streak > 0
         ORDER BY current_streak DESC, user_id LIMIT 1`,
      ),
      delete: db.prepare('DELETE FROM members WHERE guild_id = ? AND user_id = ?'),
    };
  }

  /** Records the member as active today (creating them); returns the event's local day and week. */
  touch(guildId: string, userId: string, when: When): { today: string; week: string } {
    const { date: today, week } = localDay(when.now, when.timezone);
    this.s.ensure.run(guildId, userId, when.now.toISOString(), today);
    return { today, week };
  }

  get(guildId: string, userId: string): Member | undefined {
    const row = this.s.get.get(guildId, userId);
    return row && toMember(row);
  }

  /** Several members at once (the leaderboard's ten, the recap's five). */
  many(guildId: string, userIds: readonly string[]): Map<string, Member> {
    if (userIds.length === 0) return new Map();
    return new Map(this.s.many.all(guildId, JSON.stringify(userIds)).map((row) => [row.user_id, toMember(row)]));
  }

  /** A daily answer for `day` extends the streak when it follows the last counted day. */
  extendStreak(guildId: string, userId: string, day: string, previousDay: string): void {
    const member = this.s.get.get(guildId, userId);
    if (!member) return;
    // An answer for a day at or before the last one counted cannot extend the streak.
    if (member.last_daily_date !== null && day <= member.last_daily_date) return;
    const streak = member.last_daily_date === previousDay ? member.current_streak + 1 : 1;
    this.s.setStreak.run(streak, streak, day, guildId, userId);
  }

  setOptOut(guildId: string, userId: string, optedOut: boolean): void {
    this.s.setOptOut.run(optedOut ? 1 : 0, guildId, userId);
  }

  /** Keeps the name a member goes by, for image cards; only for members the bot already stores. */
  rememberName(guildId: string, userId: string, name: string): void {
    this.s.rememberName.run(name, guildId, userId, name);
  }

  /** The longest streak still running at `since` or later. */
  longestStreak(guildId: string, since: string): Member | undefined {
    const row = this.s.longestStreak.get(guildId, since);
    return row && toMember(row);
  }

  /** Deletes the member; their reads, checks, attempts, cards and scores go with them (ON DELETE CASCADE). */
  delete(guildId: string, userId: string): boolean {
    return this.s.delete.run(guildId, userId).changes > 0;
  }
}
