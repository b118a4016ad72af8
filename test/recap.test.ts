import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyService } from '../src/commands/daily/service.js';
import { findQuestion } from '../src/content/questions/index.js';
import { POINTS } from '../src/domain/points.js';
import type { FakePoster } from './helpers/fakePoster.js';
import { click, GUILD, testApp, type TestApp } from './helpers/context.js';

const CHANNEL = '200000000000000555';
let ctx: TestApp;
/** A scheduler on an app's services: a new one is a restart of the process (nothing kept in memory). */
const service = (app: TestApp = ctx, id = 'a') => new DailyService(app.services, { revealHours: 24, instanceId: id });

beforeEach(() => {
  // Monday 2026-11-16, 08:00 in Seoul.
  ctx = testApp('2026-11-15T23:00:00Z');
  ctx.setRandom(() => 0.5);
  ctx.stores.guilds.update(GUILD, { channelId: CHANNEL, postTime: '09:00', timezone: 'Asia/Seoul', language: 'en', weeklyGoal: 10 }, ctx.now());
});
afterEach(() => ctx.close());

const recaps = (poster: FakePoster = ctx.poster) => poster.sent.filter((s) => s.nonce?.startsWith('recap-'));
const members = ['500000000000000001', '500000000000000002', '500000000000000003', '500000000000000004'];

/** A week of daily posts (Mon 16 – Sun 22 November) answered by known members. */
async function playWeek(daily: DailyService) {
  for (let d = 0; d < 7; d++) {
    ctx.setNow(new Date(Date.parse('2026-11-16T00:00:00Z') + d * 86_400_000));
    await daily.tick();
    const row = ctx.db.prepare('SELECT quiz_post_id FROM daily_posts ORDER BY id DESC LIMIT 1').get() as { quiz_post_id: number };
    const post = ctx.stores.quiz.post(row.quiz_post_id)!;
    const question = findQuestion(post.questionId)!;
    const right = post.choiceOrder.indexOf(question.answer);
    const wrong = right === 0 ? 1 : 0;
    // Member 1 answers right every day; 2 right on even days; 3 wrong every day; 4 only on Monday.
    const answers: [string, number][] = [
      [members[0]!, right],
      [members[1]!, d % 2 === 0 ? right : wrong],
      [members[2]!, wrong],
    ];
    if (d === 0) answers.push([members[3]!, right]);
    for (const [user, position] of answers) {
      await click(ctx, `v1:quiz:${post.id}:${position}`, { userId: user, channelId: CHANNEL, locale: 'en', displayName: `name-${user.slice(-1)}` });
    }
  }
}

describe('the weekly recap', () => {
  it("posts Monday at the daily time with the week's figures, and does not name opted-out members", async () => {
    const daily = ctx.services.daily;
    await playWeek(daily);
    ctx.services.progress.setOptOut(GUILD, members[0]!, true, ctx.now());
    ctx.setNow('2026-11-22T23:59:00Z'); // Monday 08:59 in Seoul
    await daily.tick();
    expect(recaps()).toHaveLength(0);
    ctx.setNow('2026-11-23T00:00:00Z'); // Monday 09:00
    await daily.tick();
    expect(recaps()).toHaveLength(1);
    const message = recaps()[0]!.message;
    const text = JSON.stringify(message.embeds);
    // 7 days × 3 members + 1 = 22 answers; right: 7 + 4 + 0 + 1 = 12.
    expect(text).toContain('22 · accuracy 55%');
    expect(text).toContain('22/10 🎉 reached!');
    // Member 1 leads but opted out: their place shows, not their name.
    const top = message.embeds![0]!.fields![2]!.value;
    expect(top.split('\n')[0]).toBe(`1. 🙈 private member · ${7 * (POINTS.dailyAnswered + POINTS.dailyCorrect)} pts`);
    expect(top).toContain(`<@${members[1]}>`);
    expect(JSON.stringify(message)).not.toContain(members[0]);
    expect(text).toContain('Longest streak');
    expect(message.embeds![0]!.fields![3]!.value).toContain('7 days');
    // The question most got wrong, with a button to try it.
    const button = message.components![0]!.components[0] as { custom_id: string };
    expect(button.custom_id).toMatch(/^v1:try:[a-z]+-\d{2}$/);
    const tried = await click(ctx, button.custom_id, { userId: members[2]!, channelId: CHANNEL, locale: 'en' });
    expect(tried).toMatchObject({ type: 'message', ephemeral: true });
    expect(JSON.stringify(tried.type === 'modal' ? tried.modal : tried.message)).toContain(findQuestion(button.custom_id.split(':')[2]!)!.prompt.en);
    // The card, referenced by the embed.
    expect(message.files![0]!.name).toBe('recap.png');
    expect(message.embeds![0]!.image?.url).toBe('attachment://recap.png');
  });

  it('is sent exactly once across restarts and two scheduler instances', async () => {
    await playWeek(service());
    // A second process on the same database file, with its own connection (and its own poster).
    const second = testApp(ctx.now(), { path: ctx.path });
    try {
      for (let minute = 0; minute < 5; minute++) {
        const now = new Date(Date.parse('2026-11-23T00:00:00Z') + minute * 60_000);
        ctx.setNow(now);
        second.setNow(now);
        await Promise.all([service(ctx, `a${minute}`).tick(), service(second, `b${minute}`).tick()]);
      }
      expect(recaps().length + recaps(second.poster).length).toBe(1);
    } finally {
      second.close();
    }
    expect(ctx.db.prepare('SELECT count(*) AS n FROM weekly_recaps').get()).toEqual({ n: 1 });
  });

  it('is sent later in the week when the bot was down on Monday, and retried after a failure', async () => {
    const daily = service();
    await playWeek(daily);
    ctx.setNow('2026-11-24T05:00:00Z'); // Tuesday afternoon: the bot is back
    ctx.poster.failNext(429, 0, 2); // the daily post (retried next tick) and the recap both hit a rate limit
    await daily.tick();
    ctx.setNow('2026-11-24T05:01:00Z');
    await daily.tick();
    expect(recaps()).toHaveLength(1);
    expect(ctx.db.prepare('SELECT status, attempts FROM weekly_recaps').get()).toEqual({ status: 'sent', attempts: 2 });
  });

  it('is not sent for a week without daily posts', async () => {
    ctx.setNow('2026-11-23T00:00:00Z');
    await service().tick();
    expect(recaps()).toHaveLength(0);
  });
});
