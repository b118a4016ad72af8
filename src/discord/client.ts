import { Client, GatewayIntentBits, Options, type ClientOptions } from 'discord.js';

/** How long the REST manager remembers routes' rate-limit buckets, and how often it forgets idle ones. */
export const REST_SWEEPS = { hashLifetime: 15 * 60_000, hashSweepInterval: 60_000, handlerSweepInterval: 60_000 } as const;

/**
 * A discord.js client that keeps only what the bot reads: guilds, channels, roles and its own
 * member (for channel permissions). Messages, other members, users, presences and the like
 * would otherwise pile up with every interaction, unbounded, for the life of the process.
 */
export function createClient(apiUrl: string, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    // Voice states: who is in a study session's voice channel (not privileged).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates],
    // Every interaction token is a route of its own to the REST manager: its bucket hash and
    // handler would otherwise be kept for a day and an hour. Tokens live 15 minutes.
    rest: { api: apiUrl, ...REST_SWEEPS },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      ThreadManager: 0,
      ThreadMemberManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
      StageInstanceManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      BaseGuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildTextThreadManager: 0,
    }),
    ...extra,
  });
}
