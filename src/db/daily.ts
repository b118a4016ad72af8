import type { FailureReason } from '../core/failure.js';
import type { Locale } from '../core/locale.js';
import { claims, type Claims } from './claims.js';
import type { Db } from './database.js';

export type DailyKind = 'scheduled' | 'extra';
export type DailyStatus = 'claimed' | 'sent' | 'failed';

export interface DailyPost {
  id: number;
  guildId: string;
  day: string;
  kind: DailyKind;
  channelId: string;
  language: Locale;
  lecture: string;
  section: string;
  /** Null for a topic posted alone (an imported lecture without questions). */
  quizPostId: number | null;
  status: DailyStatus;
  attempts: number;
  claimedBy: string;
  leaseUntil: string;
  messageId: string | null;
  sentAt: string | null;
  lastError: FailureReason | null;
  revealedAt: string | null;
}

interface Row {
  id: number;
  guild_id: string;
  day: string;
  kind: DailyKind;
  channel_id: string;
  language: Locale;
  lecture: string;
  section: string;
  quiz_post_id: number | null;
  status: DailyStatus;
  attempts: number;
  claimed_by: string;
  lease_until: string;
  message_id: string | null;
  sent_at: string | null;
  last_error: FailureReason | null;
  revealed_at: string | null;
}

const toPost = (row: Row): DailyPost => ({
  id: row.id,
  guildId: row.guild_id,
  day: row.day,
  kind: row.kind,
  channelId: row.channel_id,
  language: row.language,
  lecture: row.lecture,
  section: row.section,
  quizPostId: row.quiz_post_id,
  status: row.status,
  attempts: row.attempts,
  claimedBy: row.claimed_by,
  leaseUntil: row.lease_until,
  messageId: row.message_id,
  sentAt: row.sent_at,
  lastError: row.last_error,
  revealedAt: row.revealed_at,
});

export interface NewDailyPost {
  guildId: string;
  day: string;
  kind: DailyKind;
  channelId: string;
  language: Locale;
  lecture: string;
  section: string;
  quizPostId: number | null;
  claimedBy: string;
  leaseUntil: Date;
}

/** Daily posts: claimed before they are sent, so each guild-day goes out exactly once. */
export class DailyStore {
  private readonly s;
  /** Reclaiming, and recording what the send did. */
  readonly claims: Claims;

  constructor(db: Db) {
    this.claims = claims(db, 'daily_posts');
    this.s = {
      scheduled: db.prepare<[string, string], Row>("SELECT * FROM daily_posts WHERE guild_id = ? AND day = ? AND kind = 'scheduled'"),
      last: db.prepare<[string], Row>('SELECT * FROM daily_posts WHERE guild_id = ? ORDER BY id DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO daily_posts (guild_id, day, kind, channel_id, language, lecture, section, quiz_post_id, status, attempts, claimed_by, lease_until)
         VALUES (@guildId, @day, @kind, @channelId, @language, @lecture, @section, @quizPostId, 'claimed', 1, @claimedBy, @leaseUntil)
         ON CONFLICT DO NOTHING RETURNING *`,
      ),
      unrevealed: db.prepare<[string, number], Row>(
        "SELECT * FROM daily_posts WHERE guild_id = ? AND status = 'sent' AND revealed_at IS NULL AND id < ? ORDER BY id",
      ),
      revealDue: db.prepare<[string], Row>("SELECT * FROM daily_posts WHERE status = 'sent' AND revealed_at IS NULL AND sent_at <= ? ORDER BY id"),
      revealed: db.prepare('UPDATE daily_posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL'),
      sentBetween: db.prepare<[string, string, string], { quiz_post_id: number | null }>(
        "SELECT quiz_post_id FROM daily_posts WHERE guild_id = ? AND day BETWEEN ? AND ? AND status = 'sent' ORDER BY id",
      ),
    };
  }

  scheduledFor(guildId: string, day: string): DailyPost | undefined {
    const row = this.s.scheduled.get(guildId, day);
    return row && toPost(row);
  }

  last(guildId: string): DailyPost | undefined {
    const row = this.s.last.get(guildId);
    return row && toPost(row);
  }

  /** Claims a post; undefined when a scheduled post for that guild-day already exists. Call inside a transaction. */
  insert(post: NewDailyPost): DailyPost | undefined {
    const row = this.s.insert.get({ ...post, leaseUntil: post.leaseUntil.toISOString() }) as Row | undefined;
    return row && toPost(row);
  }

  /** Sent posts of a guild before `beforeId` that still hide their answer. */
  unrevealed(guildId: string, beforeId: number): DailyPost[] {
    return this.s.unrevealed.all(guildId, beforeId).map(toPost);
  }

  /** Sent posts (any guild) sent at or before `sentBefore` that still hide their answer. */
  revealDue(sentBefore: Date): DailyPost[] {
    return this.s.revealDue.all(sentBefore.toISOString()).map(toPost);
  }

  /** Marks a post revealed; false when another process already did. */
  markRevealed(id: number, now: Date): boolean {
    return this.s.revealed.run(now.toISOString(), id).changes > 0;
  }

  /** How many daily posts went out for local days `from` to `to` (a week). */
  sentBetween(guildId: string, from: string, to: string): number {
    return this.s.sentBetween.all(guildId, from, to).length;
  }

  /** The quiz posts of the daily posts sent for local days `from` to `to` (a week). */
  quizPostsBetween(guildId: string, from: string, to: string): number[] {
    return this.s.sentBetween.all(guildId, from, to).flatMap((row) => (row.quiz_post_id === null ? [] : [row.quiz_post_id]));
  }
}
