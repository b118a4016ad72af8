import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';

export interface Attachment {
  name: string;
  data: Buffer;
  description?: string;
}

/** What a handler returns: plain Discord API payload data, no discord.js objects. */
export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: Attachment[];
  /** Members this message may ping (at most 100); without it, a message never pings anyone. */
  pings?: string[];
}

export type Reply =
  /** A new message answering the interaction. */
  | { type: 'message'; ephemeral: boolean; message: MessagePayload }
  /** Replace the message the clicked component is on. */
  | { type: 'update'; message: MessagePayload }
  /** Ask the member to fill in a form. */
  | { type: 'modal'; modal: APIModalInteractionResponseCallbackData };

export const privateReply = (message: MessagePayload): Reply => ({ type: 'message', ephemeral: true, message });
export const publicReply = (message: MessagePayload): Reply => ({ type: 'message', ephemeral: false, message });
export const updateReply = (message: MessagePayload): Reply => ({ type: 'update', message });
export const say = (content: string): Reply => privateReply({ content });
