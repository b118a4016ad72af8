import { MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_PAUSE_MS } from '../../src/commands/quizgame/service.js';
import { POINTS } from '../../src/domain/points.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';
import { until } from '../helpers/until.js';

let h: Harness;
const START = Date.parse('2026-11-25T03:00:00Z');
let now = START;
beforeAll(async () => {
  h = await startHarness({ now: () => new Date(now) });
});
afterAll(async () => h.close());

/** Moves the bot's clock and lets the game loop act on it. */
async function advance(ms: number) {
  now += ms;
  await h.app.services.games.sweep();
  await h.app.services.games.settled();
}

const channel = () => h.emulator.defaultChannelId;
const posted = () => h.emulator.messages(channel()).filter((m) => !m.interaction_metadata);
const roundPosts = () => posted().filter((m) => JSON.stringify(m.embeds).includes('Round '));

function buttons(message: APIMessage) {
  const ids = customIds(message);
  const [, , gameId, round] = ids[0]!.split(':');
  const stored = h.app.stores.games.round(Number(gameId), Number(round))!;
  const right = stored.choiceOrder.indexOf(stored.question.answer);
  return { gameId: Number(gameId), right: ids[right]!, wrong: ids[(right + 1) % ids.length]!, stored };
}

describe('/quizgame through the real client', () => {
  it('three members play three rounds: the edits show the right answer and the fastest first, then a podium with a card, and points in /progress', async () => {
    const mina = h.emulator.createUser({ username: 'mina' });
    const jun = h.emulator.createUser({ username: 'jun' });
    const seo = h.emulator.createUser({ username: 'seo' });
    const start = await h.emulator.command({ name: 'quizgame', subcommand: 'start', options: { topic: 'nlp', rounds: 3, seconds: 10 }, user: mina }).message();
    expect(start.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    expect(start.content).toContain('3 rounds');

    for (let r = 1; r <= 3; r++) {
      await advance(ROUND_PAUSE_MS);
      const post = await until(() => roundPosts()[r - 1]);
      expect(post.embeds[0]!.title).toContain(`Round ${r}/3`);
      const { right, wrong } = buttons(post);
      // Answers at different times: seo first but wrong, then mina, then jun.
      now += 1000;
      const first = await h.emulator.click({ messageId: post.id, customId: wrong, user: seo }).message();
      expect(first.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(first.content).toContain('Locked in');
      now += 1000;
      await h.emulator.click({ messageId: post.id, customId: right, user: mina }).message();
      // Nobody sees anything yet: the round message is not edited per answer.
      expect(h.emulator.message(post.id)!.edited_timestamp).toBeNull();
      now += 1000;
      await h.emulator.click({ messageId: post.id, customId: right, user: jun }).message();
      if (r === 1) await advance(7000); // round 1 runs its full time; later rounds close once everyone who plays has answered
      await h.app.services.games.settled();
      const closed = await until(() => {
        const m = h.emulator.message(post.id)!;
        return m.edited_timestamp ? m : undefined;
      });
      const shown = JSON.stringify(closed.embeds);
      expect(shown).toContain('✅');
      expect(shown.indexOf(`<@${mina.id}>`)).toBeLessThan(shown.indexOf(`<@${jun.id}>`));
      expect(shown).toMatch(/Right: <@\d+> \(2\.0 s/);
      expect(JSON.stringify(closed.components)).toContain('"disabled":true');
      expect(shown).toContain('Scoreboard');
    }
    await advance(ROUND_PAUSE_MS);
    const podium = await until(() => posted().find((m) => JSON.stringify(m.embeds).includes('Quiz game over')));
    expect(JSON.stringify(podium.embeds)).toContain(`🥇 <@${mina.id}>`);
    expect(podium.attachments.map((a) => a.filename)).toEqual(['quizgame.png']);
    expect(podium.embeds[0]!.image?.url).toContain('quizgame.png');

    const progress = await h.emulator.command({ name: 'progress', user: jun }).message();
    expect(JSON.stringify(progress.embeds)).toContain(`${3 * POINTS.gameCorrect}`);
    expect(h.app.services.standings.standing(h.emulator.defaultGuild.id, 'all', mina.id)?.points).toBe(3 * POINTS.gameCorrect);
  });

  it('keeps the answers of a round the bot was restarted in, and goes on', async () => {
    const host = h.emulator.createUser({ username: 'host' });
    await h.emulator.command({ name: 'quizgame', subcommand: 'start', options: { topic: 'ethics', rounds: 3, seconds: 10 }, user: host }).message();
    const before = roundPosts().length;
    await advance(ROUND_PAUSE_MS);
    const post = await until(() => roundPosts()[before]);
    const { right, gameId } = buttons(post);
    now += 2000;
    await h.emulator.click({ messageId: post.id, customId: right, user: host }).message();
    await h.restart();
    await advance(9000);
    const closed = await until(() => {
      const m = h.emulator.message(post.id)!;
      return m.edited_timestamp ? m : undefined;
    });
    expect(JSON.stringify(closed.embeds)).toContain(`<@${host.id}> (2.0 s, +900)`);
    await advance(ROUND_PAUSE_MS);
    await until(() => roundPosts()[before + 1]);
    await advance(1000);
    // One message per round, whatever the restart did.
    expect(roundPosts().filter((m) => customIds(m)[0]!.startsWith(`v1:game:${gameId}:1:`))).toHaveLength(1);
    await h.emulator.command({ name: 'quizgame', subcommand: 'stop', user: host }).message();
  });

  it('acknowledges a burst of 200 clicks in the round’s last second, and scores each once', async () => {
    const host = h.emulator.createUser({ username: 'burst-host' });
    await h.emulator.command({ name: 'quizgame', subcommand: 'start', options: { topic: 'career', rounds: 3, seconds: 10 }, user: host }).message();
    const before = roundPosts().length;
    await advance(ROUND_PAUSE_MS);
    const post = await until(() => roundPosts()[before]);
    const { right, wrong, gameId } = buttons(post);
    now += 9000;
    const players = Array.from({ length: 200 }, (_, i) => h.emulator.createUser({ username: `p${i}` }));
    const started = Date.now();
    const answers = await Promise.all(players.map((user, i) => h.emulator.click({ messageId: post.id, customId: i % 2 ? right : wrong, user }).response(3000)));
    const took = Date.now() - started;
    expect(answers.filter((a) => JSON.stringify(a.data).includes('Locked in'))).toHaveLength(200);
    await advance(1000);
    await until(() => (h.emulator.message(post.id)!.edited_timestamp ? true : undefined));
    const row = h.app.db.prepare('SELECT count(*) AS n, sum(points IS NOT NULL) AS scored FROM game_answers WHERE game_id = ? AND round = 1').get(gameId);
    expect(row).toEqual({ n: 200, scored: 200 });
    expect(h.app.stores.games.scores(gameId).filter((s) => s.score > 0)).toHaveLength(100);
    console.log(`200 clicks acknowledged in ${took} ms`);
    await h.emulator.command({ name: 'quizgame', subcommand: 'stop', user: host }).message();
  });
});
