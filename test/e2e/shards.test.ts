import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { GuildSettingsStore } from '../../src/db/guildSettings.js';
import { shardOfGuild } from '../../src/discord/shards.js';
import { DiscordEmulator } from '../emulator/emulator.js';
import { finished, startBot } from '../helpers/spawnBot.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GxYzAb.emulator-secret-token-value';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studybot-shards-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async <T>(what: () => T | undefined, timeoutMs: number, label: string): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = what();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

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
    try {
      await until(() => (err.includes('every shard process is ready') ? true : undefined), 60_000, 'the shard processes');
      const sessions = emulator.gatewaySessions.map((s) => s.shard).sort((a, b) => a[0] - b[0]);
      expect(sessions).toEqual([
        [0, 4],
        [1, 4],
        [2, 4],
        [3, 4],
      ]);
      // Each process holds its two shards' guilds, and says so (its log line may trail the manager's).
      const connectedLines = () => lines(err).filter((l) => l.msg === 'connected to Discord');
      const connected = await until(() => (connectedLines().length >= 2 ? connectedLines() : undefined), 10_000, 'both processes’ connected lines');
      expect(connected.map((l) => l.shards).sort()).toEqual([
        [0, 1],
        [2, 3],
      ]);
      const held = (shards: number[]) => emulator.guilds.filter((g) => shards.includes(shardOfGuild(g.id, 4))).length;
      expect(connected.map((l) => l.guilds).sort()).toEqual([held([0, 1]), held([2, 3])].sort());

      // Every guild's command is answered once, by the process of its shard (the only one that gets it).
      for (const guild of emulator.guilds) {
        const handle = emulator.command({ name: 'summary', guildId: guild.id, channelId: guild.channels[0]!.id, options: { topic: 'nlp' } });
        const reply = await handle.message(10_000);
        expect(reply.embeds.length).toBeGreaterThan(0);
        expect(handle.callbacks).toHaveLength(1);
      }
      expect(emulator.requestsTo('PUT', /\/applications\/\d+\/commands$/)).toHaveLength(1);
      await until(() => (dailyPosts(emulator).every((n) => n === 1) ? true : undefined), 20_000, 'the daily posts');

      // A shard process dies at posting time: the manager starts it again; nothing is posted twice.
      const spawned = lines(err).filter((l) => l.msg === 'shard process spawned');
      const victim = spawned[0]!.pid as number;
      const readyBefore = lines(err).filter((l) => l.msg === 'shard process ready' && l.process === spawned[0]!.process).length;
      process.kill(victim, 'SIGKILL');
      await until(
        () => (lines(err).some((l) => l.msg === 'shard process exited' && l.process === spawned[0]!.process) ? true : undefined),
        20_000,
        'the death',
      );
      await until(
        () => (lines(err).filter((l) => l.msg === 'shard process ready' && l.process === spawned[0]!.process).length > readyBefore ? true : undefined),
        60_000,
        'the respawned process',
      );
      expect(lines(err).filter((l) => l.msg === 'shard process spawned' && l.process === spawned[0]!.process)).toHaveLength(2);
      const again = emulator.guilds.find((g) => (spawned[0]!.shards as number[]).includes(shardOfGuild(g.id, 4)))!;
      expect(
        (await emulator.command({ name: 'summary', guildId: again.id, channelId: again.channels[0]!.id, options: { topic: 'ethics' } }).message(10_000)).embeds
          .length,
      ).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(dailyPosts(emulator).every((n) => n === 1)).toBe(true);
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
