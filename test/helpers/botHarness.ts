import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import type { App } from '../../src/app/app.js';
import { runDiscord, type RunningBot } from '../../src/discord/run.js';
import { DiscordEmulator } from '../emulator/emulator.js';
import type { EmulatorOptions } from '../emulator/types.js';

export interface Harness {
  emulator: DiscordEmulator;
  bot: RunningBot;
  app: App;
  databasePath: string;
  /** Stops the bot and opens a fresh one on the same database file (a restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  emulator?: EmulatorOptions;
  devGuildId?: string;
  now?: () => Date;
  revealHours?: number;
  log?: Logger;
}

/** The real discord.js client, our adapter and handlers, a real SQLite file, and the loopback emulator. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = await DiscordEmulator.start(options.emulator);
  const dir = mkdtempSync(join(tmpdir(), 'studybot-e2e-'));
  const databasePath = join(dir, 'studybot.db');
  const log = options.log ?? pino({ level: 'silent' });

  const boot = async () => {
    const bot = await runDiscord({
      token: emulator.token,
      apiUrl: emulator.apiUrl,
      devGuildId: options.devGuildId,
      revealHours: options.revealHours ?? 24,
      databasePath,
      log,
      ...(options.now ? { clock: { now: options.now } } : {}),
    });
    return { app: bot.app, bot };
  };
  let current = await boot();
  const stop = async () => {
    await current.bot.stop();
  };
  return {
    emulator,
    get bot() {
      return current.bot;
    },
    get app() {
      return current.app;
    },
    databasePath,
    async restart() {
      await stop();
      current = await boot();
    },
    async close() {
      await stop();
      // Every end-to-end test also checks that nothing the bot sent broke Discord's published schema.
      const violations = emulator.schemaViolations;
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
      if (violations.length > 0) throw new Error(`requests Discord's OpenAPI schema refuses: ${JSON.stringify(violations, null, 2)}`);
    },
  };
}
