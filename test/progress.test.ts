import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findQuestion, questionsOf } from '../src/content/questions/index.js';
import type { Question } from '../src/content/types.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { liveStreak } from '../src/domain/streak.js';
import { addDays, localDate, weekStart } from '../src/domain/time.js';
import type { ProgressService } from '../src/services/progress.js';
import { GUILD, testApp, type TestApp } from './helpers/context.js';
import { seeded } from '../src/content/notes/questions.js';

let ctx: TestApp;
let progress: ProgressService;
beforeEach(() => {
  ctx = testApp();
  progress = ctx.services.progress;
});
afterEach(() => ctx.close());

const OTHER = '200000000000000999';
const SEOUL = 'Asia/Seoul';
const NEW_YORK = 'America/New_York';
const at = (iso: string) => new Date(iso);
/** The guild's time zone decides an event's local day and week. */
const zone = (guildId: string, timezone: string) => ctx.stores.guilds.update(guildId, { timezone }, ctx.now());
const standing = (guildId: string, period: string, userId: string) => ctx.services.standings.standing(guildId, period, userId);
const member = (guildId: string, userId: string) => ctx.stores.members.get(guildId, userId);

/** Checks (or unchecks) one item; true when that changed anything. */
const setItem = (guildId: string, userId: string, list: string, item: string, checked: boolean, now: Date) =>
  progress.setChecklist(guildId, userId, list, [item], checked ? new Set([item]) : new Set(), now) === 1;

/** A member's answer on a new post of the question (choices in bank order): right or wrong. */
function answer(guildId: string, userId: string, question: Question, correct: boolean, now: Date, daily?: { day: string }) {
  const post = ctx.stores.quiz.createPost({
    guildId,
    channelId: null,
    questionId: question.id,
    source: daily ? 'daily' : 'practice',
    choiceOrder: question.choices.map((_, i) => i),
    now,
    expiresAt: new Date(now.getTime() + 7 * 86_400_000),
    ...(daily ? { day: daily.day } : {}),
  });
  const choice = correct ? question.answer : (question.answer + 1) % question.choices.length;
  return { post, outcome: progress.answer(post, question, userId, choice, now) };
}

const nlp1 = findQuestion('nlp-01')!;
const nlp2 = findQuestion('nlp-02')!;

describe('week boundaries', () => {
  it('starts a week on Monday 00:00 in Asia/Seoul', () => {
    // Monday 2026-11-23 00:00 KST is Sunday 15:00 UTC.
    expect(weekStart(new Date('2026-11-22T14:59:59Z'), SEOUL)).toBe('2026-11-16');
    expect(weekStart(new Date('2026-11-22T15:00:00Z'), SEOUL)).toBe('2026-11-23');
  });

  it('starts a week on Monday 00:00 in America/New_York, across the end of DST', () => {
    // DST ended on Sunday 2026-11-01; Monday 2026-11-02 00:00 EST is 05:00 UTC.
    expect(weekStart(new Date('2026-11-02T04:59:59Z'), NEW_YORK)).toBe('2026-10-26');
    expect(weekStart(new Date('2026-11-02T05:00:00Z'), NEW_YORK)).toBe('2026-11-02');
    // Monday 2026-10-26 00:00 EDT is 04:00 UTC.
    expect(weekStart(new Date('2026-10-26T03:59:59Z'), NEW_YORK)).toBe('2026-10-19');
    expect(weekStart(new Date('2026-10-26T04:00:00Z'), NEW_YORK)).toBe('2026-10-26');
  });

  it('puts a score in the week of the guild time zone', () => {
    // Sunday 23:30 in New York is already Monday in Seoul.
    zone(GUILD, NEW_YORK);
    zone(OTHER, SEOUL);
    const instant = at('2026-11-23T04:30:00Z');
    progress.recordRead(GUILD, 'ny', 'nlp', 'glue', instant);
    progress.recordRead(OTHER, 'kr', 'nlp', 'glue', instant);
    expect(standing(GUILD, '2026-11-16', 'ny')?.points).toBe(POINTS.read);
    expect(standing(OTHER, '2026-11-23', 'kr')?.points).toBe(POINTS.read);
    expect(standing(GUILD, '2026-11-23', 'ny')).toBeUndefined();
  });
});

