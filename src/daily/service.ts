import { randomUUID } from 'node:crypto';
import { findLecture, lectures } from '../content/catalog.js';
import { findQuestion, questionsOf } from '../content/questions/index.js';
import type { Lecture, Question } from '../content/types.js';
import type { DailyKind, DailyPost } from '../db/daily.js';
import type { GuildSettings } from '../db/guildSettings.js';
import type { Stores } from '../db/stores.js';
import type { Logger } from '../logger.js';
import { addDays, localDate, weekStart, zonedTime } from '../time.js';
import type { RecapRow } from '../db/recaps.js';
import { recapMessage } from './recap.js';
import { shuffle } from '../commands/quiz.js';
import { dailyMessage, revealedMessage } from './message.js';
import { PostError, type ChannelPoster } from './poster.js';

export interface DailyOptions {
  stores: Stores;
  poster: ChannelPoster;
  log: Logger;
  now: () => Date;
  random?: () => number;
  /** Reveal a post's answer this long after it went out, if no newer post revealed it first. */
  revealHours: number;
  /** How many times a guild-day's post is tried before giving up until tomorrow. */
  maxAttempts?: number;
  /**
   * How long a claim stays with its process before another may take it over: longer than a send
   * can take, even queued behind Discord's rate limits (the nonce covers a takeover anyway).
   */
  leaseMs?: number;
  /** Names this process in its claims. */
  instanceId?: string;
  /** How many guilds are posted to at once. */
  concurrency?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs tasks with at most `size` at a time; one task failing does not stop the others. */
async function pool(tasks: readonly (() => Promise<unknown>)[], size: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      // Each task starts with synchronous work (claim, build): interactions get a turn first.
      await yieldToEventLoop();
      await task().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
}

export type PublishResult =
  | { status: 'sent'; post: DailyPost; messageId: string }
  | { status: 'failed'; post: DailyPost; error: string }
  | { status: 'skipped' };

/** Every section of every lecture, in order: the daily rotation. */
const rotation = lectures.flatMap((lecture) => lecture.sections.map((section) => ({ lecture: lecture.slug, section: section.id })));

/** A short status line for /studyconfig show, in the terms an admin can act on. */
export function describeFailure(error: unknown): string {
  if (error instanceof PostError) {
    if (error.code === 50013 || error.code === 50001 || error.status === 403) return 'missing-permission';
    if (error.code === 10003 || error.status === 404) return 'unknown-channel';
    if (error.status === 429) return 'rate-limited';
    return `discord-${error.status}-${error.code}`;
  }
  return 'unexpected';
}

/**
 * Decides from the database and the clock what is due, claims it in a transaction, then sends.
 * A claim is one row per guild-day (unique), so restarts, missed ticks and other processes on
 * the same file never post a day twice; a failed send is retried on later ticks up to a limit.
 */
export class DailyService {
  readonly poster: ChannelPoster;
  private readonly stores: Stores;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly revealMs: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly instanceId: string;
  private readonly inFlight = new Set<string>();
  private readonly concurrency: number;

  constructor(options: DailyOptions) {
    this.stores = options.stores;
    this.poster = options.poster;
    this.log = options.log;
    this.now = options.now;
    this.random = options.random ?? Math.random;
    this.revealMs = options.revealHours * 3600_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    this.instanceId = options.instanceId ?? randomUUID();
    this.concurrency = options.concurrency ?? 50;
  }

  /**
   * One scheduler tick: reveal what is overdue, then post for every due guild. Guilds go out
   * through a pool of `concurrency` sends: enough to keep Discord's rate limit busy, few enough
   * that a thousand due guilds do not all sit in memory (or block the event loop) at once, and
   * a slow guild holds up one slot, not the others.
   */
  async tick(): Promise<void> {
    const now = this.now();
    await this.revealOverdue(now);
    const work: (() => Promise<unknown>)[] = [];
    let checked = 0;
    for (const settings of this.stores.guilds.active()) {
      // Let interactions in between: deciding for thousands of guilds is work on the event loop.
      if (++checked % 50 === 0) await yieldToEventLoop();
      if (!this.poster.holdsGuild(settings.guildId) || this.inFlight.has(settings.guildId)) continue;
      const daily = this.dailyDue(settings, now);
      const recap = this.recapDue(settings, now);
      if (!daily && !recap) continue;
      // The recap goes right after the day's post, in the same slot.
      work.push(() =>
        this.guarded(settings.guildId, async () => {
          if (daily) await daily();
          if (recap) await recap();
        }),
      );
    }
    await pool(work, this.concurrency);
  }

