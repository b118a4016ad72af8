import type { FailureReason } from '../core/failure.js';
import { claims, type Claims } from './claims.js';
import type { Db } from './database.js';

export interface Recap {
  id: number;
  guildId: string;
  week: string;
  channelId: string;
  status: 'claimed' | 'sent' | 'failed';
  attempts: number;
  messageId: string | null;
  lastError: FailureReason | null;
}

interface Row {
  id: number;
  guild_id: string;
  week: string;
  channel_id: string;
  status: 'claimed' | 'sent' | 'failed';
  attempts: number;
  message_id: string | null;
  last_error: FailureReason | null;
}

const toRecap = (row: Row): Recap => ({
  id: row.id,
  guildId: row.guild_id,
  week: row.week,
  channelId: row.channel_id,
  status: row.status,
  attempts: row.attempts,
  messageId: row.message_id,
  lastError: row.last_error,
});

/** Weekly recaps, claimed (one row per guild and week) before they are sent, exactly like a daily post. */
export class RecapStore {
  private readonly s;
  /** Reclaiming, and recording what the send did. */
  readonly claims: Claims;

  constructor(db: Db) {
    this.claims = claims(db, 'weekly_recaps');
    this.s = {
      get: db.prepare<[string, string], Row>('SELECT * FROM weekly_recaps WHERE guild_id = ? AND week = ?'),
      byId: db.prepare<[number], Row>('SELECT * FROM weekly_recaps WHERE id = ?'),
      insert: db.prepare<[string, string, string, string, string], Row>(
        `INSERT INTO weekly_recaps (guild_id, week, channel_id, status, attempts, claimed_by, lease_until)
         VALUES (?, ?, ?, 'claimed', 1, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
      ),
    };
  }

  get(guildId: string, week: string): Recap | undefined {
    const row = this.s.get.get(guildId, week);
    return row && toRecap(row);
  }

  byId(id: number): Recap | undefined {
    const row = this.s.byId.get(id);
    return row && toRecap(row);
  }

  /** Claims the guild's recap of a week; undefined when it was claimed already. */
  claim(guildId: string, week: string, channelId: string, claimedBy: string, leaseUntil: Date): Recap | undefined {
    const row = this.s.insert.get(guildId, week, channelId, claimedBy, leaseUntil.toISOString());
    return row && toRecap(row);
  }
}
