import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyService } from '../src/commands/daily/service.js';
import { lectures } from '../src/content/catalog.js';
import { findQuestion } from '../src/content/questions/index.js';
import type { FakePoster } from './helpers/fakePoster.js';
import { click, GUILD, testApp, type TestApp } from './helpers/context.js';

const CHANNEL = '200000000000000555';
let ctx: TestApp;
let poster: FakePoster;
let service: DailyService;

/** A scheduler on an app's services: a new one is a restart of the process (nothing kept in memory). */
function newService(app: TestApp = ctx, id = 'a') {
  return new DailyService(app.services, { revealHours: 24, instanceId: id });
}

beforeEach(() => {
  ctx = testApp('2026-11-24T15:00:00Z');
  ctx.setRandom(() => 0.3);
  poster = ctx.poster;
  service = newService();
});
afterEach(() => ctx.close());

const configure = (patch: Parameters<TestApp['stores']['guilds']['update']>[1], guild = GUILD) =>
  ctx.stores.guilds.update(guild, { channelId: CHANNEL, ...patch }, ctx.now());
const dailySent = () => poster.sent.filter((s) => s.nonce?.startsWith('daily-'));
const recapsSent = () => poster.sent.filter((s) => s.nonce?.startsWith('recap-'));
const posts = () =>
  ctx.db.prepare('SELECT guild_id, day, kind, status, section, lecture FROM daily_posts ORDER BY id').all() as {
    guild_id: string;
    day: string;
    kind: string;
    status: string;
    section: string;
    lecture: string;
  }[];

describe('the daily post in Asia/Seoul', () => {
  it('posts once at the local time, not before, and not again', async () => {
    configure({ postTime: '09:00', timezone: 'Asia/Seoul' });
    ctx.setNow('2026-11-24T23:59:00Z'); // 08:59 KST
    await service.tick();
    expect(poster.sent).toHaveLength(0);
    ctx.setNow('2026-11-25T00:00:00Z'); // 09:00 KST
    await service.tick();
    await service.tick();
    ctx.setNow('2026-11-25T14:59:00Z'); // 23:59 KST
    await service.tick();
    expect(poster.sent).toHaveLength(1);
    expect(poster.sent[0]!.channelId).toBe(CHANNEL);
    expect(posts()).toEqual([expect.objectContaining({ day: '2026-11-25', kind: 'scheduled', status: 'sent' })]);
    const message = poster.sent[0]!.message;
    expect(message.content).toContain('2026-11-25');
    // The topic's section and a quiz with answer buttons, in Korean by default.
    expect(message.embeds![0]!.description).toBe(lectures[0]!.sections[0]!.body.ko);
    expect(message.components![0]!.components.length).toBeGreaterThanOrEqual(3);
  });

  it('rotates through every section without repeats, and reveals the previous post when the next goes out', async () => {
    configure({ postTime: '09:00', language: 'en' });
    const total = lectures.reduce((n, l) => n + l.sections.length, 0);
    for (let day = 0; day < total + 2; day++) {
      ctx.setNow(new Date(Date.parse('2026-11-25T00:00:00Z') + day * 86_400_000));
      await service.tick();
    }
    const used = posts().map((p) => `${p.lecture}/${p.section}`);
    expect(new Set(used.slice(0, total)).size).toBe(total);
    expect(used[total]).toBe(used[0]);
    // Every post but the last was revealed by its successor.
    expect(poster.edits.map((e) => e.messageId)).toEqual(
      dailySent()
        .slice(0, -1)
        .map((s) => s.id),
    );
  });
});

