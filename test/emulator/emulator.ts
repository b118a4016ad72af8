/**
 * Loopback Discord API emulator for end-to-end tests of a discord.js bot.
 *
 *   const emulator = await DiscordEmulator.start();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
 *   await client.login(emulator.token);                       // GET /gateway/bot, then the gateway
 *   await client.application!.commands.set(commands);         // lands in emulator.globalCommands
 *   const handle = emulator.command({ name: 'ping', options: { topic: 'graphs' } });
 *   expect((await handle.response()).type).toBe(4);
 *   const reply = await handle.message();                     // the stored message, after edits
 *   await emulator.click({ messageId: reply.id, customId: 'more' }).message();
 *   await client.destroy(); await emulator.close();
 *
 * Files: state.ts (data), payloads.ts / interactionPayloads.ts (wire objects), rest.ts + http.ts (REST),
 * gateway.ts (WebSocket), interactions.ts (callback/webhook rules), driver.ts (test-side interaction builder).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  OverwriteType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIMessage,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';
import { CommandStore } from './commands.js';
import { InteractionDriver, type CommandInit, type ComponentInit, type ModalSubmitInit, type SelectInit } from './driver.js';
import { Gateway, GATEWAY_PATH, type GatewayReceived, type GatewaySession } from './gateway.js';
import type { InteractionHandle } from './handle.js';
import { RestServer } from './http.js';
import { InteractionService } from './interactions.js';
import { MessageStore } from './messages.js';
import { channelPayload, voiceStatePayload } from './payloads.js';
import { OpenApiValidator, type SchemaViolation } from './openapi.js';
import { GlobalRateLimiter } from './ratelimit.js';
import { createRoutes } from './rest.js';
import { snowflakeAt, snowflakeTimestamp } from './snowflake.js';
import { EmulatorState, type StoredGuild } from './state.js';
import type { EmulatorOptions, GuildInit, RecordedRequest, RequestMatcher } from './types.js';

export { InteractionHandle } from './handle.js';
export type { CommandInit, ComponentInit, ModalSubmitInit, SelectInit, UserInput } from './driver.js';
export type { OptionsInput, OptionValue, InteractionContextInit } from './interactionPayloads.js';
export type { CallbackRecord, EmulatorOptions, GuildInit, ChannelInit, RecordedFile, RecordedRequest, RequestMatcher } from './types.js';
export type { GatewayReceived, GatewaySession } from './gateway.js';
export { snowflakeAt, snowflakeTimestamp, shardOf } from './snowflake.js';

export const DEFAULT_TOKEN = 'emulator-token.abc';
export const DEFAULT_APPLICATION_ID = snowflakeAt(Date.UTC(2024, 0, 1));

/** A guild as tests see it. */
export interface EmulatorGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
}

/**
 * A loopback Discord: REST under `/api/v10` and a v10 JSON gateway on one 127.0.0.1 port.
 * Point discord.js at it with `new Client({ intents, rest: { api: emulator.apiUrl } })` and `client.login(emulator.token)`.
 */
export class DiscordEmulator {
  readonly token: string;
  readonly applicationId: string;
  /** The user every interaction defaults to. */
  readonly defaultUser: APIUser;
  private readonly state: EmulatorState;
  private readonly commands: CommandStore;
  private readonly store: MessageStore;
  private readonly interactions: InteractionService;
  private readonly limiter: GlobalRateLimiter;
  private readonly rest: RestServer;
  private readonly gateway: Gateway;
  private readonly server: Server;
  private readonly driver: InteractionDriver;

