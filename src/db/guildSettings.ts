import { isFailureReason, type DeliveryFailure } from '../core/failure.js';
import type { Locale } from '../core/locale.js';
import type { Db } from './database.js';

export const DEFAULT_TIMEZONE = 'Asia/Seoul';
export const DEFAULT_POST_TIME = '09:00';

export interface GuildSettings {
  guildId: string;
  channelId: string | null;
  postTime: string;
  timezone: string;
  language: Locale;
  paused: boolean;
  weeklyGoal: number | null;
  /** Members with this role may import and edit notes, besides those with Manage Server. */
  notesRole: string | null;
  /** Members' and generated questions join the bank without a notes editor's review. */
  autoApprove: boolean;
  /** Whether study sessions ping joined members at phase changes (each can mute it for themselves). */
  studyPings: boolean;
  /** What the daily rotation draws from: every lecture, the built-in ones, or the group's own notes. */
  rotation: Rotation;
  /** Why the last post to the guild failed, until one goes out. */
  lastFailure: (DeliveryFailure & { at: string }) | null;
}

export type Rotation = 'all' | 'builtin' | 'notes';

export type SettingsPatch = Partial<
  Pick<GuildSettings, 'channelId' | 'postTime' | 'timezone' | 'language' | 'paused' | 'weeklyGoal' | 'notesRole' | 'rotation' | 'autoApprove' | 'studyPings'>
>;

interface Row {
  guild_id: string;
  channel_id: string | null;
  post_time: string;
  timezone: string;
  language: Locale;
  paused: number;
  weekly_goal: number | null;
  notes_role: string | null;
  rotation: Rotation;
  auto_approve: number;
  study_pings: number;
  last_error: string | null;
  last_error_at: string | null;
  last_error_channel: string | null;
}

function toSettings(guildId: string, row: Row | undefined): GuildSettings {
  return {
    guildId,
    channelId: row?.channel_id ?? null,
    postTime: row?.post_time ?? DEFAULT_POST_TIME,
    timezone: row?.timezone ?? DEFAULT_TIMEZONE,
    language: row?.language ?? 'ko',
    paused: row?.paused === 1,
    weeklyGoal: row?.weekly_goal ?? null,
    notesRole: row?.notes_role ?? null,
    rotation: row?.rotation ?? 'all',
    autoApprove: row?.auto_approve === 1,
    studyPings: row ? row.study_pings === 1 : true,
    lastFailure:
      row && isFailureReason(row.last_error) && row.last_error_channel && row.last_error_at
        ? { reason: row.last_error, channelId: row.last_error_channel, at: row.last_error_at }
        : null,
  };
}

/** Per-guild settings; a guild that never configured anything gets the defaults. */
export class GuildSettingsStore {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      get: db.prepare<[string], Row>('SELECT * FROM guild_settings WHERE guild_id = ?'),
      upsert: db.prepare(
        `INSERT INTO guild_settings (guild_id, channel_id, post_time, timezone, language, paused, weekly_goal, notes_role, rotation, auto_approve, study_pings, updated_at)
         VALUES (@guildId, @channelId, @postTime, @timezone, @language, @paused, @weeklyGoal, @notesRole, @rotation, @autoApprove, @studyPings, @now)
         ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, post_time = excluded.post_time,
           timezone = excluded.timezone, language = excluded.language, paused = excluded.paused,
           weekly_goal = excluded.weekly_goal, notes_role = excluded.notes_role, rotation = excluded.rotation, auto_approve = excluded.auto_approve, study_pings = excluded.study_pings, updated_at = excluded.updated_at`,
      ),
      setFailure: db.prepare('UPDATE guild_settings SET last_error = ?, last_error_channel = ?, last_error_at = ? WHERE guild_id = ?'),
      active: db.prepare<[], Row>('SELECT * FROM guild_settings WHERE paused = 0 AND channel_id IS NOT NULL'),
    };
  }

  get(guildId: string): GuildSettings {
    return toSettings(guildId, this.s.get.get(guildId));
  }

  timezone(guildId: string | null): string {
    return guildId ? (this.s.get.get(guildId)?.timezone ?? DEFAULT_TIMEZONE) : DEFAULT_TIMEZONE;
  }

  /** Changes only what the patch names; everything else stays as it was. */
  update(guildId: string, patch: SettingsPatch, now: Date): GuildSettings {
    return this.db
      .transaction(() => {
        const next = { ...this.get(guildId), ...patch };
        this.s.upsert.run({
          guildId,
          channelId: next.channelId,
          postTime: next.postTime,
          timezone: next.timezone,
          language: next.language,
          paused: next.paused ? 1 : 0,
          weeklyGoal: next.weeklyGoal,
          notesRole: next.notesRole,
          rotation: next.rotation,
          autoApprove: next.autoApprove ? 1 : 0,
          studyPings: next.studyPings ? 1 : 0,
          now: now.toISOString(),
        });
        return this.get(guildId);
      })
      .immediate();
  }

  /** The guild's status for /studyconfig show: the last posting failure, or null once a post went out. */
  setFailure(guildId: string, failure: DeliveryFailure | null, now: Date): void {
    this.s.setFailure.run(failure?.reason ?? null, failure?.channelId ?? null, failure ? now.toISOString() : null, guildId);
  }

  /** Guilds with a daily channel that are not paused. */
  active(): GuildSettings[] {
    return this.s.active.all().map((row) => toSettings(row.guild_id, row));
  }
}
