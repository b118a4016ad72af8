import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { GuildSettingsStore } from '../src/db/guildSettings.js';
import { localParts } from '../src/domain/time.js';
import { DiscordEmulator } from '../test/emulator/emulator.js';
import { ROOT, TOKEN, build, rssMb, sampleMemory, sleep, start, waitFor } from './process.js';
import { countPosts, probeSummary } from './fanout.js';
import { flag, percentile, round, scratch, table } from './util.js';

/** A zone in which `due` falls later on the same local day as now, so it is not already past. */
function zoneFor(due: Date): string {
  const zones = ['UTC', 'Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'Pacific/Honolulu'];
  return zones.find((zone) => localParts(due, zone).date === localParts(new Date(), zone).date && localParts(due, zone).hour >= 1)!;
}

/**
 * 1,000 guilds due in the same minute, posted by the real bot process through the emulator with
 * Discord's global limit of 50 requests per second enforced; /summary answered meanwhile.
 */
export async function dailyBench(args: string[]): Promise<void> {
  const guilds = flag(args, 'guilds', 1000);
  const perSecond = 50;
  const emulator = await DiscordEmulator.start({ token: TOKEN, guildCount: guilds, globalRateLimit: perSecond, maxConcurrency: 16 });
  const { dir, cleanup } = scratch('daily');
  const databasePath = join(dir, 'daily.db');
  const children: ChildProcess[] = [];
  try {
    const entry = build(dir);
    // Every guild posts at the next minute boundary at least 40 s away.
    const now = Date.now();
    const due = new Date(Math.ceil((now + 40_000) / 60_000) * 60_000);
    const timezone = zoneFor(due);
    const local = localParts(due, timezone);
    const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
    const db = openDatabase(databasePath);
    const settings = new GuildSettingsStore(db);
    db.transaction(() => {
      for (const guild of emulator.guilds)
        settings.update(guild.id, { channelId: guild.channels[0]!.id, postTime: time, timezone, language: 'en' }, new Date());
    })();
    db.close();

    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' };
    // Started as the Docker image starts it (its CMD's node flags); the bare client with none.
    const bot = start(entry, env, ['--max-semi-space-size=2']);
    children.push(bot);
    await emulator.waitForRequest({ method: 'PUT', path: /\/applications\/\d+\/commands$/ }, 120_000);
    const bare = start(join(ROOT, 'bench/bareClient.mjs'), env);
    children.push(bare);
    await new Promise<void>((resolve) => bare.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
    // RSS moves by several MB from one moment to the next: take the median of five samples of
    // each process, a second apart, after both have settled.
    await sleep(3000);
    const [bareMemory, botMemory] = await sampleMemory([[bare.pid!], [bot.pid!]]);
    const bareRss = bareMemory!.rss;
    const botRssConnected = botMemory!.rss;
    process.stderr.write(`  connected; posting at ${due.toISOString()} (${Math.round((due.getTime() - Date.now()) / 1000)} s from now)\n`);

    const firstRequest = emulator.requests.length;
    await waitFor('the post time', () => Date.now() >= due.getTime(), 300_000);

    // /summary from a member of a random guild every 200 ms while the posts fan out.
    const probes = probeSummary(emulator);
    await waitFor(`${guilds} posts`, () => countPosts(emulator).posted >= guilds, 300_000);
    const finished = Date.now();
    const latencies = await probes.stop();
    const botRss = rssMb(bot.pid!);

    const { posted, duplicates, lastAt } = countPosts(emulator);
    const seconds = (lastAt - due.getTime()) / 1000;
    const botRequests = emulator.requests.slice(firstRequest).filter((r) => r.headers.authorization !== undefined && r.at <= finished);
    // The requests the posts need: 429s (retried by discord.js) are a cost of the run, not of the bound.
    const requests = botRequests.filter((r) => r.status !== 429).length;
    const retried = botRequests.length - requests;
    const bound = requests / perSecond;

    const result = {
      bench: 'daily',
      guilds,
      posted,
      duplicates,
      seconds: round(seconds, 2),
      requests,
      bound_seconds: round(bound, 2),
      ratio_to_bound: round(seconds / bound, 3),
      summary_p99_ms: round(percentile(latencies, 99), 1),
      // With the guilds connected, measured beside the bare client at the same moment.
      rss_mb: round(botRssConnected, 1),
      bare_client_rss_mb: round(bareRss, 1),
      rss_ratio: round(botRssConnected / bareRss, 3),
    };
    table(`daily: ${guilds.toLocaleString()} guilds due in the same minute, global limit ${perSecond}/s`, [
      ['posted (each once)', `${result.posted} (duplicates: ${duplicates})`],
      ['time to post all', `${result.seconds} s`],
      ['REST requests needed / bound', `${requests} requests ÷ ${perSecond}/s = ${result.bound_seconds} s (plus ${retried} answered 429 and retried)`],
      ['ratio to bound', `${result.ratio_to_bound}   (target ≤ 1.10)`],
      ['/summary p50 / p99 during fan-out', `${round(percentile(latencies, 50), 1)} / ${result.summary_p99_ms} ms over ${latencies.length}`],
      ['bot RSS, guilds connected', `${result.rss_mb} MB`],
      ['bare discord.js client RSS, same moment', `${result.bare_client_rss_mb} MB`],
      ['RSS ratio', `${result.rss_ratio}   (target ≤ 1.2)`],
      ['bot RSS right after the fan-out', `${round(botRss, 1)} MB (${round(botRss / bareRss, 2)}× the bare client)`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await sleep(500);
    await emulator.close();
    cleanup();
  }
}
