import type { Db } from './database.js';

/** The lecture sections members opened: reading counts once per member and section. */
export class ReadsStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO section_reads (guild_id, user_id, lecture, section, read_at, week) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      byLecture: db.prepare<[string, string], { lecture: string; n: number }>(
        'SELECT lecture, count(*) AS n FROM section_reads WHERE guild_id = ? AND user_id = ? GROUP BY lecture',
      ),
      times: db.prepare<[string, string, string], { at: string }>(
        'SELECT read_at AS at FROM section_reads WHERE guild_id = ? AND user_id = ? AND read_at >= ?',
      ),
      export: db.prepare('SELECT lecture, section, read_at FROM section_reads WHERE guild_id = ? AND user_id = ? ORDER BY read_at'),
    };
  }

  /** Records a read; true the first time this member opened this section. */
  insert(guildId: string, userId: string, lecture: string, section: string, at: Date, week: string): boolean {
    return this.s.insert.run(guildId, userId, lecture, section, at.toISOString(), week).changes > 0;
  }

  /** Sections read per lecture. */
  countsByLecture(guildId: string, userId: string): Map<string, number> {
    return new Map(this.s.byLecture.all(guildId, userId).map((row) => [row.lecture, row.n]));
  }

  /** When the member read something, from `since` (an instant) on. */
  timesSince(guildId: string, userId: string, since: Date): Date[] {
    return this.s.times.all(guildId, userId, since.toISOString()).map((row) => new Date(row.at));
  }

  /** The member's reads as /mydata export writes them. */
  exportOf(guildId: string, userId: string): unknown[] {
    return this.s.export.all(guildId, userId);
  }
}
