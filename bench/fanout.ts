import type { DiscordEmulator } from '../test/emulator/emulator.js';
import { sleep } from './process.js';

/** A member's `/summary` in a random guild every 200 ms until stopped; resolves to the latencies (ms). */
export function probeSummary(emulator: DiscordEmulator): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const guild = emulator.guilds[Math.floor(Math.random() * emulator.guilds.length)]!;
      const handle = emulator.command({ name: 'summary', options: { topic: 'nlp' }, guildId: guild.id, channelId: guild.channels[0]!.id });
      await handle.response(10_000);
      latencies.push(performance.now() - started);
      await sleep(200);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/** The channel messages Discord accepted: how many channels got one, how many got more, and when the last went out. */
export function countPosts(emulator: DiscordEmulator): { posted: number; duplicates: number; lastAt: number } {
  const posts = emulator.requestsTo('POST', /^\/channels\/\d+\/messages$/).filter((r) => r.status === 200);
  const perChannel = new Map<string, number>();
  for (const request of posts) perChannel.set(request.path, (perChannel.get(request.path) ?? 0) + 1);
  return {
    posted: perChannel.size,
    duplicates: [...perChannel.values()].reduce((sum, n) => sum + (n - 1), 0),
    lastAt: Math.max(...posts.map((r) => r.at)),
  };
}
