import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ComponentType } from 'discord-api-types/v10';
import { DiscordEmulator, type InteractionHandle } from '../test/emulator/emulator.js';
import { ROOT, TOKEN, build, sleep, start, waitFor } from './process.js';
import { flag, percentile, round, scratch, table } from './util.js';

interface Sample {
  minute: number;
  interactions: number;
  rssMb: number;
  heapMb: number;
}

const TOPICS = ['fullstack', 'ethics', 'career', 'nlp'];

/** Asks the bot process (through the preloaded probe) for its memory after a full GC. */
function measure(child: ChildProcess): Promise<{ rss: number; heapUsed: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bot did not report its memory')), 10_000);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as { rss: number; heapUsed: number });
    });
    child.send('memory');
  });
}

/**
 * 50 members using the bot for `minutes` minutes at about `rate` interactions a second through the
 * real client against the emulator (summaries, navigation, quizzes and answers, /progress and
 * /stats cards), the bot running as the Docker image runs it: RSS and heap after GC each minute.
 */
export async function soakBench(args: string[]): Promise<void> {
  const minutes = flag(args, 'minutes', 10);
  const rate = flag(args, 'rate', 350);
  const emulator = await DiscordEmulator.start({ token: TOKEN, globalRateLimit: 50, interactionDeadlineMs: 3000 });
  const { dir, cleanup } = scratch('soak');
  let bot: ChildProcess | undefined;
  try {
    const entry = build(dir);
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_PATH: join(dir, 'soak.db'), LOG_LEVEL: 'error' };
    bot = start(entry, env, ['--expose-gc', '--max-semi-space-size=2', '--import', join(ROOT, 'bench/memory-probe.mjs')], ['pipe', 'pipe', 'pipe', 'ipc']);
    await emulator.waitForGateway(1, 30_000);
    await waitFor('the commands to be registered', () => emulator.globalCommands.length > 0, 30_000);
    const members = Array.from({ length: 50 }, (_, i) => emulator.createUser({ username: `member${i}` }));
    const channel = emulator.defaultChannelId;

    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const acks: number[] = [];
    let sent = 0;
    let failed = 0;
    let inFlight = 0;
    /** Public messages with buttons members can press: summaries and quizzes. */
    const clickable: string[] = [];
    /** The buttons of a message as members see it now (others may have moved it on; a disabled one cannot be pressed). */
    const buttonsOf = (messageId: string) =>
      (emulator.message(messageId)?.components ?? []).flatMap((row) =>
        'components' in row
          ? (row.components as { type: number; custom_id?: string; disabled?: boolean }[]).flatMap((c) =>
              c.type === ComponentType.Button && c.custom_id && !c.disabled ? [c.custom_id] : [],
            )
          : [],
      );

    const timed = async (handle: InteractionHandle, keep: boolean) => {
      const started = Date.now();
      const response = await handle.response(10_000);
      acks.push(response.at - started);
      if (keep) {
        const message = await handle.message(10_000);
        if (buttonsOf(message.id).length > 0) {
          clickable.push(message.id);
          if (clickable.length > 200) clickable.shift();
        }
      }
    };
    const one = async () => {
      const member = pick(members);
      const roll = random();
      const locale = random() < 0.6 ? 'ko' : 'en-US';
      if (roll < 0.35 || clickable.length === 0) {
        await timed(emulator.command({ name: 'summary', options: { topic: pick(TOPICS) }, user: member, locale, channelId: channel }), true);
      } else if (roll < 0.6) {
        const target = pick(clickable);
        const buttons = buttonsOf(target);
        if (buttons.length === 0) return;
        await timed(emulator.click({ messageId: target, customId: pick(buttons), user: member, locale }), false);
      } else if (roll < 0.9) {
        await timed(
          emulator.command({ name: 'quiz', subcommand: 'practice', options: { topic: pick(TOPICS) }, user: member, locale, channelId: channel }),
          true,
        );
      } else if (roll < 0.95) {
        await timed(emulator.command({ name: 'progress', user: member, locale, channelId: channel }), false);
      } else {
        await timed(emulator.command({ name: 'stats', user: member, locale, channelId: channel }), false);
      }
    };

    const samples: Sample[] = [];
    const startedAt = Date.now();
    const interval = 1000 / rate;
    let next = startedAt;
    for (let minute = 1; minute <= minutes; minute++) {
      const until = startedAt + minute * 60_000;
      while (Date.now() < until) {
        // Open loop at `rate`, but never more than 200 unanswered at once (the bot is one process).
        while (next <= Date.now() && inFlight < 200) {
          next += interval;
          sent++;
          inFlight++;
          void one()
            .catch((error: unknown) => {
              if (failed++ < 3) console.error(String(error).slice(0, 300));
            })
            .finally(() => inFlight--);
        }
        await sleep(Math.max(1, Math.min(20, next - Date.now())));
      }
      const memory = await measure(bot);
      samples.push({ minute, interactions: sent, rssMb: round(memory.rss / 1024 / 1024, 1), heapMb: round(memory.heapUsed / 1024 / 1024, 1) });
      // The emulator forgets what the bot can no longer reach, so its own memory stays flat.
      emulator.forgetOlderThan(30_000);
      clickable.splice(0, clickable.length - 50);
    }
    await waitFor('the last answers', () => inFlight === 0, 30_000).catch(() => undefined);

    const at = (minute: number) => samples.find((s) => s.minute === Math.min(minute, samples.length))!;
    const first = at(2);
    const last = at(minutes);
    const result = {
      bench: 'soak',
      minutes,
      interactions: sent,
      heap_mb_min2: first.heapMb,
      heap_mb_min10: last.heapMb,
      heap_growth: round(last.heapMb / first.heapMb - 1, 3),
      rss_mb_min2: first.rssMb,
      rss_mb_min10: last.rssMb,
      rss_growth: round(last.rssMb / first.rssMb - 1, 3),
      ack_p99_ms: round(percentile(acks, 99), 1),
    };
    table(`soak: 50 members, ~${rate} interactions/s for ${minutes} min through the real client (failed: ${failed})`, [
      ...samples.map((s): [string, string] => [`minute ${s.minute}`, `${s.interactions} interactions · RSS ${s.rssMb} MB · heap after GC ${s.heapMb} MB`]),
      ['heap growth, minute 2 → last', `${round(result.heap_growth * 100, 1)}%   (target ≤ 10%)`],
      ['RSS growth, minute 2 → last', `${round(result.rss_growth * 100, 1)}%   (target ≤ 15%)`],
      ['acknowledgement p99', `${result.ack_p99_ms} ms`],
    ]);
    console.log(JSON.stringify(result));
  } finally {
    bot?.kill('SIGTERM');
    await sleep(500);
    await emulator.close();
    cleanup();
  }
}
