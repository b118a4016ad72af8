import type { Question } from '../content/types.js';
import type { Locale } from '../core/locale.js';
import type { Db } from './database.js';

export type GameMode = 'fastest' | 'all';
export type GameStatus = 'running' | 'finished' | 'stopped' | 'failed';

export interface Game {
  id: number;
  guildId: string;
  channelId: string;
  hostId: string;
  lecture: string | null;
  rounds: number;
  /** The rounds the host asked for (more than `rounds` when the lecture had fewer questions). */
  requested: number;
  seconds: number;
  mode: GameMode;
  locale: Locale;
  status: GameStatus;
  /** The last round posted; 0 before the first. */
  round: number;
  nextRoundAt: Date | null;
  createdAt: Date;
  endReason: string | null;
  endMessageId: string | null;
}

export interface GameRound {
  gameId: number;
  round: number;
  questionId: string;
  /** The question as the round showed it. */
  question: Question;
  /** The question's choice indexes in button order. */
  choiceOrder: number[];
  messageId: string | null;
  startsAt: Date;
  deadline: Date;
  closedAt: Date | null;
}

export interface GameAnswer {
  userId: string;
  choice: number;
  elapsedMs: number;
}

export interface GameScore {
  userId: string;
  score: number;
  right: number;
  streak: number;
}

interface GameRow {
  id: number;
  guild_id: string;
  channel_id: string;
  host_id: string;
  lecture: string | null;
  rounds: number;
  requested: number;
  seconds: number;
  mode: GameMode;
  locale: Locale;
  status: GameStatus;
  round: number;
  next_round_at: string | null;
  created_at: string;
  end_reason: string | null;
  end_message_id: string | null;
}

interface RoundRow {
  game_id: number;
  round: number;
  question_id: string;
  question: string;
  choice_order: string;
  message_id: string | null;
  starts_at: string;
  deadline: string;
  closed_at: string | null;
}

const toGame = (row: GameRow): Game => ({
  id: row.id,
  guildId: row.guild_id,
  channelId: row.channel_id,
  hostId: row.host_id,
  lecture: row.lecture,
  rounds: row.rounds,
  requested: row.requested,
  seconds: row.seconds,
  mode: row.mode,
  locale: row.locale,
  status: row.status,
  round: row.round,
  nextRoundAt: row.next_round_at ? new Date(row.next_round_at) : null,
  createdAt: new Date(row.created_at),
  endReason: row.end_reason,
  endMessageId: row.end_message_id,
});

const toRound = (row: RoundRow): GameRound => ({
  gameId: row.game_id,
  round: row.round,
  questionId: row.question_id,
  question: JSON.parse(row.question) as Question,
  choiceOrder: JSON.parse(row.choice_order) as number[],
  messageId: row.message_id,
  startsAt: new Date(row.starts_at),
  deadline: new Date(row.deadline),
  closedAt: row.closed_at ? new Date(row.closed_at) : null,
});

export interface NewGame {
  guildId: string;
  channelId: string;
  hostId: string;
  lecture: string | null;
  rounds: number;
  requested: number;
  seconds: number;
  mode: GameMode;
  locale: Locale;
  firstRoundAt: Date;
  now: Date;
}

