import type { Logger } from 'pino';
import { failureReason } from '../../core/failure.js';
import type { Locale } from '../../core/locale.js';
import type { ChannelPoster } from '../../core/poster.js';
import type { Attachment, MessagePayload } from '../../core/reply.js';
import type { Question } from '../../content/types.js';
import type { Clock, Random } from '../../domain/clock.js';
import { roundScore } from '../../domain/gameScore.js';
import { shuffle } from '../../domain/shuffle.js';
import type { Game, GameMode, GameRound, GameStore } from '../../db/games.js';
import type { MembersStore } from '../../db/members.js';
import type { QuestionStatsStore } from '../../db/questionStats.js';
import type { Transaction } from '../../db/stores.js';
import { t } from '../../i18n/index.js';
import type { Catalog, QuestionBank } from '../../services/catalog.js';
import type { ProgressService } from '../../services/progress.js';
import { closedRoundMessage, finalMessage, roundMessage, type Naming, type RoundResult } from './messages.js';

/** The pause between a round's end and the next round (and before the first). */
export const ROUND_PAUSE_MS = 3000;

export interface GameServiceDeps {
  games: GameStore;
  bank: QuestionBank;
  catalog: Catalog;
  itemStats: Pick<QuestionStatsStore, 'seen'>;
  members: Pick<MembersStore, 'get'>;
  progress: Pick<ProgressService, 'gameAnswer'>;
  poster: ChannelPoster;
  transaction: Transaction;
  clock: Clock;
  random: Random;
  log: Logger;
}

export interface StartInput {
  guildId: string;
  channelId: string;
  hostId: string;
  lecture: string | null;
  rounds: number;
  seconds: number;
  mode: GameMode;
  locale: Locale;
}

export type StartResult = { status: 'started'; game: Game } | { status: 'busy'; game: Game; messageId: string | null } | { status: 'no-questions' };

/**
 * Live quiz games. What is due is decided from the stored rows on every sweep (the loop runs one
 * every quarter second; an answer that completes a round asks for one at once): post the next
 * round, close a round past its deadline, end a finished game. A restart resumes from the rows;
 * a round's row is its claim, and its message goes out with a nonce, so a round is never posted twice.
 */
