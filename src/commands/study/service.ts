import type { Logger } from 'pino';
import { failureReason } from '../../core/failure.js';
import type { ChannelPoster } from '../../core/poster.js';
import type { Clock } from '../../domain/clock.js';
import { focusWithin, phase, phaseAt, phaseCount, totalMs, type Plan } from '../../domain/studyPhases.js';
import { endOfLocalDay, localDate, weekStart, zonedTime } from '../../domain/time.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { Transaction } from '../../db/stores.js';
import type { NewSession, Presence, PresenceSource, StudySession, StudyStore } from '../../db/study.js';
import type { Catalog } from '../../services/catalog.js';
import type { ProgressService } from '../../services/progress.js';
import { pingMessage, sessionMessage } from './messages.js';

/** Who is in shows on the session message at most this often (joins and leaves are coalesced). */
export const EDIT_EVERY_MS = 2000;

export interface StudyServiceDeps {
  study: StudyStore;
  guilds: Pick<GuildSettingsStore, 'get' | 'timezone'>;
  catalog: Catalog;
  progress: Pick<ProgressService, 'studyPoint'>;
  poster: ChannelPoster;
  transaction: Transaction;
  clock: Clock;
  log: Logger;
}

/** What `/study start` asks for: a new session but for the moment, which the service's clock gives. */
export type StartInput = Omit<NewSession, 'now'>;

export const planOf = (session: StudySession): Plan => ({ focusMs: session.focusMin * 60_000, breakMs: session.breakMin * 60_000, cycles: session.cycles });

/** Session time at a wall-clock moment: pauses left out (a paused session stands still at its pause). */
export function sessionTime(session: StudySession, at: Date): number {
  const until = session.pausedAt && session.pausedAt < at ? session.pausedAt : at;
  return until.getTime() - session.startedAt.getTime() - session.pausedMs;
}

/**
 * Study sessions. Phases follow from the stored start, durations and paused time; the loop's
 * sweep announces a phase change once (the row's `announced` is the guard), edits the session
 * message and pings who opted in. Focus time is counted from join and leave times, never from
 * timers: each presence is "credited" up to a moment, and what it adds goes through the member's
 * merged intervals, so two sessions (or a button and voice) at once count once.
 */