  private constructor(opts: EmulatorOptions) {
    this.token = opts.token ?? DEFAULT_TOKEN;
    this.applicationId = opts.applicationId ?? DEFAULT_APPLICATION_ID;
    const botUserId = opts.botUserId ?? this.applicationId;
    this.state = new EmulatorState(this.token, this.applicationId, botUserId, opts.botUsername ?? 'EmulatorBot', opts.waitTimeoutMs ?? 5000);
    this.defaultUser = this.state.addUser({ username: 'tester', globalName: 'Tester' });
    const explicit = opts.guilds ?? (opts.guildCount ? [] : [{}]);
    for (const init of explicit) this.state.addGuild(init);
    const base = Date.now() - 86_400_000;
    for (let i = 0; i < (opts.guildCount ?? 0); i += 1) {
      // 1 ms apart so `(id >> 22) % shards` spreads them round-robin over shards.
      this.state.addGuild({ name: `Guild ${i + 1}`, channels: [{ name: 'general' }] }, base + i);
    }
    this.commands = new CommandStore(this.applicationId, this.state.ids);
    this.store = new MessageStore(this.state);
    this.interactions = new InteractionService(this.state, this.store, opts.interactionDeadlineMs ?? 3000, opts.interactionTokenTtlMs ?? 15 * 60_000);
    this.limiter = new GlobalRateLimiter(opts.globalRateLimit);
    this.gateway = new Gateway(this.state, opts.heartbeatIntervalMs ?? 41_250, () => this.gatewayUrl);
    this.state.dispatcher = this.gateway;
    this.driver = new InteractionDriver(this.state, this.commands, this.store, this.interactions, this.gateway, this.defaultUser);
    const routes = createRoutes({
      state: this.state,
      commands: this.commands,
      messages: this.store,
      interactions: this.interactions,
      gatewayUrl: () => this.gatewayUrl,
      // Like Discord: about one shard per thousand guilds, unless a test fixes it.
      recommendedShards: () => opts.recommendedShards ?? Math.max(1, Math.ceil(this.state.guilds.size / 1000)),
      maxConcurrency: opts.maxConcurrency ?? 1,
      sessionStartsRemaining: () => this.gateway.sessionStartsRemaining,
    });
    this.rest = new RestServer(
      this.state,
      routes,
      this.limiter,
      opts.maxUploadBytes ?? 10 * 1024 * 1024,
      opts.validateSchema === false ? undefined : OpenApiValidator.load(),
    );
    this.server = createServer((req, res) => void this.rest.handle(req, res));
    this.server.on('upgrade', (req, socket, head: Buffer) => this.gateway.handleUpgrade(req, socket, head));
  }

  static async start(opts: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(opts);
    await new Promise<void>((resolve, reject) => {
      emulator.server.once('error', reject);
      emulator.server.listen(0, '127.0.0.1', () => resolve());
    });
    emulator.state.baseUrl = `http://127.0.0.1:${emulator.port}`;
    return emulator;
  }