  /** Today's post, if its time has come and it has not gone out (or may be tried again). */
  private dailyDue(settings: GuildSettings, now: Date): (() => Promise<PublishResult>) | undefined {
    const day = localDate(now, settings.timezone);
    if (zonedTime(day, settings.postTime, settings.timezone) > now) return undefined;
    const existing = this.stores.daily.scheduledFor(settings.guildId, day);
    if (existing?.status === 'sent' || (existing && existing.attempts >= this.maxAttempts)) return undefined;
    return () => (existing ? this.retry(existing, settings) : this.publish(settings, day, 'scheduled'));
  }

  /**
   * The recap of the week that ended, from Monday at the daily time on (a bot that was down on
   * Monday sends it when it is back), once per guild and week, for weeks that had daily posts.
   */
  private recapDue(settings: GuildSettings, now: Date): (() => Promise<unknown>) | undefined {
    const thisWeek = weekStart(now, settings.timezone);
    if (zonedTime(thisWeek, settings.postTime, settings.timezone) > now) return undefined;
    const week = addDays(thisWeek, -7);
    const existing = this.stores.recaps.get(settings.guildId, week);
    if (existing?.status === 'sent' || (existing && existing.attempts >= this.maxAttempts)) return undefined;
    if (!existing && !this.stores.recaps.hadPosts(settings.guildId, week, addDays(week, 6))) return undefined;
    return () => this.sendRecap(settings, week, existing);
  }

  private async sendRecap(settings: GuildSettings, week: string, existing: RecapRow | undefined): Promise<void> {
    const now = this.now();
    const lease = new Date(now.getTime() + this.leaseMs);
    const claimed = existing
      ? this.stores.recaps.claims.reclaim(existing.id, this.instanceId, lease, this.maxAttempts, now) && this.stores.recaps.get(settings.guildId, week)
      : this.stores.recaps.claim(settings.guildId, week, settings.channelId!, this.instanceId, lease);
    if (!claimed) return;
    const where = { guild: settings.guildId, channel: settings.channelId, week, attempt: claimed.attempts };
    try {
      const message = await recapMessage(this.stores, settings.guildId, week, settings.language, now, this.log);
      const messageId = await this.poster.send(settings.channelId!, message, `recap-${claimed.id}`);
      this.stores.recaps.claims.markSent(claimed.id, messageId, this.now());
      this.log.info({ ...where, message: messageId }, 'weekly recap sent');
    } catch (error) {
      const reason = describeFailure(error);
      this.stores.recaps.claims.markFailed(claimed.id, reason);
      this.stores.guilds.setError(settings.guildId, `${reason}:${settings.channelId}`, this.now());
      this.log.warn({ ...where, reason, err: error }, 'weekly recap failed; will retry on a later tick');
    }
  }

  /**
   * `/studyconfig post-now`: today's post if it has not gone out (the scheduler then skips today),
   * an extra one otherwise. Either way the previous post is revealed first.
   */
  async postNow(guildId: string): Promise<PublishResult> {
    const settings = this.stores.guilds.get(guildId);
    if (!settings.channelId) return { status: 'skipped' };
    const day = localDate(this.now(), settings.timezone);
    const today = this.stores.daily.scheduledFor(guildId, day);
    return this.guarded(guildId, async () => {
      if (today && today.status !== 'sent') {
        const retried = await this.retry(today, settings, true);
        if (retried.status !== 'skipped') return retried;
      }
      return this.publish(settings, day, today ? 'extra' : 'scheduled');
    });
  }

  private async guarded<T>(guildId: string, run: () => Promise<T>): Promise<T> {
    this.inFlight.add(guildId);
    try {
      return await run();
    } finally {
      this.inFlight.delete(guildId);
    }
  }

  /** The section after the last one this guild used, wrapping round: no repeats until all were used. */
  private nextSection(guildId: string): { lecture: Lecture; index: number } {
    const last = this.stores.daily.last(guildId);
    const at = last ? rotation.findIndex((entry) => entry.lecture === last.lecture && entry.section === last.section) : -1;
    const next = rotation[(at + 1) % rotation.length]!;
    const lecture = findLecture(next.lecture)!;
    return { lecture, index: lecture.sections.findIndex((section) => section.id === next.section) };
  }

  /** A question on the day's section when the bank has one, else on its lecture. */
  private pickQuestion(lecture: Lecture, sectionId: string): Question {
    const pool = questionsOf(lecture.slug);
    const onSection = pool.filter((question) => question.section === sectionId);
    const from = onSection.length > 0 ? onSection : pool;
    return from[Math.floor(this.random() * from.length)]!;
  }

