import type { FailureReason } from '../core/failure.js';
import type { Db } from './database.js';

/** Tables whose rows are claimed before a message is sent (one shape, two purposes). */
export type ClaimTable = 'daily_posts' | 'weekly_recaps';

export interface Claims {
  /**
   * Takes over, for another try, a failed row, a claim whose sender died (its lease ran out), or
   * (with `predecessors`, a claimed_by prefix) one an earlier run of the same part of the bot left.
   */
  reclaim(id: number, claimedBy: string, leaseUntil: Date, maxAttempts: number, now: Date, predecessors?: string): boolean;
  markSent(id: number, messageId: string, now: Date): void;
  markFailed(id: number, reason: FailureReason): void;
}

/**
 * The claim-then-send steps shared by daily posts and weekly recaps. The table name is one of
 * two constants, never input; the values go through prepared statements.
 */
export function claims(db: Db, table: ClaimTable): Claims {
  const reclaim = db.prepare<[string, string, number, number, string, string, string | null, string | null]>(
    `UPDATE ${table} SET status = 'claimed', attempts = attempts + 1, claimed_by = ?, lease_until = ?
     WHERE id = ? AND attempts < ? AND (status = 'failed' OR (status = 'claimed' AND (lease_until <= ?
       OR (claimed_by <> ? AND substr(claimed_by, 1, length(?)) = ?))))`,
  );
  const sent = db.prepare(`UPDATE ${table} SET status = 'sent', message_id = ?, sent_at = ?, last_error = NULL WHERE id = ?`);
  const failed = db.prepare(`UPDATE ${table} SET status = 'failed', last_error = ? WHERE id = ? AND status = 'claimed'`);
  return {
    reclaim: (id, claimedBy, leaseUntil, maxAttempts, now, predecessors) =>
      reclaim.run(claimedBy, leaseUntil.toISOString(), id, maxAttempts, now.toISOString(), claimedBy, predecessors ?? null, predecessors ?? null).changes > 0,
    markSent: (id, messageId, now) => void sent.run(messageId, now.toISOString(), id),
    markFailed: (id, reason) => void failed.run(reason, id),
  };
}
