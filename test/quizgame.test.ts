import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seeded } from '../src/content/notes/questions.js';
import type { Reply } from '../src/core/reply.js';
import type { Actor } from '../src/core/requests.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { ROUND_PAUSE_MS } from '../src/commands/quizgame/service.js';
import { actor, CHANNEL, GUILD, testApp, type TestApp } from './helpers/context.js';
import { customIds } from './helpers/messages.js';

let ctx: TestApp;
const START = Date.parse('2026-11-25T03:00:00Z');
beforeEach(() => {
  ctx = testApp(new Date(START));
  ctx.setRandom(seeded(11));
});
afterEach(() => ctx.close());

const HOST = '300000000000000001';
const player = (n: number) => `30000000000000${String(1000 + n)}`;
const as = (userId: string, extra: Partial<Actor> = {}): Actor => actor({ userId, locale: 'en', ...extra });
const text = (reply: Reply) => JSON.stringify(reply.type === 'modal' ? reply.modal : reply.message);
const game = (subcommand: string, options: Record<string, string | number> = {}, who = as(HOST)) =>
  ctx.router.command({ ...who, command: 'quizgame', subcommand, options });
const at = (ms: number) => ctx.setNow(new Date(START + ms));
async function sweep() {
  await ctx.services.games.sweep();
  await ctx.services.games.settled();
}
const rounds = () => ctx.poster.sent.filter((s) => s.nonce?.match(/^game-\d+-\d+$/));
const finals = () => ctx.poster.sent.filter((s) => s.nonce?.endsWith('-end'));
const click = (customId: string, userId: string) => ctx.router.component({ ...as(userId), customId, values: [], componentType: 2, messageId: '1' });

/** The custom_id of the right (or a wrong) button of the round just posted, from the stored round. */
function buttonsOf(roundNumber: number) {
  const running = ctx.stores.games.lastIn(CHANNEL)!;
  const round = ctx.stores.games.round(running.id, roundNumber)!;
  const ids = customIds(rounds().at(-1)!.message);
  const right = round.choiceOrder.indexOf(round.question.answer);
  return { game: running, round, right: ids[right]!, wrong: ids[right === 0 ? 1 : 0]!, ids };
}