export class StudyService {
  private readonly busy = new Set<number>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: StudyServiceDeps) {}

  start(input: StartInput): { status: 'started'; session: StudySession } | { status: 'busy'; session: StudySession } {
    const now = this.deps.clock.now();
    const id = this.deps.transaction(() => {
      const created = this.deps.study.create({ ...input, now });
      if (created !== undefined) this.deps.study.join(created, input.guildId, input.hostId, 'button', now);
      return created;
    });
    if (id === undefined) return { status: 'busy', session: this.deps.study.liveIn(input.channelId)! };
    this.deps.log.info({ guild: input.guildId, channel: input.channelId, session: id }, 'study session started');
    return { status: 'started', session: this.deps.study.get(id)! };
  }

  /** A member comes in; 'over' when the session has ended. */
  join(sessionId: number, userId: string, source: PresenceSource): 'joined' | 'already' | 'over' {
    const session = this.deps.study.get(sessionId);
    if (!session || (session.status !== 'running' && session.status !== 'paused')) return 'over';
    const joined = this.deps.transaction(() => {
      const added = this.deps.study.join(sessionId, session.guildId, userId, source, this.deps.clock.now());
      if (added) this.deps.study.markDirty(sessionId);
      return added;
    });
    return joined ? 'joined' : 'already';
  }

  /** A member leaves (all their ways in, or one): the focus time until now is counted first. */
  leave(sessionId: number, userId: string, source?: PresenceSource, at = this.deps.clock.now()): boolean {
    const session = this.deps.study.get(sessionId);
    if (!session) return false;
    return this.deps.transaction(() => {
      let left = false;
      for (const presence of this.deps.study.openOf(sessionId, userId)) {
        if (source && presence.source !== source) continue;
        this.credit(session, presence, at);
        left = this.deps.study.leave(presence.id, at) || left;
      }
      if (left) this.deps.study.markDirty(sessionId);
      return left;
    });
  }

  pause(sessionId: number): boolean {
    const session = this.deps.study.get(sessionId);
    if (session?.status !== 'running') return false;
    const now = this.deps.clock.now();
    return this.deps.transaction(() => {
      // Focus time until the pause counts; nothing while paused does.
      for (const presence of this.deps.study.open(sessionId)) this.credit(session, presence, now);
      const paused = this.deps.study.pause(sessionId, now);
      if (paused) this.deps.study.markDirty(sessionId);
      return paused;
    });
  }

  resume(sessionId: number): boolean {
    const session = this.deps.study.get(sessionId);
    if (session?.status !== 'paused' || !session.pausedAt) return false;
    const now = this.deps.clock.now();
    return this.deps.transaction(() => {
      const resumed = this.deps.study.resume(sessionId, session.pausedAt!, now);
      if (resumed) {
        this.deps.study.creditAllOpen(sessionId, now);
        this.deps.study.markDirty(sessionId);
      }
      return resumed;
    });
  }

  /** Stops a live session: everyone's time until now is counted at once; the message shows the end after. */
  stop(sessionId: number): void {
    const session = this.deps.study.get(sessionId);
    if (session) this.track(this.end(session, 'stopped', this.deps.clock.now()));
  }

  /** Resolves when the work started outside a sweep (a stop's edit) has finished. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Resolves when no session this process serves is live (the console waits for its session at the end of input). */
  async finished(pollMs = 200): Promise<void> {
    while (this.deps.study.live().some((session) => this.deps.poster.holdsGuild(session.guildId))) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    await this.settled();
  }

  private track(work: Promise<void>): void {
    const logged = work.catch((error: unknown) => this.deps.log.error({ err: error }, 'study session step failed'));
    this.pending.add(logged);
    void logged.finally(() => this.pending.delete(logged));
  }

  /** What a member studied (focus time, ms) today, this week and in all: their open presences counted first. */
  studied(guildId: string, userId: string): { today: number; week: number; all: number } {
    const now = this.deps.clock.now();
    const timezone = this.deps.guilds.timezone(guildId);
    this.deps.transaction(() => {
      for (const presence of this.deps.study.openOfMember(guildId, userId)) {
        const session = this.deps.study.get(presence.sessionId)!;
        this.credit(session, presence, now);
      }
    });
    return {
      today: this.deps.study.dayMs(guildId, userId, localDate(now, timezone)),
      week: this.deps.study.totalMs(guildId, weekStart(now, timezone), userId),
      all: this.deps.study.totalMs(guildId, 'all', userId),
    };
  }

  /** A member's voice channel changed (null: they left voice). */
  voiceMoved(guildId: string, userId: string, channelId: string | null): void {
    for (const session of this.deps.study.liveWithAnyVoice(guildId)) {
      if (session.voiceChannelId === channelId) this.join(session.id, userId, 'voice');
      else this.leave(session.id, userId, 'voice');
    }
  }

  /**
   * The guild's voice states as the gateway has them now (GUILD_CREATE after a reconnect or a
   * resume): members in a session's voice channel are in, those gone since are out — at the last
   * moment their time was counted, since when they left is unknown. Nobody is counted twice.
   */
  reconcileVoice(guildId: string, inVoice: ReadonlyMap<string, string>): void {
    for (const session of this.deps.study.liveWithAnyVoice(guildId)) {
      const present = new Set([...inVoice].filter(([, channel]) => channel === session.voiceChannelId).map(([user]) => user));
      for (const presence of this.deps.study.open(session.id)) {
        if (presence.source === 'voice' && !present.has(presence.userId)) this.leave(session.id, presence.userId, 'voice', presence.creditedTo);
      }
      for (const userId of present) this.join(session.id, userId, 'voice');
    }
  }

  /** One pass over the live sessions this process serves. */
  async sweep(): Promise<void> {
    const sessions = this.deps.study.live().filter((session) => this.deps.poster.holdsGuild(session.guildId));
    await Promise.all(sessions.map((session) => this.sweepSession(session.id)));
  }

  private async sweepSession(id: number): Promise<void> {
    if (this.busy.has(id)) return;
    this.busy.add(id);
    try {
      const session = this.deps.study.get(id);
      if (!session || (session.status !== 'running' && session.status !== 'paused')) return;
      const now = this.deps.clock.now();
      if (!session.messageId) return await this.post(session, now);
      if (session.status === 'running') {
        const plan = planOf(session);
        const at = sessionTime(session, now);
        if (at >= totalMs(plan)) return await this.end(session, 'finished', new Date(now.getTime() - (at - totalMs(plan))));
        const current = phaseAt(plan, at)!;
        if (current.index > session.announced) return await this.advance(session, current.index, now);
      }
      if (session.dirty && (!session.editedAt || now.getTime() - session.editedAt.getTime() >= EDIT_EVERY_MS)) await this.edit(session, now);
    } catch (error) {
      this.deps.log.error({ err: error, session: id }, 'study session step failed');
    } finally {
      this.busy.delete(id);
    }
  }

  /** Wall-clock time of session time `at`, valid since the last resume. */
  private wall(session: StudySession, at: number): Date {
    return new Date(session.startedAt.getTime() + session.pausedMs + at);
  }

  /**
   * Counts a presence's focus time from where it was counted to `until`: each focus part goes
   * through the member's intervals (only what no other presence counted adds), split by local day.
   */
  private credit(session: StudySession, presence: Presence, until: Date, timezone = this.deps.guilds.timezone(session.guildId)): void {
    const from = presence.creditedTo;
    const end = session.pausedAt && session.pausedAt < until ? session.pausedAt : until;
    if (end <= from) return;
    const base = session.startedAt.getTime() + session.pausedMs;
    const plan = planOf(session);
    for (const [a, b] of focusWithin(plan, from.getTime() - base, end.getTime() - base)) {
      for (const [start, stop] of this.deps.study.countInterval(session.guildId, presence.userId, base + a, base + b))
        this.addByDay(session.guildId, presence.userId, start, stop, timezone);
    }
    this.deps.study.setCredited(presence.id, end);
  }

  private addByDay(guildId: string, userId: string, start: number, stop: number, timezone: string): void {
    let cursor = start;
    while (cursor < stop) {
      const day = this.dayAt(cursor, timezone);
      const until = Math.min(stop, day.end);
      this.deps.study.addTime(guildId, userId, day.date, day.week, until - cursor, new Date(until));
      cursor = until;
    }
  }

  /** The local day an instant falls in, with its bounds: a phase change counts thousands of presences in one day. */
  private readonly days = new Map<string, { start: number; end: number; date: string; week: string }>();

  private dayAt(at: number, timezone: string): { start: number; end: number; date: string; week: string } {
    const cached = this.days.get(timezone);
    if (cached && at >= cached.start && at < cached.end) return cached;
    const instant = new Date(at);
    const date = localDate(instant, timezone);
    const day = {
      start: zonedTime(date, '00:00', timezone).getTime(),
      end: endOfLocalDay(instant, timezone).getTime(),
      date,
      week: weekStart(instant, timezone),
    };
    this.days.set(timezone, day);
    return day;
  }

  /**
   * The phases from the last announced one to `index` began: time is counted at each boundary, a
   * completed focus period earns its point, and the change is announced once — only the current
   * phase, even when the bot was away for several.
   */
  private async advance(session: StudySession, index: number, now: Date): Promise<void> {
    const plan = planOf(session);
    const timezone = this.deps.guilds.timezone(session.guildId);
    const announced = this.deps.transaction(() => {
      for (let k = session.announced + 1; k <= index; k++) {
        const boundary = this.wall(session, phase(plan, k).start);
        const open = this.deps.study.open(session.id);
        for (const presence of open) this.credit(session, presence, boundary, timezone);
        const ended = phase(plan, k - 1);
        if (ended.kind === 'focus') this.awardFocus(session, ended.index, open, boundary);
        if (!this.deps.study.announce(session.id, k, boundary)) return false;
      }
      return true;
    });
    if (!announced) return;
    const fresh = this.deps.study.get(session.id)!;
    await this.edit(fresh, now);
    await this.ping(fresh, phase(plan, index));
  }

  /** Everyone in since the focus period began (and still in) studied all of it: a point each, once. */
  private awardFocus(session: StudySession, phaseIndex: number, open: readonly Presence[], at: Date): void {
    const started = phaseIndex === session.announced ? session.phaseStartedAt : this.wall(session, phase(planOf(session), phaseIndex).start);
    const full = new Set(open.filter((p) => p.joinedAt <= started).map((p) => p.userId));
    for (const userId of full) if (this.deps.study.award(session.id, phaseIndex, userId)) this.deps.progress.studyPoint(session.guildId, userId, at);
  }

  private async end(session: StudySession, status: 'finished' | 'stopped' | 'failed', at: Date, reason: string | null = null): Promise<void> {
    const plan = planOf(session);
    const ended = this.deps.transaction(() => {
      const open = this.deps.study.open(session.id);
      for (const presence of open) this.credit(session, presence, at);
      // A session that ran to its end completed its last focus period.
      if (status === 'finished') this.awardFocus(session, phaseCount(plan) - 1, open, at);
      for (const presence of open) this.deps.study.leave(presence.id, at);
      return this.deps.study.end(session.id, status, reason, at);
    });
    if (!ended) return;
    this.deps.log.info({ guild: session.guildId, channel: session.channelId, session: session.id, status }, 'study session ended');
    const final = this.deps.study.get(session.id)!;
    if (status !== 'failed' && final.messageId) await this.edit(final, this.deps.clock.now());
  }

  private lecture(session: StudySession) {
    return session.lecture ? this.deps.catalog.lectures(session.guildId).find((l) => l.slug === session.lecture) : undefined;
  }

  private render(session: StudySession, now: Date) {
    const members = [...new Set(this.deps.study.open(session.id).map((p) => p.userId))];
    return sessionMessage(session, planOf(session), now, members, this.lecture(session), session.locale);
  }

  private async post(session: StudySession, now: Date): Promise<void> {
    try {
      const id = await this.deps.poster.send(session.channelId, this.render(session, now), `study-${session.id}`);
      this.deps.study.setMessage(session.id, id, now);
    } catch (error) {
      await this.failed(session, error);
    }
  }

  private async edit(session: StudySession, now: Date): Promise<void> {
    if (!session.messageId) return;
    try {
      await this.deps.poster.edit(session.channelId, session.messageId, this.render(session, now));
      this.deps.study.markEdited(session.id, now);
    } catch (error) {
      await this.failed(session, error);
    }
  }

  /** One message per phase change, pinging the joined members who did not mute it (and only them). */
  private async ping(session: StudySession, current: ReturnType<typeof phase>): Promise<void> {
    if (!this.deps.guilds.get(session.guildId).studyPings) return;
    const members = [...new Set(this.deps.study.open(session.id).map((p) => p.userId))].filter((userId) => !this.deps.study.isMuted(session.guildId, userId));
    if (members.length === 0) return;
    try {
      await this.deps.poster.send(
        session.channelId,
        pingMessage(session, planOf(session), current, members, session.locale),
        `study-${session.id}-${current.index}`,
      );
    } catch (error) {
      await this.failed(session, error);
    }
  }

  /** Rate limits pass (the next sweep tries again); a lost channel or permission ends the session, its time counted. */
  private async failed(session: StudySession, error: unknown): Promise<void> {
    const reason = failureReason(error);
    this.deps.log.warn({ err: error, guild: session.guildId, channel: session.channelId, session: session.id, reason }, 'study session could not post');
    if (reason === 'rate-limited' || reason === 'discord-error') return;
    await this.end(session, 'failed', this.deps.clock.now(), reason);
  }
}
