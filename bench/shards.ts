import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { GuildSettingsStore } from '../src/db/guildSettings.js';
import { DiscordEmulator } from '../test/emulator/emulator.js';
import { ROOT, TOKEN, build, sampleMemory, sleep, start, waitFor } from './process.js';
import { countPosts, probeSummary } from './fanout.js';
import { percentile, round, scratch, table } from './util.js';

const GUILDS = 5000;
const SHARDS = 4;
const PER_PROCESS = 2;
const PER_SECOND = 50;

/**
 * 5,000 guilds over 4 shards in 2 processes behind the REST proxy, as `npm start` runs them with
 * SHARD_COUNT=4 SHARDS_PER_PROCESS=2, against the emulator with Discord's global limit enforced:
 * time to ready, every guild's daily post due in the same minute, /summary meanwhile, and memory
 * beside bare discord.js clients holding the same shards.
 */
export async function shardsBench(): Promise<void> {
  const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: GUILDS, globalRateLimit: PER_SECOND, maxConcurrency: PER_PROCESS });
  const { dir, cleanup } = scratch('shards');
  const databasePath = join(dir, 'shards.db');
  const children: ChildProcess[] = [];
  try {
    const entry = build(dir);
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: emulator.apiUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
      SHARD_COUNT: String(SHARDS),
      SHARDS_PER_PROCESS: String(PER_PROCESS),
    };
    const started = Date.now();
    // Started as the Docker image starts it; the shard processes inherit the node flags.
    const bot = start(entry, env, ['--max-semi-space-size=2']);
    children.push(bot);
    let log = '';
    bot.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await waitFor('every shard process to be ready', () => log.includes('every shard process is ready'), 300_000);
    const readySeconds = (Date.now() - started) / 1000;
    const shardPids = log
      .split('\n')
      .filter((line) => line.includes('shard process spawned'))
      .map((line) => (JSON.parse(line) as { pid: number }).pid);
    if (shardPids.length !== SHARDS / PER_PROCESS) throw new Error(`expected ${SHARDS / PER_PROCESS} shard processes, saw ${shardPids.length}`);

    // Bare clients holding the same shards, connected directly (they send nothing).
    const bareEnv = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl };
    const bare = [0, 1].map((index) => {
      const shards = Array.from({ length: PER_PROCESS }, (_, i) => index * PER_PROCESS + i);
      const child = start(join(ROOT, 'bench/bareClient.mjs'), { ...bareEnv, SHARD_LIST: JSON.stringify(shards), SHARD_TOTAL: String(SHARDS) });
      children.push(child);
      return child;
    });
    await Promise.all(
      bare.map((child) => new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()))),
    );
    await sleep(3000);
    type Memory = { rss: number; private: number };
    const [manager, shardProcesses, bareClients] = (await sampleMemory([[bot.pid!], shardPids, bare.map((child) => child.pid!)])) as [Memory, Memory, Memory];
    const botRss = manager.rss + shardProcesses.rss;
    const bareRss = bareClients.rss;
    const botPrivate = manager.private + shardProcesses.private;
    // The bare clients would also receive the guilds' interactions: gone before the fan-out.
    for (const child of bare) child.kill('SIGTERM');

    // Every guild's daily post at the next minute boundary at least 15 s away (UTC).
    const due = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    const db = openDatabase(databasePath);
    const settings = new GuildSettingsStore(db);
    db.transaction(() => {
      for (const guild of emulator.guilds)
        settings.update(guild.id, { channelId: guild.channels[0]!.id, postTime: time, timezone: 'UTC', language: 'en' }, new Date());
    })();
    db.close();
    process.stderr.write(`  ${SHARDS} shards ready in ${round(readySeconds, 1)} s; posting at ${due.toISOString()}\n`);

    const firstRequest = emulator.requests.length;
    await waitFor('the post time', () => Date.now() >= due.getTime(), 120_000);

    // /summary from a member of a random guild every 200 ms while the posts fan out.
    const probes = probeSummary(emulator);
    await waitFor(`${GUILDS} posts`, () => countPosts(emulator).posted >= GUILDS, 400_000);
    const finished = Date.now();
    const latencies = await probes.stop();

    const { posted, duplicates, lastAt } = countPosts(emulator);
    const seconds = (lastAt - due.getTime()) / 1000;
    const botRequests = emulator.requests.slice(firstRequest).filter((r) => r.headers.authorization !== undefined && r.at <= finished);
    const limited = botRequests.filter((r) => r.status === 429).length;
    const bound = GUILDS / PER_SECOND;

    const result = {
      bench: 'shards',
      guilds: GUILDS,
      shards: SHARDS,
      processes: SHARDS / PER_PROCESS,
      ready_s: round(readySeconds, 1),
      posted,
      duplicates,
      seconds: round(seconds, 2),
      bound_seconds: bound,
      ratio_to_bound: round(seconds / bound, 3),
      // The share of the bot's requests during the fan-out that Discord answered 429.
      rate_limited: round(limited / Math.max(1, botRequests.length), 4),
      summary_p99_ms: round(percentile(latencies, 99), 1),
      rss_mb: round(botRss, 1),
      bare_rss_mb: round(bareRss, 1),
      rss_ratio: round(botRss / bareRss, 3),
    };
    table(`shards: ${GUILDS.toLocaleString()} guilds, ${SHARDS} shards in ${result.processes} processes + the REST proxy, global limit ${PER_SECOND}/s`, [
      ['time until every shard is ready', `${result.ready_s} s`],
      ['daily posts (each once)', `${result.posted} (duplicates: ${duplicates})`],
      ['time to post all', `${result.seconds} s`],
      ['bound', `${GUILDS} requests ÷ ${PER_SECOND}/s = ${bound} s`],
      ['ratio to bound', `${result.ratio_to_bound}   (target ≤ 1.10)`],
      ['answered 429', `${limited} of ${botRequests.length} requests = ${round(result.rate_limited * 100, 2)}%   (target < 1%)`],
      [
        '/summary p50 / p99 during fan-out (callbacks through the proxy)',
        `${round(percentile(latencies, 50), 1)} / ${result.summary_p99_ms} ms over ${latencies.length}   (target p99 ≤ 250)`,
      ],
      [
        'RSS: manager + proxy + 2 shard processes',
        `${result.rss_mb} MB (manager with the proxy ${round(manager.rss, 1)}, shard processes ${round(shardProcesses.rss, 1)})`,
      ],
      ['RSS: 2 bare clients, same shards, same moment', `${result.bare_rss_mb} MB`],
      ['RSS ratio', `${result.rss_ratio}   (target ≤ 1.3)`],
      // A sum of RSS counts node's own code (mapped once by the kernel) once per process: three against two.
      [
        'private memory: bot / bare clients',
        `${round(botPrivate, 1)} MB (manager ${round(manager.private, 1)}) / ${round(bareClients.private, 1)} MB = ${round(botPrivate / bareClients.private, 3)}`,
      ],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await sleep(1500);
    await emulator.close();
    cleanup();
  }
}