describe('across time zones and DST', () => {
  it('posts at 09:00 New York time on both sides of the end of DST', async () => {
    configure({ postTime: '09:00', timezone: 'America/New_York' });
    const at: string[] = [];
    // Every 30 minutes from local midnight on 2026-10-31, across the end of DST (02:00 local on 11-01).
    for (let t = Date.parse('2026-10-31T04:00:00Z'); t < Date.parse('2026-11-03T00:00:00Z'); t += 30 * 60_000) {
      ctx.setNow(new Date(t));
      const before = poster.sent.length;
      await service.tick();
      if (poster.sent.length > before) at.push(new Date(t).toISOString());
    }
    // 09:00 EDT is 13:00Z; 09:00 EST is 14:00Z.
    expect(at).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  it('handles a midnight post time at the local day boundary', async () => {
    configure({ postTime: '00:00', timezone: 'Asia/Seoul' });
    ctx.setNow('2026-11-25T14:59:59Z'); // 23:59:59 KST on the 25th
    await service.tick();
    expect(posts().map((p) => p.day)).toEqual(['2026-11-25']);
    ctx.setNow('2026-11-25T15:00:00Z'); // 00:00 KST on the 26th
    await service.tick();
    expect(posts().map((p) => p.day)).toEqual(['2026-11-25', '2026-11-26']);
  });
});

describe('exactly once', () => {
  it('posts after a restart later the same day when the bot was down at posting time, and not twice', async () => {
    configure({ postTime: '09:00' });
    ctx.setNow('2026-11-25T05:00:00Z'); // 14:00 KST: the bot comes back after being down at 09:00
    await newService(ctx, 'after-restart').tick();
    await newService(ctx, 'another-restart').tick();
    expect(poster.sent).toHaveLength(1);
  });

  it('retries a claim whose send failed, records the error for show, and never posts twice', async () => {
    configure({ postTime: '09:00' });
    ctx.setNow('2026-11-25T00:00:00Z');
    poster.failNext(403, 50013);
    await service.tick();
    expect(posts()).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(ctx.stores.guilds.get(GUILD).lastFailure).toMatchObject({ reason: 'missing-permission', channelId: CHANNEL });
    ctx.setNow('2026-11-25T00:01:00Z');
    await service.tick();
    await service.tick();
    expect(poster.sent).toHaveLength(1);
    expect(posts()).toEqual([expect.objectContaining({ status: 'sent' })]);
    expect(ctx.stores.guilds.get(GUILD).lastFailure).toBeNull();
  });

  it('gives up for the day after the retry limit, and posts the next day', async () => {
    configure({ postTime: '09:00' });
    poster.failNext(404, 10003, 50);
    for (let minute = 0; minute < 10; minute++) {
      ctx.setNow(new Date(Date.parse('2026-11-25T00:00:00Z') + minute * 60_000));
      await service.tick();
    }
    const row = ctx.db.prepare('SELECT attempts, status, last_error FROM daily_posts').get();
    expect(row).toEqual({ attempts: 5, status: 'failed', last_error: 'unknown-channel' });
    (poster as unknown as { failures: unknown[] }).failures.length = 0;
    ctx.setNow('2026-11-26T00:00:00Z');
    await service.tick();
    expect(poster.sent).toHaveLength(1);
  });

  it('takes over a claim whose process died only after its lease, without posting twice', async () => {
    configure({ postTime: '09:00' });
    ctx.setNow('2026-11-25T00:00:00Z');
    // Process A claims and "sends", then dies before recording it: the nonce makes the retry return the same message.
    const original = poster.send.bind(poster);
    let died = false;
    poster.send = async (channel, message, nonce) => {
      const id = await original(channel, message, nonce);
      if (!died) {
        died = true;
        throw new Error('process killed after the send');
      }
      return id;
    };
    await service.tick();
    ctx.db.prepare("UPDATE daily_posts SET status = 'claimed'").run();
    ctx.setNow('2026-11-25T00:01:00Z');
    await newService(ctx, 'b').tick();
    expect(posts()[0]!.status).toBe('claimed');
    ctx.setNow('2026-11-25T00:11:00Z'); // the ten-minute lease has run out
    await newService(ctx, 'b').tick();
    expect(posts()[0]!.status).toBe('sent');
    expect(poster.sent).toHaveLength(1);
  });

  it('lets a restarted run of the same part take over its dead run’s claims at once, and no other part', async () => {
    configure({ postTime: '09:00' });
    ctx.setNow('2026-11-25T00:00:00Z');
    const part = (name: string) => new DailyService(ctx.services, { revealHours: 24, part: name });
    // The run of "shards 0,1 of 4" dies with the post claimed and unsent (its send never returns).
    const original = poster.send.bind(poster);
    poster.send = () => new Promise<string>(() => {});
    void part('shards 0,1 of 4').tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posts()[0]!.status).toBe('claimed');
    poster.send = original;
    ctx.setNow('2026-11-25T00:00:05Z');
    // Another part (a process of a new layout) leaves it to the lease; the respawned run takes it.
    await part('shards 0 of 2').tick();
    await newService(ctx, 'b').tick();
    expect(posts()[0]!.status).toBe('claimed');
    expect(dailySent()).toHaveLength(0);
    await part('shards 0,1 of 4').tick();
    expect(posts()[0]!.status).toBe('sent');
    expect(dailySent()).toHaveLength(1);
    // A part named like the start of another is not its predecessor.
    ctx.setNow('2026-11-26T00:00:00Z');
    poster.send = () => new Promise<string>(() => {});
    void part('shards 0,1 of 4').tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    poster.send = original;
    await part('shards 0,1 of 4 and more').tick();
    await part('shards 0,1 of').tick();
    expect(posts()[1]!.status).toBe('claimed');
  });

  it('posts once per guild-day with two scheduler instances on one database file', async () => {
    for (let g = 0; g < 20; g++) configure({ postTime: '09:00' }, `2000000000000010${String(g).padStart(2, '0')}`);
    // A second process on the same database file, with its own connection (and its own poster).
    const second = testApp(ctx.now(), { path: ctx.path, daily: { instanceId: 'b' } });
    try {
      second.setRandom(() => 0.3);
      for (let minute = 0; minute < 3; minute++) {
        const now = new Date(Date.parse('2026-11-25T00:00:00Z') + minute * 60_000);
        ctx.setNow(now);
        second.setNow(now);
        await Promise.all([service.tick(), second.services.daily.tick()]);
      }
      expect(poster.sent.length + second.poster.sent.length).toBe(20);
    } finally {
      second.close();
    }
    expect(new Set(posts().map((p) => p.guild_id)).size).toBe(20);
  });

  it('posts every day exactly once over 60 simulated days with random restarts and missed ticks', async () => {
    configure({ postTime: '07:30', timezone: 'America/New_York' });
    let random = 12345;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let current = newService();
    let t = Date.parse('2026-10-01T04:00:00Z');
    const end = Date.parse('2026-11-30T04:00:00Z');
    while (t < end) {
      t += Math.floor(next() * 6 * 3600_000); // ticks come at random, hours apart at worst
      ctx.setNow(new Date(t));
      if (next() < 0.2) current = newService(ctx, `restart-${t}`);
      await current.tick();
    }
    const days = posts().map((p) => p.day);
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBe(60);
    expect(dailySent()).toHaveLength(60);
    // And one weekly recap for each week that ended with posts in it, never two.
    const weeks = ctx.db.prepare('SELECT week, status FROM weekly_recaps ORDER BY week').all() as { week: string; status: string }[];
    expect(weeks.map((w) => w.week)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(weeks.every((w) => w.status === 'sent')).toBe(true);
    expect(recapsSent()).toHaveLength(weeks.length);
  });
});

describe('reveal, post-now, pause and shards', () => {
  it('reveals the answer and the counts after DAILY_REVEAL_HOURS, and closes the quiz', async () => {
    configure({ postTime: '09:00', language: 'en' });
    ctx.setNow('2026-11-25T00:00:00Z');
    await service.tick();
    const post = ctx.stores.quiz.post(1)!;
    const question = findQuestion(post.questionId)!;
    const now = ctx.now();
    ctx.services.progress.answer(post, question, 'u1', post.choiceOrder.indexOf(question.answer), now);
    ctx.services.progress.answer(post, question, 'u2', post.choiceOrder.indexOf(question.answer), now);
    ctx.services.progress.answer(
      post,
      question,
      'u3',
      post.choiceOrder.findIndex((c) => c !== question.answer),
      now,
    );
    ctx.setNow('2026-11-25T23:59:00Z');
    await service.tick();
    expect(poster.edits).toHaveLength(0);
    ctx.setNow('2026-11-26T00:00:00Z');
    ctx.stores.guilds.update(GUILD, { paused: true }, ctx.now());
    await service.tick();
    expect(poster.edits).toHaveLength(1);
    const revealed = JSON.stringify(poster.edits[0]!.message);
    expect(revealed).toContain('2 (67%)');
    expect(revealed).toContain('1 (33%)');
    expect(revealed).toContain('3 answered');
    expect(poster.edits[0]!.message.components![0]!.components.every((b) => 'disabled' in b && b.disabled)).toBe(true);
    expect(ctx.stores.quiz.post(1)!.revealedAt).not.toBeNull();
    // A click that still arrives (an old client) is told the quiz is closed, and nothing is recorded.
    const late = await click(ctx, 'v1:quiz:1:0', { userId: 'u4', channelId: CHANNEL, locale: 'en' });
    expect(JSON.stringify(late.type === 'modal' ? late.modal : late.message)).toContain('closed');
    expect(ctx.stores.quiz.answerTo(1, 'u4')).toBeUndefined();
    // Paused: no new post.
    expect(poster.sent).toHaveLength(1);
  });

  it('post-now sends today\u2019s post (the scheduler then skips today), then extra ones, revealing the previous', async () => {
    configure({ postTime: '21:00' });
    ctx.setNow('2026-11-25T01:00:00Z'); // 10:00 KST, before the post time
    expect((await service.postNow(GUILD)).status).toBe('sent');
    ctx.setNow('2026-11-25T12:00:00Z'); // 21:00 KST
    await service.tick();
    expect(posts().map((p) => p.kind)).toEqual(['scheduled']);
    expect((await service.postNow(GUILD)).status).toBe('sent');
    expect(posts().map((p) => p.kind)).toEqual(['scheduled', 'extra']);
    expect(poster.edits.map((e) => e.messageId)).toEqual([poster.sent[0]!.id]);
  });

  it('only posts for guilds this process holds (sharding)', async () => {
    configure({ postTime: '09:00' });
    configure({ postTime: '09:00' }, '200000000000000777');
    poster.held = (guild) => guild === GUILD;
    ctx.setNow('2026-11-25T00:00:00Z');
    await service.tick();
    expect(posts().map((p) => p.guild_id)).toEqual([GUILD]);
  });
});

describe('two processes on one database file', () => {
  it('post each guild-day exactly once between them', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('./helpers/spawnBot.js');
    const zones = ['Asia/Seoul', 'America/New_York', 'Europe/London', 'Australia/Sydney'];
    for (let g = 0; g < 60; g++) {
      ctx.stores.guilds.update(
        `20000000000000${String(g).padStart(4, '0')}`,
        { channelId: CHANNEL, postTime: `${String(g % 24).padStart(2, '0')}:${g % 2 ? '30' : '00'}`, timezone: zones[g % 4]!, language: g % 2 ? 'en' : 'ko' },
        ctx.now(),
      );
    }
    const run = (instance: string) =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'test/helpers/dailyWorker.ts', ctx.path, instance, '2026-11-25T00:00:00Z', String(wallStart), '2', String(48 * 60)],
          { cwd: ROOT },
        );
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('exit', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`worker ${instance} exited ${code}: ${err}`))));
      });
    // Both start on the same simulated clock: two days at 2 ms per simulated minute (about 6 s).
    const wallStart = Date.now() + 1500;
    const [a, b] = await Promise.all([run('a'), run('b')]);
    const rows = ctx.db.prepare("SELECT guild_id, day, claimed_by FROM daily_posts WHERE status = 'sent'").all() as {
      guild_id: string;
      day: string;
      claimed_by: string;
    }[];
    expect(a.length + b.length).toBe(rows.length);
    expect(new Set(rows.map((r) => `${r.guild_id}/${r.day}`)).size).toBe(rows.length);
    // Two simulated days for 60 guilds: every guild posted on each local day its post time fell in the window.
    const perGuild = new Map<string, number>();
    for (const row of rows) perGuild.set(row.guild_id, (perGuild.get(row.guild_id) ?? 0) + 1);
    expect(perGuild.size).toBe(60);
    for (const count of perGuild.values()) expect(count).toBeGreaterThanOrEqual(2);
    expect(ctx.db.prepare("SELECT count(*) AS n FROM daily_posts WHERE status != 'sent'").get()).toEqual({ n: 0 });
  });
});
