import { describe, expect, it } from 'vitest';
import { Pacer, SlidingWindow } from '../src/discord/proxy.js';
import { managedShards, shardOfGuild, shardPlan } from '../src/discord/shards.js';
import { ConfigError, DEFAULT_API_URL, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('starts in console mode with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.token).toBeUndefined();
    expect(config.apiUrl).toBe(DEFAULT_API_URL);
    expect(config.databasePath).toBe('./data/studybot.db');
    expect(config.locale).toBe('ko');
    expect(config.revealHours).toBe(24);
    expect(config.logLevel).toBeUndefined();
    expect(loadConfig({ DAILY_REVEAL_HOURS: '6' }).revealHours).toBe(6);
  });

  it('treats empty values from a copied .env.example as unset', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DEV_GUILD_ID: '', LOCALE: '' });
    expect(config.token).toBeUndefined();
    expect(config.devGuildId).toBeUndefined();
    expect(config.locale).toBe('ko');
  });

  it('names each bad variable on its own line with what is expected', () => {
    const lines = problems({ DEV_GUILD_ID: '12ab', DISCORD_API_URL: 'not a url', LOCALE: 'fr', LOG_LEVEL: 'loud', DAILY_REVEAL_HOURS: '0' });
    expect(lines).toHaveLength(5);
    expect(lines).toContain('DAILY_REVEAL_HOURS must be a whole number of hours between 1 and 168');
    expect(lines).toContain('DEV_GUILD_ID must be a Discord snowflake (17–20 digits)');
    expect(lines.find((l) => l.startsWith('DISCORD_API_URL '))).toMatch(/http\(s\) URL/);
    expect(lines).toContain('LOCALE must be ko or en');
    expect(lines.find((l) => l.startsWith('LOG_LEVEL '))).toMatch(/one of/);
  });

  it('rejects a token with spaces without echoing it', () => {
    const lines = problems({ DISCORD_TOKEN: 'abc def ghi jkl mno pqr stu' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN /);
    expect(lines[0]).not.toContain('abc def');
  });

  it('strips a trailing slash from DISCORD_API_URL since discord.js appends /v10', () => {
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:9999/api/' }).apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it('reads the sharding variables: SHARD_COUNT auto or a number, SHARDS_PER_PROCESS, REST_PROXY on/off', () => {
    expect(loadConfig({})).toMatchObject({ shardCount: 'auto', shardsPerProcess: undefined, restProxy: undefined });
    expect(loadConfig({ SHARD_COUNT: '4', SHARDS_PER_PROCESS: '2', REST_PROXY: 'off' })).toMatchObject({
      shardCount: 4,
      shardsPerProcess: 2,
      restProxy: false,
    });
    expect(() => loadConfig({ SHARD_COUNT: 'many', SHARDS_PER_PROCESS: '0', REST_PROXY: 'yes' })).toThrow(
      /SHARD_COUNT must be auto or a whole number[\s\S]*SHARDS_PER_PROCESS must be a whole number[\s\S]*REST_PROXY must be on or off/,
    );
  });
});

describe('shards', () => {
  it('puts each guild on Discord’s shard and splits shards over processes in order', () => {
    expect(shardOfGuild('175928847299117063', 4)).toBe(Number((175928847299117063n >> 22n) % 4n));
    expect(shardPlan(4, 2)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(shardPlan(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(shardPlan(3, undefined)).toEqual([[0, 1, 2]]);
    expect(managedShards({ SHARDING_MANAGER: 'true', SHARDS: '1', STUDYBOT_SHARD_COUNT: '4', STUDYBOT_SHARDS_PER_PROCESS: '2' })).toEqual({
      process: 1,
      shards: [2, 3],
      count: 4,
    });
    expect(managedShards({ SHARDS: '1' })).toBeUndefined();
  });

  it('paces the proxy’s requests evenly, and caps any second', async () => {
    const pacer = new Pacer(50);
    const started = Date.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 11 }, () => pacer.take().then(() => times.push(Date.now() - started))));
    // Eleven requests at 50 a second: the last one 200 ms after the first, none bunched.
    expect(times.at(-1)!).toBeGreaterThanOrEqual(195);
    // A busy event loop (100 ms blocked) delays what follows; it does not release several at once.
    const late = new Pacer(50);
    const sent: number[] = [];
    const all = Promise.all(Array.from({ length: 6 }, () => late.take().then(() => sent.push(Date.now()))));
    const blockedUntil = Date.now() + 100;
    while (Date.now() < blockedUntil);
    await all;
    const gaps = sent.slice(1).map((at, i) => at - sent[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(19);
    const window = new SlidingWindow(3, 200);
    const at: number[] = [];
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => window.take().then(() => at.push(Date.now() - t0))));
    expect(at.slice(3).every((t) => t >= 200)).toBe(true);
  });
});
