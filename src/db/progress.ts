import { POINTS } from '../points.js';
import { addDays, daysBetween, localDate, localDay } from '../time.js';
import type { Db } from './database.js';

export const ALL_TIME = 'all';

/** When and where an event happens: the guild's time zone decides its local day and week. */
export interface When {
  now: Date;
  timezone: string;
}

export interface AttemptInput {
  guildId: string;
  userId: string;
  questionId: string;
  lecture: string;
  source: 'practice' | 'daily';
  postId: number | null;
  choice: number;
  correct: boolean;
  /** For a daily quiz: the local date of the post it answers (an answer after midnight still counts for that day). */
  day?: string;
}

export type AttemptResult =
  | { recorded: true; attemptId: number; points: number }
  /** The member already answered this post: their first answer stands. */
  | { recorded: false; reason: 'already-answered' };

export interface LeaderboardRow {
  rank: number;
  userId: string;
  points: number;
  streak: number;
  optedOut: boolean;
}

export interface Standing {
  rank: number;
  points: number;
  /** Members with a score in this period. */
  of: number;
}

export interface MemberRow {
  guild_id: string;
  user_id: string;
  joined_at: string;
  leaderboard_opt_out: number;
  current_streak: number;
  best_streak: number;
  last_daily_date: string | null;
  last_active_date: string | null;
  display_name: string | null;
}

export interface MemberSummary {
  member: MemberRow | undefined;
  readsByLecture: Map<string, number>;
  checksByList: Map<string, number>;
  topics: { lecture: string; answered: number; correct: number }[];
}

/** A streak still counts today if the last daily answer was today or yesterday. */
export function liveStreak(member: Pick<MemberRow, 'current_streak' | 'last_daily_date'>, today: string): number {
  if (!member.last_daily_date) return 0;
  return daysBetween(member.last_daily_date, today) <= 1 ? member.current_streak : 0;
}

/**
 * Members' reading, checklists, quiz attempts and the aggregates derived from them.
 * Every event updates its aggregates in the same transaction, so a leaderboard or a
 * rank reads the `scores` index and the `score_histogram`, never the event tables.
 */
export class ProgressStore {
  private readonly s;

