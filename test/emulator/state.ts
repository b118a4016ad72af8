import type { SchemaViolation } from './openapi.js';
import { EventEmitter } from 'node:events';
import {
  ChannelType,
  type GuildMemberFlags,
  type RoleFlags,
  type UserFlags,
  type APIGuildMember,
  type APIMessage,
  type APIOverwrite,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';
import { SnowflakeGenerator, snowflakeAt } from './snowflake.js';
import type { Dispatcher, GuildInit, RecordedRequest } from './types.js';
import { BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS } from './permissions.js';

export interface StoredChannel {
  id: string;
  type: ChannelType;
  name: string | null;
  guildId: string | null;
  position: number;
  topic: string | null;
  permissionOverwrites: APIOverwrite[];
  /** DM channels only. */
  recipients: APIUser[];
  lastMessageId: string | null;
}

export interface StoredGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  joinedAt: string;
  channelIds: string[];
  roles: APIRole[];
  members: Map<string, APIGuildMember>;
  /** Who is in which voice channel (user id → channel id). */
  voice: Map<string, string>;
}

/** Everything the emulator knows: the "Discord database". Mutations call `notify()` so waiters re-check. */
export class EmulatorState {
  readonly ids = new SnowflakeGenerator();
  readonly guilds = new Map<string, StoredGuild>();
  readonly channels = new Map<string, StoredChannel>();
  readonly users = new Map<string, APIUser>();
  readonly messages = new Map<string, APIMessage>();
  readonly channelMessages = new Map<string, string[]>();
  readonly attachmentData = new Map<string, Buffer>();
  /** `http://127.0.0.1:<port>`, once the server listens. */
  baseUrl = '';
  /** Files members attached to a command (an attachment option), served at /attachments/<id>/<filename>. */
  readonly uploads = new Map<string, { filename: string; data: Buffer; contentType: string; reportedSize?: number; delayMs?: number }>();
  readonly deniedChannels = new Set<string>();
  /** Users who accept no direct messages from the bot (privacy settings, or a block). */
  readonly closedDms = new Set<string>();
  readonly requests: RecordedRequest[] = [];
  /** Request bodies Discord's OpenAPI schema refused (each was answered 400). */
  readonly schemaViolations: SchemaViolation[] = [];
  readonly botUser: APIUser;
  dispatcher: Dispatcher = { dispatch: () => 0 };
  closed = false;
  private owner: APIUser | undefined;
  private readonly changes = new EventEmitter().setMaxListeners(0);

  constructor(
    readonly token: string,
    readonly applicationId: string,
    botUserId: string,
    botUsername: string,
    readonly waitTimeoutMs: number,
  ) {
    this.botUser = {
      id: botUserId,
      username: botUsername,
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0 as UserFlags,
      public_flags: 0 as UserFlags,
    };
    this.users.set(botUserId, this.botUser);
  }

  notify(): void {
    this.changes.emit('change');
  }

