import { questions } from '../src/content/questions/index.js';
import type { Db } from '../src/db/database.js';
import { ALL_TIME } from '../src/db/scores.js';
import { benchApp } from './util.js';
import { addDays, localDate, weekStart } from '../src/domain/time.js';
import { flag, percentile, round, scratch, table } from './util.js';
import { seeded } from '../src/content/notes/questions.js';

const GUILD = '900000000000000000';
const TIMEZONE = 'Asia/Seoul';
const DAYS = 84;

const userId = (i: number) => String(800000000000000000n + BigInt(i));

/**
 * Fills the guild: members, then their attempts (bulk, in large transactions), then the
 * aggregates computed once with SQL, exactly as the store would have kept them.
 */
function build(db: Db, members: number, attempts: number, now: Date): void {
  const random = seeded(42);
  const today = localDate(now, TIMEZONE);
  const days = Array.from({ length: DAYS }, (_, d) => addDays(today, -d));
  const weeks = days.map((day) => weekStart(new Date(`${day}T03:00:00Z`), TIMEZONE));
  const joined = now.toISOString();
  // One reached_at for every built score, so the index order (points, reached_at, user) and
  // the naive GROUP BY order (points, user) agree and the answers can be compared.
  const reached = '2026-01-01T00:00:00.000Z';

  const insertMember = db.prepare('INSERT INTO members (guild_id, user_id, joined_at, last_active_date) VALUES (?, ?, ?, ?)');
  const insertAttempt = db.prepare(
    `INSERT INTO quiz_attempts (guild_id, user_id, question_id, lecture, source, post_id, choice, correct, answered_at, local_date, week, points)
     VALUES (?, ?, ?, ?, 'practice', NULL, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let m = 0; m < members; m++) insertMember.run(GUILD, userId(m), joined, today);
  })();

  let written = 0;
  const batch = 250_000;
  for (let m = 0; m < members && written < attempts; ) {
    db.transaction(() => {
      const until = Math.min(attempts, written + batch);
      for (; m < members && written < until; m++) {
        // Members differ a lot in how much they do: 0..2× the average.
        const remainingMembers = members - m;
        const average = (attempts - written) / remainingMembers;
        const count = m === members - 1 ? attempts - written : Math.min(attempts - written, Math.round(average * 2 * random()));
        const user = userId(m);
        for (let a = 0; a < count; a++) {
          const question = questions[Math.floor(random() * questions.length)]!;
          const day = Math.floor(random() * DAYS);
          const correct = random() < 0.6 ? 1 : 0;
          insertAttempt.run(GUILD, user, question.id, question.lecture, 0, correct, `${days[day]}T03:00:00.000Z`, days[day], weeks[day], correct * 2);
        }
        written += count;
      }
    })();
    process.stderr.write(`\r  built ${written.toLocaleString()} / ${attempts.toLocaleString()} attempts`);
  }
  process.stderr.write('\n');

  db.transaction(() => {
    db.prepare(
      `INSERT INTO scores (guild_id, period, user_id, points, answered, correct, reached_at)
       SELECT guild_id, 'all', user_id, sum(points), count(*), sum(correct), ? FROM quiz_attempts GROUP BY guild_id, user_id`,
    ).run(reached);
    db.prepare(
      `INSERT INTO scores (guild_id, period, user_id, points, answered, correct, reached_at)
       SELECT guild_id, week, user_id, sum(points), count(*), sum(correct), ? FROM quiz_attempts GROUP BY guild_id, week, user_id`,
    ).run(reached);
    db.exec(`INSERT INTO score_histogram (guild_id, period, points, members)
             SELECT guild_id, period, points, count(*) FROM scores GROUP BY guild_id, period, points`);
    db.exec(`INSERT INTO topic_scores (guild_id, user_id, lecture, answered, correct)
             SELECT guild_id, user_id, lecture, count(*), sum(correct) FROM quiz_attempts GROUP BY guild_id, user_id, lecture`);
  })();
  db.exec('ANALYZE');
}

/** The same answer without aggregates: GROUP BY over every attempt. */
function naive(db: Db, caller: string): { top: { user_id: string; points: number }[]; rank: number } {
  const totals = 'SELECT user_id, sum(points) AS points FROM quiz_attempts WHERE guild_id = ? GROUP BY user_id';
  const top = db.prepare<[string], { user_id: string; points: number }>(`${totals} ORDER BY points DESC, user_id LIMIT 10`).all(GUILD);
  const rank = db
    .prepare<[string, string, string], { rank: number }>(
      `WITH totals AS (${totals}), mine AS (SELECT points FROM totals WHERE user_id = ?)
       SELECT count(*) + 1 AS rank FROM totals, mine
       WHERE totals.points > mine.points OR (totals.points = mine.points AND totals.user_id < ?)`,
    )
    .get(GUILD, caller, caller);
  return { top, rank: rank?.rank ?? 0 };
}

export async function progressBench(args: string[]): Promise<void> {
  const members = flag(args, 'members', 100_000);
  const attempts = flag(args, 'attempts', 5_000_000);
  const callers = flag(args, 'callers', 500);
  const writes = flag(args, 'writes', 2_000);
  const { path, cleanup } = scratch('progress');
  const now = new Date();
  try {
    const app = benchApp(path);
    const { db } = app;
    const { standings, progress } = app.services;
    const buildStart = performance.now();
    build(db, members, attempts, now);
    const buildSeconds = (performance.now() - buildStart) / 1000;
    const today = localDate(now, TIMEZONE);
    const random = seeded(7);

    // Leaderboard: top 10 and the caller's own rank, as /progress reads them.
    const times: number[] = [];
    let checked = false;
    for (let i = 0; i < callers; i++) {
      const caller = userId(Math.floor(random() * members));
      const start = performance.now();
      const top = standings.top(GUILD, ALL_TIME, today);
      const mine = standings.standing(GUILD, ALL_TIME, caller);
      times.push(performance.now() - start);
      if (!checked) {
        // The fast answer must be the same answer.
        const slow = naive(db, caller);
        if (JSON.stringify(top.map((r) => [r.userId, r.points])) !== JSON.stringify(slow.top.map((r) => [r.user_id, r.points])) || mine?.rank !== slow.rank) {
          throw new Error(`leaderboard disagrees with GROUP BY: ${JSON.stringify({ top, mine, slow })}`);
        }
        checked = true;
      }
    }
    const naiveTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const caller = userId(Math.floor(random() * members));
      const start = performance.now();
      naive(db, caller);
      naiveTimes.push(performance.now() - start);
    }

    // Recording: one transaction per answer (attempt + aggregates), beside a bare single-row
    // insert transaction on the same file, in alternating blocks so both see the same machine.
    db.exec('CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, value INTEGER NOT NULL) STRICT');
    const raw = db.prepare('INSERT INTO bench_raw (user_id, value) VALUES (?, ?)');
    const rawTx = db.transaction((user: string, value: number) => raw.run(user, value));
    let recordMs = 0;
    let rawMs = 0;
    const blocks = 4;
    const perBlock = Math.ceil(writes / blocks);
    for (let b = 0; b < blocks; b++) {
      let start = performance.now();
      for (let i = 0; i < perBlock; i++) rawTx.immediate(userId(i), i);
      rawMs += performance.now() - start;
      start = performance.now();
      for (let i = 0; i < perBlock; i++) {
        const question = questions[(b * perBlock + i) % questions.length]!;
        progress.recordAttempt(
          {
            guildId: GUILD,
            userId: userId(Math.floor(random() * members)),
            questionId: question.id,
            lecture: question.lecture,
            source: 'practice',
            postId: null,
            choice: 0,
            correct: random() < 0.6,
          },
          new Date(),
        );
      }
      recordMs += performance.now() - start;
    }
    app.close();

    const result = {
      bench: 'progress',
      members,
      attempts,
      leaderboard_p50_ms: round(percentile(times, 50), 4),
      leaderboard_p99_ms: round(percentile(times, 99), 4),
      naive_ms: round(percentile(naiveTimes, 50), 1),
      speedup: round(percentile(naiveTimes, 50) / percentile(times, 50), 0),
      record_per_s: round((perBlock * blocks) / (recordMs / 1000), 0),
      raw_insert_per_s: round((perBlock * blocks) / (rawMs / 1000), 0),
      record_vs_raw: round(rawMs / recordMs, 3),
    };
    table(`progress: ${members.toLocaleString()} members, ${attempts.toLocaleString()} attempts (built in ${buildSeconds.toFixed(1)} s)`, [
      ['leaderboard p50 (top 10 + caller rank)', `${result.leaderboard_p50_ms} ms over ${callers} callers`],
      ['leaderboard p99', `${result.leaderboard_p99_ms} ms   (target ≤ 1 ms)`],
      ['naive GROUP BY over attempts', `${result.naive_ms} ms (median of ${naiveTimes.length})`],
      ['speedup', `${result.speedup}×`],
      ['answers recorded / s (1 tx each)', result.record_per_s],
      ['bare single-row insert tx / s', result.raw_insert_per_s],
      ['record vs raw', `${(result.record_vs_raw * 100).toFixed(1)}%   (target ≥ 80%)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    cleanup();
  }
}
