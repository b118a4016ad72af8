import type { Db } from './database.js';

/** Checklist items members checked; the week a point was earned in is kept so unchecking takes it back from there. */
export class ChecklistStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO checklist_items (guild_id, user_id, checklist, item, checked_at, week) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING'),
      delete: db.prepare<[string, string, string, string], { week: string }>(
        'DELETE FROM checklist_items WHERE guild_id = ? AND user_id = ? AND checklist = ? AND item = ? RETURNING week',
      ),
      checked: db.prepare<[string, string, string], { item: string }>('SELECT item FROM checklist_items WHERE guild_id = ? AND user_id = ? AND checklist = ?'),
      byList: db.prepare<[string, string], { checklist: string; n: number }>(
        'SELECT checklist, count(*) AS n FROM checklist_items WHERE guild_id = ? AND user_id = ? GROUP BY checklist',
      ),
      times: db.prepare<[string, string, string], { at: string }>(
        'SELECT checked_at AS at FROM checklist_items WHERE guild_id = ? AND user_id = ? AND checked_at >= ?',
      ),
      export: db.prepare('SELECT checklist, item, checked_at FROM checklist_items WHERE guild_id = ? AND user_id = ? ORDER BY checked_at'),
    };
  }

  /** Checks an item; true when it was not checked before. */
  check(guildId: string, userId: string, checklist: string, item: string, at: Date, week: string): boolean {
    return this.s.insert.run(guildId, userId, checklist, item, at.toISOString(), week).changes > 0;
  }

  /** Unchecks an item; the week its point was earned in, or undefined when it was not checked. */
  uncheck(guildId: string, userId: string, checklist: string, item: string): string | undefined {
    return this.s.delete.get(guildId, userId, checklist, item)?.week;
  }

  checked(guildId: string, userId: string, checklist: string): Set<string> {
    return new Set(this.s.checked.all(guildId, userId, checklist).map((row) => row.item));
  }

  countsByList(guildId: string, userId: string): Map<string, number> {
    return new Map(this.s.byList.all(guildId, userId).map((row) => [row.checklist, row.n]));
  }

  timesSince(guildId: string, userId: string, since: Date): Date[] {
    return this.s.times.all(guildId, userId, since.toISOString()).map((row) => new Date(row.at));
  }

  exportOf(guildId: string, userId: string): unknown[] {
    return this.s.export.all(guildId, userId);
  }
}
