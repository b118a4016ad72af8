import type { RawFile } from 'discord.js';
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import { fitMessage } from '../core/fit.js';
import type { MessagePayload } from '../core/reply.js';

export interface OutgoingMessage {
  body: {
    content: string;
    embeds: APIEmbed[];
    components: APIActionRowComponent<APIComponentInMessageActionRow>[];
    allowed_mentions: { parse: []; users?: string[] };
    attachments?: { id: string; filename: string; description?: string }[];
  };
  files: RawFile[];
}

/**
 * The one translation of a handler's payload into what Discord takes, for every path (replies,
 * edits, follow-ups, daily posts, recaps): fitted to Discord's limits, and never pinging anyone.
 */
export function outgoing(payload: MessagePayload): OutgoingMessage {
  const message = fitMessage(payload);
  const files = message.files ?? [];
  return {
    body: {
      content: message.content ?? '',
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      allowed_mentions: message.pings?.length ? { parse: [], users: message.pings.slice(0, 100) } : { parse: [] },
      ...(files.length > 0
        ? { attachments: files.map((file, id) => ({ id: String(id), filename: file.name, ...(file.description ? { description: file.description } : {}) })) }
        : {}),
    },
    files: files.map((file) => ({ name: file.name, data: file.data })),
  };
}
