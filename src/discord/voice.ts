import { Events, GatewayDispatchEvents, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { StudyService } from '../commands/study/service.js';

interface RawVoiceState {
  guild_id?: string;
  user_id: string;
  channel_id: string | null;
}

/**
 * Voice presence for study sessions, from the gateway's own packets rather than a cache (the
 * client keeps no voice states): a VOICE_STATE_UPDATE moves a member; a GUILD_CREATE (on connect,
 * and after an outage) carries the guild's voice states as they are, so the sessions are
 * reconciled with it and nobody is counted twice. A resume replays what was missed as updates.
 */
export function attachVoice(client: Client, study: Pick<StudyService, 'voiceMoved' | 'reconcileVoice'>, log: Logger): void {
  client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
    try {
      if (packet.t === GatewayDispatchEvents.VoiceStateUpdate) {
        const state = packet.d as RawVoiceState;
        if (state.guild_id) study.voiceMoved(state.guild_id, state.user_id, state.channel_id);
      } else if (packet.t === GatewayDispatchEvents.GuildCreate) {
        const guild = packet.d as { id: string; voice_states?: RawVoiceState[] };
        const inVoice = new Map((guild.voice_states ?? []).filter((s) => s.channel_id).map((s) => [s.user_id, s.channel_id!] as const));
        study.reconcileVoice(guild.id, inVoice);
      }
    } catch (error) {
      log.error({ err: error, event: packet.t }, 'could not record a voice change for a study session');
    }
  });
}
