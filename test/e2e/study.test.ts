import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';
import { until } from '../helpers/until.js';

let h: Harness;
const START = Date.parse('2026-11-25T03:00:00Z');
const MIN = 60_000;
let now = START;
beforeAll(async () => {
  h = await startHarness({ now: () => new Date(now) });
});
afterAll(async () => h.close());

/** Moves the bot's clock to `minutes` after the start and lets the sessions act on it. */
async function at(minutes: number) {
  now = START + minutes * MIN;
  await h.app.services.study.sweep();
  await h.app.services.study.settled();
}

describe('/study through the real client', () => {
  it('three members (one by voice) study through two phase changes; the message is edited; minutes show in /stats and /progress metric:study', async () => {
    const guild = h.emulator.defaultGuild;
    const voice = guild.channels.find((c) => c.name === 'Study Room')!.id;
    const channel = h.emulator.defaultChannelId;
    const [host, mina, jun] = ['host', 'mina', 'jun'].map((username) => h.emulator.createUser({ username })) as [
      ReturnType<typeof h.emulator.createUser>,
      ReturnType<typeof h.emulator.createUser>,
      ReturnType<typeof h.emulator.createUser>,
    ];

    const start = await h.emulator.command({ name: 'study', subcommand: 'start', options: { focus: 10, break: 5, cycles: 2, voice }, user: host }).message();
    expect(start.content).toContain('starts a study session');
    await at(0);
    const session = await until(() => h.emulator.messages(channel).find((m) => !m.interaction_metadata && JSON.stringify(m.embeds).includes('Focus 1/2')));
    const [join] = customIds(session);

    // mina joins by the button; jun by walking into the voice channel.
    await at(2);
    const joined = await h.emulator.click({ messageId: session.id, customId: join!, user: mina }).message();
    expect(joined.content).toContain("You're in");
    h.emulator.setVoice({ user: jun, channelId: voice });
    await until(
      () => (h.app.db.prepare("SELECT count(*) AS n FROM study_presence WHERE user_id = ? AND source = 'voice'").get(jun.id) as { n: number }).n || undefined,
    );
    await at(3);
    expect(JSON.stringify(h.emulator.message(session.id)!.embeds)).toContain('In now (3)');

    // First phase change: the break. The message is edited, and the members in are pinged once.
    await at(10);
    expect(JSON.stringify(h.emulator.message(session.id)!.embeds)).toContain('Break after focus 1/2');
    const pingBreak = await until(() => h.emulator.messages(channel).find((m) => m.content.includes('**Break**')));
    expect(pingBreak.content).toContain(`<@${mina.id}>`);
    expect(pingBreak.content).toContain(`<@${jun.id}>`);
    // The ping may mention the joined members, and nobody else: no @everyone, no roles.
    const sent = h.emulator.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && JSON.stringify(r.body).includes('**Break**'),
    )!;
    expect((sent.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], users: [host.id, mina.id, jun.id] });
    // Every other message the bot posted pings nobody.
    const others = h.emulator.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r !== sent && !JSON.stringify(r.body).includes('**Focus'),
    );
    expect(others.every((r) => JSON.stringify((r.body as { allowed_mentions: unknown }).allowed_mentions) === '{"parse":[]}')).toBe(true);
    // jun leaves voice during the break; it costs nothing (breaks do not count).
    await at(12);
    h.emulator.setVoice({ user: jun, channelId: null });
    await until(
      () =>
        (h.app.db.prepare('SELECT count(*) AS n FROM study_presence WHERE user_id = ? AND left_at IS NOT NULL').get(jun.id) as { n: number }).n || undefined,
    );

    // Second phase change: focus 2.
    await at(15);
    expect(JSON.stringify(h.emulator.message(session.id)!.embeds)).toContain('Focus 2/2');
    const pingFocus = await until(() => h.emulator.messages(channel).find((m) => m.content.includes('**Focus 2/2**')));
    expect(pingFocus.content).not.toContain(`<@${jun.id}>`);
    await at(25);
    expect(JSON.stringify(h.emulator.message(session.id)!.embeds)).toContain('Study session over');

    const stats = await h.emulator.command({ name: 'stats', user: mina }).message();
    // mina: 2–10 and 15–25.
    expect(JSON.stringify(stats.embeds)).toContain('all time **18 min**');
    const board = await h.emulator.command({ name: 'progress', options: { metric: 'study', period: 'all' }, user: jun }).message();
    const text = JSON.stringify(board.embeds);
    expect(text).toContain(`**1.** <@${host.id}> · 20 min`);
    expect(text).toContain(`**2.** <@${mina.id}> · 18 min`);
    // jun: 2:0x–10 by voice (about 8 minutes).
    expect(text).toMatch(new RegExp(`\\*\\*3\\.\\*\\* <@${jun.id}> · [78] min`));
    expect(board.attachments.map((a) => a.filename)).toEqual(['leaderboard.png']);
  });

  it('reconciles voice from GUILD_CREATE after the bot reconnects: who is in stays in once, who left is out', async () => {
    const guild = h.emulator.defaultGuild;
    const voice = guild.channels.find((c) => c.name === 'Study Room')!.id;
    const host = h.emulator.createUser({ username: 'host2' });
    const stay = h.emulator.createUser({ username: 'stay' });
    const gone = h.emulator.createUser({ username: 'gone' });
    await h.emulator
      .command({ name: 'study', subcommand: 'start', options: { focus: 30, break: 5, cycles: 1, voice }, user: host, channelId: guild.channels[1]!.id })
      .message();
    await at(30);
    h.emulator.setVoice({ user: stay, channelId: voice });
    h.emulator.setVoice({ user: gone, channelId: voice });
    await until(() =>
      (h.app.db.prepare("SELECT count(*) AS n FROM study_presence WHERE source = 'voice' AND left_at IS NULL").get() as { n: number }).n >= 2
        ? true
        : undefined,
    );
    // `gone` leaves voice and the bot misses the event (a gateway hiccup); it reconnects, and the new
    // connection's GUILD_CREATE says who is in now.
    h.emulator.setVoice({ user: gone, channelId: null, missed: true });
    await h.restart();
    await until(() =>
      (h.app.db.prepare('SELECT count(*) AS n FROM study_presence WHERE user_id = ? AND left_at IS NOT NULL').get(gone.id) as { n: number }).n
        ? true
        : undefined,
    );
    const open = h.app.db
      .prepare("SELECT user_id FROM study_presence WHERE source = 'voice' AND left_at IS NULL AND session_id = (SELECT max(id) FROM study_sessions)")
      .all();
    expect(open).toEqual([{ user_id: stay.id }]);
    await h.emulator.command({ name: 'study', subcommand: 'stop', user: host, channelId: guild.channels[1]!.id }).message();
  });
});