  constructor(private readonly db: Db) {
    this.s = {
      ensureMember: db.prepare(
        `INSERT INTO members (guild_id, user_id, joined_at, last_active_date) VALUES (?, ?, ?, ?)
         ON CONFLICT (guild_id, user_id) DO UPDATE SET last_active_date = excluded.last_active_date
         WHERE last_active_date IS NOT excluded.last_active_date`,
      ),
      member: db.prepare<[string, string], MemberRow>('SELECT * FROM members WHERE guild_id = ? AND user_id = ?'),
      score: db.prepare<[string, string, string], { points: number }>(
        'SELECT points FROM scores WHERE guild_id = ? AND period = ? AND user_id = ?',
      ),
      insertScore: db.prepare(
        `INSERT INTO scores (guild_id, period, user_id, points, answered, correct, reached_at)
         VALUES (@guildId, @period, @userId, @points, @answered, @correct, @now)`,
      ),
      updateScore: db.prepare(
        `UPDATE scores SET points = points + @points, answered = answered + @answered, correct = correct + @correct,
           reached_at = CASE WHEN @points != 0 THEN @now ELSE reached_at END
         WHERE guild_id = @guildId AND period = @period AND user_id = @userId`,
      ),
      histAdd: db.prepare(
        `INSERT INTO score_histogram (guild_id, period, points, members) VALUES (?, ?, ?, 1)
         ON CONFLICT (guild_id, period, points) DO UPDATE SET members = members + 1`,
      ),
      histRemove: db.prepare<[string, string, number]>(
        'UPDATE score_histogram SET members = members - 1 WHERE guild_id = ? AND period = ? AND points = ? AND members > 1',
      ),
      histDelete: db.prepare('DELETE FROM score_histogram WHERE guild_id = ? AND period = ? AND points = ?'),
      topicAdd: db.prepare(
        `INSERT INTO topic_scores (guild_id, user_id, lecture, answered, correct) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (guild_id, user_id, lecture) DO UPDATE SET answered = answered + 1, correct = correct + excluded.correct`,
      ),
      insertRead: db.prepare(
        'INSERT INTO section_reads (guild_id, user_id, lecture, section, read_at, week) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      insertCheck: db.prepare(
        'INSERT INTO checklist_items (guild_id, user_id, checklist, item, checked_at, week) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      deleteCheck: db.prepare<[string, string, string, string], { week: string }>(
        'DELETE FROM checklist_items WHERE guild_id = ? AND user_id = ? AND checklist = ? AND item = ? RETURNING week',
      ),
      checkedItems: db.prepare<[string, string, string], { item: string }>(
        'SELECT item FROM checklist_items WHERE guild_id = ? AND user_id = ? AND checklist = ?',
      ),
      practiceCredited: db.prepare(
        `SELECT 1 FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND question_id = ? AND local_date = ?
           AND source = 'practice' AND points > 0 LIMIT 1`,
      ),
      postAnswer: db.prepare<[number, string], { id: number; choice: number; correct: number }>(
        'SELECT id, choice, correct FROM quiz_attempts WHERE post_id = ? AND user_id = ?',
      ),
      dailyAnswerOn: db.prepare(
        "SELECT 1 FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND local_date = ? AND source = 'daily'",
      ),
      insertAttempt: db.prepare(
        `INSERT INTO quiz_attempts (guild_id, user_id, question_id, lecture, source, post_id, choice, correct, answered_at, local_date, week, points)
         VALUES (@guildId, @userId, @questionId, @lecture, @source, @postId, @choice, @correct, @answeredAt, @localDate, @week, @points)`,
      ),
      setStreak: db.prepare(
        'UPDATE members SET current_streak = ?, best_streak = max(best_streak, ?), last_daily_date = ? WHERE guild_id = ? AND user_id = ?',
      ),
      setOptOut: db.prepare('UPDATE members SET leaderboard_opt_out = ? WHERE guild_id = ? AND user_id = ?'),
      top: db.prepare<[string, string, number], { user_id: string; points: number } & MemberRow>(
        `SELECT s.user_id, s.points, m.current_streak, m.last_daily_date, m.leaderboard_opt_out
         FROM scores s CROSS JOIN members m ON m.guild_id = s.guild_id AND m.user_id = s.user_id
         WHERE s.guild_id = ? AND s.period = ?
         ORDER BY s.points DESC, s.reached_at, s.user_id LIMIT ?`,
      ),
      mine: db.prepare<[string, string, string], { points: number; reached_at: string }>(
        'SELECT points, reached_at FROM scores WHERE guild_id = ? AND period = ? AND user_id = ?',
      ),
      above: db.prepare<[string, string, number], { n: number }>(
        'SELECT coalesce(sum(members), 0) AS n FROM score_histogram WHERE guild_id = ? AND period = ? AND points > ?',
      ),
      tiedAhead: db.prepare<[string, string, number, string, string, string], { n: number }>(
        `SELECT count(*) AS n FROM scores WHERE guild_id = ? AND period = ? AND points = ?
           AND (reached_at < ? OR (reached_at = ? AND user_id < ?))`,
      ),
      ranked: db.prepare<[string, string], { n: number }>(
        'SELECT coalesce(sum(members), 0) AS n FROM score_histogram WHERE guild_id = ? AND period = ?',
      ),
      memberScores: db.prepare<[string, string], { period: string; points: number }>(
        'SELECT period, points FROM scores WHERE guild_id = ? AND user_id = ?',
      ),
      deleteMember: db.prepare('DELETE FROM members WHERE guild_id = ? AND user_id = ?'),
      rememberName: db.prepare(
        'UPDATE members SET display_name = ? WHERE guild_id = ? AND user_id = ? AND display_name IS NOT ?',
      ),
      readTimes: db.prepare<[string, string], { at: string }>('SELECT read_at AS at FROM section_reads WHERE guild_id = ? AND user_id = ?'),
      checkTimes: db.prepare<[string, string], { at: string }>('SELECT checked_at AS at FROM checklist_items WHERE guild_id = ? AND user_id = ?'),
      attemptDays: db.prepare<[string, string, string], { day: string; n: number }>(
        'SELECT local_date AS day, count(*) AS n FROM quiz_attempts WHERE guild_id = ? AND user_id = ? AND local_date >= ? GROUP BY local_date',
      ),
      readsByLecture: db.prepare<[string, string], { lecture: string; n: number }>(
        'SELECT lecture, count(*) AS n FROM section_reads WHERE guild_id = ? AND user_id = ? GROUP BY lecture',
      ),
      checksByList: db.prepare<[string, string], { checklist: string; n: number }>(
        'SELECT checklist, count(*) AS n FROM checklist_items WHERE guild_id = ? AND user_id = ? GROUP BY checklist',
      ),
      topics: db.prepare<[string, string], { lecture: string; answered: number; correct: number }>(
        'SELECT lecture, answered, correct FROM topic_scores WHERE guild_id = ? AND user_id = ?',
      ),
      exportScores: db.prepare('SELECT period, points, answered, correct, reached_at FROM scores WHERE guild_id = ? AND user_id = ? ORDER BY period'),
      exportReads: db.prepare('SELECT lecture, section, read_at FROM section_reads WHERE guild_id = ? AND user_id = ? ORDER BY read_at'),
      exportChecks: db.prepare('SELECT checklist, item, checked_at FROM checklist_items WHERE guild_id = ? AND user_id = ? ORDER BY checked_at'),
      exportAttempts: db.prepare(
        `SELECT question_id, lecture, source, post_id, choice, correct, answered_at, local_date, points
         FROM quiz_attempts WHERE guild_id = ? AND user_id = ? ORDER BY id`,
      ),
      exportCards: db.prepare(
        'SELECT question_id, lecture, due, reps, lapses, state, last_review, last_correct FROM review_cards WHERE guild_id = ? AND user_id = ? ORDER BY due',
      ),
    };
  }

