import { ComponentType } from 'discord-api-types/v10';
import { findQuestion } from '../src/content/questions/index.js';
import { benchApp, flag, percentile, round, scratch, table } from './util.js';

const GUILD = '910000000000000000';

/**
 * One quiz post, `members` members each clicking an answer, then each clicking again:
 * the whole component path (router, handler, store, SQLite file), timed per click.
 */
export async function quizBench(args: string[]): Promise<void> {
  const members = flag(args, 'members', 2_000);
  const { path, cleanup } = scratch('quiz');
  try {
    const app = benchApp(path);
    const { db, router } = app;
    const question = findQuestion('nlp-01')!;
    const post = app.stores.quiz.createPost({
      guildId: GUILD,
      channelId: '910000000000000001',
      questionId: question.id,
      source: 'practice',
      choiceOrder: question.choices.map((_, i) => i).reverse(),
      now: new Date(),
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const userId = (i: number) => String(810000000000000000n + BigInt(i));
    const times: number[] = [];
    let verdicts = 0;
    for (const pass of [1, 2]) {
      for (let i = 0; i < members; i++) {
        const position = (i + pass) % question.choices.length;
        const start = performance.now();
        const reply = await router.component({
          userId: userId(i),
          guildId: GUILD,
          channelId: post.channelId,
          locale: 'en',
          customId: `v1:quiz:${post.id}:${position}`,
          componentType: ComponentType.Button,
          values: [],
        });
        times.push(performance.now() - start);
        if (reply.type === 'message' && reply.ephemeral && reply.message.embeds?.length) verdicts++;
      }
    }
    const count = (sql: string) => (db.prepare(sql).get(post.id) as { n: number }).n;
    const recorded = count('SELECT count(*) AS n FROM quiz_attempts WHERE post_id = ?');
    const distinct = count('SELECT count(DISTINCT user_id) AS n FROM quiz_attempts WHERE post_id = ?');
    const answered = (db.prepare("SELECT coalesce(sum(answered), 0) AS n FROM scores WHERE guild_id = ? AND period = 'all'").get(GUILD) as { n: number }).n;
    app.close();

    const result = {
      bench: 'quiz',
      clicks: members * 2,
      members,
      recorded,
      lost: members - distinct,
      // Extra attempt rows, or aggregates counting more answers than members answered.
      double_counted: recorded - distinct + Math.max(0, answered - distinct),
      handler_p50_ms: round(percentile(times, 50)),
      handler_p99_ms: round(percentile(times, 99)),
    };
    table(`quiz: ${members.toLocaleString()} members click one post, then click again`, [
      ['clicks', result.clicks],
      ['verdicts sent', verdicts],
      ['answers recorded (distinct members)', `${recorded} (${distinct})`],
      ['lost', result.lost],
      ['double counted', result.double_counted],
      ['handler p50', `${result.handler_p50_ms} ms`],
      ['handler p99', `${result.handler_p99_ms} ms   (target ≤ 2 ms)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    cleanup();
  }
}
