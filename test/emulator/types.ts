import type { ChannelType, InteractionResponseType } from 'discord-api-types/v10';

/** A text channel to create in a guild. */
export interface ChannelInit {
  id?: string;
  name: string;
  type?: ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildVoice;
  topic?: string | null;
}

/** A guild the bot is a member of. */
export interface GuildInit {
  id?: string;
  name?: string;
  channels?: ChannelInit[];
  ownerId?: string;
  /** `preferred_locale`, sent as `guild_locale` in interactions. Default `en-US`. */
  locale?: string;
}

export interface EmulatorOptions {
  /** Bot token; requests must send `Authorization: Bot <token>`. Default `emulator-token.abc`. */
  token?: string;
  applicationId?: string;
  /** Defaults to `applicationId` (as for every modern Discord application). */
  botUserId?: string;
  botUsername?: string;
  /** Guilds the bot is in. Default: one guild with `general` and `study` text channels (unless `guildCount` is given). */
  guilds?: GuildInit[];
  /** Additionally generate this many guilds (`Guild N`, one `general` channel each), ids spread over time so sharding distributes them. */
  guildCount?: number;
  /** Global REST limit in requests per second (sliding 1 s window, bot-authenticated routes only). Default off. */
  globalRateLimit?: number;
  /** HELLO heartbeat_interval. Default 41250. */
  heartbeatIntervalMs?: number;
  /** `shards` recommended by GET /gateway/bot. Default 1. */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency`. Default 1 (discord.js then waits 5 s between identifies of different shards). */
  maxConcurrency?: number;
  /** Default timeout of the handle/wait helpers. Default 5000 ms. */
  waitTimeoutMs?: number;
  /** Time the bot has for the initial interaction callback before it is "Unknown interaction" (10062). Default 3000 ms. */
  interactionDeadlineMs?: number;
  /** Lifetime of interaction tokens (webhook edits / follow-ups). Default 15 min. */
  interactionTokenTtlMs?: number;
  /** Validate every request body against Discord's OpenAPI schema (../shared/discord-api-spec). Default true. */
  validateSchema?: boolean;
  /** Largest accepted upload (sum of file sizes) per request; beyond it 413 / code 40005. Default 10 MiB. */
  maxUploadBytes?: number;
}

/** One file part of a multipart request. */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

/** One HTTP request the emulator received (REST only). */
export interface RecordedRequest {
  seq: number;
  at: number;
  method: string;
  /** Percent-decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original` (the full path if not under the API). */
  path: string;
  /** Raw request URL including the query string. */
  url: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body. */
  body: unknown;
  files: RecordedFile[];
  /** Response status (filled in once answered). */
  status: number;
  response: unknown;
}

/** Selects requests for `failNext`. `path` is matched against the path below `/api/v10`. */
export interface RequestMatcher {
  method?: string;
  path: RegExp | string;
}

/** An interaction callback (`POST /interactions/:id/:token/callback`) as the bot sent it. */
export interface CallbackRecord {
  type: InteractionResponseType;
  data: unknown;
  files: RecordedFile[];
  withResponse: boolean;
  at: number;
}

/** Gateway dispatch sink used by the REST side to push events to connected sessions. */
export interface Dispatcher {
  /** Sends a dispatch to every ready session that owns `guildId` (shard 0 for `null`) and has `intent` (if given). Returns how many got it. */
  dispatch(guildId: string | null, event: string, data: unknown, intent?: number): number;
}