  /** Records the member as active today; returns the event's local day and week. */
  private touch(guildId: string, userId: string, when: When): { today: string; week: string } {
    const { date: today, week } = localDay(when.now, when.timezone);
    this.s.ensureMember.run(guildId, userId, when.now.toISOString(), today);
    return { today, week };
  }

  /** Adds to a member's score in one period, moving them between histogram buckets. */
  private addScore(guildId: string, userId: string, period: string, points: number, answered: number, correct: number, now: Date): void {
    const params = { guildId, userId, period, points, answered, correct, now: now.toISOString() };
    const old = this.s.score.get(guildId, period, userId);
    if (!old) {
      this.s.insertScore.run(params);
      this.s.histAdd.run(guildId, period, points);
      return;
    }
    this.s.updateScore.run(params);
    if (points !== 0) {
      this.moveOutOfBucket(guildId, period, old.points);
      this.s.histAdd.run(guildId, period, old.points + points);
    }
  }

  private moveOutOfBucket(guildId: string, period: string, points: number): void {
    if (this.s.histRemove.run(guildId, period, points).changes === 0) this.s.histDelete.run(guildId, period, points);
  }

  private award(guildId: string, userId: string, week: string, points: number, answered: number, correct: number, now: Date): void {
    this.addScore(guildId, userId, ALL_TIME, points, answered, correct, now);
    this.addScore(guildId, userId, week, points, answered, correct, now);
  }

  /** A /summary section viewed: counts (and earns) once per member and section. Returns true the first time. */
  recordRead(guildId: string, userId: string, lecture: string, section: string, when: When): boolean {
    return this.db
      .transaction(() => {
        const { week } = this.touch(guildId, userId, when);
        const fresh = this.s.insertRead.run(guildId, userId, lecture, section, when.now.toISOString(), week).changes > 0;
        if (fresh) this.award(guildId, userId, week, POINTS.read, 0, 0, when.now);
        return fresh;
      })
      .immediate();
  }

