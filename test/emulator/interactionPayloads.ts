import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType as OptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  type InteractionType,
  PermissionFlagsBits as P,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import { channelPayload } from './payloads.js';
import { computePermissions } from './permissions.js';
import type { EmulatorState, StoredChannel, StoredGuild } from './state.js';

export type OptionValue = string | number | boolean;
/** Options as Discord sends them, or a plain `{ name: value }` object typed from the registered command. */
export type OptionsInput = APIApplicationCommandInteractionDataOption[] | Record<string, OptionValue>;

/** Who triggers an interaction, and where. */
export interface InteractionContextInit {
  guildId?: string;
  channelId?: string;
  user?: APIUser | { id?: string; username?: string; globalName?: string | null };
  /** User locale; default `en-US`. */
  locale?: string;
  /** The member's permission bit set as a decimal string; default computed from the guild's roles. */
  memberPermissions?: string;
  /** Extra role ids of the member. */
  memberRoles?: string[];
  /** Run in the bot's DM with the user instead of a guild channel. */
  dm?: boolean;
}

export interface Where {
  guild: StoredGuild | null;
  channel: StoredChannel;
  user: APIUser;
}

/** Builds the fields every interaction shares (ids, token, channel, member/user, locales, permissions). */
export function baseInteraction(state: EmulatorState, where: Where, init: InteractionContextInit, type: InteractionType): Record<string, unknown> {
  const id = state.ids.next();
  const token = `aW50ZXJhY3Rpb246${Buffer.from(`${id}:`).toString('base64url')}${randomBytes(48).toString('base64url')}`;
  const { guild, channel, user } = where;
  const base: Record<string, unknown> = {
    id,
    application_id: state.applicationId,
    type,
    token,
    version: 1,
    locale: init.locale ?? 'en-US',
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guild) {
    const roles = init.memberRoles ?? [];
    const member = state.ensureMember(guild, user, roles);
    const memberPerms = init.memberPermissions ?? computePermissions(guild, user.id, member.roles, channel).toString();
    const botMember = guild.members.get(state.botUser.id);
    const appPerms = computePermissions(guild, state.botUser.id, botMember?.roles ?? [], channel).toString();
    Object.assign(base, {
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.locale, features: [] },
      guild_locale: guild.locale,
      channel_id: channel.id,
      channel: { ...channelPayload(channel), permissions: memberPerms },
      member: { ...member, permissions: memberPerms },
      app_permissions: appPerms,
      authorizing_integration_owners: { '0': guild.id },
      context: InteractionContextType.Guild,
    });
  } else {
    Object.assign(base, {
      channel_id: channel.id,
      channel: channelPayload(channel),
      user,
      // Discord: ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE | USE_EXTERNAL_EMOJIS in the bot's DM
      app_permissions: (P.AttachFiles | P.EmbedLinks | P.MentionEveryone | P.UseExternalEmojis).toString(),
      authorizing_integration_owners: { '0': '0' },
      context: InteractionContextType.BotDM,
    });
  }
  return base;
}

export interface CommandDataInit {
  name: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  /** Autocomplete: the option being typed (plain-object form); its value is sent as a string with `focused: true`. */
  focused?: string;
}

/** `data` of an APPLICATION_COMMAND / AUTOCOMPLETE interaction, typed against the registered definition when there is one. */
export function commandData(
  state: EmulatorState,
  where: Where,
  command: APIApplicationCommand | undefined,
  init: CommandDataInit,
  autocomplete: boolean,
): Record<string, unknown> {
  const resolved: APIInteractionDataResolved = {};
  let defs: APIApplicationCommandOption[] | undefined = command?.options;
  const path = [`/${init.name}`];
  const descend = (name: string, type: OptionType): void => {
    path.push(name);
    const next = defs?.find((o) => o.name === name && o.type === type);
    if (command && !next) throw new Error(`DiscordEmulator: ${path.join(' ')} is not defined on the registered command`);
    defs = next && 'options' in next ? (next.options as APIApplicationCommandOption[] | undefined) : undefined;
  };
  if (init.subcommandGroup) descend(init.subcommandGroup, OptionType.SubcommandGroup);
  if (init.subcommand) descend(init.subcommand, OptionType.Subcommand);
  let options: APIApplicationCommandInteractionDataOption[] = Array.isArray(init.options)
    ? init.options
    : buildOptions(state, where, defs, init.options ?? {}, path.join(' '), resolved, command !== undefined, autocomplete ? init.focused : undefined);
  if (autocomplete && !JSON.stringify(options).includes('"focused":true')) {
    throw new Error(`DiscordEmulator: autocomplete for ${path.join(' ')} needs one option with focused: true (or pass \`focused\`)`);
  }
  if (init.subcommand) options = [{ type: OptionType.Subcommand, name: init.subcommand, options } as APIApplicationCommandInteractionDataOption];
  if (init.subcommandGroup) options = [{ type: OptionType.SubcommandGroup, name: init.subcommandGroup, options } as APIApplicationCommandInteractionDataOption];
  return {
    id: command?.id ?? state.ids.next(),
    name: init.name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    ...(options.length > 0 ? { options } : {}),
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
  };
}

