/** Why Discord did not take a message, in terms an admin can act on. Stored as columns, worded in one place. */
export type FailureReason = 'missing-permission' | 'unknown-channel' | 'rate-limited' | 'discord-error' | 'content-missing' | 'unexpected';

export const FAILURE_REASONS: readonly FailureReason[] = [
  'missing-permission',
  'unknown-channel',
  'rate-limited',
  'discord-error',
  'content-missing',
  'unexpected',
];

export interface DeliveryFailure {
  reason: FailureReason;
  channelId: string;
}

/** Why a send could not be done, in the terms Discord uses. */
export class PostError extends Error {
  constructor(
    message: string,
    /** HTTP status, e.g. 403, 404, 429; 0 when no answer came. */
    readonly status: number,
    /** Discord's JSON error code, e.g. 50013 (missing permissions), 10003 (unknown channel). */
    readonly code: number,
  ) {
    super(message);
    this.name = 'PostError';
  }
}

export function failureReason(error: unknown): FailureReason {
  if (error instanceof PostError) {
    if (error.code === 50013 || error.code === 50001 || error.status === 403) return 'missing-permission';
    if (error.code === 10003 || error.code === 10008 || error.status === 404) return 'unknown-channel';
    if (error.status === 429) return 'rate-limited';
    return 'discord-error';
  }
  return 'unexpected';
}

export function isFailureReason(value: unknown): value is FailureReason {
  return FAILURE_REASONS.includes(value as FailureReason);
}
