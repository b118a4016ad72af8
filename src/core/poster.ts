import type { DeliveryFailure } from './failure.js';
import type { MessagePayload } from './reply.js';

/** Where the bot posts on its own (daily posts, recaps): Discord channels, or the console. */
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
  /** The shard that serves the guild here, and of how many; null where there are no shards (the console). */
  shardOf(guildId: string): { shard: number; of: number } | null;
}

/** What an immediate post (`/studyconfig post-now`) did. */
export type PostNowResult = { status: 'sent'; channelId: string } | { status: 'failed'; failure: DeliveryFailure } | { status: 'skipped' };

/** Private messages to a member (a question approved or rejected, a report resolved). */
export interface Notifier {
  /** True when the message was delivered (a member may not accept messages from the bot). */
  dm(userId: string, message: MessagePayload): Promise<boolean>;
}
