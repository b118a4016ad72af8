import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type MessageComponentInteraction,
} from 'discord.js';
import type { Actor, AutocompleteRequest, CommandRequest, ComponentRequest, OptionValue } from '../commands/types.js';
import { toLocale } from '../i18n/index.js';

type AnyInteraction = ChatInputCommandInteraction | AutocompleteInteraction | MessageComponentInteraction;

/** Turns discord.js interactions into the plain requests handlers take. */
export function actorOf(interaction: AnyInteraction): Actor {
  const actor: Actor = {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    locale: toLocale(interaction.locale),
  };
  if (interaction.memberPermissions) actor.permissions = interaction.memberPermissions.bitfield;
  const member = interaction.member;
  const name = (member && 'displayName' in member ? member.displayName : undefined) ?? (member && 'nick' in member ? member.nick : null) ?? interaction.user.displayName;
  if (name) actor.displayName = name;
  return actor;
}

/** Flattens subcommand (group) nesting into a subcommand name and a name → value map. */
function flatten(data: readonly CommandInteractionOption[]): { subcommand?: string; options: Record<string, OptionValue> } {
  const options: Record<string, OptionValue> = {};
  let subcommand: string | undefined;
  for (const option of data) {
    if (option.type === ApplicationCommandOptionType.SubcommandGroup || option.type === ApplicationCommandOptionType.Subcommand) {
      const inner = flatten(option.options ?? []);
      subcommand = subcommand ? `${subcommand} ${option.name}` : inner.subcommand ? `${option.name} ${inner.subcommand}` : option.name;
      Object.assign(options, inner.options);
    } else if (option.value !== undefined && option.value !== null) {
      options[option.name] = option.value;
    }
  }
  return subcommand === undefined ? { options } : { subcommand, options };
}

export function commandRequestOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandRequest {
  const { subcommand, options } = flatten(interaction.options.data);
  const request: CommandRequest = { ...actorOf(interaction), command: interaction.commandName, options };
  if (subcommand !== undefined) request.subcommand = subcommand;
  const users = interaction.isChatInputCommand() ? interaction.options.resolved?.users : undefined;
  if (users && users.size > 0) {
    const members = interaction.options.resolved?.members;
    request.userNames = Object.fromEntries(
      users.map((user, id) => {
        const member = members?.get(id);
        const nick = member && 'displayName' in member ? member.displayName : member && 'nick' in member ? member.nick : null;
        return [id, nick ?? user.displayName];
      }),
    );
  }
  return request;
}

export function autocompleteRequestOf(interaction: AutocompleteInteraction): AutocompleteRequest {
  const focused = interaction.options.getFocused(true);
  return { ...commandRequestOf(interaction), focused: { name: focused.name, value: String(focused.value) } };
}

export function componentRequestOf(interaction: MessageComponentInteraction): ComponentRequest {
  return {
    ...actorOf(interaction),
    customId: interaction.customId,
    values: interaction.isStringSelectMenu() ? interaction.values : [],
    messageId: interaction.message.id,
  };
}
