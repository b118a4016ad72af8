import type { Locale } from '../core/locale.js';
import type { Db } from './database.js';

export type SessionStatus = 'running' | 'paused' | 'finished' | 'stopped' | 'failed';
export type PresenceSource = 'button' | 'voice';

export interface StudySession {
  id: number;
  guildId: string;
  channelId: string;
  hostId: string;
  voiceChannelId: string | null;
  lecture: string | null;
  section: string | null;
  focusMin: number;
  breakMin: number;
  cycles: number;
  locale: Locale;
  status: SessionStatus;
  startedAt: Date;
  pausedMs: number;
  pausedAt: Date | null;
  announced: number;
  phaseStartedAt: Date;
  messageId: string | null;
  dirty: boolean;
  editedAt: Date | null;
}

export interface Presence {
  id: number;
  sessionId: number;
  userId: string;
  source: PresenceSource;
  joinedAt: Date;
  leftAt: Date | null;
  creditedTo: Date;
}

interface SessionRow {
  id: number;
  guild_id: string;
  channel_id: string;
  host_id: string;
  voice_channel_id: string | null;
  lecture: string | null;
  section: string | null;
  focus_min: number;
  break_min: number;
  cycles: number;
  locale: Locale;
  status: SessionStatus;
  started_at: string;
  paused_ms: number;
  paused_at: string | null;
  announced: number;
  phase_started_at: string;
  message_id: string | null;
  dirty: number;
  edited_at: string | null;
}

interface PresenceRow {
  id: number;
  session_id: number;
  user_id: string;
  source: PresenceSource;
  joined_at: string;
  left_at: string | null;
  credited_to: string;
}

const toSession = (row: SessionRow): StudySession => ({
  id: row.id,
  guildId: row.guild_id,
  channelId: row.channel_id,
  hostId: row.host_id,
  voiceChannelId: row.voice_channel_id,
  lecture: row.lecture,
  section: row.section,
  focusMin: row.focus_min,
  breakMin: row.break_min,
  cycles: row.cycles,
  locale: row.locale,
  status: row.status,
  startedAt: new Date(row.started_at),
  pausedMs: row.paused_ms,
  pausedAt: row.paused_at ? new Date(row.paused_at) : null,
  announced: row.announced,
  phaseStartedAt: new Date(row.phase_started_at),
  messageId: row.message_id,
  dirty: row.dirty === 1,
  editedAt: row.edited_at ? new Date(row.edited_at) : null,
});

const toPresence = (row: PresenceRow): Presence => ({
  id: row.id,
  sessionId: row.session_id,
  userId: row.user_id,
  source: row.source,
  joinedAt: new Date(row.joined_at),
  leftAt: row.left_at ? new Date(row.left_at) : null,
  creditedTo: new Date(row.credited_to),
});

export interface NewSession {
  guildId: string;
  channelId: string;
  hostId: string;
  voiceChannelId: string | null;
  lecture: string | null;
  section: string | null;
  focusMin: number;
  breakMin: number;
  cycles: number;
  locale: Locale;
  now: Date;
}

/** Focus sessions, every join and leave, and the focus time they count (per member, day and period). */
export class StudyStore {
  private readonly s;

