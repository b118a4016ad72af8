import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { MessagePayload, Reply } from '../core/reply.js';
import { outgoing } from './outgoing.js';

type Answerable = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/** The fitted message in the shape discord.js's interaction methods take. */
function options(message: MessagePayload): InteractionEditReplyOptions {
  const { body, files } = outgoing(message);
  return {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    files: files.map((file, i) => ({
      attachment: file.data as Buffer,
      name: file.name,
      ...(body.attachments?.[i]?.description ? { description: body.attachments[i]!.description } : {}),
    })),
    allowedMentions: { parse: [] },
  };
}

/** Sends a handler's reply the way the interaction's state allows (fresh, deferred or a component update). */
export async function sendReply(interaction: Answerable, reply: Reply): Promise<void> {
  if (reply.type === 'modal') {
    // A form can only be the first answer; a deferred interaction gets the generic failure instead.
    if ('showModal' in interaction && !interaction.deferred && !interaction.replied) return void (await interaction.showModal(reply.modal));
    throw new Error('a modal can only answer an interaction that was not acknowledged yet');
  }
  const payload = options(reply.message);
  if (reply.type === 'update' && (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage()))) {
    if (interaction.deferred || interaction.replied) await interaction.editReply(payload);
    else await interaction.update(payload);
    return;
  }
  const ephemeral = reply.type === 'message' && reply.ephemeral;
  if (interaction.deferred && !interaction.replied && ephemeral && !interaction.ephemeral) {
    // A private answer (usually an error) to a publicly deferred command: never show it to the channel.
    await interaction.deleteReply();
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral } as InteractionReplyOptions);
  } else if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(payload);
  } else if (interaction.replied) {
    await interaction.followUp({ ...payload, flags: ephemeral ? MessageFlags.Ephemeral : undefined } as InteractionReplyOptions);
  } else {
    await interaction.reply({ ...payload, flags: ephemeral ? MessageFlags.Ephemeral : undefined } as InteractionReplyOptions);
  }
}

/** A last-resort ephemeral answer after an unexpected error, whatever state the interaction is in. */
export async function sendFailure(interaction: Answerable, content: string): Promise<void> {
  const payload = { ...options({ content }), flags: MessageFlags.Ephemeral as const } as InteractionReplyOptions;
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
