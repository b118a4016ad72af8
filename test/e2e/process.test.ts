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

describe('npm run deploy', () => {
  it('registers the slash commands to DEV_GUILD_ID, unconditionally, and exits 0', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('../helpers/spawnBot.js');
    const guild = emulator.defaultGuild.id;
    const before = emulator.requestsTo('PUT', new RegExp(`/guilds/${guild}/commands$`)).length;
    const run = (extra: Record<string, string>) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const { DISCORD_TOKEN: _t, ...env } = process.env;
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], {
          cwd: ROOT,
          env: { ...env, DATABASE_PATH: join(dir, 'deploy.db'), ...extra },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    for (let i = 0; i < 2; i++) {
      const result = await run({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emulator.apiUrl, DEV_GUILD_ID: guild });
      expect(result.code).toBe(0);
      expect(result.stderr).not.toContain(TOKEN);
    }
    expect(emulator.requestsTo('PUT', new RegExp(`/guilds/${guild}/commands$`)).length).toBe(before + 2);
    expect(emulator.guildCommands(guild).find((c) => c.name === 'summary')?.name_localizations?.ko).toBe('요약');
    const missing = await run({ DISCORD_API_URL: emulator.apiUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DISCORD_TOKEN must be set');
  });
});
