import { lectures } from '../src/content/catalog.js';
import { questions } from '../src/content/questions/index.js';
import { addDays, localDate, weekStart } from '../src/domain/time.js';
import { benchApp, flag, percentile, round, scratch, table } from './util.js';

const GUILD = '920000000000000000';
const TIMEZONE = 'Asia/Seoul';

/**
 * 500 /stats cards for members with a year of activity each: the whole /stats path (queries,
 * heatmap, drawing, PNG encoding), timed per card.
 */
export async function cardsBench(args: string[]): Promise<void> {
  const cards = flag(args, 'cards', 500);
  const { path, cleanup } = scratch('cards');
  try {
    const now = new Date();
    const app = benchApp(path, () => now);
    const { db, router } = app;
    const today = localDate(now, TIMEZONE);
    const userId = (i: number) => String(820000000000000000n + BigInt(i));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const insertMember = db.prepare(
      'INSERT INTO members (guild_id, user_id, joined_at, current_streak, best_streak, last_daily_date, display_name) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertAttempt = db.prepare(
      `INSERT INTO quiz_attempts (guild_id, user_id, question_id, lecture, source, post_id, choice, correct, answered_at, local_date, week, points)
       VALUES (?, ?, ?, ?, 'practice', NULL, 0, ?, ?, ?, ?, ?)`,
    );
    const insertRead = db.prepare('INSERT INTO section_reads (guild_id, user_id, lecture, section, read_at, week) VALUES (?, ?, ?, ?, ?, ?)');
    let attempts = 0;
    db.transaction(() => {
      for (let m = 0; m < cards; m++) {
        insertMember.run(GUILD, userId(m), now.toISOString(), 5, 30, today, `멤버 ${m}`);
        for (let d = 0; d < 365; d++) {
          if (random() < 0.25) continue;
          const day = addDays(today, -d);
          const at = `${day}T03:00:00.000Z`;
          const week = weekStart(new Date(at), TIMEZONE);
          for (let k = Math.floor(random() * 4) + 1; k > 0; k--) {
            const question = questions[Math.floor(random() * questions.length)]!;
            const correct = random() < 0.6 ? 1 : 0;
            insertAttempt.run(GUILD, userId(m), question.id, question.lecture, correct, at, day, week, correct * 2);
            attempts++;
          }
        }
        for (const lecture of lectures) {
          for (const section of lecture.sections) {
            if (random() < 0.6)
              insertRead.run(
                GUILD,
                userId(m),
                lecture.slug,
                section.id,
                `${addDays(today, -Math.floor(random() * 365))}T03:00:00.000Z`,
                weekStart(now, TIMEZONE),
              );
          }
        }
      }
      db.exec(`INSERT INTO scores (guild_id, period, user_id, points, answered, correct, reached_at)
               SELECT guild_id, 'all', user_id, sum(points), count(*), sum(correct), '2026-01-01' FROM quiz_attempts GROUP BY guild_id, user_id`);
      db.exec(`INSERT INTO score_histogram (guild_id, period, points, members) SELECT guild_id, period, points, count(*) FROM scores GROUP BY 1, 2, 3`);
      db.exec(`INSERT INTO topic_scores (guild_id, user_id, lecture, answered, correct)
               SELECT guild_id, user_id, lecture, count(*), sum(correct) FROM quiz_attempts GROUP BY 1, 2, 3`);
    })();

    // One warm-up card: the first render loads the font.
    await router.command({ userId: userId(0), guildId: GUILD, channelId: null, locale: 'ko', command: 'stats', options: {} });
    const times: number[] = [];
    let bytes = 0;
    for (let m = 0; m < cards; m++) {
      const start = performance.now();
      const reply = await router.command({ userId: userId(m), guildId: GUILD, channelId: null, locale: m % 2 ? 'en' : 'ko', command: 'stats', options: {} });
      times.push(performance.now() - start);
      const png = reply.type === 'message' ? reply.message.files?.[0]?.data : undefined;
      if (!png) throw new Error(`no card for member ${m}`);
      bytes += png.length;
    }
    app.close();
    const peak = process.resourceUsage().maxRSS / 1024;
    const result = {
      bench: 'cards',
      cards,
      p50_ms: round(percentile(times, 50), 2),
      p99_ms: round(percentile(times, 99), 2),
      peak_rss_mb: round(peak, 1),
    };
    table(`cards: ${cards} /stats cards, members with a year of activity (${attempts.toLocaleString()} attempts)`, [
      ['per card p50', `${result.p50_ms} ms`],
      ['per card p99', `${result.p99_ms} ms   (target ≤ 100 ms)`],
      ['average PNG size', `${Math.round(bytes / cards / 1024)} KiB`],
      ['peak RSS', `${result.peak_rss_mb} MB`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    cleanup();
  }
}
