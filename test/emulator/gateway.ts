import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { guildCreatePayload } from './payloads.js';
import { shardOf } from './snowflake.js';
import type { EmulatorState, StoredGuild } from './state.js';
import type { Dispatcher } from './types.js';

export const GATEWAY_PATH = '/gateway';

/** One identified gateway session (survives a dropped socket so it can be resumed). */
export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  socket: WebSocket | null;
  compress: boolean;
  /** Sent dispatches, replayed on RESUME. */
  sent: { s: number; text: string }[];
}

/** A payload a client sent over the gateway. */
export interface GatewayReceived {
  at: number;
  sessionId: string | null;
  op: number;
  d: unknown;
}

interface Connection {
  socket: WebSocket;
  session: GatewaySession | null;
}

const REPLAY_LIMIT = 5000;

/** Discord gateway v10 (JSON; identify `compress: true` gets zlib-deflated binary frames; zlib-stream is answered uncompressed). */
/** A shard may hold at most this many guilds (Discord closes with 4011 beyond it). */
export const SHARDING_REQUIRED_AT = 2500;

/** Like Discord: voice states reach only sessions that asked for them (GUILD_VOICE_STATES). */
const withVoice = (session: GatewaySession) => (session.intents & GatewayIntentBits.GuildVoiceStates) !== 0;