  constructor(db: Db) {
    const live = "status IN ('running', 'paused')";
    this.s = {
      create: db.prepare<Record<string, unknown>, { id: number }>(
        `INSERT INTO study_sessions (guild_id, channel_id, host_id, voice_channel_id, lecture, section, focus_min, break_min, cycles, locale, status,
           started_at, phase_started_at, created_at)
         VALUES (@guildId, @channelId, @hostId, @voiceChannelId, @lecture, @section, @focusMin, @breakMin, @cycles, @locale, 'running', @now, @now, @now)
         ON CONFLICT DO NOTHING RETURNING id`,
      ),
      get: db.prepare<[number], SessionRow>('SELECT * FROM study_sessions WHERE id = ?'),
      liveIn: db.prepare<[string], SessionRow>(`SELECT * FROM study_sessions WHERE channel_id = ? AND ${live}`),
      live: db.prepare<[], SessionRow>(`SELECT * FROM study_sessions WHERE ${live} ORDER BY id`),
      liveWithVoice: db.prepare<[string, string], SessionRow>(`SELECT * FROM study_sessions WHERE guild_id = ? AND voice_channel_id = ? AND ${live}`),
      liveOfGuild: db.prepare<[string], SessionRow>(`SELECT * FROM study_sessions WHERE guild_id = ? AND voice_channel_id IS NOT NULL AND ${live}`),
      setMessage: db.prepare('UPDATE study_sessions SET message_id = ?, edited_at = ?, dirty = 0 WHERE id = ?'),
      edited: db.prepare('UPDATE study_sessions SET edited_at = ?, dirty = 0 WHERE id = ?'),
      dirty: db.prepare('UPDATE study_sessions SET dirty = 1 WHERE id = ?'),
      announce: db.prepare(`UPDATE study_sessions SET announced = @phase, phase_started_at = @at WHERE id = @id AND announced = @phase - 1 AND ${live}`),
      pause: db.prepare("UPDATE study_sessions SET status = 'paused', paused_at = @at WHERE id = @id AND status = 'running'"),
      resume: db.prepare(
        "UPDATE study_sessions SET status = 'running', paused_ms = paused_ms + @addMs, paused_at = NULL WHERE id = @id AND status = 'paused' AND paused_at = @pausedAt",
      ),
      end: db.prepare(`UPDATE study_sessions SET status = @status, ended_at = @at, end_reason = @reason WHERE id = @id AND ${live}`),
      join: db.prepare(
        `INSERT INTO study_presence (session_id, guild_id, user_id, source, joined_at, credited_to) VALUES (@sessionId, @guildId, @userId, @source, @at, @at)
         ON CONFLICT DO NOTHING`,
      ),
      open: db.prepare<[number], PresenceRow>('SELECT * FROM study_presence WHERE session_id = ? AND left_at IS NULL ORDER BY joined_at, id'),
      openOf: db.prepare<[number, string], PresenceRow>('SELECT * FROM study_presence WHERE session_id = ? AND user_id = ? AND left_at IS NULL'),
      openOfMember: db.prepare<[string, string], PresenceRow>(
        "SELECT p.* FROM study_presence p JOIN study_sessions s ON s.id = p.session_id WHERE p.guild_id = ? AND p.user_id = ? AND p.left_at IS NULL AND s.status IN ('running', 'paused')",
      ),
      leave: db.prepare('UPDATE study_presence SET left_at = ? WHERE id = ? AND left_at IS NULL'),
      credit: db.prepare('UPDATE study_presence SET credited_to = ? WHERE id = ?'),
      creditAllOpen: db.prepare('UPDATE study_presence SET credited_to = ? WHERE session_id = ? AND left_at IS NULL'),
      overlapping: db.prepare<[string, string, number, number], { start_ms: number; end_ms: number }>(
        'SELECT start_ms, end_ms FROM study_intervals WHERE guild_id = ? AND user_id = ? AND start_ms <= ? AND end_ms >= ? ORDER BY start_ms',
      ),
      deleteInterval: db.prepare('DELETE FROM study_intervals WHERE guild_id = ? AND user_id = ? AND start_ms = ?'),
      insertInterval: db.prepare('INSERT INTO study_intervals (guild_id, user_id, start_ms, end_ms) VALUES (?, ?, ?, ?)'),
      addDay: db.prepare(
        `INSERT INTO study_days (guild_id, user_id, local_date, ms) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, user_id, local_date) DO UPDATE SET ms = ms + excluded.ms`,
      ),
      addTotal: db.prepare(
        `INSERT INTO study_totals (guild_id, period, user_id, ms, reached_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id, period, user_id) DO UPDATE SET ms = ms + excluded.ms, reached_at = excluded.reached_at`,
      ),
      day: db.prepare<[string, string, string], { ms: number }>('SELECT ms FROM study_days WHERE guild_id = ? AND user_id = ? AND local_date = ?'),
      total: db.prepare<[string, string, string], { ms: number }>('SELECT ms FROM study_totals WHERE guild_id = ? AND period = ? AND user_id = ?'),
      daysSince: db.prepare<[string, string, string], { local_date: string; ms: number }>(
        'SELECT local_date, ms FROM study_days WHERE guild_id = ? AND user_id = ? AND local_date >= ? ORDER BY local_date',
      ),
      top: db.prepare<[string, string, number], { user_id: string; ms: number }>(
        'SELECT user_id, ms FROM study_totals WHERE guild_id = ? AND period = ? AND ms > 0 ORDER BY ms DESC, reached_at, user_id LIMIT ?',
      ),
      ahead: db.prepare<{ guild: string; period: string; ms: number; at: string; user: string }, { n: number }>(
        `SELECT count(*) AS n FROM study_totals WHERE guild_id = @guild AND period = @period
           AND (ms > @ms OR (ms = @ms AND (reached_at < @at OR (reached_at = @at AND user_id < @user))))`,
      ),
      mine: db.prepare<[string, string, string], { ms: number; reached_at: string }>(
        'SELECT ms, reached_at FROM study_totals WHERE guild_id = ? AND period = ? AND user_id = ?',
      ),
      counted: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM study_totals WHERE guild_id = ? AND period = ? AND ms > 0'),
      groupMs: db.prepare<[string, string], { ms: number }>('SELECT coalesce(sum(ms), 0) AS ms FROM study_totals WHERE guild_id = ? AND period = ?'),
      award: db.prepare('INSERT INTO study_awards (session_id, phase, user_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
      dailyPoints: db.prepare<[string, string, string], { points: number }>(
        'SELECT points FROM study_daily_points WHERE guild_id = ? AND user_id = ? AND local_date = ?',
      ),
      addDailyPoints: db.prepare(
        `INSERT INTO study_daily_points (guild_id, user_id, local_date, points) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, user_id, local_date) DO UPDATE SET points = points + excluded.points`,
      ),
      muted: db.prepare<[string, string], { user_id: string }>('SELECT user_id FROM study_ping_mutes WHERE guild_id = ? AND user_id = ?'),
      mute: db.prepare('INSERT INTO study_ping_mutes (guild_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING'),
      unmute: db.prepare('DELETE FROM study_ping_mutes WHERE guild_id = ? AND user_id = ?'),
      exportPresence: db.prepare<[string, string], Record<string, unknown>>(
        'SELECT session_id, source, joined_at, left_at FROM study_presence WHERE guild_id = ? AND user_id = ? ORDER BY id',
      ),
      exportDays: db.prepare<[string, string], Record<string, unknown>>(
        'SELECT local_date, ms FROM study_days WHERE guild_id = ? AND user_id = ? ORDER BY local_date',
      ),
      forget: [
        db.prepare('DELETE FROM study_presence WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_intervals WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_days WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_totals WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_daily_points WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_ping_mutes WHERE guild_id = @guild AND user_id = @user'),
        db.prepare('DELETE FROM study_awards WHERE user_id = @user AND session_id IN (SELECT id FROM study_sessions WHERE guild_id = @guild)'),
      ],
    };
  }

  /** A new running session, or undefined when the channel has one already. */
  create(session: NewSession): number | undefined {
    return this.s.create.get({ ...session, now: session.now.toISOString() })?.id;
  }

  get(id: number): StudySession | undefined {
    const row = this.s.get.get(id);
    return row && toSession(row);
  }

  liveIn(channelId: string): StudySession | undefined {
    const row = this.s.liveIn.get(channelId);
    return row && toSession(row);
  }

  live(): StudySession[] {
    return this.s.live.all().map(toSession);
  }

  /** Live sessions counting who is in this voice channel. */
  liveWithVoice(guildId: string, voiceChannelId: string): StudySession[] {
    return this.s.liveWithVoice.all(guildId, voiceChannelId).map(toSession);
  }

  liveWithAnyVoice(guildId: string): StudySession[] {
    return this.s.liveOfGuild.all(guildId).map(toSession);
  }

  setMessage(id: number, messageId: string, at: Date): void {
    this.s.setMessage.run(messageId, at.toISOString(), id);
  }

  markEdited(id: number, at: Date): void {
    this.s.edited.run(at.toISOString(), id);
  }

  markDirty(id: number): void {
    this.s.dirty.run(id);
  }

  /** Records that phase `phase` began at `at`; false when it was announced already (once, across restarts). */
  announce(id: number, phase: number, at: Date): boolean {
    return this.s.announce.run({ id, phase, at: at.toISOString() }).changes > 0;
  }

  pause(id: number, at: Date): boolean {
    return this.s.pause.run({ id, at: at.toISOString() }).changes > 0;
  }

  /** Resumes a paused session: the time since `pausedAt` is added to its paused time. */
  resume(id: number, pausedAt: Date, at: Date): boolean {
    return this.s.resume.run({ id, pausedAt: pausedAt.toISOString(), addMs: Math.max(0, at.getTime() - pausedAt.getTime()) }).changes > 0;
  }

  end(id: number, status: 'finished' | 'stopped' | 'failed', reason: string | null, at: Date): boolean {
    return this.s.end.run({ id, status, reason, at: at.toISOString() }).changes > 0;
  }

  /** A member comes in (by button or by voice); false when they were in that way already. */
  join(sessionId: number, guildId: string, userId: string, source: PresenceSource, at: Date): boolean {
    return this.s.join.run({ sessionId, guildId, userId, source, at: at.toISOString() }).changes > 0;
  }

  open(sessionId: number): Presence[] {
    return this.s.open.all(sessionId).map(toPresence);
  }

  openOf(sessionId: number, userId: string): Presence[] {
    return this.s.openOf.all(sessionId, userId).map(toPresence);
  }

  /** A member's open presences in the guild's live sessions. */
  openOfMember(guildId: string, userId: string): Presence[] {
    return this.s.openOfMember.all(guildId, userId).map(toPresence);
  }

  leave(presenceId: number, at: Date): boolean {
    return this.s.leave.run(at.toISOString(), presenceId).changes > 0;
  }

  setCredited(presenceId: number, at: Date): void {
    this.s.credit.run(at.toISOString(), presenceId);
  }

  /** After a pause: the paused time is never counted. */
  creditAllOpen(sessionId: number, at: Date): void {
    this.s.creditAllOpen.run(at.toISOString(), sessionId);
  }

  /**
   * Counts focus time [start, end) for a member once: the part no earlier interval covers is
   * returned (as [start, end) pieces), and the intervals are merged. Call inside a transaction.
   */
  countInterval(guildId: string, userId: string, start: number, end: number): [number, number][] {
    if (end <= start) return [];
    const overlapping = this.s.overlapping.all(guildId, userId, end, start);
    const fresh: [number, number][] = [];
    let cursor = start;
    for (const interval of overlapping) {
      if (interval.start_ms > cursor) fresh.push([cursor, Math.min(interval.start_ms, end)]);
      cursor = Math.max(cursor, interval.end_ms);
    }
    if (cursor < end) fresh.push([cursor, end]);
    const merged = [Math.min(start, ...overlapping.map((i) => i.start_ms)), Math.max(end, ...overlapping.map((i) => i.end_ms))] as const;
    for (const interval of overlapping) this.s.deleteInterval.run(guildId, userId, interval.start_ms);
    this.s.insertInterval.run(guildId, userId, merged[0], merged[1]);
    return fresh;
  }

  addTime(guildId: string, userId: string, day: string, week: string, ms: number, at: Date): void {
    if (ms <= 0) return;
    this.s.addDay.run(guildId, userId, day, ms);
    this.s.addTotal.run(guildId, week, userId, ms, at.toISOString());
    this.s.addTotal.run(guildId, 'all', userId, ms, at.toISOString());
  }

  dayMs(guildId: string, userId: string, day: string): number {
    return this.s.day.get(guildId, userId, day)?.ms ?? 0;
  }

  totalMs(guildId: string, period: string, userId: string): number {
    return this.s.total.get(guildId, period, userId)?.ms ?? 0;
  }

  daysSince(guildId: string, userId: string, since: string): Map<string, number> {
    return new Map(this.s.daysSince.all(guildId, userId, since).map((row) => [row.local_date, row.ms]));
  }

  top(guildId: string, period: string, limit: number): { userId: string; ms: number }[] {
    return this.s.top.all(guildId, period, limit).map((row) => ({ userId: row.user_id, ms: row.ms }));
  }

  /** A member's place by study time: 1-based rank among those with time, or undefined without any. */
  standing(guildId: string, period: string, userId: string): { rank: number; of: number; ms: number } | undefined {
    const mine = this.s.mine.get(guildId, period, userId);
    if (!mine || mine.ms <= 0) return undefined;
    const ahead = this.s.ahead.get({ guild: guildId, period, ms: mine.ms, at: mine.reached_at, user: userId })!.n;
    return { rank: ahead + 1, of: this.s.counted.get(guildId, period)!.n, ms: mine.ms };
  }

  groupMs(guildId: string, period: string): number {
    return this.s.groupMs.get(guildId, period)!.ms;
  }

  /** A full focus period's point, once per member and phase. */
  award(sessionId: number, phase: number, userId: string): boolean {
    return this.s.award.run(sessionId, phase, userId).changes > 0;
  }

  dailyPoints(guildId: string, userId: string, day: string): number {
    return this.s.dailyPoints.get(guildId, userId, day)?.points ?? 0;
  }

  addDailyPoints(guildId: string, userId: string, day: string, points: number): void {
    this.s.addDailyPoints.run(guildId, userId, day, points);
  }

  isMuted(guildId: string, userId: string): boolean {
    return this.s.muted.get(guildId, userId) !== undefined;
  }

  setMuted(guildId: string, userId: string, muted: boolean): void {
    (muted ? this.s.mute : this.s.unmute).run(guildId, userId);
  }

  exportOf(guildId: string, userId: string): { presence: unknown[]; days: unknown[] } {
    return { presence: this.s.exportPresence.all(guildId, userId), days: this.s.exportDays.all(guildId, userId) };
  }

  forget(guildId: string, userId: string): void {
    for (const statement of this.s.forget) statement.run({ guild: guildId, user: userId });
  }
}