describe('a quiz game', () => {
  it('plays three rounds: a countdown, answers locked in privately, the round closed with the right answer, counts and the fastest first, then a podium; points count in /progress', async () => {
    const started = await game('start', { topic: 'nlp', rounds: 3, seconds: 10 });
    expect(started).toMatchObject({ type: 'message', ephemeral: false });
    expect(text(started)).toContain('3 rounds');
    await sweep();
    expect(rounds()).toHaveLength(0); // the first question comes after a short pause
    at(ROUND_PAUSE_MS);
    await sweep();
    await sweep();
    expect(rounds()).toHaveLength(1);
    const first = buttonsOf(1);
    const posted = rounds()[0]!.message;
    expect(JSON.stringify(posted)).toContain(`<t:${Math.ceil(first.round.deadline.getTime() / 1000)}:R>`);
    expect(JSON.stringify(posted)).toContain('Round 1/3');
    expect(first.round.deadline.getTime() - first.round.startsAt.getTime()).toBe(10_000);

    at(ROUND_PAUSE_MS + 1000);
    const locked = await click(first.right, player(1));
    expect(text(locked)).toContain('Locked in');
    expect(text(locked)).not.toMatch(/Right|Wrong/);
    at(ROUND_PAUSE_MS + 2000);
    await click(first.right, player(2));
    at(ROUND_PAUSE_MS + 4000);
    await click(first.wrong, player(3));
    // A second click keeps the first answer.
    expect(text(await click(first.wrong, player(1)))).toContain('already locked in');
    expect(ctx.poster.edits).toHaveLength(0); // no edit per answer

    at(ROUND_PAUSE_MS + 10_000);
    await sweep();
    expect(ctx.poster.edits).toHaveLength(1);
    const closed = JSON.stringify(ctx.poster.edits[0]!.message);
    expect(ctx.poster.edits[0]!.messageId).toBe(rounds()[0]!.id);
    // 1,000 scaled to 500 over ten seconds: 950 at 1 s, 900 at 2 s; the fastest first.
    expect(closed).toContain(`<@${player(1)}> (1.0 s, +950), <@${player(2)}> (2.0 s, +900)`);
    expect(closed).toContain('"disabled":true');
    expect(ctx.stores.games.scores(first.game.id).map((s) => [s.userId, s.score])).toEqual([
      [player(1), 950],
      [player(2), 900],
      [player(3), 0],
    ]);
    // Too late for round 1.
    expect(text(await click(first.right, player(4)))).toContain("Time's up");

    // Round 2: everyone who has played answers, so it closes before its deadline.
    at(ROUND_PAUSE_MS * 2 + 10_000);
    await sweep();
    const second = buttonsOf(2);
    expect(second.round.questionId).not.toBe(first.round.questionId);
    at(ROUND_PAUSE_MS * 2 + 10_500);
    for (const n of [1, 2]) await click(second.right, player(n));
    await click(second.wrong, player(3));
    await ctx.services.games.settled();
    expect(ctx.poster.edits).toHaveLength(2);
    // A right round in a row adds 100: 975 + 100 for player 1.
    expect(ctx.stores.games.score(first.game.id, player(1)).score).toBe(950 + 975 + 100);

    at(ROUND_PAUSE_MS * 3 + 10_500);
    await sweep();
    const third = buttonsOf(3);
    for (const n of [1, 2, 3]) await click(third.right, player(n));
    await ctx.services.games.settled();
    await sweep();
    expect(finals()).toHaveLength(1);
    const podium = finals()[0]!.message;
    expect(JSON.stringify(podium)).toContain(`🥇 <@${player(1)}>`);
    expect(podium.files?.[0]?.name).toBe('quizgame.png');
    expect(ctx.stores.games.get(first.game.id)!.status).toBe('finished');
    await sweep();
    expect(rounds()).toHaveLength(3);
    expect(finals()).toHaveLength(1);

    // Points toward the leaderboard: 2 a right answer; each answer is a practice answer with a review card.
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, player(1))?.points).toBe(3 * POINTS.gameCorrect);
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, player(3))?.points).toBe(POINTS.gameCorrect);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM quiz_attempts').get()).toEqual({ n: 9 });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM review_cards WHERE user_id = ?').get(player(1))).toEqual({ n: 3 });
    // The scoreboard privately, with the caller's place.
    expect(text(await game('scores', {}, as(player(2))))).toContain('#2 of 3');

    // A member's game answers are theirs: in the export, and gone with /mydata delete.
    const exported = ctx.services.memberData.export(GUILD, player(2)) as { quizGameAnswers: { round: number; elapsed_ms: number }[] };
    expect(exported.quizGameAnswers.map((a) => a.round)).toEqual([1, 2, 3]);
    expect(exported.quizGameAnswers[0]!.elapsed_ms).toBe(2000);
    ctx.services.memberData.delete(GUILD, player(2));
    expect(
      ctx.db
        .prepare(
          'SELECT (SELECT count(*) FROM game_answers WHERE user_id = @u) + (SELECT count(*) FROM game_scores WHERE user_id = @u) + (SELECT count(*) FROM game_daily_points WHERE user_id = @u) AS n',
        )
        .get({ u: player(2) }),
    ).toEqual({ n: 0 });
  });

  it('caps the leaderboard points a member earns from games per local day', async () => {
    const question = ctx.services.bank.of(GUILD, 'nlp')[0]!;
    let total = 0;
    ctx.db.transaction(() => {
      for (let i = 0; i < 15; i++) total += ctx.services.progress.gameAnswer(GUILD, player(1), question, question.answer, ctx.now());
    })();
    expect(total).toBe(POINTS.gameDailyCap);
    at(24 * 3600_000);
    expect(ctx.db.transaction(() => ctx.services.progress.gameAnswer(GUILD, player(1), question, question.answer, ctx.now()))()).toBe(POINTS.gameCorrect);
  });

  it('scores every one of 200 answers in the last second once', async () => {
    await game('start', { topic: 'fullstack', rounds: 3, seconds: 10 });
    at(ROUND_PAUSE_MS);
    await sweep();
    const { game: running, right, wrong } = buttonsOf(1);
    at(ROUND_PAUSE_MS + 9_000);
    const replies = await Promise.all(Array.from({ length: 200 }, (_, n) => click(n % 2 ? right : wrong, player(n))));
    expect(replies.filter((r) => text(r).includes('Locked in'))).toHaveLength(200);
    at(ROUND_PAUSE_MS + 10_000);
    await sweep();
    await sweep();
    const scored = ctx.db.prepare('SELECT count(*) AS n, sum(points IS NOT NULL) AS s FROM game_answers WHERE game_id = ?').get(running.id);
    expect(scored).toEqual({ n: 200, s: 200 });
    expect(ctx.stores.games.scores(running.id).filter((s) => s.score > 0)).toHaveLength(100);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM quiz_attempts').get()).toEqual({ n: 200 });
    expect(ctx.poster.edits).toHaveLength(1);
  });

  it('asks no question twice in a game, the group’s least seen first, and ends early when a lecture runs out', async () => {
    const nlp = ctx.services.bank.of(GUILD, 'nlp');
    // Every nlp question but three has been answered by the group.
    for (const q of nlp.slice(3)) ctx.stores.itemStats.recordFirst(GUILD, q.id, true, undefined);
    await game('start', { topic: 'nlp', rounds: 3, seconds: 10 });
    const asked: string[] = [];
    for (let r = 1; r <= 3; r++) {
      at(r * (ROUND_PAUSE_MS + 10_000) - 10_000);
      await sweep();
      asked.push(buttonsOf(r).round.questionId);
      at(r * (ROUND_PAUSE_MS + 10_000));
      await sweep();
    }
    expect(asked.sort()).toEqual(
      nlp
        .slice(0, 3)
        .map((q) => q.id)
        .sort(),
    );

    // A lecture of the group's notes with one question: a one-round game, said at the start.
    ctx.services.notes.importText(GUILD, HOST, 'one.md', '# One\n\n## Part\n\ntext\n\n- Which?\n  - [x] this\n  - [ ] that\n  - [ ] other\n', 'auto');
    const slug = ctx.services.catalog.lectures(GUILD).find((l) => l.title.en === 'One')!.slug;
    const short = await game('start', { topic: slug, rounds: 5, seconds: 10 }, as(HOST, { channelId: '200000000000000002' }));
    expect(text(short)).toContain('1 question(s) to ask, so the game has 1 round(s) instead of 5');
    const one = ctx.stores.games.lastIn('200000000000000002')!;
    at(5 * (ROUND_PAUSE_MS + 10_000));
    ctx.stores.games.scheduleNext(one.id, ctx.now());
    await sweep();
    at(5 * (ROUND_PAUSE_MS + 10_000) + 10_000);
    await sweep();
    await sweep();
    // The end says it again.
    expect(JSON.stringify(finals().at(-1)!.message)).toContain('1 question(s) to ask');
  });
});