export class Gateway implements Dispatcher {
  readonly received: GatewayReceived[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  sessionStartsRemaining = 1000;
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(
    private readonly state: EmulatorState,
    private readonly heartbeatIntervalMs: number,
    private readonly baseUrl: () => string,
  ) {}

  /** Hooked to the HTTP server's `upgrade` event. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== GATEWAY_PATH && url.pathname !== `${GATEWAY_PATH}/`) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url));
  }

  private onConnection(socket: WebSocket, url: URL): void {
    const conn: Connection = { socket, session: null };
    socket.on('error', () => undefined);
    socket.on('close', (code) => this.onClose(conn, code));
    socket.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    const version = url.searchParams.get('v');
    if (version !== null && version !== '10') return socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version.');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (encoding !== 'json') return socket.close(GatewayCloseCodes.DecodeError, 'The emulator only speaks encoding=json.');
    // `compress=zlib-stream` (sent when zlib-sync is installed) is ignored: we answer with plain text frames,
    // which @discordjs/ws parses as JSON without inflating.
    this.sendRaw(
      socket,
      { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["discord-emulator",{"micros":0}]'] } },
      false,
    );
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      payload = JSON.parse(rawToString(data)) as { op?: unknown; d?: unknown };
    } catch {
      conn.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = Number(payload.op);
    this.received.push({ at: Date.now(), sessionId: conn.session?.id ?? null, op, d: payload.d });
    this.state.notify();
    const d = (payload.d ?? {}) as Record<string, unknown>;
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        return this.sendRaw(conn.socket, { op: GatewayOpcodes.HeartbeatAck }, false);
      case GatewayOpcodes.Identify:
        return this.identify(conn, d);
      case GatewayOpcodes.Resume:
        return this.resume(conn, d);
      default:
        break;
    }
    if (!conn.session) {
      conn.socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
      return;
    }
    switch (op) {
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        return;
      case GatewayOpcodes.RequestGuildMembers:
        return this.requestMembers(conn.session, d);
      case GatewayOpcodes.RequestSoundboardSounds:
        for (const guildId of toArray(d.guild_ids)) {
          this.send(conn.session, GatewayDispatchEvents.SoundboardSounds, { guild_id: guildId, soundboard_sounds: [] });
        }
        return;
      default:
        conn.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private identify(conn: Connection, d: Record<string, unknown>): void {
    if (conn.session) return conn.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
    if (d.token !== this.state.token) return conn.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
    const shard = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    const [shardId = 0, shardCount = 1] = shard;
    if (!(shardCount >= 1 && shardId >= 0 && shardId < shardCount)) return conn.socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
    if (typeof d.intents !== 'number') return conn.socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
    // Discord refuses a shard that would hold more than 2,500 guilds: the bot must shard.
    const held = [...this.state.guilds.keys()].filter((id) => shardOf(id, shardCount) === shardId).length;
    if (held > SHARDING_REQUIRED_AT) return conn.socket.close(GatewayCloseCodes.ShardingRequired, 'Sharding required.');
    this.sessionStartsRemaining = Math.max(0, this.sessionStartsRemaining - 1);
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard: [shardId, shardCount],
      intents: d.intents,
      seq: 0,
      socket: conn.socket,
      compress: d.compress === true,
      sent: [],
    };
    conn.session = session;
    this.sessions.set(session.id, session);
    const guilds = [...this.state.guilds.values()].filter((g) => this.owns(session, g.id));
    this.send(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: this.state.botUser,
      user_settings: {},
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      guild_join_requests: [],
      relationships: [],
      private_channels: [],
      presences: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.baseUrl(),
      shard: session.shard,
      application: { id: this.state.applicationId, flags: 0 },
      auth: {},
      geo_ordered_rtc_regions: [],
      _trace: ['["discord-emulator",{"micros":0}]'],
    });
    for (const guild of guilds) this.send(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(this.state, guild, withVoice(session)));
    this.state.notify();
  }

  private resume(conn: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || d.token !== this.state.token) {
      this.sendRaw(conn.socket, { op: GatewayOpcodes.InvalidSession, d: false }, false);
      return;
    }
    const seq = Number(d.seq ?? 0);
    if (seq > session.seq) return conn.socket.close(GatewayCloseCodes.InvalidSeq, 'Invalid seq.');
    const oldest = session.sent[0]?.s ?? session.seq + 1;
    if (seq + 1 < oldest) {
      this.sendRaw(conn.socket, { op: GatewayOpcodes.InvalidSession, d: false }, false);
      return;
    }
    if (session.socket && session.socket !== conn.socket) session.socket.terminate();
    session.socket = conn.socket;
    conn.session = session;
    for (const entry of session.sent) if (entry.s > seq) this.write(session, entry.text);
    this.send(session, GatewayDispatchEvents.Resumed, {});
    this.state.notify();
  }

  private requestMembers(session: GatewaySession, d: Record<string, unknown>): void {
    const userIds = new Set(toArray(d.user_ids));
    const query = typeof d.query === 'string' ? d.query.toLowerCase() : '';
    const limit = typeof d.limit === 'number' && d.limit > 0 ? d.limit : Number.POSITIVE_INFINITY;
    for (const guildId of toArray(d.guild_id)) {
      const guild = this.state.guilds.get(guildId);
      if (!guild) continue;
      const members = [...guild.members.values()]
        .filter((m) => (userIds.size > 0 ? userIds.has(m.user.id) : m.user.username.toLowerCase().startsWith(query)))
        .slice(0, limit);
      const found = new Set(members.map((m) => m.user.id));
      this.send(session, GatewayDispatchEvents.GuildMembersChunk, {
        guild_id: guildId,
        members,
        chunk_index: 0,
        chunk_count: 1,
        not_found: [...userIds].filter((id) => !found.has(id)),
        ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
      });
    }
  }

  private onClose(conn: Connection, code: number): void {
    const session = conn.session;
    if (!session || session.socket !== conn.socket) return;
    session.socket = null;
    // Like Discord: closing with 1000/1001 ends the session; other codes keep it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    this.state.notify();
  }

  /** Does `session` receive events of `guildId`? (DMs go to shard 0.) */
  owns(session: GatewaySession, guildId: string | null): boolean {
    const [id, count] = session.shard;
    return guildId === null ? id === 0 : shardOf(guildId, count) === id;
  }

  dispatch(guildId: string | null, event: string, data: unknown, intent?: number): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (!this.owns(session, guildId)) continue;
      if (intent !== undefined && (session.intents & intent) === 0) continue;
      this.send(session, event, data);
      delivered += 1;
    }
    return delivered;
  }

  guildCreate(guild: StoredGuild): number {
    let delivered = 0;
    for (const session of this.sessions.values()) {
      if (!this.owns(session, guild.id)) continue;
      this.send(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(this.state, guild, withVoice(session)));
      delivered += 1;
    }
    return delivered;
  }

  /** Sessions with an open socket. */
  connectedSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => s.socket !== null);
  }

  /** Closes every socket with `code` (default 4000: resumable) — simulates a gateway hiccup. */
  drop(code = 4000): void {
    for (const session of this.sessions.values()) session.socket?.close(code, 'Emulator dropped the connection');
  }

  /** Asks every connected client to reconnect (op 7). */
  requestReconnect(): void {
    for (const session of this.sessions.values()) {
      if (session.socket) this.sendRaw(session.socket, { op: GatewayOpcodes.Reconnect, d: null }, session.compress);
    }
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private send(session: GatewaySession, event: string, data: unknown): void {
    session.seq += 1;
    const text = JSON.stringify({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
    session.sent.push({ s: session.seq, text });
    if (session.sent.length > REPLAY_LIMIT) session.sent.splice(0, session.sent.length - REPLAY_LIMIT);
    this.write(session, text);
  }

  private write(session: GatewaySession, text: string): void {
    const socket = session.socket;
    if (!socket || socket.readyState !== socket.OPEN) return;
    socket.send(session.compress ? deflateSync(text) : text);
  }

  private sendRaw(socket: WebSocket, payload: unknown, compress: boolean): void {
    if (socket.readyState !== socket.OPEN) return;
    const text = JSON.stringify(payload);
    socket.send(compress ? deflateSync(text) : text);
  }
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function toArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null ? [] : [String(value)];
}