  private async publish(settings: GuildSettings, day: string, kind: DailyKind): Promise<PublishResult> {
    const now = this.now();
    const channelId = settings.channelId!;
    const claimed = this.stores.db
      .transaction(() => {
        if (kind === 'scheduled' && this.stores.daily.scheduledFor(settings.guildId, day)) return undefined;
        const { lecture, index } = this.nextSection(settings.guildId);
        const section = lecture.sections[index]!;
        const question = this.pickQuestion(lecture, section.id);
        const order = shuffle(question.choices.length, this.random);
        const quizPost = this.stores.quiz.createPost({
          guildId: settings.guildId,
          channelId,
          questionId: question.id,
          source: 'daily',
          choiceOrder: order,
          now,
          expiresAt: new Date(now.getTime() + this.revealMs),
          day,
        });
        return this.stores.daily.insert({
          guildId: settings.guildId,
          day,
          kind,
          channelId,
          language: settings.language,
          lecture: lecture.slug,
          section: section.id,
          quizPostId: quizPost.id,
          claimedBy: this.instanceId,
          leaseUntil: new Date(now.getTime() + this.leaseMs),
        });
      })
      .immediate();
    if (!claimed) return { status: 'skipped' };
    return this.send(claimed);
  }

  private async retry(post: DailyPost, settings: GuildSettings, force = false): Promise<PublishResult> {
    const now = this.now();
    const limit = force ? post.attempts + 1 : this.maxAttempts;
    if (!this.stores.daily.claims.reclaim(post.id, this.instanceId, new Date(now.getTime() + this.leaseMs), limit, now)) return { status: 'skipped' };
    // The channel may have changed since the claim: send where the guild posts now.
    const current = settings.channelId && settings.channelId !== post.channelId ? { ...post, channelId: settings.channelId } : post;
    return this.send(current);
  }

  private build(post: DailyPost, reveal?: ReadonlyMap<number, number>) {
    const lecture = findLecture(post.lecture);
    const quiz = this.stores.quiz.post(post.quizPostId);
    const question = quiz && findQuestion(quiz.questionId);
    const index = lecture?.sections.findIndex((section) => section.id === post.section) ?? -1;
    if (!lecture || !quiz || !question || index < 0) return undefined;
    return reveal
      ? revealedMessage(lecture, index, question, quiz, post.language, reveal)
      : dailyMessage(lecture, index, question, quiz, post.language);
  }

  private async send(post: DailyPost): Promise<PublishResult> {
    const where = { guild: post.guildId, channel: post.channelId, day: post.day, post: post.id, attempt: post.attempts };
    await this.revealBefore(post);
    const message = this.build(post);
    if (!message) {
      this.stores.daily.claims.markFailed(post.id, 'content-missing');
      this.log.error(where, 'daily post refers to content that no longer exists');
      return { status: 'failed', post, error: 'content-missing' };
    }
    try {
      // Discord keeps nonces for a few minutes: a retry after a lost answer returns the first message.
      const messageId = await this.poster.send(post.channelId, message, `daily-${post.id}`);
      const now = this.now();
      this.stores.db
        .transaction(() => {
          this.stores.daily.claims.markSent(post.id, messageId, now);
          this.stores.quiz.setMessage(post.quizPostId, messageId, post.channelId);
          this.stores.guilds.setError(post.guildId, null, now);
        })
        .immediate();
      this.log.info({ ...where, message: messageId }, 'daily post sent');
      return { status: 'sent', post, messageId };
    } catch (error) {
      const reason = describeFailure(error);
      this.stores.daily.claims.markFailed(post.id, reason);
      this.stores.guilds.setError(post.guildId, `${reason}:${post.channelId}`, this.now());
      this.log.warn({ ...where, reason, err: error }, 'daily post failed; will retry on a later tick');
      return { status: 'failed', post, error: reason };
    }
  }

  /** Before a guild's new post goes out, the previous ones show their answers. */
  private async revealBefore(post: DailyPost): Promise<void> {
    for (const previous of this.stores.daily.unrevealed(post.guildId, post.id)) await this.reveal(previous);
  }

  private async revealOverdue(now: Date): Promise<void> {
    const due = this.stores.daily.revealDue(new Date(now.getTime() - this.revealMs)).filter((post) => this.poster.holdsGuild(post.guildId));
    await Promise.allSettled(due.map((post) => this.reveal(post)));
  }

  /** Edits a post to show the answer and how many chose each option; closes its quiz. */
  async reveal(post: DailyPost): Promise<void> {
    const now = this.now();
    if (!post.messageId || !this.stores.daily.markRevealed(post.id, now)) return;
    this.stores.quiz.close(post.quizPostId, now);
    const message = this.build(post, this.stores.quiz.choiceCounts(post.quizPostId));
    if (!message) return;
    try {
      await this.poster.edit(post.channelId, post.messageId, message);
    } catch (error) {
      this.log.warn({ guild: post.guildId, channel: post.channelId, post: post.id, reason: describeFailure(error), err: error }, 'could not edit a daily post to reveal its answer');
    }
  }
}