export class GameService {
  /** Games this process is working on right now (a sweep skips them). */
  private readonly busy = new Set<number>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: GameServiceDeps) {}

  start(input: StartInput): StartResult {
    const pool = input.lecture ? this.deps.bank.of(input.guildId, input.lecture) : this.deps.bank.all(input.guildId);
    if (pool.length === 0) return { status: 'no-questions' };
    const now = this.deps.clock.now();
    const rounds = Math.min(input.rounds, pool.length);
    const id = this.deps.games.create({ ...input, rounds, requested: input.rounds, firstRoundAt: new Date(now.getTime() + ROUND_PAUSE_MS), now });
    if (id === undefined) {
      const running = this.deps.games.runningIn(input.channelId)!;
      return { status: 'busy', game: running, messageId: this.deps.games.round(running.id, running.round)?.messageId ?? null };
    }
    this.deps.log.info({ guild: input.guildId, channel: input.channelId, game: id, rounds, seconds: input.seconds }, 'quiz game started');
    return { status: 'started', game: this.deps.games.get(id)! };
  }

  /**
   * Stops a running game: the open round is closed and scored (at once, before this returns), then
   * the game ends with its scores, posted in the background so the command answers in time.
   */
  stop(gameId: number): void {
    this.track(
      this.work(gameId, async (game) => {
        const round = this.deps.games.round(game.id, game.round);
        if (round && !round.closedAt) await this.close(game, round, this.deps.clock.now());
        await this.finish(game, 'stopped', t(game.locale, 'game.stoppedNote'));
      }),
    );
  }

  /** Who had played before a round: earlier rounds are closed, so the figure holds for the whole round. */
  private readonly playersBefore = new Map<string, number>();

  /** An answer came in: if everyone who has played this game has answered the round, it closes now. */
  answered(gameId: number, round: number): void {
    if (round < 2) return;
    const key = `${gameId}:${round}`;
    let players = this.playersBefore.get(key);
    if (players === undefined) {
      players = this.deps.games.players(gameId, round);
      this.playersBefore.set(key, players);
      // Only the rounds being played are worth keeping.
      if (this.playersBefore.size > 1000) this.playersBefore.delete(this.playersBefore.keys().next().value!);
    }
    if (players > 0 && this.deps.games.answerCount(gameId, round) >= players) {
      // After the click's answer has gone: scoring a round is work the last click should not wait for.
      this.track(new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.sweepGame(gameId, true)));
    }
  }

  /** One pass over the running games this process serves. */
  async sweep(): Promise<void> {
    const games = this.deps.games.running().filter((game) => this.deps.poster.holdsGuild(game.guildId));
    await Promise.all(games.map((game) => this.sweepGame(game.id, false)));
  }

  /** Resolves when the work started so far (round posts, closes) has finished: for shutdown and tests. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Resolves when no game this process serves is running (the console waits for its game at the end of input). */
  async finished(pollMs = 200): Promise<void> {
    while (this.deps.games.running().some((game) => this.deps.poster.holdsGuild(game.guildId))) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    await this.settled();
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Runs `work` on a running game unless this process is already working on it. */
  private async work(gameId: number, work: (game: Game) => Promise<void>): Promise<void> {
    if (this.busy.has(gameId)) return;
    this.busy.add(gameId);
    try {
      const game = this.deps.games.get(gameId);
      if (game?.status === 'running') await work(game);
    } catch (error) {
      this.deps.log.error({ err: error, game: gameId }, 'quiz game step failed');
    } finally {
      this.busy.delete(gameId);
    }
  }

  private sweepGame(gameId: number, closeNow: boolean): Promise<void> {
    return this.work(gameId, async (game) => {
      const now = this.deps.clock.now();
      const round = game.round > 0 ? this.deps.games.round(game.id, game.round) : undefined;
      if (round && !round.closedAt) {
        if (!round.messageId) await this.post(game, round);
        if (now >= round.deadline || closeNow) {
          await this.close(game, round, now);
          // Away for longer than a whole round (a restart): the game ends with the scores so far.
          if (now.getTime() - round.deadline.getTime() > game.seconds * 1000 + ROUND_PAUSE_MS) {
            await this.finish(this.deps.games.get(game.id)!, 'finished', t(game.locale, 'game.missedNote'));
          }
        }
        return;
      }
      if (game.round >= game.rounds) {
        const short = game.rounds < game.requested ? t(game.locale, 'game.fewQuestions', { count: game.rounds, requested: game.requested }) : undefined;
        return this.finish(game, 'finished', short);
      }
      if (!game.nextRoundAt || now < game.nextRoundAt) return;
      if (now.getTime() - game.nextRoundAt.getTime() > game.seconds * 1000) return this.finish(game, 'finished', t(game.locale, 'game.missedNote'));
      const next = this.claim(game, now);
      if (!next) return this.finish(game, 'finished', t(game.locale, 'game.outOfQuestions'));
      await this.post(game, next);
    });
  }

  /** The next round's question: none asked in this game yet, the group's least seen first. */
  private pick(game: Game): Question | undefined {
    const used = this.deps.games.usedQuestions(game.id);
    const pool = (game.lecture ? this.deps.bank.of(game.guildId, game.lecture) : this.deps.bank.all(game.guildId)).filter((q) => !used.has(q.id));
    if (pool.length === 0) return undefined;
    const seen = this.deps.itemStats.seen(game.guildId);
    const least = Math.min(...pool.map((q) => seen.get(q.id) ?? 0));
    const fresh = pool.filter((q) => (seen.get(q.id) ?? 0) === least);
    return fresh[Math.floor(this.deps.random() * fresh.length)];
  }

  private claim(game: Game, now: Date): GameRound | undefined {
    return this.deps.transaction(() => {
      const question = this.pick(game);
      if (!question) return undefined;
      const round = {
        gameId: game.id,
        round: game.round + 1,
        questionId: question.id,
        question,
        choiceOrder: shuffle(question.choices.length, this.deps.random),
        startsAt: now,
        deadline: new Date(now.getTime() + game.seconds * 1000),
      };
      return this.deps.games.claimRound(round) ? this.deps.games.round(game.id, round.round) : undefined;
    });
  }

  private lecture(game: Game, question: Question) {
    return this.deps.catalog.lectures(game.guildId).find((lecture) => lecture.slug === question.lecture);
  }

  /** Posts a claimed round; a failure Discord will not get over (permissions, a deleted channel) ends the game. */
  private async post(game: Game, round: GameRound): Promise<void> {
    const message = roundMessage(game, round, this.lecture(game, round.question), game.locale);
    try {
      const id = await this.deps.poster.send(game.channelId, message, `game-${game.id}-${round.round}`);
      this.deps.games.setRoundMessage(game.id, round.round, id);
    } catch (error) {
      await this.failed(game, error, 'could not post a quiz game round');
    }
  }

  private async failed(game: Game, error: unknown, what: string): Promise<void> {
    const reason = failureReason(error);
    this.deps.log.warn({ err: error, guild: game.guildId, channel: game.channelId, game: game.id, round: game.round, reason }, what);
    // Rate limits and Discord's own errors pass: the next sweep tries again. Anything else ends the game.
    if (reason === 'rate-limited' || reason === 'discord-error') return;
    if (this.deps.games.end(game.id, 'failed', reason, this.deps.clock.now())) {
      const note = t(game.locale, reason === 'missing-permission' ? 'game.failedPermission' : 'game.failedGone');
      await this.send(game, finalMessage(this.deps.games.get(game.id)!, this.deps.games.scores(game.id), this.naming(game), note, game.locale), 'end').catch(
        () => undefined,
      );
    }
  }

  private naming(game: Game): Naming {
    const hidden = new Map<string, boolean>();
    return (userId) => {
      if (!hidden.has(userId)) hidden.set(userId, this.deps.members.get(game.guildId, userId)?.optedOut === true);
      return hidden.get(userId) ? t(game.locale, 'common.anonymous') : `<@${userId}>`;
    };
  }

  /**
   * Closes a round once (its row is the guard): scores every answer (speed, streak), counts each as
   * a practice answer for the member, schedules the next round, then edits the round message.
   */
  private async close(game: Game, round: GameRound, now: Date): Promise<void> {
    const result = this.deps.transaction((): RoundResult | undefined => {
      if (!this.deps.games.closeRound(game.id, round.round, now)) return undefined;
      const answers = this.deps.games.answers(game.id, round.round);
      const before = new Map(this.deps.games.scores(game.id).map((s) => [s.userId, s]));
      this.deps.games.resetStreaks(game.id);
      const counts = round.choiceOrder.map(() => 0);
      const right: RoundResult['right'] = [];
      for (const answer of answers) {
        const position = round.choiceOrder.indexOf(answer.choice);
        if (position >= 0) counts[position]!++;
        const correct = answer.choice === round.question.answer;
        const old = before.get(answer.userId) ?? { userId: answer.userId, score: 0, right: 0, streak: 0 };
        const points = roundScore(game.mode, correct, answer.elapsedMs, game.seconds * 1000, old.streak);
        this.deps.games.markScored(game.id, round.round, answer.userId, correct, points);
        this.deps.games.putScore(
          game.id,
          { userId: answer.userId, score: old.score + points, right: old.right + (correct ? 1 : 0), streak: correct ? old.streak + 1 : 0 },
          now,
        );
        this.deps.progress.gameAnswer(game.guildId, answer.userId, round.question, answer.choice, now);
        if (correct) right.push({ userId: answer.userId, elapsedMs: answer.elapsedMs, points });
      }
      if (round.round < game.rounds) this.deps.games.scheduleNext(game.id, new Date(now.getTime() + ROUND_PAUSE_MS));
      return { counts, right, answered: answers.length };
    });
    if (!result || !round.messageId) return;
    const message = closedRoundMessage(
      game,
      round,
      this.lecture(game, round.question),
      result,
      this.deps.games.scores(game.id),
      this.naming(game),
      game.locale,
    );
    try {
      await this.deps.poster.edit(game.channelId, round.messageId, message);
    } catch (error) {
      await this.failed(game, error, 'could not close a quiz game round');
    }
  }

  /** Ends the game once: the podium, the top 10 and a card, in one message. */
  private async finish(game: Game, status: 'finished' | 'stopped', note: string | undefined): Promise<void> {
    if (!this.deps.games.end(game.id, status, note ?? null, this.deps.clock.now())) return;
    const ended = this.deps.games.get(game.id)!;
    const scores = this.deps.games.scores(game.id);
    this.deps.log.info({ guild: game.guildId, channel: game.channelId, game: game.id, rounds: ended.round, players: scores.length, status }, 'quiz game ended');
    const message = finalMessage(ended, scores, this.naming(game), note, game.locale);
    const card = await this.card(ended, scores);
    if (card) message.embeds![0]!.image = { url: `attachment://${card.name}` };
    try {
      await this.send(game, card ? { ...message, files: [card] } : message, 'end');
    } catch (error) {
      this.deps.log.warn(
        { err: error, guild: game.guildId, channel: game.channelId, game: game.id, reason: failureReason(error) },
        'could not post the end of a quiz game',
      );
    }
  }

  private async send(game: Game, message: MessagePayload, what: string): Promise<void> {
    const id = await this.deps.poster.send(game.channelId, message, `game-${game.id}-${what}`);
    if (what === 'end') this.deps.games.setEndMessage(game.id, id);
  }

  /** The podium as an image (the leaderboard card), or nothing if drawing fails. */
  private async card(game: Game, scores: ReturnType<GameStore['scores']>): Promise<Attachment | undefined> {
    if (scores.length === 0) return undefined;
    try {
      const { renderLeaderboardCard } = await import('../../cards/leaderboardCard.js');
      const png = await renderLeaderboardCard({
        locale: game.locale,
        title: t(game.locale, 'game.cardTitle'),
        subtitle: t(game.locale, 'game.cardSubtitle', { rounds: game.round }),
        rows: scores.slice(0, 10).map((s, i) => {
          const member = this.deps.members.get(game.guildId, s.userId);
          const name = member?.optedOut ? t(game.locale, 'common.anonymousPlain') : (member?.displayName ?? t(game.locale, 'stats.someone'));
          return { rank: i + 1, name, points: s.score, streak: 0, me: false };
        }),
        mine: null,
      });
      return { name: 'quizgame.png', data: png, description: t(game.locale, 'game.cardTitle') };
    } catch (error) {
      this.deps.log.error({ err: error, game: game.id }, 'could not draw the quiz game card; text only');
      return undefined;
    }
  }
}