  /** Resolves with the first non-undefined result of `check`, re-evaluated after every state change. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = this.waitTimeoutMs): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const cleanup = (): void => {
        clearTimeout(timer);
        this.changes.off('change', onChange);
        this.changes.off('close', onClose);
      };
      const onChange = (): void => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          cleanup();
          reject(error);
          return;
        }
        if (value !== undefined) {
          cleanup();
          resolve(value);
        }
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error(`DiscordEmulator: closed while waiting for ${what}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`DiscordEmulator: timed out after ${timeoutMs} ms waiting for ${what}.\nLast requests:\n${this.describeRecentRequests()}`));
      }, timeoutMs);
      this.changes.on('change', onChange);
      this.changes.on('close', onClose);
    });
  }

  close(): void {
    this.closed = true;
    this.changes.emit('close');
  }

  describeRecentRequests(count = 10): string {
    const recent = this.requests.slice(-count);
    if (recent.length === 0) return '  (none)';
    return recent.map((r) => `  ${r.method} ${r.path} -> ${r.status}`).join('\n');
  }

  // ---- users ----

  addUser(init: { id?: string; username?: string; globalName?: string | null; bot?: boolean } = {}): APIUser {
    const id = init.id ?? this.ids.next();
    const existing = this.users.get(id);
    if (existing && init.username === undefined && init.globalName === undefined) return existing;
    const username = init.username ?? `user${id.slice(-6)}`;
    const user: APIUser = {
      id,
      username,
      discriminator: '0',
      global_name: init.globalName === undefined ? username : init.globalName,
      avatar: null,
      ...(init.bot ? { bot: true } : {}),
      flags: 0 as UserFlags,
      public_flags: 0 as UserFlags,
    };
    this.users.set(id, user);
    return user;
  }

  // ---- guilds & channels ----

  /** `id` defaults to a snowflake created at `createdAt`. */
  addGuild(init: GuildInit, createdAt?: number): StoredGuild {
    const id = init.id ?? (createdAt === undefined ? this.ids.next() : snowflakeAt(createdAt));
    if (this.guilds.has(id)) throw new Error(`DiscordEmulator: guild ${id} already exists`);
    this.owner ??= this.addUser({ username: 'guild_owner', globalName: 'Guild Owner' });
    const ownerId = init.ownerId ?? this.owner.id;
    const everyone: APIRole = role(id, '@everyone', EVERYONE_PERMISSIONS, 0, false);
    const botRole: APIRole = { ...role(this.ids.next(), this.botUser.username, BOT_ROLE_PERMISSIONS, 1, true), tags: { bot_id: this.botUser.id } };
    const guild: StoredGuild = {
      id,
      name: init.name ?? 'Emulator Guild',
      ownerId,
      locale: init.locale ?? 'en-US',
      joinedAt: new Date().toISOString(),
      channelIds: [],
      roles: [everyone, botRole],
      members: new Map(),
      voice: new Map(),
    };
    guild.members.set(this.botUser.id, member(this.botUser, [botRole.id], guild.joinedAt));
    this.guilds.set(id, guild);
    const channels = init.channels ?? [{ name: 'general' }, { name: 'study' }, { name: 'Study Room', type: ChannelType.GuildVoice }];
    channels.forEach((c, position) => {
      const channel: StoredChannel = {
        id: c.id ?? this.ids.next(),
        type: c.type ?? ChannelType.GuildText,
        name: c.name,
        guildId: id,
        position,
        topic: c.topic ?? null,
        permissionOverwrites: [],
        recipients: [],
        lastMessageId: null,
      };
      this.channels.set(channel.id, channel);
      guild.channelIds.push(channel.id);
    });
    this.notify();
    return guild;
  }

  /** The DM channel between the bot and `user` (created on first use). */
  dmChannel(user: APIUser): StoredChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipients.some((r) => r.id === user.id)) return channel;
    }
    const channel: StoredChannel = {
      id: this.ids.next(),
      type: ChannelType.DM,
      name: null,
      guildId: null,
      position: 0,
      topic: null,
      permissionOverwrites: [],
      recipients: [user],
      lastMessageId: null,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** Adds `user` to the guild's member list (as Discord would know them), returning the member. */
  /** A new role in a guild (no permissions unless given), at the bottom of the role list. */
  addRole(guild: StoredGuild, name: string, permissions = 0n): APIRole {
    const created = role(this.ids.next(), name, permissions, guild.roles.length, false);
    guild.roles.push(created);
    return created;
  }

  ensureMember(guild: StoredGuild, user: APIUser, roles: string[] = []): APIGuildMember {
    const existing = guild.members.get(user.id);
    if (existing && roles.length === 0) return existing;
    const created = member(user, roles, existing?.joined_at ?? new Date().toISOString());
    guild.members.set(user.id, created);
    return created;
  }
}

function role(id: string, name: string, permissions: bigint, position: number, managed: boolean): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

function member(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}
