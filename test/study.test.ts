import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../src/core/reply.js';
import type { Actor } from '../src/core/requests.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { actor, CHANNEL, GUILD, testApp, type TestApp } from './helpers/context.js';
import { customIds } from './helpers/messages.js';
import { recapFigures } from '../src/commands/daily/recap.js';

let ctx: TestApp;
const START = Date.parse('2026-11-25T03:00:00Z'); // 12:00 in Seoul
const MIN = 60_000;
beforeEach(() => {
  ctx = testApp(new Date(START));
});
afterEach(() => ctx.close());

const HOST = '300000000000000001';
const B = '300000000000000002';
const C = '300000000000000003';
const OTHER_CHANNEL = '200000000000000002';
const as = (userId: string, extra: Partial<Actor> = {}): Actor => actor({ userId, locale: 'en', ...extra });
const text = (reply: Reply) => JSON.stringify(reply.type === 'modal' ? reply.modal : reply.message);
const study = (options: Record<string, string | number> = {}, who = as(HOST), subcommand = 'start') =>
  ctx.router.command({ ...who, command: 'study', subcommand, options });
const at = (minutes: number) => ctx.setNow(new Date(START + minutes * MIN));
async function sweep() {
  await ctx.services.study.sweep();
  await ctx.services.study.settled();
}
const session = (channel = CHANNEL) =>
  ctx.stores.study.liveIn(channel) ?? ctx.db.prepare('SELECT id FROM study_sessions WHERE channel_id = ? ORDER BY id DESC').get(channel);
const sessionId = (channel = CHANNEL) => (session(channel) as { id: number }).id;
const press = (action: string, who: Actor, channel = CHANNEL) =>
  ctx.router.component({ ...who, customId: `v1:study:${action}:${sessionId(channel)}`, values: [], componentType: 2, messageId: '1' });
const minutesOf = (userId: string) => ctx.services.study.studied(GUILD, userId).all / MIN;
const pings = () => ctx.poster.sent.filter((s) => s.nonce?.match(/^study-\d+-\d+$/));
const points = (userId: string) => ctx.services.standings.standing(GUILD, ALL_TIME, userId)?.points ?? 0;

