import {
  ComponentType,
  GatewayDispatchEvents,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommand,
  type APIInteraction,
  type APIUser,
} from 'discord-api-types/v10';
import type { CommandStore } from './commands.js';
import { snowflakeTimestamp } from './snowflake.js';
import type { Gateway } from './gateway.js';
import { InteractionHandle } from './handle.js';
import {
  baseInteraction,
  commandData,
  componentData,
  modalSubmitData,
  type CommandDataInit,
  type InteractionContextInit,
  type Where,
} from './interactionPayloads.js';
import type { InteractionService } from './interactions.js';
import { isEphemeral, type MessageStore } from './messages.js';
import type { EmulatorState, StoredGuild } from './state.js';

export type UserInput = APIUser | { id?: string; username?: string; globalName?: string | null };

/** `/name` invoked by a user: where, who, which options. */
export interface CommandInit extends InteractionContextInit, CommandDataInit {}

export interface ComponentInit {
  messageId: string;
  customId: string;
  /** Default: the user who triggered the interaction that created the message, else the default user. */
  user?: UserInput;
  locale?: string;
  memberPermissions?: string;
  /**
   * A click Discord's client could send from a stale view of the message (the message was edited
   * since, or a client is misbehaving): the custom_id need not be on the message, and `componentType`
   * may differ from the component's. For robustness tests.
   */
  forged?: { componentType: ComponentType.Button | ComponentType.StringSelect; values?: string[] };
}

export interface SelectInit extends ComponentInit {
  values: string[];
}

export interface ModalSubmitInit extends InteractionContextInit {
  /** The interaction the bot answered with a modal (type 9); its place, user and modal layout are reused. */
  from?: InteractionHandle;
  /** Without `from`: the modal's custom_id. */
  customId?: string;
  /** Text input values by custom_id. */
  fields: Record<string, string>;
}

/** Builds realistic interactions from test intents, checks them against what Discord's client would allow, and dispatches them. */
export class InteractionDriver {
  private readonly origins = new Map<string, { where: Where; componentMessageId: string | null }>();

  constructor(
    private readonly state: EmulatorState,
    private readonly commands: CommandStore,
    private readonly store: MessageStore,
    private readonly interactions: InteractionService,
    private readonly gateway: Gateway,
    readonly defaultUser: APIUser,
  ) {}

  forgetBefore(cutoff: number): void {
    for (const id of this.origins.keys()) if (snowflakeTimestamp(id) < cutoff) this.origins.delete(id);
  }

  /** A user runs a slash command. */
  command(init: CommandInit): InteractionHandle {
    const where = this.where(init);
    const command = this.registeredCommand(init.name, where);
    const base = baseInteraction(this.state, where, init, InteractionType.ApplicationCommand);
    const data = commandData(this.state, where, command, init, false);
    return this.dispatch({ ...base, data } as unknown as APIInteraction, where, null);
  }

  /** A user types into an autocomplete option (`focused` names it, or mark one option `focused: true`). */
  autocomplete(init: CommandInit): InteractionHandle {
    const where = this.where(init);
    const command = this.registeredCommand(init.name, where);
    const base = baseInteraction(this.state, where, init, InteractionType.ApplicationCommandAutocomplete);
    const data = commandData(this.state, where, command, init, true);
    return this.dispatch({ ...base, data } as unknown as APIInteraction, where, null);
  }

  /** A user clicks a button on a stored message. */
  click(init: ComponentInit): InteractionHandle {
    return this.component(init, ComponentType.Button, undefined);
  }

  /** A user picks `values` in a string select on a stored message. */
  select(init: SelectInit): InteractionHandle {
    return this.component(init, ComponentType.StringSelect, init.values);
  }

