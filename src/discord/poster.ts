import { DiscordAPIError, HTTPError, PermissionFlagsBits, PermissionsBitField, RateLimitError, Routes, type Client, type REST } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import { PostError } from '../core/failure.js';
import type { ChannelPoster, Notifier } from '../core/poster.js';
import type { MessagePayload } from '../core/reply.js';
import { shardOfGuild } from './shards.js';
import { outgoing } from './outgoing.js';

/** What the bot needs in the daily channel. */
const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

function toPostError(error: unknown): PostError {
  if (error instanceof DiscordAPIError) return new PostError(error.message, error.status, typeof error.code === 'number' ? error.code : 0);
  if (error instanceof RateLimitError) return new PostError(error.message, 429, 0);
  if (error instanceof HTTPError) return new PostError(error.message, error.status, 0);
  return new PostError(error instanceof Error ? error.message : String(error), 0, 0);
}

/**
 * Posts through its own discord.js REST instance (whose queue respects Discord's rate limits).
 * The client's REST answers interactions, which Discord's global limit does not cover: with its
 * own queue, a fan-out of daily posts to many guilds never delays an answer to a member.
 */
export class DiscordPoster implements ChannelPoster, Notifier {
  constructor(
    private readonly client: Client,
    private readonly rest: REST,
  ) {}

  holdsGuild(guildId: string): boolean {
    return this.client.guilds.cache.has(guildId);
  }

  shardOf(guildId: string): { shard: number; of: number } | null {
    const count = this.client.options.shardCount ?? 1;
    const guild = this.client.guilds.cache.get(guildId);
    return { shard: guild ? guild.shardId : shardOfGuild(guildId, count), of: count };
  }

  async send(channelId: string, message: MessagePayload, nonce?: string): Promise<string> {
    const { body, files } = outgoing(message);
    try {
      const sent = (await this.rest.post(Routes.channelMessages(channelId), {
        body: nonce ? { ...body, nonce, enforce_nonce: true } : body,
        files,
      })) as APIMessage;
      return sent.id;
    } catch (error) {
      throw toPostError(error);
    }
  }

  async edit(channelId: string, messageId: string, message: MessagePayload): Promise<void> {
    const { body, files } = outgoing(message);
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), { body, files });
    } catch (error) {
      throw toPostError(error);
    }
  }

  /** A private message: the DM channel with the member, then the message (members may not accept DMs). */
  async dm(userId: string, message: MessagePayload): Promise<boolean> {
    try {
      const channel = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
      await this.send(channel.id, message);
      return true;
    } catch {
      return false;
    }
  }

  missingPermissions(channelId: string): string[] | null {
    const channel = this.client.channels.cache.get(channelId);
    const me = this.client.user;
    if (!channel || !me || !('permissionsFor' in channel)) return null;
    const permissions = channel.permissionsFor(me);
    if (!permissions) return null;
    return new PermissionsBitField(NEEDED).toArray().filter((name) => !permissions.has(PermissionFlagsBits[name]));
  }
}