describe('a study session', () => {
  it('counts focus minutes exactly across phases, a leave and a rejoin; pings at each phase change; a full focus period earns a point', async () => {
    const started = await study({ focus: 25, break: 5, cycles: 2 });
    expect(started).toMatchObject({ type: 'message', ephemeral: false });
    await sweep();
    const message = ctx.poster.sent[0]!;
    expect(message.nonce).toBe(`study-${sessionId()}`);
    expect(JSON.stringify(message.message)).toContain('Focus 1/2');
    expect(JSON.stringify(message.message)).toContain(`<t:${(START + 25 * MIN) / 1000}:R>`);
    expect(customIds(message.message)).toEqual(['join', 'leave', 'pings', 'pause', 'stop'].map((a) => `v1:study:${a}:${sessionId()}`));

    at(10);
    expect(text(await press('join', as(B)))).toContain("You're in");
    expect(text(await press('join', as(B)))).toContain('already in');
    at(20);
    expect(text(await press('leave', as(B)))).toContain('You left');
    await sweep();
    // Joins and leaves show on the message, coalesced into one edit.
    expect(ctx.poster.edits).toHaveLength(1);

    at(25);
    await sweep();
    expect(JSON.stringify(ctx.poster.edits.at(-1)!.message)).toContain('Break after focus 1/2');
    expect(pings()).toHaveLength(1);
    expect(pings()[0]!.message.pings).toEqual([HOST]);
    at(27);
    await press('join', as(B));
    at(30);
    await sweep();
    expect(pings()).toHaveLength(2);
    expect(pings()[1]!.message.pings).toEqual([HOST, B]);
    expect(pings()[1]!.message.content).toContain('Focus 2/2');
    at(55);
    await sweep();
    expect(ctx.stores.study.get(sessionId())!.status).toBe('finished');
    expect(JSON.stringify(ctx.poster.edits.at(-1)!.message)).toContain('Study session over');
    expect(ctx.poster.edits.at(-1)!.message.components).toEqual([]);
    at(70);
    expect(minutesOf(HOST)).toBe(50);
    expect(minutesOf(B)).toBe(10 + 25);
    // Full focus periods: the host both, B the second (in since before it began).
    expect(points(HOST)).toBe(2 * POINTS.studyFocus);
    expect(points(B)).toBe(POINTS.studyFocus);
    await sweep();
    expect(pings()).toHaveLength(2);
  });

  it('stands still while paused: the paused time does not count and the phases move on after it', async () => {
    await study({ focus: 10, break: 5, cycles: 1 });
    await sweep();
    at(4);
    expect(text(await press('pause', as(HOST)))).toContain('Paused');
    expect(text(await press('pause', as(HOST)))).toContain('does not apply now');
    at(9);
    await sweep();
    expect(JSON.stringify(ctx.poster.edits.at(-1)!.message)).toContain('Paused');
    expect(text(await press('resume', as(HOST)))).toContain('Resumed');
    at(14);
    await sweep();
    expect(ctx.stores.study.get(sessionId())!.status).toBe('running');
    at(15);
    await sweep();
    expect(ctx.stores.study.get(sessionId())!.status).toBe('finished');
    expect(minutesOf(HOST)).toBe(10);
  });

  it('after a restart mid-focus, goes on where the clock says and announces a phase change it missed once', async () => {
    await study({ focus: 10, break: 5, cycles: 2 });
    await sweep();
    at(3);
    await press('join', as(B));
    const path = ctx.path;
    ctx.app.close();
    ctx = testApp(new Date(START + 17 * MIN), { path });
    await sweep();
    // The break (10–15) passed while the bot was away: only the current phase is announced, once.
    expect(pings()).toHaveLength(1);
    expect(pings()[0]!.message.content).toContain('Focus 2/2');
    expect(ctx.poster.edits).toHaveLength(1);
    await sweep();
    expect(pings()).toHaveLength(1);
    expect(minutesOf(HOST)).toBe(12);
    expect(minutesOf(B)).toBe(7 + 2);
    at(25);
    await sweep();
    expect(minutesOf(HOST)).toBe(20);
    expect(minutesOf(B)).toBe(17);
  });

  it('counts a member in two sessions at once, or in by button and by voice, once', async () => {
    await study({ focus: 30, break: 5, cycles: 1, voice: '200000000000000010' });
    await study({ focus: 30, break: 5, cycles: 1 }, as(C, { channelId: OTHER_CHANNEL }));
    await sweep();
    at(5);
    await press('join', as(B));
    ctx.services.study.voiceMoved(GUILD, B, '200000000000000010');
    at(10);
    await press('join', as(B), OTHER_CHANNEL);
    at(20);
    await press('leave', as(B));
    ctx.services.study.voiceMoved(GUILD, B, null);
    at(25);
    await press('leave', as(B), OTHER_CHANNEL);
    // In from 5 to 25 one way or another: 20 minutes, not 15 + 15 + 15.
    expect(minutesOf(B)).toBe(20);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM study_presence WHERE user_id = ?').get(B)).toEqual({ n: 3 });
  });

  it('follows voice: a join and a leave count; after a reconnect, members gone are out at their last counted time and those in stay in once', async () => {
    const VOICE = '200000000000000010';
    await study({ focus: 30, break: 5, cycles: 1, voice: VOICE });
    await sweep();
    at(2);
    ctx.services.study.voiceMoved(GUILD, B, VOICE);
    ctx.services.study.voiceMoved(GUILD, C, VOICE);
    ctx.services.study.voiceMoved(GUILD, C, VOICE); // a replayed event: still one presence
    at(6);
    ctx.services.study.voiceMoved(GUILD, C, '200000000000000011'); // moved elsewhere: out
    expect(minutesOf(C)).toBe(4);
    at(8);
    expect(minutesOf(B)).toBe(6); // counted up to now (what /stats shows)
    // The gateway comes back at 12: B is gone (left while we were away), C is back in.
    at(12);
    ctx.services.study.reconcileVoice(GUILD, new Map([[C, VOICE]]));
    ctx.services.study.reconcileVoice(GUILD, new Map([[C, VOICE]]));
    at(20);
    expect(minutesOf(B)).toBe(6); // never more than was seen
    expect(minutesOf(C)).toBe(4 + 8);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM study_presence WHERE user_id = ? AND left_at IS NULL').get(C)).toEqual({ n: 1 });
  });

  it('splits focus time at local midnight in the guild’s time zone', async () => {
    ctx.setNow(new Date('2026-11-25T14:50:00Z')); // 23:50 in Seoul
    await study({ focus: 20, break: 5, cycles: 1 });
    await sweep();
    ctx.setNow(new Date('2026-11-25T15:10:00Z'));
    await sweep();
    expect(ctx.stores.study.daysSince(GUILD, HOST, '2026-11-01')).toEqual(
      new Map([
        ['2026-11-25', 10 * MIN],
        ['2026-11-26', 10 * MIN],
      ]),
    );
    // The week of the 26th (Thursday) is the week of Monday the 23rd for both halves.
    expect(ctx.stores.study.totalMs(GUILD, '2026-11-23', HOST)).toBe(20 * MIN);
  });

  it('caps study points per member and local day', async () => {
    await study({ focus: 1, break: 1, cycles: 12 });
    for (let m = 0; m <= 24; m++) {
      at(m);
      await sweep();
    }
    expect(ctx.stores.study.get(sessionId())!.status).toBe('finished');
    expect(minutesOf(HOST)).toBe(12);
    expect(points(HOST)).toBe(POINTS.studyDailyCap);
  });

  it('answers bad input clearly and records nothing wrong', async () => {
    expect(text(await study({ focus: 91 }))).toMatch(/focus|90/i);
    expect(text(await study({ cycles: 0 }))).toMatch(/cycles|1/i);
    ctx.poster.missing = ['SendMessages'];
    expect(text(await study())).toContain('missing SendMessages');
    ctx.poster.missing = [];
    expect(ctx.db.prepare('SELECT count(*) AS n FROM study_sessions').get()).toEqual({ n: 0 });

    await study({ focus: 25 });
    await sweep();
    const busy = await study({}, as(B));
    expect(text(busy)).toContain('already running');
    expect(text(busy)).toContain(`https://discord.com/channels/${GUILD}/${CHANNEL}/${ctx.poster.sent[0]!.id}`);
    expect(text(await ctx.router.component({ ...as(B), customId: `v1:study:join:${sessionId() + 1}`, values: [], componentType: 2 }))).toContain(
      "can't find that study session",
    );
    expect(
      text(await ctx.router.component({ ...as(B, { guildId: '200000000000000099' }), customId: `v1:study:join:${sessionId()}`, values: [], componentType: 2 })),
    ).toContain("can't find that study session");
    expect(text(await press('stop', as(B)))).toContain('Only whoever started the session');
    expect(text(await study({}, as(B), 'stop'))).toContain('Only whoever started the session');
    expect(ctx.stores.study.get(sessionId())!.status).toBe('running');

    // The channel is deleted: the next edit fails, the session ends, and the minutes so far stay.
    at(3);
    await press('join', as(B));
    at(6);
    ctx.poster.failNextEdit(404, 10003);
    await sweep();
    expect(ctx.db.prepare('SELECT status, end_reason FROM study_sessions').get()).toEqual({ status: 'failed', end_reason: 'unknown-channel' });
    expect(minutesOf(HOST)).toBe(6);
    expect(minutesOf(B)).toBe(3);
    expect(
      text(
        await ctx.router.component({
          ...as(B),
          customId: `v1:study:join:${(ctx.db.prepare('SELECT id FROM study_sessions').get() as { id: number }).id}`,
          values: [],
          componentType: 2,
        }),
      ),
    ).toContain('session is over');

    // A moderator may stop someone else's session.
    await study({}, as(B, { channelId: OTHER_CHANNEL }));
    expect(text(await study({}, as(C, { channelId: OTHER_CHANNEL, permissions: PermissionFlagsBits.ManageMessages }), 'stop'))).toContain('is stopped');
    await ctx.services.study.settled();
    expect(ctx.stores.study.liveIn(OTHER_CHANNEL)).toBeUndefined();
  });

  it('mutes a member’s pings, and honours the server’s study-pings setting', async () => {
    await study({ focus: 1, break: 1, cycles: 3 });
    await sweep();
    await press('join', as(B));
    expect(text(await press('pings', as(B)))).toContain('No more phase pings');
    at(1);
    await sweep();
    expect(pings().at(-1)!.message.pings).toEqual([HOST]);
    await ctx.router.command({
      ...as(HOST, { permissions: PermissionFlagsBits.ManageGuild }),
      command: 'studyconfig',
      subcommand: 'set',
      options: { 'study-pings': 'off' },
    });
    at(2);
    await sweep();
    expect(pings()).toHaveLength(1);
    expect(text(await press('pings', as(B)))).toContain('phase pings again');
  });

  it('shows in /stats, ranks in /progress metric:study, and in the weekly recap', async () => {
    await study({ focus: 30, break: 5, cycles: 1 });
    await sweep();
    at(5);
    await press('join', as(B));
    at(20);
    // /stats counts up to now, mid-focus.
    const stats = await ctx.router.command({ ...as(B), command: 'stats', options: {} });
    expect(text(stats)).toContain('today **15 min** · this week **15 min** · all time **15 min**');
    at(30);
    await sweep();
    const board = await ctx.router.command({ ...as(B), command: 'progress', options: { metric: 'study', period: 'week' } });
    expect(text(board)).toContain(`**1.** <@${HOST}> · 30 min`);
    expect(text(board)).toContain(`**2.** <@${B}> · 25 min`);
    expect(text(board)).toContain('Your rank: **#2** of 2 · 25 min');
    const recap = recapFigures(GUILD, '2026-11-23', ctx.now(), { ...ctx.services, studyStore: ctx.stores.study });
    expect(recap.studyMs).toBe(55 * MIN);
    expect(recap.studyTop.map((row) => [row.userId, row.points])).toEqual([
      [HOST, 30],
      [B, 25],
    ]);
  });

  it('is in /mydata export, and gone with /mydata delete', async () => {
    await study({ focus: 10, break: 5, cycles: 1 });
    await sweep();
    at(10);
    await sweep();
    const exported = ctx.services.memberData.export(GUILD, HOST) as { studySessions: { presence: unknown[]; days: { ms: number }[] } };
    expect(exported.studySessions.presence).toHaveLength(1);
    expect(exported.studySessions.days[0]!.ms).toBe(10 * MIN);
    ctx.services.memberData.delete(GUILD, HOST);
    expect(
      ctx.db
        .prepare(
          'SELECT (SELECT count(*) FROM study_presence) + (SELECT count(*) FROM study_days) + (SELECT count(*) FROM study_totals) + (SELECT count(*) FROM study_intervals) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
  });
});
