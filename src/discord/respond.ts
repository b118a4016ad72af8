import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
} from 'discord.js';
import type { MessagePayload, Reply } from '../commands/types.js';

type Answerable = ChatInputCommandInteraction | MessageComponentInteraction;

function toDiscord(message: MessagePayload): InteractionEditReplyOptions {
  return {
    content: message.content ?? '',
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    files: (message.files ?? []).map((file) => ({ attachment: file.data, name: file.name, description: file.description })),
    allowedMentions: { parse: [] },
  };
}

/** Sends a handler's reply the way the interaction's state allows (fresh, deferred or a component update). */
export async function sendReply(interaction: Answerable, reply: Reply): Promise<void> {
  const payload = toDiscord(reply.message);
  if (reply.type === 'update' && interaction.isMessageComponent()) {
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
  const payload = { content, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] } };
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
