import type { Locale } from '../content/types.js';
import type { Db } from './database.js';

export const DEFAULT_TIMEZONE = 'Asia/Seoul';

export interface GuildSettings {
  guildId: string;
  channelId: string | null;
  postTime: string;
  timezone: string;
  language: Locale;
  paused: boolean;
}

interface Row {
  guild_id: string;
  channel_id: string | null;
  post_time: string;
  timezone: string;
  language: Locale;
  paused: number;
}

/** Per-guild settings; a guild that never configured anything gets the defaults. */
export class GuildSettingsStore {
  private readonly getStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], Row>('SELECT * FROM guild_settings WHERE guild_id = ?');
  }

  get(guildId: string): GuildSettings {
    const row = this.getStmt.get(guildId);
    return {
      guildId,
      channelId: row?.channel_id ?? null,
      postTime: row?.post_time ?? '09:00',
      timezone: row?.timezone ?? DEFAULT_TIMEZONE,
      language: row?.language ?? 'ko',
      paused: row?.paused === 1,
    };
  }

  timezone(guildId: string | null): string {
    return guildId ? (this.getStmt.get(guildId)?.timezone ?? DEFAULT_TIMEZONE) : DEFAULT_TIMEZONE;
  }
}