describe('a quiz game after a restart', () => {
  it('closes the round that was running, keeps the answers already acknowledged, and goes on without posting a round twice', async () => {
    await game('start', { topic: 'ethics', rounds: 3, seconds: 10 });
    at(ROUND_PAUSE_MS);
    await sweep();
    const { game: running, right } = buttonsOf(1);
    at(ROUND_PAUSE_MS + 2000);
    expect(text(await click(right, player(1)))).toContain('Locked in');
    // The bot stops mid-round and comes back after the deadline.
    const path = ctx.path;
    ctx.app.close();
    ctx = testApp(new Date(START + ROUND_PAUSE_MS + 12_000), { path });
    await sweep();
    expect(ctx.poster.edits).toHaveLength(1);
    expect(JSON.stringify(ctx.poster.edits[0]!.message)).toContain(`<@${player(1)}> (2.0 s, +900)`);
    expect(ctx.stores.games.score(running.id, player(1)).score).toBe(900);
    at(ROUND_PAUSE_MS * 2 + 12_000);
    await sweep();
    await sweep();
    expect(rounds()).toHaveLength(1);
    expect(rounds()[0]!.nonce).toBe(`game-${running.id}-2`);
  });

  it('posts a claimed round whose message never went out with the same nonce, and ends a game it missed by more than a round', async () => {
    await game('start', { topic: 'career', rounds: 3, seconds: 10 });
    at(ROUND_PAUSE_MS);
    ctx.poster.failNext(500, 0); // the claim is made, the send fails
    await sweep();
    const running = ctx.stores.games.lastIn(CHANNEL)!;
    expect(ctx.stores.games.round(running.id, 1)!.messageId).toBeNull();
    await sweep();
    expect(rounds().map((s) => s.nonce)).toEqual([`game-${running.id}-1`]);

    const path = ctx.path;
    ctx.app.close();
    // Away for a whole round and more: round 1 closes, the game ends with the scores so far.
    ctx = testApp(new Date(START + ROUND_PAUSE_MS + 10_000 + 10_000 + ROUND_PAUSE_MS + 1000), { path });
    await sweep();
    expect(ctx.stores.games.get(running.id)!.status).toBe('finished');
    expect(JSON.stringify(finals()[0]!.message)).toContain('away for more than a round');
    expect(rounds()).toHaveLength(0);
  });
});