function inferType(value: OptionValue): OptionType {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

function buildOptions(
  state: EmulatorState,
  where: Where,
  defs: APIApplicationCommandOption[] | undefined,
  input: Record<string, OptionValue>,
  label: string,
  resolved: APIInteractionDataResolved,
  strict: boolean,
  focused: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  const out: APIApplicationCommandInteractionDataOption[] = [];
  for (const [name, value] of Object.entries(input)) {
    const def = defs?.find((o) => o.name === name);
    if (strict && !def) throw new Error(`DiscordEmulator: option "${name}" is not defined on ${label}`);
    const type = def?.type ?? inferType(value);
    // Discord's client lets a member type at most max_length characters (6,000 without one), and no number out of range.
    if (def && def.type === OptionType.String) {
      const length = [...String(value)].length;
      const max = 'max_length' in def && typeof def.max_length === 'number' ? def.max_length : 6000;
      if (length > max) throw new Error(`DiscordEmulator: option "${name}" on ${label} takes at most ${max} characters, got ${length}`);
      if (name !== focused && 'min_length' in def && typeof def.min_length === 'number' && length < def.min_length) {
        throw new Error(`DiscordEmulator: option "${name}" on ${label} needs at least ${def.min_length} characters`);
      }
    }
    if (def && (def.type === OptionType.Integer || def.type === OptionType.Number) && name !== focused) {
      const n = Number(value);
      if (
        ('min_value' in def && typeof def.min_value === 'number' && n < def.min_value) ||
        ('max_value' in def && typeof def.max_value === 'number' && n > def.max_value)
      ) {
        throw new Error(`DiscordEmulator: option "${name}" on ${label} is out of range: ${n}`);
      }
    }
    if (name === focused) {
      out.push({ name, type, value: String(value), focused: true } as APIApplicationCommandInteractionDataOption);
      continue;
    }
    if (def && 'choices' in def && Array.isArray(def.choices) && def.choices.length > 0 && !def.choices.some((c) => c.value === value)) {
      throw new Error(`DiscordEmulator: ${JSON.stringify(value)} is not one of the choices of option "${name}" on ${label}`);
    }
    addResolved(state, where, type, String(value), resolved);
    const sent = type === OptionType.Integer || type === OptionType.Number ? Number(value) : type === OptionType.Boolean ? Boolean(value) : String(value);
    out.push({ name, type, value: sent } as APIApplicationCommandInteractionDataOption);
  }
  if (strict && focused === undefined) {
    for (const def of defs ?? []) {
      if ('required' in def && def.required && !(def.name in input)) throw new Error(`DiscordEmulator: required option "${def.name}" missing for ${label}`);
    }
  }
  return out;
}

function addResolved(state: EmulatorState, where: Where, type: OptionType, id: string, resolved: APIInteractionDataResolved): void {
  const { guild } = where;
  if (type === OptionType.User || type === OptionType.Mentionable) {
    const user = state.users.get(id);
    if (user) {
      (resolved.users ??= {})[id] = user;
      const member = guild?.members.get(id);
      if (guild && member) {
        const { user: _omit, ...rest } = member;
        (resolved.members ??= {})[id] = { ...rest, permissions: computePermissions(guild, id, member.roles, where.channel).toString() };
      }
      return;
    }
    if (type === OptionType.User) throw new Error(`DiscordEmulator: unknown user ${id} (create it with emulator.createUser())`);
  }
  if (type === OptionType.Role || type === OptionType.Mentionable) {
    const role = guild?.roles.find((r) => r.id === id);
    if (!role) throw new Error(`DiscordEmulator: unknown role ${id} in this guild`);
    (resolved.roles ??= {})[id] = role;
  }
  if (type === OptionType.Attachment) {
    const upload = state.uploads.get(id);
    if (!upload) throw new Error(`DiscordEmulator: unknown upload ${id} (create it with emulator.upload())`);
    (resolved.attachments ??= {})[id] = {
      id,
      filename: upload.filename,
      size: upload.reportedSize ?? upload.data.length,
      url: `${state.baseUrl}/attachments/${id}/${encodeURIComponent(upload.filename)}`,
      proxy_url: `${state.baseUrl}/attachments/${id}/${encodeURIComponent(upload.filename)}`,
      content_type: upload.contentType,
    };
    return;
  }
  if (type === OptionType.Channel) {
    const channel = state.channels.get(id);
    if (!channel) throw new Error(`DiscordEmulator: unknown channel ${id}`);
    const payload = channelPayload(channel) as unknown as Record<string, unknown>;
    (resolved.channels ??= {})[id] = {
      id,
      type: channel.type,
      name: channel.name,
      permissions: '0',
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      ...pick(payload, ['parent_id', 'last_message_id', 'flags']),
    } as never;
  }
}

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}