  /** Checks or unchecks an item. Returns true when the state changed. */
  setChecklistItem(guildId: string, userId: string, checklist: string, item: string, checked: boolean, when: When): boolean {
    return this.db
      .transaction(() => {
        const { week } = this.touch(guildId, userId, when);
        if (checked) {
          const fresh = this.s.insertCheck.run(guildId, userId, checklist, item, when.now.toISOString(), week).changes > 0;
          if (fresh) this.award(guildId, userId, week, POINTS.checklistItem, 0, 0, when.now);
          return fresh;
        }
        const removed = this.s.deleteCheck.get(guildId, userId, checklist, item);
        if (removed) this.award(guildId, userId, removed.week, -POINTS.checklistItem, 0, 0, when.now);
        return removed !== undefined;
      })
      .immediate();
  }

  /** Sets a checklist to exactly the `checked` items (of `items`) in one transaction. Returns how many changed. */
  setChecklist(guildId: string, userId: string, checklist: string, items: readonly string[], checked: ReadonlySet<string>, when: When): number {
    return this.db
      .transaction(() => {
        const current = this.checkedItems(guildId, userId, checklist);
        let changed = 0;
        for (const item of items) {
          if (checked.has(item) === current.has(item)) continue;
          this.setChecklistItem(guildId, userId, checklist, item, checked.has(item), when);
          changed++;
        }
        return changed;
      })
      .immediate();
  }

  checkedItems(guildId: string, userId: string, checklist: string): Set<string> {
    return new Set(this.s.checkedItems.all(guildId, userId, checklist).map((row) => row.item));
  }

  /** The member's recorded answer to a post, if any. */
  answerTo(postId: number, userId: string): { attemptId: number; choice: number; correct: boolean } | undefined {
    const row = this.s.postAnswer.get(postId, userId);
    return row && { attemptId: row.id, choice: row.choice, correct: row.correct === 1 };
  }

  /**
   * Records a quiz answer with its points, streak and aggregates in one transaction.
   * The first answer to a post stands; a daily quiz counts once per local day.
   */
  recordAttempt(input: AttemptInput, when: When): AttemptResult {
    return this.db
      .transaction((): AttemptResult => {
        const { guildId, userId } = input;
        if (input.postId !== null && this.s.postAnswer.get(input.postId, userId)) {
          return { recorded: false, reason: 'already-answered' };
        }
        const { today, week } = this.touch(guildId, userId, when);
        const day = input.day ?? today;
        let points = 0;
        if (input.source === 'daily') {
          if (this.s.dailyAnswerOn.get(guildId, userId, day)) return { recorded: false, reason: 'already-answered' };
          points = POINTS.dailyAnswered + (input.correct ? POINTS.dailyCorrect : 0);
          this.extendStreak(guildId, userId, day);
        } else if (input.correct && !this.s.practiceCredited.get(guildId, userId, input.questionId, today)) {
          points = POINTS.practiceCorrect;
        }
        const { day: _day, ...row } = input;
        const info = this.s.insertAttempt.run({
          ...row,
          correct: input.correct ? 1 : 0,
          answeredAt: when.now.toISOString(),
          localDate: day,
          week,
          points,
        });
        this.award(guildId, userId, week, points, 1, input.correct ? 1 : 0, when.now);
        this.s.topicAdd.run(guildId, userId, input.lecture, input.correct ? 1 : 0);
        return { recorded: true, attemptId: Number(info.lastInsertRowid), points };
      })
      .immediate();
  }

  private extendStreak(guildId: string, userId: string, today: string): void {
    const member = this.s.member.get(guildId, userId)!;
    // An answer for a day at or before the last one counted cannot extend the streak.
    if (member.last_daily_date !== null && today <= member.last_daily_date) return;
    const streak = member.last_daily_date === addDays(today, -1) ? member.current_streak + 1 : 1;
    this.s.setStreak.run(streak, streak, today, guildId, userId);
  }

  member(guildId: string, userId: string): MemberRow | undefined {
    return this.s.member.get(guildId, userId);
  }

  setLeaderboardOptOut(guildId: string, userId: string, optOut: boolean, when: When): void {
    this.db
      .transaction(() => {
        this.touch(guildId, userId, when);
        this.s.setOptOut.run(optOut ? 1 : 0, guildId, userId);
      })
      .immediate();
  }