  /** A user submits a modal the bot showed (`from`), or an ad-hoc one (`customId`). */
  submitModal(init: ModalSubmitInit): InteractionHandle {
    let where: Where;
    let componentMessageId: string | null = null;
    let modal: Record<string, unknown>;
    if (init.from) {
      const origin = this.origins.get(init.from.id);
      const first = init.from.callbacks[0];
      if (!origin || !first || first.type !== InteractionResponseType.Modal) {
        throw new Error('DiscordEmulator: submitModal({ from }) needs an interaction the bot answered with a modal (type 9)');
      }
      where = origin.where;
      componentMessageId = origin.componentMessageId;
      modal = first.data as Record<string, unknown>;
    } else {
      where = this.where(init);
      modal = {
        custom_id: init.customId ?? 'modal',
        components: Object.keys(init.fields).map((id) => ({ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: id }] })),
      };
    }
    const base = baseInteraction(this.state, where, { ...init, user: where.user }, InteractionType.ModalSubmit);
    const message = componentMessageId ? this.store.get(componentMessageId) : undefined;
    const payload = { ...base, data: modalSubmitData(modal, init.fields), ...(message ? { message: structuredClone(message) } : {}) };
    return this.dispatch(payload as unknown as APIInteraction, where, componentMessageId);
  }

  private component(init: ComponentInit, type: ComponentType, values: string[] | undefined): InteractionHandle {
    const message = this.store.get(init.messageId);
    if (!message) throw new Error(`DiscordEmulator: unknown message ${init.messageId}`);
    const channel = this.state.channels.get(message.channel_id);
    if (!channel) throw new Error(`DiscordEmulator: message ${message.id} is in an unknown channel`);
    const guild = channel.guildId ? (this.state.guilds.get(channel.guildId) ?? null) : null;
    const author = message.interaction_metadata?.user;
    const user = init.user ? this.user(init.user) : author ? this.user(author) : this.defaultUser;
    if (isEphemeral(message) && author && author.id !== user.id) {
      throw new Error(`DiscordEmulator: message ${message.id} is ephemeral; only ${author.username} can use its components`);
    }
    const where: Where = { guild, channel, user };
    const data = init.forged
      ? {
          custom_id: init.customId,
          component_type: init.forged.componentType,
          ...(init.forged.componentType === ComponentType.StringSelect ? { values: init.forged.values ?? [] } : {}),
        }
      : componentData(message, init.customId, type, values);
    const base = baseInteraction(this.state, where, { ...init, user }, InteractionType.MessageComponent);
    return this.dispatch({ ...base, data, message: structuredClone(message) } as unknown as APIInteraction, where, message.id);
  }

  private dispatch(payload: APIInteraction, where: Where, componentMessageId: string | null): InteractionHandle {
    const record = this.interactions.register(payload, where.user, componentMessageId);
    this.origins.set(record.id, { where, componentMessageId });
    const delivered = this.gateway.dispatch(where.guild?.id ?? null, GatewayDispatchEvents.InteractionCreate, payload);
    if (delivered === 0) {
      throw new Error(
        `DiscordEmulator: no gateway session receives events for ${where.guild ? `guild ${where.guild.id}` : 'DMs'} — log the bot in (and await ready) first`,
      );
    }
    return new InteractionHandle(record, this.state, this.store);
  }

  private registeredCommand(name: string, where: Where): APIApplicationCommand | undefined {
    const command = this.commands.find(name, where.guild?.id ?? null);
    if (!command) {
      const scope = where.guild ? `guild ${where.guild.id} or globally` : 'globally (DM)';
      throw new Error(`DiscordEmulator: /${name} is not registered ${scope}; register it (client.application.commands.set) before invoking it`);
    }
    if (!where.guild) {
      const contexts = command.contexts;
      if ((contexts && !contexts.includes(InteractionContextType.BotDM)) || command.dm_permission === false) {
        throw new Error(`DiscordEmulator: /${name} is not available in DMs (contexts/dm_permission)`);
      }
    }
    return command;
  }

  private where(init: InteractionContextInit): Where {
    const user = init.user ? this.user(init.user) : this.defaultUser;
    if (init.dm) return { guild: null, channel: this.state.dmChannel(user), user };
    let guild: StoredGuild | undefined;
    if (init.guildId) {
      guild = this.requireGuild(init.guildId);
    } else if (init.channelId) {
      const guildId = this.state.channels.get(init.channelId)?.guildId;
      guild = guildId ? this.state.guilds.get(guildId) : undefined;
    } else {
      guild = this.state.guilds.values().next().value;
    }
    if (!guild) throw new Error(`DiscordEmulator: cannot tell which guild to use (guildId ${init.guildId ?? '-'}, channelId ${init.channelId ?? '-'})`);
    const channelId = init.channelId ?? guild.channelIds[0];
    const channel = channelId ? this.state.channels.get(channelId) : undefined;
    if (!channel || channel.guildId !== guild.id) throw new Error(`DiscordEmulator: channel ${channelId ?? '-'} is not in guild ${guild.id}`);
    return { guild, channel, user };
  }

  user(input: UserInput): APIUser {
    if (input.id && this.state.users.has(input.id) && !('username' in input && input.username && this.state.users.get(input.id)?.username !== input.username)) {
      return this.state.users.get(input.id) as APIUser;
    }
    const globalName = 'global_name' in input ? input.global_name : 'globalName' in input ? input.globalName : undefined;
    return this.state.addUser({
      ...(input.id ? { id: input.id } : {}),
      ...(input.username ? { username: input.username } : {}),
      ...(globalName !== undefined ? { globalName } : {}),
    });
  }

  private requireGuild(id: string): StoredGuild {
    const guild = this.state.guilds.get(id);
    if (!guild) throw new Error(`DiscordEmulator: unknown guild ${id}`);
    return guild;
  }
}
