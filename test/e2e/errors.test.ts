import { ApplicationCommandType, MessageFlags } from 'discord-api-types/v10';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from '../../src/commands/router.js';
import type { Command } from '../../src/commands/types.js';
import { commands, componentHandlers } from '../../src/commands/index.js';
import { openDatabase } from '../../src/db/database.js';
import { createStores } from '../../src/db/stores.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { DiscordEmulator } from '../emulator/emulator.js';

const boom: Command = {
  data: { type: ApplicationCommandType.ChatInput, name: 'boom', description: 'Always fails' },
  execute() {
    throw new Error('handler exploded');
  },
};
const slow: Command = {
  data: { type: ApplicationCommandType.ChatInput, name: 'slow', description: 'Too slow for the deadline' },
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { type: 'message', ephemeral: false, message: { content: 'late' } };
  },
};

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function start(options: { interactionDeadlineMs?: number } = {}) {
  const emulator = await DiscordEmulator.start(options);
  const dir = mkdtempSync(join(tmpdir(), 'studybot-errors-'));
  const db = openDatabase(join(dir, 'bot.db'));
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(chunk.toString())), done()) }));
  const bot: Bot = startBot({
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    devGuildId: undefined,
    router: new Router([...commands, boom, slow], componentHandlers),
    context: { stores: createStores(db), now: () => new Date(), log, random: Math.random },
  });
  await bot.ready;
  cleanup.push(async () => {
    await bot.stop();
    db.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { emulator, lines };
}

describe('the error boundary', () => {
  it('logs an unexpected failure with its context and answers the member privately', async () => {
    const { emulator, lines } = await start();
    const user = emulator.createUser({ username: 'tester' });
    const response = await emulator.command({ name: 'boom', user, locale: 'ko' }).response();
    expect((response.data as { flags: number }).flags).toBe(MessageFlags.Ephemeral);
    expect((response.data as { content: string }).content).toContain('문제가 생겨');
    const logged = lines.find((line) => line.msg === 'interaction failed')!;
    expect(logged).toMatchObject({ command: 'boom', guild: emulator.defaultGuild.id, user: user.id });
    expect(JSON.stringify(logged.err)).toContain('handler exploded');
    // The bot still answers afterwards.
    expect((await emulator.command({ name: 'help' }).response()).type).toBe(4);
  });

  it('survives an unknown interaction (an answer after the deadline), logging it', async () => {
    const { emulator, lines } = await start({ interactionDeadlineMs: 100 });
    const handle = emulator.command({ name: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(handle.acknowledged).toBe(false);
    const failed = lines.find((line) => line.msg === 'interaction failed');
    expect(JSON.stringify(failed?.err)).toContain('Unknown interaction');
    expect(lines.some((line) => line.msg === 'could not tell the member about the failure')).toBe(true);
    expect((await emulator.command({ name: 'help' }).response()).type).toBe(4);
  });
});
