import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { GuildSettingsStore } from '../../src/db/guildSettings.js';
import { shardOfGuild } from '../../src/discord/shards.js';
import { DiscordEmulator } from '../emulator/emulator.js';
import { finished, startBot } from '../helpers/spawnBot.js';
import { until } from '../helpers/until.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GxYzAb.emulator-secret-token-value';
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studybot-shards-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every guild's daily post is due now (its time is this minute, UTC): each process posts its guilds at start. */
function dueNow(path: string, emulator: DiscordEmulator): void {
  const db = openDatabase(path);
  const guilds = new GuildSettingsStore(db);
  const now = new Date();
  const time = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
  for (const guild of emulator.guilds) guilds.update(guild.id, { channelId: guild.channels[0]!.id, postTime: time, timezone: 'UTC', language: 'en' }, now);
  db.close();
}

const dailyPosts = (emulator: DiscordEmulator) =>
  emulator.guilds.map((guild) => emulator.messages(guild.channels[0]!.id).filter((m) => String(m.nonce ?? '').startsWith('daily-')).length);
const lines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('sharded: two processes × two shards behind the REST proxy', () => {
  it('answers every guild from the process holding its shard, posts each daily once (a process killed at posting time too), registers once, and stops cleanly', {
    timeout: 120_000,
  }, async () => {
    const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: 40, globalRateLimit: 50, maxConcurrency: 2 });
    const path = join(dir, 'two.db');
    dueNow(path, emulator);
    const child = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_PATH: path,
      LOG_LEVEL: 'info',
      SHARD_COUNT: '4',
      SHARDS_PER_PROCESS: '2',
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const done = finished(child, 110_000);
    const logged = (msg: string) => lines(err).filter((l) => l.msg === msg);
    const first = (shards: number[]) => logged('shard process spawned').find((l) => String(l.shards) === String(shards));
    // The process of shards 0 and 1 is SIGKILLed the moment its first daily post lands: it dies
    // with the rest of its posts claimed, some sent but not recorded, some still queued.
    const channels01 = emulator.guilds.filter((g) => [0, 1].includes(shardOfGuild(g.id, 4))).map((g) => g.channels[0]!.id);
    const killed = emulator.waitForRequest({ method: 'POST', path: new RegExp(`^/channels/(${channels01.join('|')})/messages$`) }, 60_000).then(() => {
      const victim = first([0, 1])!;
      process.kill(victim.pid as number, 'SIGKILL');
      return victim;
    });
    try {
      await until(() => (err.includes('every shard process is ready') ? true : undefined), 60_000, 'the shard processes');
      const victim = await killed;
      await until(() => (logged('shard process exited').some((l) => l.process === victim.process) ? true : undefined), 20_000, 'the death');
      await until(() => (logged('shard process spawned').filter((l) => l.process === victim.process).length === 2 ? true : undefined), 20_000, 'the respawn');
      // The respawned process takes over its previous run's claims at once: every guild gets its
      // post, once (what had gone out comes back by its nonce), without waiting for the lease.
      // The messages can all be there (the dead run's sends went through the proxy) before the
      // respawned run has recorded its takeovers: wait for the database, then count the messages.
      const db = openDatabase(path);
      const statuses = () => db.prepare('SELECT status, count(*) AS n FROM daily_posts GROUP BY status').all() as { status: string; n: number }[];
      const settled = () => {
        const rows = statuses();
        return rows.reduce((sum, row) => sum + row.n, 0) === 40 && rows.every((row) => row.status !== 'claimed') ? rows : undefined;
      };
      const sent = await until(settled, 30_000, 'every daily post claimed and settled');
      db.close();
      expect(sent).toEqual([{ status: 'sent', n: 40 }]);
      expect(dailyPosts(emulator).every((n) => n === 1)).toBe(true);
      expect(logged('daily post sent').some((l) => l.attempt === 2 && (l.shards as number[] | undefined)?.includes(0))).toBe(true);

      const live = () => emulator.gatewaySessions.filter((session) => session.socket !== null);
      await until(() => (live().length === 4 ? true : undefined), 30_000, 'four live sessions');
      expect(
        live()
          .map((session) => session.shard)
          .sort((a, b) => a[0] - b[0]),
      ).toEqual([
        [0, 4],
        [1, 4],
        [2, 4],
        [3, 4],
      ]);
      // Each process holds its two shards' guilds, and says so (the respawned one twice).
      const held = (shards: number[]) => emulator.guilds.filter((g) => shards.includes(shardOfGuild(g.id, 4))).length;
      const connected = await until(() => (logged('connected to Discord').length >= 3 ? logged('connected to Discord') : undefined), 20_000, 'connected lines');
      expect(connected.map((l) => `${String(l.shards)}: ${String(l.guilds)}`).sort()).toEqual(
        [`0,1: ${held([0, 1])}`, `0,1: ${held([0, 1])}`, `2,3: ${held([2, 3])}`].sort(),
      );

      // Every guild's command is answered once, by the process of its shard (the only one that gets it).
      for (const guild of emulator.guilds) {
        const handle = emulator.command({ name: 'summary', guildId: guild.id, channelId: guild.channels[0]!.id, options: { topic: 'nlp' } });
        const reply = await handle.message(10_000);
        expect(reply.embeds.length).toBeGreaterThan(0);
        expect(handle.callbacks).toHaveLength(1);
      }
      // `/studyconfig show` names the shard serving the server, as the process serving it sees it.
      for (const shard of [0, 1, 2, 3]) {
        const guild = emulator.guilds.find((g) => shardOfGuild(g.id, 4) === shard)!;
        const show = emulator.command({
          name: 'studyconfig',
          subcommand: 'show',
          guildId: guild.id,
          channelId: guild.channels[0]!.id,
          memberPermissions: MANAGE_GUILD,
          locale: 'en-US',
        });
        const fields = (await show.message(10_000)).embeds[0]!.fields ?? [];
        expect(fields.find((f) => f.name === 'Served by')?.value).toBe(`shard ${shard} of 4`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(dailyPosts(emulator).every((n) => n === 1)).toBe(true);
      // Registered once, by the manager, though a shard process started twice.
      expect(emulator.requestsTo('PUT', /\/applications\/\d+\/commands$/)).toHaveLength(1);
      // Through the proxy, the bot as a whole stayed under Discord's global limit.
      expect(emulator.rateLimitedCount).toBe(0);

      const pids = lines(err)
        .filter((l) => l.msg === 'shard process spawned')
        .map((l) => l.pid as number);
      const proxyPort = lines(err).find((l) => l.msg === 'REST proxy listening')!.port as number;
      child.kill('SIGTERM');
      const run = await done;
      expect(run.code).toBe(0);
      expect(pids.filter(alive)).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${proxyPort}/api/v10/gateway`)).rejects.toThrow();
      expect(`${run.stdout}${run.stderr}`).not.toContain('emulator-secret-token-value');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await emulator.close();
    }
  });
});

describe('sharded: four processes posting at once', () => {
  it('stay under the global limit through the proxy (0 global 429s); without it they collect 429s', { timeout: 150_000 }, async () => {
    const run = async (proxy: 'on' | 'off') => {
      const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: 240, globalRateLimit: 50, maxConcurrency: 4 });
      const path = join(dir, `storm-${proxy}.db`);
      dueNow(path, emulator);
      const child = startBot({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: emulator.apiUrl,
        DATABASE_PATH: path,
        LOG_LEVEL: 'warn',
        SHARD_COUNT: '4',
        SHARDS_PER_PROCESS: '1',
        REST_PROXY: proxy,
      });
      const done = finished(child, 140_000);
      try {
        await until(() => (dailyPosts(emulator).every((n) => n === 1) ? true : undefined), 100_000, `every daily post (proxy ${proxy})`);
        return { rejected: emulator.rateLimitedCount, posts: dailyPosts(emulator).reduce((a, b) => a + b, 0) };
      } finally {
        child.kill('SIGTERM');
        await done.catch(() => undefined);
        await emulator.close();
      }
    };
    const withProxy = await run('on');
    expect(withProxy).toEqual({ rejected: 0, posts: 240 });
    const without = await run('off');
    expect(without.posts).toBe(240);
    expect(without.rejected).toBeGreaterThan(0);
  });
});

describe('sharded: every shard fits in one process', () => {
  it('runs them itself, with no manager and no proxy', { timeout: 60_000 }, async () => {
    const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: 10, maxConcurrency: 2 });
    const child = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_PATH: join(dir, 'one.db'),
      LOG_LEVEL: 'info',
      SHARD_COUNT: '2',
      SHARDS_PER_PROCESS: '2',
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const done = finished(child, 50_000);
    try {
      const connected = await until(() => lines(err).find((l) => l.msg === 'connected to Discord'), 30_000, 'the connection');
      expect(connected.shards).toEqual([0, 1]);
      expect(emulator.gatewaySessions.map((s) => s.shard).sort((a, b) => a[0] - b[0])).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const guild = emulator.guilds.find((g) => shardOfGuild(g.id, 2) === 1)!;
      expect(
        (await emulator.command({ name: 'summary', guildId: guild.id, channelId: guild.channels[0]!.id, options: { topic: 'nlp' } }).message(10_000)).embeds
          .length,
      ).toBeGreaterThan(0);
      expect(lines(err).some((l) => l.msg === 'starting shard processes' || l.msg === 'REST proxy listening')).toBe(false);
      child.kill('SIGTERM');
      expect((await done).code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await emulator.close();
    }
  });
});
