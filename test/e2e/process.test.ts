import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectures } from '../../src/content/catalog.js';
import { DiscordEmulator } from '../emulator/emulator.js';
import { finished, startBot } from '../helpers/spawnBot.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GxYzAb.emulator-secret-token-value';
let emulator: DiscordEmulator;
let dir: string;
beforeAll(async () => {
  emulator = await DiscordEmulator.start({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'studybot-process-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with DISCORD_TOKEN and DISCORD_API_URL', () => {
  it('connects, registers, serves /summary, never logs the token, and stops cleanly on SIGTERM', async () => {
    const child = startBot({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DATABASE_PATH: join(dir, 'bot.db'), LOG_LEVEL: 'debug' });
    const done = finished(child, 30_000);
    await emulator.waitForRequest({ method: 'PUT', path: /\/applications\/\d+\/commands$/ }, 20_000);
    const reply = await emulator.command({ name: 'summary', options: { topic: 'fullstack' }, locale: 'ko' }).message();
    expect(reply.embeds[0]!.description).toBe(lectures[0]!.sections[0]!.body.ko);
    child.kill('SIGTERM');
    const run = await done;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('connected to Discord');
    expect(run.stderr).toContain('registered slash commands');
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
    expect(`${run.stdout}${run.stderr}`).not.toContain('emulator-secret-token-value');
  });
});