describe('a quiz game, refusing what it should', () => {
  it('answers bad starts, stops and clicks clearly, changing nothing', async () => {
    ctx.poster.missing = ['SendMessages'];
    expect(text(await game('start', { topic: 'nlp' }))).toContain('missing SendMessages');
    ctx.poster.missing = [];
    expect(text(await game('start', { rounds: 2 }))).toMatch(/rounds|라운드/i);
    expect(text(await game('start', { seconds: 61 }))).toMatch(/seconds|초/i);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM games').get()).toEqual({ n: 0 });

    await game('start', { topic: 'nlp', rounds: 3, seconds: 10 });
    at(ROUND_PAUSE_MS);
    await sweep();
    const { game: running, right, ids } = buttonsOf(1);
    const busy = await game('start', {}, as(player(1)));
    expect(text(busy)).toContain('already running');
    expect(text(busy)).toContain(`https://discord.com/channels/${GUILD}/${CHANNEL}/${rounds()[0]!.id}`);

    expect(text(await click(`v1:game:${running.id + 1}:1:0`, player(1)))).toContain("can't find that game");
    expect(text(await click(`v1:game:${running.id}:7:0`, player(1)))).toContain('no longer');
    expect(text(await click(`v1:game:${running.id}:1:9`, player(1)))).toContain('no longer');
    expect(text(await ctx.router.component({ ...as(player(1), { guildId: '200000000000000099' }), customId: right, values: [], componentType: 2 }))).toContain(
      "can't find that game",
    );
    expect(ids).toHaveLength(4);

    expect(text(await game('stop', {}, as(player(1))))).toContain('Only whoever started the game');
    expect(ctx.stores.games.get(running.id)!.status).toBe('running');
    const moderator = as(player(2), { permissions: PermissionFlagsBits.ManageMessages });
    await click(right, player(3));
    expect(text(await game('stop', {}, moderator))).toContain('stopped');
    await ctx.services.games.settled();
    expect(ctx.stores.games.get(running.id)!.status).toBe('stopped');
    // The open round was closed and scored before the end.
    expect(ctx.stores.games.score(running.id, player(3)).score).toBeGreaterThan(0);
    expect(JSON.stringify(finals()[0]!.message)).toContain('Stopped before the last round');
    expect(text(await click(right, player(4)))).toContain('This game is over');
    expect(text(await game('stop', {}, moderator))).toContain('No quiz game in this channel');
  });

  it('ends a game whose channel the bot lost (permissions, a deleted message) with a clear message, leaving other games alone', async () => {
    const OTHER = '200000000000000002';
    await game('start', { topic: 'nlp', rounds: 3, seconds: 10 });
    await game('start', { topic: 'ethics', rounds: 3, seconds: 10 }, as(HOST, { channelId: OTHER }));
    at(ROUND_PAUSE_MS);
    await sweep();
    expect(rounds()).toHaveLength(2);
    const here = ctx.stores.games.lastIn(CHANNEL)!;
    const there = ctx.stores.games.lastIn(OTHER)!;
    at(ROUND_PAUSE_MS + 10_000);
    ctx.poster.failNextEdit(404, 10008); // the first round message to close was deleted
    await sweep();
    const statuses = [ctx.stores.games.get(here.id)!.status, ctx.stores.games.get(there.id)!.status].sort();
    expect(statuses).toEqual(['failed', 'running']);
    expect(JSON.stringify(finals()[0]!.message)).toContain('round message or the channel is gone');
    // The other game goes on.
    at(ROUND_PAUSE_MS * 2 + 10_000);
    await sweep();
    expect(rounds()).toHaveLength(3);

    ctx.poster.failNext(403, 50013, 2); // its next round cannot be posted, nor the notice
    at(ROUND_PAUSE_MS * 2 + 20_000);
    await sweep();
    at(ROUND_PAUSE_MS * 3 + 20_000);
    await sweep();
    expect(ctx.db.prepare("SELECT count(*) AS n FROM games WHERE status = 'running'").get()).toEqual({ n: 0 });
    expect(ctx.db.prepare("SELECT end_reason FROM games WHERE status = 'failed' ORDER BY id").all()).toEqual([
      { end_reason: 'unknown-channel' },
      { end_reason: 'missing-permission' },
    ]);
  });
});