describe('points cannot be farmed', () => {
  it('counts a section read once', () => {
    expect(progress.recordRead(GUILD, 'a', 'nlp', 'klue', at('2026-11-25T01:00:00Z'))).toBe(true);
    expect(progress.recordRead(GUILD, 'a', 'nlp', 'klue', at('2026-11-26T01:00:00Z'))).toBe(false);
    expect(standing(GUILD, ALL_TIME, 'a')?.points).toBe(POINTS.read);
  });

  it('counts a checklist item once, and takes it back when unchecked', () => {
    const when = at('2026-11-25T01:00:00Z');
    expect(setItem(GUILD, 'a', 'career-start', 'kaggle', true, when)).toBe(true);
    expect(setItem(GUILD, 'a', 'career-start', 'kaggle', true, when)).toBe(false);
    expect(standing(GUILD, ALL_TIME, 'a')?.points).toBe(POINTS.checklistItem);
    expect(setItem(GUILD, 'a', 'career-start', 'kaggle', false, when)).toBe(true);
    expect(setItem(GUILD, 'a', 'career-start', 'kaggle', false, when)).toBe(false);
    expect(standing(GUILD, ALL_TIME, 'a')?.points).toBe(0);
    expect(ctx.stores.checklists.checked(GUILD, 'a', 'career-start').size).toBe(0);
  });

  it('credits a practice question at most once per local day', () => {
    const practice = (iso: string, correct = true) => answer(GUILD, 'a', nlp1, correct, at(iso)).outcome;
    expect(practice('2026-11-25T01:00:00Z')).toMatchObject({ status: 'recorded', points: POINTS.practiceCorrect });
    expect(practice('2026-11-25T02:00:00Z')).toMatchObject({ status: 'recorded', points: 0 });
    expect(practice('2026-11-25T14:59:00Z')).toMatchObject({ status: 'recorded', points: 0 });
    // 15:00 UTC is midnight in Seoul: a new local day.
    expect(practice('2026-11-25T15:00:00Z', false)).toMatchObject({ status: 'recorded', points: 0 });
    expect(practice('2026-11-25T15:01:00Z')).toMatchObject({ status: 'recorded', points: POINTS.practiceCorrect });
    const all = standing(GUILD, ALL_TIME, 'a')!;
    expect(all.points).toBe(2 * POINTS.practiceCorrect);
  });

  it('counts the daily quiz once per member and day, and the first answer to a post stands', () => {
    const day = '2026-11-25';
    const now = at(`${day}T03:00:00Z`);
    const first = answer(GUILD, 'a', nlp2, false, now, { day });
    const wrongChoice = (nlp2.answer + 1) % nlp2.choices.length;
    expect(first.outcome).toMatchObject({ status: 'recorded', points: POINTS.dailyAnswered });
    // The same post again, right this time: the first answer stands.
    const right = first.post.choiceOrder.indexOf(nlp2.answer);
    expect(progress.answer(first.post, nlp2, 'a', right, now)).toEqual({ status: 'already-answered', correct: false, chosen: wrongChoice });
    // Another daily post of the same day: already answered today.
    expect(answer(GUILD, 'a', nlp2, true, now, { day }).outcome).toMatchObject({ status: 'already-answered' });
    expect(ctx.stores.quiz.answerTo(first.post.id, 'a')).toMatchObject({ correct: false, choice: wrongChoice });
    expect(standing(GUILD, ALL_TIME, 'a')?.points).toBe(POINTS.dailyAnswered);
  });
});

describe('streaks', () => {
  const daily = (user: string, day: string, answeredAt = `${day}T01:00:00Z`) => answer(GUILD, user, nlp1, true, at(answeredAt), { day });

  it('counts consecutive local days answered, keeps the best, and lapses after a missed day', () => {
    daily('a', '2026-11-20');
    daily('a', '2026-11-21');
    daily('a', '2026-11-22');
    expect(member(GUILD, 'a')).toMatchObject({ currentStreak: 3, bestStreak: 3 });
    expect(liveStreak(member(GUILD, 'a')!, '2026-11-23')).toBe(3);
    expect(liveStreak(member(GUILD, 'a')!, '2026-11-24')).toBe(0);
    daily('a', '2026-11-25');
    expect(member(GUILD, 'a')).toMatchObject({ currentStreak: 1, bestStreak: 3 });
    // A late answer to an older day's post (answered after today's) does not rewrite the streak.
    daily('a', '2026-11-24', '2026-11-25T02:00:00Z');
    expect(member(GUILD, 'a')).toMatchObject({ currentStreak: 1, lastDailyDate: '2026-11-25' });
  });
});

