import { DiscordAPIError, HTTPError, PermissionFlagsBits, PermissionsBitField, RateLimitError, Routes, type Client, type REST } from 'discord.js';
import type { APIMessage } from 'discord-api-types/v10';
import type { MessagePayload } from '../commands/types.js';
import { PostError, type ChannelPoster } from '../daily/poster.js';

/** What the bot needs in the daily channel. */
const NEEDED = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];

function body(message: MessagePayload) {
  const files = message.files ?? [];
  return {
    body: {
      content: message.content ?? '',
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      allowed_mentions: { parse: [] },
      ...(files.length > 0 ? { attachments: files.map((file, id) => ({ id, filename: file.name, description: file.description })) } : {}),
    },
    files: files.map((file) => ({ name: file.name, data: file.data })),
  };
}

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
export class DiscordPoster implements ChannelPoster {
  constructor(
    private readonly client: Client,
    private readonly rest: REST,
  ) {}

  holdsGuild(guildId: string): boolean {
    return this.client.guilds.cache.has(guildId);
  }

  async send(channelId: string, message: MessagePayload, nonce?: string): Promise<string> {
    const { body: payload, files } = body(message);
    try {
      const sent = (await this.rest.post(Routes.channelMessages(channelId), {
        body: nonce ? { ...payload, nonce, enforce_nonce: true } : payload,
        files,
      })) as APIMessage;
      return sent.id;
    } catch (error) {
      throw toPostError(error);
    }
  }

  async edit(channelId: string, messageId: string, message: MessagePayload): Promise<void> {
    const { body: payload, files } = body(message);
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), { body: payload, files });
    } catch (error) {
      throw toPostError(error);
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