type Component = Record<string, unknown>;

/** Finds the component with `customId` anywhere in a message's component tree (rows, sections, containers). */
export function findComponent(message: APIMessage, customId: string): Component | undefined {
  const stack: unknown[] = [...(message.components ?? [])];
  while (stack.length > 0) {
    const c = stack.pop() as Component | undefined;
    if (!c || typeof c !== 'object') continue;
    if (c.custom_id === customId) return c;
    if (Array.isArray(c.components)) stack.push(...c.components);
    if (c.accessory) stack.push(c.accessory);
    if (c.component) stack.push(c.component);
  }
  return undefined;
}

/** `data` of a MESSAGE_COMPONENT interaction, checked against the component actually on the message. */
export function componentData(message: APIMessage, customId: string, componentType: ComponentType, values?: string[]): Record<string, unknown> {
  const component = findComponent(message, customId);
  if (!component) {
    throw new Error(`DiscordEmulator: message ${message.id} has no component with custom_id "${customId}"`);
  }
  if (component.type !== componentType) {
    throw new Error(`DiscordEmulator: component "${customId}" has type ${String(component.type)}, not ${componentType}`);
  }
  if (component.disabled === true) throw new Error(`DiscordEmulator: component "${customId}" is disabled and cannot be used`);
  const data: Record<string, unknown> = { custom_id: customId, component_type: componentType, ...(component.id !== undefined ? { id: component.id } : {}) };
  if (componentType === ComponentType.StringSelect) {
    const chosen = values ?? [];
    const allowed = new Set(((component.options as { value: string }[] | undefined) ?? []).map((o) => o.value));
    const bad = chosen.filter((v) => !allowed.has(v));
    if (bad.length > 0) throw new Error(`DiscordEmulator: select "${customId}" has no option(s) ${bad.join(', ')}`);
    const min = typeof component.min_values === 'number' ? component.min_values : 1;
    const max = typeof component.max_values === 'number' ? component.max_values : 1;
    if (chosen.length < min || chosen.length > max) {
      throw new Error(`DiscordEmulator: select "${customId}" needs between ${min} and ${max} values, got ${chosen.length}`);
    }
    data.values = chosen;
  } else if (values) {
    data.values = values;
  }
  return data;
}

/** `data` of a MODAL_SUBMIT interaction answering `modal` (the type-9 callback data) with text `fields`. */
export function modalSubmitData(modal: Record<string, unknown>, fields: Record<string, string>): Record<string, unknown> {
  const components = (Array.isArray(modal.components) ? modal.components : []) as Component[];
  const known = new Set<string>();
  const answer = (input: Component): Component => {
    const customId = String(input.custom_id);
    known.add(customId);
    if (input.required !== false && fields[customId] === undefined && input.type === ComponentType.TextInput) {
      throw new Error(`DiscordEmulator: modal field "${customId}" is required`);
    }
    return { type: input.type, ...(input.id !== undefined ? { id: input.id } : {}), custom_id: customId, value: fields[customId] ?? '' };
  };
  const submitted = components.map((c) => {
    if (c.type === ComponentType.ActionRow) {
      return { type: ComponentType.ActionRow, components: ((c.components ?? []) as Component[]).map(answer) };
    }
    if (c.component && typeof c.component === 'object') {
      return { type: c.type, ...(c.id !== undefined ? { id: c.id } : {}), component: answer(c.component as Component) };
    }
    return { type: c.type, ...(c.id !== undefined ? { id: c.id } : {}) };
  });
  for (const key of Object.keys(fields)) {
    if (!known.has(key)) throw new Error(`DiscordEmulator: the modal has no field "${key}"`);
  }
  return { custom_id: modal.custom_id, components: submitted };
}
