import {
  ApplicationCommandOptionType,
  ComponentType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type MessageComponentInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import { toLocale } from '../core/locale.js';
import type { Actor, AutocompleteRequest, ClickableComponent, CommandRequest, ComponentRequest, ModalRequest, OptionValue } from '../core/requests.js';

type AnyInteraction = ChatInputCommandInteraction | AutocompleteInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/** Turns discord.js interactions into the plain requests handlers take. */
export function actorOf(interaction: AnyInteraction): Actor {
  const actor: Actor = {
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    locale: toLocale(interaction.locale),
  };
  // Absent in a DM: handlers that need a permission then refuse (they fail closed).
  if (interaction.memberPermissions) actor.permissions = interaction.memberPermissions.bitfield;
  const member = interaction.member;
  if (member) {
    const roles = member.roles;
    actor.roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  }
  const name =
    (member && 'displayName' in member ? member.displayName : undefined) ?? (member && 'nick' in member ? member.nick : null) ?? interaction.user.displayName;
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
    } else if (option.type === ApplicationCommandOptionType.Attachment && option.attachment) {
      const a = option.attachment;
      options[option.name] = { id: a.id, filename: a.name, size: a.size, url: a.url, ...(a.contentType ? { contentType: a.contentType } : {}) };
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

/** Every custom_id on a message, however deeply its components nest. */
function customIdsOf(components: readonly unknown[]): string[] {
  const ids: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const json = 'toJSON' in node && typeof node.toJSON === 'function' ? (node.toJSON() as Record<string, unknown>) : (node as Record<string, unknown>);
    if (typeof json.custom_id === 'string') ids.push(json.custom_id);
    for (const key of ['components', 'accessory', 'component']) {
      const child = json[key];
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  components.forEach(visit);
  return ids;
}

export function componentRequestOf(interaction: MessageComponentInteraction): ComponentRequest | undefined {
  const type = interaction.componentType;
  if (type !== ComponentType.Button && type !== ComponentType.StringSelect) return undefined;
  return {
    ...actorOf(interaction),
    customId: interaction.customId,
    componentType: type as ClickableComponent,
    values: interaction.isStringSelectMenu() ? interaction.values : [],
    messageId: interaction.message.id,
    messageCustomIds: customIdsOf(interaction.message.components),
  };
}

export function modalRequestOf(interaction: ModalSubmitInteraction): ModalRequest {
  const fields: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields) if ('value' in field && typeof field.value === 'string') fields[id] = field.value;
  return { ...actorOf(interaction), customId: interaction.customId, fields, ...(interaction.message ? { messageId: interaction.message.id } : {}) };
}
