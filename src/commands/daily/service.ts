import { randomUUID } from 'node:crypto';
import { failureReason, type DeliveryFailure } from '../../core/failure.js';
import type { PostNowResult } from '../../core/poster.js';
import type { Lecture, Question } from '../../content/types.js';
import { pick, shuffle } from '../../domain/shuffle.js';
import { addDays, localDate, weekStart, zonedTime } from '../../domain/time.js';
import type { DailyKind, DailyPost } from '../../db/daily.js';
import type { GuildSettings } from '../../db/guildSettings.js';
import type { Recap } from '../../db/recaps.js';
import type { DailyDeps, DailyOptions } from './deps.js';
import { dailyMessage, revealedMessage } from './messages.js';
import { buildRecap } from './recap.js';

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

type PublishResult =
  | { status: 'sent'; post: DailyPost; messageId: string }
  | { status: 'failed'; post: DailyPost; failure: DeliveryFailure }
  | { status: 'skipped' };

/**
 * Decides from the database and the clock what is due, claims it in a transaction, then sends.
 * A claim is one row per guild-day (unique), so restarts, missed ticks and other processes on
 * the same file never post a day twice; a failed send is retried on later ticks up to a limit.
 */
export class DailyService {
  private readonly revealMs: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly instanceId: string;
  /** The claimed_by prefix of earlier runs of this part, or undefined when claims name no part. */
  private readonly predecessors: string | undefined;
  private readonly concurrency: number;
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly deps: DailyDeps,
    options: DailyOptions,
  ) {
    this.revealMs = options.revealHours * 3600_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.leaseMs = options.leaseMs ?? 10 * 60_000;
    const part = options.part ?? 'bot';
    this.instanceId = options.instanceId ?? `${part}#${randomUUID()}`;
    this.predecessors = this.instanceId.startsWith(`${part}#`) ? `${part}#` : undefined;
    this.concurrency = options.concurrency ?? 50;
  }

  /**
   * One scheduler tick: reveal what is overdue, then post for every due guild. Guilds go out
   * through a pool of `concurrency` sends: enough to keep Discord's rate limit busy, few enough
   * that a thousand due guilds do not all sit in memory (or block the event loop) at once, and
   * a slow guild holds up one slot, not the others.
   */
  async tick(): Promise<void> {
    const now = this.deps.clock.now();
    await this.revealOverdue(now);
    const work: (() => Promise<unknown>)[] = [];
    let checked = 0;
    for (const settings of this.deps.guilds.active()) {
      // Let interactions in between: deciding for thousands of guilds is work on the event loop.
      if (++checked % 50 === 0) await yieldToEventLoop();
      if (!this.deps.poster.holdsGuild(settings.guildId) || this.inFlight.has(settings.guildId)) continue;
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
    const existing = this.deps.dailyPosts.scheduledFor(settings.guildId, day);
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
    const existing = this.deps.recaps.get(settings.guildId, week);
    if (existing?.status === 'sent' || (existing && existing.attempts >= this.maxAttempts)) return undefined;
    if (!existing && this.deps.dailyPosts.sentBetween(settings.guildId, week, addDays(week, 6)) === 0) return undefined;
    return () => this.sendRecap(settings, week, existing);
  }

  private async sendRecap(settings: GuildSettings, week: string, existing: Recap | undefined): Promise<void> {
    const { recaps, poster, guilds, log, clock } = this.deps;
    const now = clock.now();
    const lease = new Date(now.getTime() + this.leaseMs);
    const claimed = existing
      ? recaps.claims.reclaim(existing.id, this.instanceId, lease, this.maxAttempts, now, this.predecessors) && recaps.byId(existing.id)
      : recaps.claim(settings.guildId, week, settings.channelId!, this.instanceId, lease);
    if (!claimed) return;
    const channelId = settings.channelId!;
    const where = { guild: settings.guildId, channel: channelId, week, attempt: claimed.attempts };
    try {
      const message = await buildRecap(settings.guildId, week, settings.language, now, this.deps);
      const messageId = await poster.send(channelId, message, `recap-${claimed.id}`);
      recaps.claims.markSent(claimed.id, messageId, clock.now());
      log.info({ ...where, message: messageId }, 'weekly recap sent');
    } catch (error) {
      const reason = failureReason(error);
      recaps.claims.markFailed(claimed.id, reason);
      guilds.setFailure(settings.guildId, { reason, channelId }, clock.now());
      log.warn({ ...where, reason, err: error }, 'weekly recap failed; will retry on a later tick');
    }
  }

  /**
   * `/studyconfig post-now`: today's post if it has not gone out (the scheduler then skips today),
   * an extra one otherwise. Either way the previous post is revealed first.
   */
  async postNow(guildId: string): Promise<PostNowResult> {
    const settings = this.deps.guilds.get(guildId);
    if (!settings.channelId) return { status: 'skipped' };
    const day = localDate(this.deps.clock.now(), settings.timezone);
    const today = this.deps.dailyPosts.scheduledFor(guildId, day);
    const result = await this.guarded(guildId, async () => {
      if (today && today.status !== 'sent') {
        const retried = await this.retry(today, settings, true);
        if (retried.status !== 'skipped') return retried;
      }
      return this.publish(settings, day, today ? 'extra' : 'scheduled');
    });
    if (result.status === 'sent') return { status: 'sent', channelId: result.post.channelId };
    return result.status === 'failed' ? { status: 'failed', failure: result.failure } : { status: 'skipped' };
  }

  private async guarded<T>(guildId: string, run: () => Promise<T>): Promise<T> {
    this.inFlight.add(guildId);
    try {
      return await run();
    } finally {
      this.inFlight.delete(guildId);
    }
  }

  /**
   * The section after the last one this guild used, wrapping round: no repeats until all were used.
   * The rotation draws from every lecture, the built-in ones, or the guild's own notes (all of
   * them while it has none). A lecture imported today joins it from the next day's post on.
   */
  private nextSection(settings: GuildSettings): { lecture: Lecture; index: number } | undefined {
    const all = this.deps.catalog.lectures(settings.guildId);
    const chosen = settings.rotation === 'all' ? all : all.filter((lecture) => (settings.rotation === 'notes') === (lecture.imported !== undefined));
    const rotation = (chosen.length > 0 ? chosen : all).flatMap((lecture) => lecture.sections.map((_, index) => ({ lecture, index })));
    if (rotation.length === 0) return undefined;
    const last = this.deps.dailyPosts.last(settings.guildId);
    const at = last ? rotation.findIndex((entry) => entry.lecture.slug === last.lecture && entry.lecture.sections[entry.index]!.id === last.section) : -1;
    return rotation[(at + 1) % rotation.length];
  }

  /** A question on the day's section when the bank has one, else on its lecture. */
  private pickQuestion(guildId: string, lecture: Lecture, sectionId: string): Question | undefined {
    const pool = this.deps.bank.of(guildId, lecture.slug);
    const onSection = pool.filter((question) => question.section === sectionId);
    return pick(onSection.length > 0 ? onSection : pool, this.deps.random);
  }

  private async publish(settings: GuildSettings, day: string, kind: DailyKind): Promise<PublishResult> {
    const { transaction, dailyPosts, quiz, clock, random } = this.deps;
    const now = clock.now();
    const channelId = settings.channelId!;
    const claimed = transaction(() => {
      if (kind === 'scheduled' && dailyPosts.scheduledFor(settings.guildId, day)) return undefined;
      const next = this.nextSection(settings);
      if (!next) return undefined;
      const section = next.lecture.sections[next.index]!;
      // A lecture without questions (a group's own notes) posts its section alone.
      const question = this.pickQuestion(settings.guildId, next.lecture, section.id);
      const quizPost =
        question &&
        quiz.createPost({
          guildId: settings.guildId,
          channelId,
          questionId: question.id,
          source: 'daily',
          choiceOrder: shuffle(question.choices.length, random),
          now,
          expiresAt: new Date(now.getTime() + this.revealMs),
          day,
          ...(question.origin ? { snapshot: question } : {}),
        });
      return dailyPosts.insert({
        guildId: settings.guildId,
        day,
        kind,
        channelId,
        language: settings.language,
        lecture: next.lecture.slug,
        section: section.id,
        quizPostId: quizPost?.id ?? null,
        claimedBy: this.instanceId,
        leaseUntil: new Date(now.getTime() + this.leaseMs),
      });
    });
    if (!claimed) return { status: 'skipped' };
    return this.send(claimed);
  }

  private async retry(post: DailyPost, settings: GuildSettings, force = false): Promise<PublishResult> {
    const now = this.deps.clock.now();
    const limit = force ? post.attempts + 1 : this.maxAttempts;
    const lease = new Date(now.getTime() + this.leaseMs);
    if (!this.deps.dailyPosts.claims.reclaim(post.id, this.instanceId, lease, limit, now, this.predecessors)) return { status: 'skipped' };
    // The channel may have changed since the claim: send where the guild posts now.
    const channelId = settings.channelId && settings.channelId !== post.channelId ? settings.channelId : post.channelId;
    return this.send({ ...post, channelId, attempts: post.attempts + 1 });
  }

  private build(post: DailyPost, reveal?: ReadonlyMap<number, number>) {
    const lecture = this.deps.catalog.lectures(post.guildId).find((l) => l.slug === post.lecture);
    const index = lecture?.sections.findIndex((section) => section.id === post.section) ?? -1;
    if (!lecture || index < 0) return undefined;
    if (post.quizPostId === null) return reveal ? undefined : dailyMessage(lecture, index, post.day, post.language);
    const quizPost = this.deps.quiz.post(post.quizPostId);
    const question = quizPost && (quizPost.snapshot ?? this.deps.bank.find(post.guildId, quizPost.questionId));
    if (!quizPost || !question) return undefined;
    const quiz = { question, post: quizPost };
    return reveal ? revealedMessage(lecture, index, quiz, post.language, reveal) : dailyMessage(lecture, index, post.day, post.language, quiz);
  }

  private async send(post: DailyPost): Promise<PublishResult> {
    const { dailyPosts, quiz, guilds, poster, transaction, log, clock } = this.deps;
    const where = { guild: post.guildId, channel: post.channelId, day: post.day, post: post.id, attempt: post.attempts };
    await this.revealBefore(post);
    const message = this.build(post);
    if (!message) {
      dailyPosts.claims.markFailed(post.id, 'content-missing');
      log.error(where, 'daily post refers to content that no longer exists');
      return { status: 'failed', post, failure: { reason: 'content-missing', channelId: post.channelId } };
    }
    try {
      // Discord keeps nonces for a few minutes: a retry after a lost answer returns the first message.
      const messageId = await poster.send(post.channelId, message, `daily-${post.id}`);
      const now = clock.now();
      transaction(() => {
        dailyPosts.claims.markSent(post.id, messageId, now);
        if (post.quizPostId !== null) quiz.setMessage(post.quizPostId, messageId, post.channelId);
        guilds.setFailure(post.guildId, null, now);
      });
      log.info({ ...where, message: messageId }, 'daily post sent');
      return { status: 'sent', post, messageId };
    } catch (error) {
      const failure: DeliveryFailure = { reason: failureReason(error), channelId: post.channelId };
      dailyPosts.claims.markFailed(post.id, failure.reason);
      guilds.setFailure(post.guildId, failure, clock.now());
      log.warn({ ...where, reason: failure.reason, err: error }, 'daily post failed; will retry on a later tick');
      return { status: 'failed', post, failure };
    }
  }

  /** Before a guild's new post goes out, the previous ones show their answers. */
  private async revealBefore(post: DailyPost): Promise<void> {
    for (const previous of this.deps.dailyPosts.unrevealed(post.guildId, post.id)) await this.reveal(previous);
  }

  private async revealOverdue(now: Date): Promise<void> {
    const due = this.deps.dailyPosts.revealDue(new Date(now.getTime() - this.revealMs)).filter((post) => this.deps.poster.holdsGuild(post.guildId));
    await Promise.allSettled(due.map((post) => this.reveal(post)));
  }

  /** Edits a post to show the answer and how many chose each option; closes its quiz. */
  async reveal(post: DailyPost): Promise<void> {
    const now = this.deps.clock.now();
    if (!post.messageId || !this.deps.dailyPosts.markRevealed(post.id, now)) return;
    // A topic posted alone has no answer to reveal.
    if (post.quizPostId === null) return;
    this.deps.quiz.close(post.quizPostId, now);
    const message = this.build(post, this.deps.quiz.choiceCounts(post.quizPostId));
    if (!message) return;
    try {
      await this.deps.poster.edit(post.channelId, post.messageId, message);
    } catch (error) {
      this.deps.log.warn(
        { guild: post.guildId, channel: post.channelId, post: post.id, reason: failureReason(error), err: error },
        'could not edit a daily post to reveal its answer',
      );
    }
  }
}