describe('leaderboard', () => {
  it('orders by points, then who reached the score first, then user id, and ranks the caller outside the top', () => {
    const users = Array.from({ length: 15 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    users.forEach((user, i) => {
      // u00..u14 read i+1 sections each, at increasing times.
      for (let s = 0; s <= i % 5; s++) progress.recordRead(GUILD, user, 'nlp', `s${s}`, at(`2026-11-25T0${s}:00:0${i % 10}Z`));
    });
    const week = weekStart(new Date('2026-11-25T00:00:00Z'), SEOUL);
    const board = ctx.services.standings.top(GUILD, week, '2026-11-25');
    expect(board).toHaveLength(10);
    const sorted = [...board].sort((a, b) => b.points - a.points);
    expect(board.map((r) => r.points)).toEqual(sorted.map((r) => r.points));
    expect(board.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Every member's standing matches their position in the full order.
    const full = ctx.services.standings.top(GUILD, week, '2026-11-25', 100);
    for (const row of full) expect(standing(GUILD, week, row.userId)).toEqual({ rank: row.rank, points: row.points, of: 15 });
  });
});

describe('aggregates equal what the events imply', () => {
  it('after random sequences of reads, checks, unchecks, answers, opt-outs and deletes', () => {
    const practiceQuestions = questionsOf('nlp').slice(0, 2);
    const dailyQuestion = questionsOf('ethics')[0]!;
    for (const seed of [1, 2, 3]) {
      const random = seeded(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
      const users = ['a', 'b', 'c', 'd', 'e', 'f'];
      const guilds = [GUILD, OTHER];
      const timezone = pick([SEOUL, NEW_YORK]);
      for (const g of guilds) zone(g, timezone);
      // The model: what each member should have, derived from the events alone.
      type Model = {
        reads: Set<string>;
        checks: Map<string, string>;
        practice: Set<string>;
        daily: Set<string>;
        points: Map<string, number>;
        answered: number;
        correct: number;
      };
      const models = new Map<string, Model>();
      const model = (g: string, u: string) => {
        const key = `${g}/${u}`;
        if (!models.has(key))
          models.set(key, { reads: new Set(), checks: new Map(), practice: new Set(), daily: new Set(), points: new Map(), answered: 0, correct: 0 });
        return models.get(key)!;
      };
      const add = (m: Model, week: string, points: number) => {
        m.points.set(week, (m.points.get(week) ?? 0) + points);
        m.points.set(ALL_TIME, (m.points.get(ALL_TIME) ?? 0) + points);
      };
      let clock = Date.parse('2026-10-20T00:00:00Z');
      for (let step = 0; step < 600; step++) {
        clock += Math.floor(random() * 9 * 3600_000);
        const now = new Date(clock);
        const week = weekStart(now, timezone);
        const today = localDate(now, timezone);
        const g = pick(guilds);
        const u = pick(users);
        const m = model(g, u);
        const roll = random();
        if (roll < 0.25) {
          const section = pick(['a', 'b', 'c', 'd']);
          progress.recordRead(g, u, 'nlp', section, now);
          if (!m.reads.has(section)) {
            m.reads.add(section);
            add(m, week, POINTS.read);
          }
        } else if (roll < 0.45) {
          const item = pick(['x', 'y', 'z']);
          const check = random() < 0.6;
          setItem(g, u, 'list', item, check, now);
          if (check && !m.checks.has(item)) {
            m.checks.set(item, week);
            add(m, week, POINTS.checklistItem);
          } else if (!check && m.checks.has(item)) {
            add(m, m.checks.get(item)!, -POINTS.checklistItem);
            m.checks.delete(item);
          }
        } else if (roll < 0.7) {
          const question = pick(practiceQuestions);
          const correct = random() < 0.5;
          answer(g, u, question, correct, now);
          m.answered++;
          if (correct) m.correct++;
          if (correct && !m.practice.has(`${question.id}/${today}`)) {
            m.practice.add(`${question.id}/${today}`);
            add(m, week, POINTS.practiceCorrect);
          }
        } else if (roll < 0.9) {
          const correct = random() < 0.5;
          const { outcome } = answer(g, u, dailyQuestion, correct, now, { day: today });
          expect(outcome.status === 'recorded').toBe(!m.daily.has(today));
          if (!m.daily.has(today)) {
            m.daily.add(today);
            m.answered++;
            if (correct) m.correct++;
            add(m, week, POINTS.dailyAnswered + (correct ? POINTS.dailyCorrect : 0));
          }
        } else if (roll < 0.95) {
          progress.setOptOut(g, u, random() < 0.5, now);
        } else {
          ctx.services.memberData.delete(g, u);
          models.delete(`${g}/${u}`);
        }
      }

      for (const g of guilds) {
        for (const u of users) {
          const m = models.get(`${g}/${u}`);
          const rows = ctx.db.prepare('SELECT period, points FROM scores WHERE guild_id = ? AND user_id = ?').all(g, u) as { period: string; points: number }[];
          if (!m) {
            expect(rows, `${seed} ${g}/${u} deleted`).toEqual([]);
            expect(member(g, u)).toBeUndefined();
            continue;
          }
          for (const row of rows) expect(row.points, `${seed} ${g}/${u} ${row.period}`).toBe(m.points.get(row.period) ?? 0);
          const all = ctx.db.prepare("SELECT answered, correct FROM scores WHERE guild_id = ? AND user_id = ? AND period = 'all'").get(g, u) as
            | { answered: number; correct: number }
            | undefined;
          expect(all?.answered ?? 0, `${seed} ${g}/${u} answered`).toBe(m.answered);
          expect(all?.correct ?? 0, `${seed} ${g}/${u} correct`).toBe(m.correct);
          const topics = ctx.db.prepare('SELECT coalesce(sum(answered), 0) AS n FROM topic_scores WHERE guild_id = ? AND user_id = ?').get(g, u) as {
            n: number;
          };
          expect(topics.n).toBe(m.answered);
        }
        // The histogram is exactly the distribution of scores, bucket by bucket.
        const histogram = ctx.db.prepare('SELECT period, points, members FROM score_histogram WHERE guild_id = ? ORDER BY period, points').all(g);
        const derived = ctx.db
          .prepare('SELECT period, points, count(*) AS members FROM scores WHERE guild_id = ? GROUP BY period, points ORDER BY period, points')
          .all(g);
        expect(histogram, `${seed} histogram of ${g}`).toEqual(derived);
        // And every standing agrees with a full sort.
        for (const period of new Set((derived as { period: string }[]).map((row) => row.period))) {
          const order = ctx.db
            .prepare('SELECT user_id FROM scores WHERE guild_id = ? AND period = ? ORDER BY points DESC, reached_at, user_id')
            .all(g, period) as { user_id: string }[];
          order.forEach((row, index) => {
            expect(standing(g, period, row.user_id)?.rank).toBe(index + 1);
          });
        }
      }
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
      ctx.db.exec('DELETE FROM members; DELETE FROM score_histogram;');
    }
  });
});

describe('deleting a member', () => {
  it('removes every row about them in that guild, and only that guild', () => {
    const when = at('2026-11-25T01:00:00Z');
    progress.recordRead(GUILD, 'a', 'nlp', 'klue', when);
    progress.recordRead(OTHER, 'a', 'nlp', 'klue', when);
    progress.recordRead(GUILD, 'b', 'nlp', 'klue', when);
    setItem(GUILD, 'a', 'list', 'x', true, when);
    answer(GUILD, 'a', nlp1, true, when);
    expect(ctx.services.memberData.delete(GUILD, 'a')).toBe(true);
    for (const table of ['members', 'scores', 'topic_scores', 'section_reads', 'checklist_items', 'quiz_attempts', 'review_cards']) {
      const row = ctx.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE guild_id = ? AND user_id = 'a'`).get(GUILD) as { n: number };
      expect(row.n, table).toBe(0);
    }
    expect(standing(OTHER, ALL_TIME, 'a')?.points).toBe(POINTS.read);
    expect(standing(GUILD, ALL_TIME, 'b')).toEqual({ rank: 1, points: POINTS.read, of: 1 });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