  /**
   * The top of a period's leaderboard: points, then who reached them first, then user id.
   * CROSS JOIN keeps SQLite walking the scores index first: after ANALYZE it may otherwise
   * scan every member and sort.
   */
  leaderboard(guildId: string, period: string, today: string, limit = 10): LeaderboardRow[] {
    return this.s.top.all(guildId, period, limit).map((row, index) => ({
      rank: index + 1,
      userId: row.user_id,
      points: row.points,
      streak: liveStreak(row, today),
      optedOut: row.leaderboard_opt_out === 1,
    }));
  }

  /** A member's place in a period, in the same order as `leaderboard`; undefined without a score there. */
  standing(guildId: string, period: string, userId: string): Standing | undefined {
    const mine = this.s.mine.get(guildId, period, userId);
    if (!mine) return undefined;
    const above = this.s.above.get(guildId, period, mine.points)!.n;
    const tied = this.s.tiedAhead.get(guildId, period, mine.points, mine.reached_at, mine.reached_at, userId)!.n;
    return { rank: above + tied + 1, points: mine.points, of: this.s.ranked.get(guildId, period)!.n };
  }

  /** Keeps the name a member goes by, for image cards; only for members the bot already stores. */
  rememberName(guildId: string, userId: string, name: string): void {
    this.s.rememberName.run(name, guildId, userId, name);
  }

  /** The stored display names of some members of a guild. */
  displayNames(guildId: string, userIds: readonly string[]): Map<string, string> {
    const names = new Map<string, string>();
    for (const userId of userIds) {
      const name = this.s.member.get(guildId, userId)?.display_name;
      if (name) names.set(userId, name);
    }
    return names;
  }

  /** How many things a member did on each local day from `since` on (reads, checks, answers). */
  activityByDay(guildId: string, userId: string, since: string, timezone: string): Map<string, number> {
    const days = new Map<string, number>();
    const add = (day: string, n = 1) => {
      if (day >= since) days.set(day, (days.get(day) ?? 0) + n);
    };
    for (const row of this.s.attemptDays.all(guildId, userId, since)) add(row.day, row.n);
    for (const row of [...this.s.readTimes.all(guildId, userId), ...this.s.checkTimes.all(guildId, userId)]) add(localDate(new Date(row.at), timezone));
    return days;
  }

  /** What /stats shows: reads per lecture, checked items per checklist, answers per topic. */
  summaryOf(guildId: string, userId: string): MemberSummary {
    return {
      member: this.s.member.get(guildId, userId),
      readsByLecture: new Map(this.s.readsByLecture.all(guildId, userId).map((row) => [row.lecture, row.n])),
      checksByList: new Map(this.s.checksByList.all(guildId, userId).map((row) => [row.checklist, row.n])),
      topics: this.s.topics.all(guildId, userId),
    };
  }

  /** Everything stored about a member in a guild, for /mydata export. */
  exportMember(guildId: string, userId: string): Record<string, unknown> | undefined {
    return this.db.transaction(() => {
      const member = this.s.member.get(guildId, userId);
      if (!member) return undefined;
      return {
        member,
        scores: this.s.exportScores.all(guildId, userId),
        topicScores: this.s.topics.all(guildId, userId),
        sectionReads: this.s.exportReads.all(guildId, userId),
        checklistItems: this.s.exportChecks.all(guildId, userId),
        quizAttempts: this.s.exportAttempts.all(guildId, userId),
        reviewCards: this.s.exportCards.all(guildId, userId),
      };
    })();
  }

  /** Deletes everything stored about a member in a guild, aggregates and leaderboard entries included. */
  deleteMember(guildId: string, userId: string): boolean {
    return this.db
      .transaction(() => {
        for (const score of this.s.memberScores.all(guildId, userId)) this.moveOutOfBucket(guildId, score.period, score.points);
        // Reads, checklist items, attempts, review cards, scores and topic scores go with the member (ON DELETE CASCADE).
        return this.s.deleteMember.run(guildId, userId).changes > 0;
      })
      .immediate();
  }
}
