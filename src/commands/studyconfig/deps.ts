import type { PostNowResult } from '../../core/poster.js';
import type { Clock } from '../../domain/clock.js';
import type { DailyStore } from '../../db/daily.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';

export interface StudyconfigDeps {
  guilds: Pick<GuildSettingsStore, 'get' | 'update'>;
  dailyPosts: Pick<DailyStore, 'scheduledFor' | 'last'>;
  /** The daily post, where this mode can post (Discord or the console). */
  daily: { postNow(guildId: string): Promise<PostNowResult> };
  /** What the bot may do in a channel, as far as this process can tell. */
  channels: { missingPermissions(channelId: string): string[] | null; shardOf(guildId: string): { shard: number; of: number } | null };
  clock: Clock;
}
