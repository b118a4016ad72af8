import type { MessagePayload } from '../commands/types.js';

/** Why a post could not be sent, in the terms Discord uses. */
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

/** Where daily posts go: Discord channels, or the console. */
export interface ChannelPoster {
  /** Whether this process serves the guild (its shard holds it). */
  holdsGuild(guildId: string): boolean;
  /**
   * Posts a message and returns its id; throws PostError on failure. The nonce makes a retry of
   * a send whose answer was lost return the first message instead of posting twice.
   */
  send(channelId: string, message: MessagePayload, nonce?: string): Promise<string>;
  edit(channelId: string, messageId: string, message: MessagePayload): Promise<void>;
  /** Permissions the bot lacks to post in the channel (empty when it can post), or null when unknown. */
  missingPermissions(channelId: string): string[] | null;
}