  // ---- addresses ----

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** For `rest: { api }` — discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}${GATEWAY_PATH}`;
  }

  get botUser(): APIUser {
    return this.state.botUser;
  }

  // ---- world ----

  get guilds(): EmulatorGuild[] {
    return [...this.state.guilds.values()].map((g) => this.describeGuild(g));
  }

  guild(id: string): EmulatorGuild | undefined {
    const guild = this.state.guilds.get(id);
    return guild ? this.describeGuild(guild) : undefined;
  }

  /** The first guild and its first channel — where interactions go by default. */
  get defaultGuild(): EmulatorGuild {
    const first = this.state.guilds.values().next().value;
    if (!first) throw new Error('DiscordEmulator: there are no guilds');
    return this.describeGuild(first);
  }

  get defaultChannelId(): string {
    const id = this.defaultGuild.channels[0]?.id;
    if (!id) throw new Error('DiscordEmulator: the default guild has no channels');
    return id;
  }

  /** A user that can trigger interactions (snowflake id, unique username unless given). */
  createUser(init: { id?: string; username?: string; globalName?: string | null } = {}): APIUser {
    return this.state.addUser(init);
  }

  /** Adds a guild at runtime and sends GUILD_CREATE (the bot "joins" it). */
  addGuild(init: GuildInit = {}): EmulatorGuild {
    const guild = this.state.addGuild(init);
    this.gateway.guildCreate(guild);
    return this.describeGuild(guild);
  }

  /**
   * A file a member attaches to a command: pass the returned id as the attachment option's value.
   * Its URL is served like Discord's CDN; `reportedSize` makes Discord report another size than the
   * bytes served, `delayMs` makes the download slow.
   */
  upload(init: { filename: string; data: Buffer | string; contentType?: string; reportedSize?: number; delayMs?: number }): string {
    const id = this.state.ids.next();
    const data = typeof init.data === 'string' ? Buffer.from(init.data) : init.data;
    this.state.uploads.set(id, {
      filename: init.filename,
      data,
      contentType: init.contentType ?? 'text/markdown; charset=utf-8',
      ...(init.reportedSize !== undefined ? { reportedSize: init.reportedSize } : {}),
      ...(init.delayMs !== undefined ? { delayMs: init.delayMs } : {}),
    });
    return id;
  }

  /** Creates a role in a guild (GUILD_ROLE_CREATE); give its id to members with `memberRoles`. */
  addRole(guildId: string, name: string, permissions = 0n): APIRole {
    const guild = this.requireGuild(guildId);
    const created = this.state.addRole(guild, name, permissions);
    this.gateway.dispatch(guild.id, GatewayDispatchEvents.GuildRoleCreate, { guild_id: guild.id, role: created });
    return structuredClone(created);
  }

  /** Removes the bot from a guild (GUILD_DELETE). */
  removeGuild(id: string): void {
    const guild = this.requireGuild(id);
    this.state.guilds.delete(guild.id);
    this.gateway.dispatch(guild.id, GatewayDispatchEvents.GuildDelete, { id: guild.id });
    this.state.notify();
  }

  // ---- recorded traffic & state ----

  /** Every REST request received, in order (including 401/404/429 answers). */
  get requests(): readonly RecordedRequest[] {
    return this.state.requests;
  }

  /** Requests whose method and path (below /api/v10) match. */
  requestsTo(method: string, path: RegExp | string): RecordedRequest[] {
    return this.state.requests.filter((r) => r.method === method.toUpperCase() && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }

  /** Forgets recorded requests and gateway payloads (long benchmarks). */
  clearRecords(): void {
    this.state.requests.length = 0;
    this.gateway.received.length = 0;
  }

  /** Also forgets messages, uploads and interactions created more than `ageMs` ago (soak benchmarks). */
  forgetOlderThan(ageMs: number): void {
    this.clearRecords();
    const cutoff = Date.now() - ageMs;
    const old = (id: string) => snowflakeTimestamp(id) < cutoff;
    for (const id of this.state.messages.keys()) if (old(id)) this.state.messages.delete(id);
    for (const [channel, ids] of this.state.channelMessages)
      this.state.channelMessages.set(
        channel,
        ids.filter((id) => !old(id)),
      );
    for (const id of this.state.attachmentData.keys()) if (old(id)) this.state.attachmentData.delete(id);
    this.interactions.forgetBefore(cutoff);
    this.driver.forgetBefore(cutoff);
  }

  /** Resolves with the first (past or future) request matching. */
  waitForRequest(matcher: RequestMatcher, timeoutMs?: number): Promise<RecordedRequest> {
    const what = `${matcher.method ?? '*'} ${String(matcher.path)}`;
    return this.state.waitFor(
      `a request ${what}`,
      () =>
        this.state.requests.find(
          (r) =>
            r.status !== 0 &&
            (!matcher.method || r.method === matcher.method.toUpperCase()) &&
            (typeof matcher.path === 'string' ? r.path === matcher.path : matcher.path.test(r.path)),
        ),
      timeoutMs,
    );
  }

  /** Request bodies that Discord's published OpenAPI schema refused (each answered 400 / 50035). */
  get schemaViolations(): readonly SchemaViolation[] {
    return this.state.schemaViolations;
  }

  /** How many REST requests were answered 429 by the global limit. */
  get rateLimitedCount(): number {
    return this.limiter.rejected;
  }

  get globalCommands(): APIApplicationCommand[] {
    return structuredClone(this.commands.list(null));
  }

  guildCommands(guildId: string): APIApplicationCommand[] {
    return structuredClone(this.commands.list(guildId));
  }

  /** Messages in a channel, oldest first (ephemeral ones included, flagged 64). */
  /**
   * A member joins a voice channel (null: leaves voice): the state changes and VOICE_STATE_UPDATE
   * goes to sessions with the GUILD_VOICE_STATES intent, as Discord does.
   */
  setVoice(init: {
    guildId?: string;
    user: APIUser;
    channelId: string | null /** The event is lost: the bot learns only from its next GUILD_CREATE. */;
    missed?: boolean;
  }): void {
    const guild = this.state.guilds.get(init.guildId ?? this.defaultGuild.id);
    if (!guild) throw new Error('DiscordEmulator: unknown guild');
    if (init.channelId !== null) {
      const channel = this.state.channels.get(init.channelId);
      if (channel?.guildId !== guild.id || (channel.type !== ChannelType.GuildVoice && channel.type !== ChannelType.GuildStageVoice)) {
        throw new Error(`DiscordEmulator: ${init.channelId} is not a voice channel of guild ${guild.id}`);
      }
      guild.voice.set(init.user.id, init.channelId);
    } else {
      guild.voice.delete(init.user.id);
    }
    if (!guild.members.has(init.user.id))
      guild.members.set(init.user.id, { user: init.user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } as never);
    this.gateway.dispatch(
      guild.id,
      GatewayDispatchEvents.VoiceStateUpdate,
      voiceStatePayload(guild, init.user.id, init.channelId, true),
      GatewayIntentBits.GuildVoiceStates,
    );
    this.state.notify();
  }

  /** What the bot sent a user privately (their DM channel), oldest first. */
  directMessages(userId: string): APIMessage[] {
    const channel = [...this.state.channels.values()].find((c) => c.type === ChannelType.DM && c.recipients.some((r) => r.id === userId));
    return channel ? this.messages(channel.id) : [];
  }

  /** From now on the user accepts no DMs from the bot: Discord answers 50007. */
  closeDms(userId: string): void {
    this.state.closedDms.add(userId);
  }

  messages(channelId: string): APIMessage[] {
    return this.store.list(channelId);
  }

  message(id: string): APIMessage | undefined {
    const message = this.store.get(id);
    return message ? structuredClone(message) : undefined;
  }

  /** The uploaded bytes behind an attachment id. */
  attachmentData(attachmentId: string): Buffer | undefined {
    return this.state.attachmentData.get(attachmentId);
  }

  /** Payloads clients sent over the gateway (IDENTIFY, heartbeats, ...). */
  get gatewayReceived(): readonly GatewayReceived[] {
    return this.gateway.received;
  }

  get gatewaySessions(): GatewaySession[] {
    return [...this.gateway.sessions.values()];
  }

  /** Resolves once `count` gateway sessions are identified and connected. */
  waitForGateway(count = 1, timeoutMs?: number): Promise<GatewaySession[]> {
    return this.state.waitFor(
      `${count} connected gateway session(s)`,
      () => {
        const sessions = this.gateway.connectedSessions();
        return sessions.length >= count ? sessions : undefined;
      },
      timeoutMs,
    );
  }

  // ---- faults ----

  /** Posting to the channel now fails with 403 50013 (also reflected as a member overwrite + CHANNEL_UPDATE). */
  denyChannel(channelId: string): void {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`DiscordEmulator: unknown channel ${channelId}`);
    this.state.deniedChannels.add(channelId);
    channel.permissionOverwrites = [
      ...channel.permissionOverwrites.filter((o) => o.id !== this.botUser.id),
      { id: this.botUser.id, type: OverwriteType.Member, allow: '0', deny: PermissionFlagsBits.SendMessages.toString() },
    ];
    this.gateway.dispatch(channel.guildId, GatewayDispatchEvents.ChannelUpdate, channelPayload(channel));
  }

  allowChannel(channelId: string): void {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`DiscordEmulator: unknown channel ${channelId}`);
    this.state.deniedChannels.delete(channelId);
    channel.permissionOverwrites = channel.permissionOverwrites.filter((o) => o.id !== this.botUser.id);
    this.gateway.dispatch(channel.guildId, GatewayDispatchEvents.ChannelUpdate, channelPayload(channel));
  }

  /** The next request matching `matcher` gets `status`/`body` instead of being handled (once). */
  failNext(matcher: RequestMatcher, status: number, body: unknown = { message: 'Injected failure', code: 0 }, headers?: Record<string, string>): void {
    this.rest.failNext(matcher, status, body, headers);
  }

  /** Closes every gateway socket with `code` (default 4000, resumable), as if the connection dropped. */
  dropGatewayConnections(code?: number): void {
    this.gateway.drop(code);
  }

  /** Sends op 7 RECONNECT to every connected client. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  // ---- driving interactions (see driver.ts) ----

  /** A user runs a slash command (it must be registered, globally or in the guild). */
  command(init: CommandInit): InteractionHandle {
    return this.driver.command(init);
  }

  /** A user types into an autocomplete option (`focused` names it, or mark one option `focused: true`). */
  autocomplete(init: CommandInit): InteractionHandle {
    return this.driver.autocomplete(init);
  }

  /** A user clicks a button on a stored message. */
  click(init: ComponentInit): InteractionHandle {
    return this.driver.click(init);
  }

  /** A user picks `values` in a string select on a stored message. */
  select(init: SelectInit): InteractionHandle {
    return this.driver.select(init);
  }

  /** A user submits a modal the bot showed (`from`), or an ad-hoc one (`customId`). */
  submitModal(init: ModalSubmitInit): InteractionHandle {
    return this.driver.submitModal(init);
  }

  // ---- lifecycle ----

  /** Stops everything: pending waits reject, gateway sockets and HTTP keep-alive connections are closed. */
  async close(): Promise<void> {
    this.state.close();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private requireGuild(id: string): StoredGuild {
    const guild = this.state.guilds.get(id);
    if (!guild) throw new Error(`DiscordEmulator: unknown guild ${id}`);
    return guild;
  }

  private describeGuild(guild: StoredGuild): EmulatorGuild {
    return {
      id: guild.id,
      name: guild.name,
      channels: guild.channelIds.map((id) => ({ id, name: this.state.channels.get(id)?.name ?? '' })),
    };
  }
}
