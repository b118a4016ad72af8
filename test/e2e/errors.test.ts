import { ApplicationCommandType, MessageFlags } from 'discord-api-types/v10';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Events } from 'discord.js';
import { createApp } from '../../src/app/app.js';
import { features } from '../../src/app/registry.js';
import { Router } from '../../src/app/router.js';
import type { Services } from '../../src/app/services.js';
import { defineCommand, type Feature } from '../../src/core/command.js';
import { attachHandlers } from '../../src/discord/bot.js';
import { createClient } from '../../src/discord/client.js';
import { registerCommands } from '../../src/discord/register.js';
import { DiscordEmulator } from '../emulator/emulator.js';
import { FakePoster } from '../helpers/fakePoster.js';
import { captureLog } from '../helpers/log.js';

const boom = defineCommand({
  data: { type: ApplicationCommandType.ChatInput, name: 'boom', description: 'Always fails' } as const,
  examples: [],
  execute(): never {
    throw new Error('handler exploded');
  },
});
const slow = defineCommand({
  data: { type: ApplicationCommandType.ChatInput, name: 'slow', description: 'Too slow for the deadline' } as const,
  examples: [],
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { type: 'message', ephemeral: false, message: { content: 'late' } };
  },
});
const broken: Feature<Services> = { name: 'broken', commands: [boom, slow] };

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function start(options: { interactionDeadlineMs?: number } = {}) {
  const emulator = await DiscordEmulator.start(options);
  const dir = mkdtempSync(join(tmpdir(), 'studybot-errors-'));
  const { log, lines } = captureLog();
  const app = createApp({ databasePath: join(dir, 'bot.db'), poster: new FakePoster(), log, revealHours: 24 });
  const router = new Router([...features, broken], app.services);
  const client = createClient(emulator.apiUrl);
  attachHandlers(client, router, log);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(emulator.token);
  await ready;
  await registerCommands({
    rest: client.rest,
    applicationId: client.application!.id,
    guildId: undefined,
    definitions: router.definitions(),
    meta: app.stores.meta,
    log,
  });
  cleanup.push(async () => {
    await client.destroy();
    app.close();
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
