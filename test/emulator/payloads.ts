import {
  ChannelType,
  type ChannelFlags,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  type APIChannel,
  type APIDMChannel,
  type APIGuild,
  type APIGuildMember,
  type APINewsChannel,
  type APITextChannel,
  type GatewayGuildCreateDispatchData,
  type Locale,
} from 'discord-api-types/v10';
import type { EmulatorState, StoredChannel, StoredGuild } from './state.js';

/** REST/gateway form of a stored channel. */
export function channelPayload(channel: StoredChannel): APIChannel {
  if (channel.type === ChannelType.DM) {
    const dm: APIDMChannel = {
      id: channel.id,
      type: ChannelType.DM,
      name: null,
      flags: 0 as ChannelFlags,
      last_message_id: channel.lastMessageId,
      recipients: channel.recipients,
    };
    return dm;
  }
  const text: APITextChannel | APINewsChannel = {
    id: channel.id,
    type: channel.type as ChannelType.GuildText,
    name: channel.name ?? 'channel',
    ...(channel.guildId ? { guild_id: channel.guildId } : {}),
    position: channel.position,
    flags: 0 as ChannelFlags,
    parent_id: null,
    topic: channel.topic,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: channel.lastMessageId,
    permission_overwrites: channel.permissionOverwrites,
  };
  return text;
}

/** `GET /guilds/:id` form. */
export function guildPayload(guild: StoredGuild): APIGuild {
  const firstChannel = guild.channelIds[0] ?? null;
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: firstChannel,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: guild.locale as Locale,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    incidents_data: null,
    widget_enabled: false,
    widget_channel_id: null,
  };
}

/** The `GUILD_CREATE` dispatch Discord sends for each guild after READY (or when the bot joins one). */
/** A member's voice state as Discord sends it (in GUILD_CREATE without guild_id, in VOICE_STATE_UPDATE with it and the member). */
export function voiceStatePayload(guild: StoredGuild, userId: string, channelId: string | null, withGuild: boolean): Record<string, unknown> {
  return {
    ...(withGuild ? { guild_id: guild.id, member: guild.members.get(userId) } : {}),
    channel_id: channelId,
    user_id: userId,
    session_id: `voice-${userId}`,
    deaf: false,
    mute: false,
    self_deaf: false,
    self_mute: false,
    self_video: false,
    suppress: false,
    request_to_speak_timestamp: null,
  };
}

/**
 * GUILD_CREATE as a session gets it: like Discord, voice states only with the GUILD_VOICE_STATES intent.
 */
export function guildCreatePayload(state: EmulatorState, guild: StoredGuild, withVoice = false): GatewayGuildCreateDispatchData {
  const channels = guild.channelIds
    .map((id) => state.channels.get(id))
    .filter((c): c is StoredChannel => c !== undefined)
    .map((c) => channelPayload(c) as GatewayGuildCreateDispatchData['channels'][number]);
  return {
    ...guildPayload(guild),
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: Math.max(guild.members.size, 2),
    voice_states: withVoice ? [...guild.voice].map(([userId, channelId]) => voiceStatePayload(guild, userId, channelId, false) as never) : [],
    members: [...guild.members.values()],
    channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  } as GatewayGuildCreateDispatchData;
}

export function memberPayload(member: APIGuildMember, guildId?: string): APIGuildMember & { guild_id?: string } {
  return guildId ? { ...member, guild_id: guildId } : { ...member };
}

/** `GET /applications/@me` form. */
export function applicationPayload(state: EmulatorState): Record<string, unknown> {
  return {
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: 'Discord emulator application',
    summary: '',
    type: null,
    bot: state.botUser,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: { id: '0', username: 'emulator-owner', discriminator: '0', global_name: null, avatar: null, flags: 0 },
    approximate_guild_count: state.guilds.size,
    approximate_user_install_count: 0,
    integration_types_config: { '0': {} },
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    redirect_uris: [],
    interactions_endpoint_url: null,
    tags: [],
  };
}