/** Live quiz games: the game, its rounds (each row a claim), the answers with their times, the scores. */
export class GameStore {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      create: db.prepare<Record<string, unknown>, { id: number }>(
        `INSERT INTO games (guild_id, channel_id, host_id, lecture, rounds, requested, seconds, mode, locale, status, next_round_at, created_at)
         VALUES (@guildId, @channelId, @hostId, @lecture, @rounds, @requested, @seconds, @mode, @locale, 'running', @next, @now)
         ON CONFLICT DO NOTHING RETURNING id`,
      ),
      get: db.prepare<[number], GameRow>('SELECT * FROM games WHERE id = ?'),
      runningIn: db.prepare<[string], GameRow>("SELECT * FROM games WHERE channel_id = ? AND status = 'running'"),
      lastIn: db.prepare<[string], GameRow>('SELECT * FROM games WHERE channel_id = ? ORDER BY id DESC LIMIT 1'),
      running: db.prepare<[], GameRow>("SELECT * FROM games WHERE status = 'running' ORDER BY id"),
      end: db.prepare("UPDATE games SET status = @status, end_reason = @reason, ended_at = @now, next_round_at = NULL WHERE id = @id AND status = 'running'"),
      endMessage: db.prepare('UPDATE games SET end_message_id = ? WHERE id = ?'),
      claim: db.prepare(
        `INSERT INTO game_rounds (game_id, round, question_id, question, choice_order, starts_at, deadline)
         VALUES (@gameId, @round, @questionId, @question, @choiceOrder, @startsAt, @deadline) ON CONFLICT DO NOTHING`,
      ),
      advance: db.prepare("UPDATE games SET round = @round, next_round_at = NULL WHERE id = @id AND round = @round - 1 AND status = 'running'"),
      round: db.prepare<[number, number], RoundRow>('SELECT * FROM game_rounds WHERE game_id = ? AND round = ?'),
      roundMessage: db.prepare('UPDATE game_rounds SET message_id = ? WHERE game_id = ? AND round = ?'),
      close: db.prepare('UPDATE game_rounds SET closed_at = ? WHERE game_id = ? AND round = ? AND closed_at IS NULL'),
      scheduleNext: db.prepare("UPDATE games SET next_round_at = ? WHERE id = ? AND status = 'running'"),
      setRounds: db.prepare('UPDATE games SET rounds = ? WHERE id = ?'),
      answer: db.prepare(
        'INSERT INTO game_answers (game_id, round, user_id, choice, elapsed_ms) VALUES (@gameId, @round, @userId, @choice, @elapsedMs) ON CONFLICT DO NOTHING',
      ),
      answerOf: db.prepare<[number, number, string], { choice: number; elapsed_ms: number }>(
        'SELECT choice, elapsed_ms FROM game_answers WHERE game_id = ? AND round = ? AND user_id = ?',
      ),
      answers: db.prepare<[number, number], { user_id: string; choice: number; elapsed_ms: number }>(
        'SELECT user_id, choice, elapsed_ms FROM game_answers WHERE game_id = ? AND round = ? ORDER BY elapsed_ms, user_id',
      ),
      answerCount: db.prepare<[number, number], { n: number }>('SELECT count(*) AS n FROM game_answers WHERE game_id = ? AND round = ?'),
      // Who has played: answered a round before this one.
      players: db.prepare<[number, number], { n: number }>('SELECT count(DISTINCT user_id) AS n FROM game_answers WHERE game_id = ? AND round < ?'),
      scored: db.prepare('UPDATE game_answers SET correct = ?, points = ? WHERE game_id = ? AND round = ? AND user_id = ?'),
      score: db.prepare<[number, string], { score: number; right_answers: number; streak: number }>(
        'SELECT score, right_answers, streak FROM game_scores WHERE game_id = ? AND user_id = ?',
      ),
      putScore: db.prepare(
        `INSERT INTO game_scores (game_id, user_id, score, right_answers, streak, reached_at) VALUES (@gameId, @userId, @score, @right, @streak, @at)
         ON CONFLICT (game_id, user_id) DO UPDATE SET score = excluded.score, right_answers = excluded.right_answers, streak = excluded.streak,
           reached_at = CASE WHEN excluded.score <> game_scores.score THEN excluded.reached_at ELSE game_scores.reached_at END`,
      ),
      resetStreaks: db.prepare('UPDATE game_scores SET streak = 0 WHERE game_id = ?'),
      scores: db.prepare<[number], { user_id: string; score: number; right_answers: number; streak: number }>(
        'SELECT user_id, score, right_answers, streak FROM game_scores WHERE game_id = ? ORDER BY score DESC, reached_at, user_id',
      ),
      used: db.prepare<[number], { question_id: string }>('SELECT question_id FROM game_rounds WHERE game_id = ?'),
      dailyPoints: db.prepare<[string, string, string], { points: number }>(
        'SELECT points FROM game_daily_points WHERE guild_id = ? AND user_id = ? AND local_date = ?',
      ),
      addDailyPoints: db.prepare(
        `INSERT INTO game_daily_points (guild_id, user_id, local_date, points) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, user_id, local_date) DO UPDATE SET points = points + excluded.points`,
      ),
      exportOf: db.prepare<
        [string, string],
        { game_id: number; round: number; choice: number; elapsed_ms: number; correct: number | null; points: number | null }
      >(
        `SELECT a.game_id, a.round, a.choice, a.elapsed_ms, a.correct, a.points FROM game_answers a JOIN games g ON g.id = a.game_id
         WHERE g.guild_id = ? AND a.user_id = ? ORDER BY a.game_id, a.round`,
      ),
      forgetAnswers: db.prepare('DELETE FROM game_answers WHERE user_id = @userId AND game_id IN (SELECT id FROM games WHERE guild_id = @guildId)'),
      forgetScores: db.prepare('DELETE FROM game_scores WHERE user_id = @userId AND game_id IN (SELECT id FROM games WHERE guild_id = @guildId)'),
      forgetDaily: db.prepare('DELETE FROM game_daily_points WHERE guild_id = @guildId AND user_id = @userId'),
    };
  }

  /** A new running game, or undefined when the channel has one already. */
  create(game: NewGame): number | undefined {
    const row = this.s.create.get({ ...game, next: game.firstRoundAt.toISOString(), now: game.now.toISOString() });
    return row?.id;
  }

  get(id: number): Game | undefined {
    const row = this.s.get.get(id);
    return row && toGame(row);
  }

  runningIn(channelId: string): Game | undefined {
    const row = this.s.runningIn.get(channelId);
    return row && toGame(row);
  }

  /** The channel's latest game, running or not. */
  lastIn(channelId: string): Game | undefined {
    const row = this.s.lastIn.get(channelId);
    return row && toGame(row);
  }

  running(): Game[] {
    return this.s.running.all().map(toGame);
  }

  /** Ends a running game; false when it had ended already (another process, or a stop). */
  end(id: number, status: Exclude<GameStatus, 'running'>, reason: string | null, now: Date): boolean {
    return this.s.end.run({ id, status, reason, now: now.toISOString() }).changes > 0;
  }

  setEndMessage(id: number, messageId: string): void {
    this.s.endMessage.run(messageId, id);
  }

  setRounds(id: number, rounds: number): void {
    this.s.setRounds.run(rounds, id);
  }

  /**
   * Claims a round: its row and the game's round number, or nothing when someone claimed it first.
   * Call inside a transaction.
   */
  claimRound(round: Omit<GameRound, 'messageId' | 'closedAt'>): boolean {
    const claimed =
      this.s.claim.run({
        gameId: round.gameId,
        round: round.round,
        questionId: round.questionId,
        question: JSON.stringify(round.question),
        choiceOrder: JSON.stringify(round.choiceOrder),
        startsAt: round.startsAt.toISOString(),
        deadline: round.deadline.toISOString(),
      }).changes > 0;
    return claimed && this.s.advance.run({ id: round.gameId, round: round.round }).changes > 0;
  }

  round(gameId: number, round: number): GameRound | undefined {
    const row = this.s.round.get(gameId, round);
    return row && toRound(row);
  }

  setRoundMessage(gameId: number, round: number, messageId: string): void {
    this.s.roundMessage.run(messageId, gameId, round);
  }

  /** Closes a round; false when it was closed already. */
  closeRound(gameId: number, round: number, now: Date): boolean {
    return this.s.close.run(now.toISOString(), gameId, round).changes > 0;
  }

  scheduleNext(gameId: number, at: Date): void {
    this.s.scheduleNext.run(at.toISOString(), gameId);
  }

  /** A member's answer; false when they had answered this round already. */
  answer(gameId: number, round: number, answer: GameAnswer): boolean {
    return this.s.answer.run({ gameId, round, ...answer }).changes > 0;
  }

  answerOf(gameId: number, round: number, userId: string): GameAnswer | undefined {
    const row = this.s.answerOf.get(gameId, round, userId);
    return row && { userId, choice: row.choice, elapsedMs: row.elapsed_ms };
  }

  /** A round's answers, fastest first. */
  answers(gameId: number, round: number): GameAnswer[] {
    return this.s.answers.all(gameId, round).map((row) => ({ userId: row.user_id, choice: row.choice, elapsedMs: row.elapsed_ms }));
  }

  answerCount(gameId: number, round: number): number {
    return this.s.answerCount.get(gameId, round)!.n;
  }

  /** How many members answered a round before `round`. */
  players(gameId: number, round: number): number {
    return this.s.players.get(gameId, round)!.n;
  }

  markScored(gameId: number, round: number, userId: string, correct: boolean, points: number): void {
    this.s.scored.run(correct ? 1 : 0, points, gameId, round, userId);
  }

  score(gameId: number, userId: string): GameScore {
    const row = this.s.score.get(gameId, userId);
    return { userId, score: row?.score ?? 0, right: row?.right_answers ?? 0, streak: row?.streak ?? 0 };
  }

  putScore(gameId: number, score: GameScore, at: Date): void {
    this.s.putScore.run({ gameId, ...score, at: at.toISOString() });
  }

  /** A round without a right answer from a member breaks their streak: all reset, then the right ones put back. */
  resetStreaks(gameId: number): void {
    this.s.resetStreaks.run(gameId);
  }

  /** The game's scoreboard, best first (ties: who got there first). */
  scores(gameId: number): GameScore[] {
    return this.s.scores.all(gameId).map((row) => ({ userId: row.user_id, score: row.score, right: row.right_answers, streak: row.streak }));
  }

  usedQuestions(gameId: number): Set<string> {
    return new Set(this.s.used.all(gameId).map((row) => row.question_id));
  }

  dailyPoints(guildId: string, userId: string, day: string): number {
    return this.s.dailyPoints.get(guildId, userId, day)?.points ?? 0;
  }

  addDailyPoints(guildId: string, userId: string, day: string, points: number): void {
    this.s.addDailyPoints.run(guildId, userId, day, points);
  }

  /** A member's game answers in a guild, for /mydata export. */
  exportOf(guildId: string, userId: string): unknown[] {
    return this.s.exportOf.all(guildId, userId);
  }

  forget(guildId: string, userId: string): void {
    this.s.forgetAnswers.run({ guildId, userId });
    this.s.forgetScores.run({ guildId, userId });
    this.s.forgetDaily.run({ guildId, userId });
  }
}
