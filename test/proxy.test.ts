import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startProxy, type RunningProxy } from '../src/discord/proxy.js';
import { DiscordEmulator } from './emulator/emulator.js';
import { captureLog } from './helpers/log.js';
import { finished, startBot } from './helpers/spawnBot.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GxYzAb.proxy-test-token-value';
const silent = pino({ level: 'silent' });
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function setUp(): Promise<{ emulator: DiscordEmulator; proxy: RunningProxy; channelId: string }> {
  const emulator = await DiscordEmulator.start({ token: TOKEN, globalRateLimit: 50 });
  open.push(emulator);
  const proxy = await startProxy({ upstream: emulator.apiUrl, port: 0, log: silent });
  open.push(proxy);
  return { emulator, proxy, channelId: emulator.guilds[0]!.channels[0]!.id };
}

const post = (proxy: RunningProxy, channelId: string, body: string) =>
  fetch(`${proxy.url}/v10/channels/${channelId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
    body,
  });

describe('the REST proxy', () => {
  it('forwards requests and answers, and keeps 80 sent at once under the global limit', async () => {
    const { emulator, proxy, channelId } = await setUp();
    const answers = await Promise.all(Array.from({ length: 80 }, (_, i) => post(proxy, channelId, JSON.stringify({ content: `message ${i}` }))));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 80 }, () => 200));
    const bodies = (await Promise.all(answers.map((answer) => answer.json()))) as { content: string }[];
    expect(new Set(bodies.map((body) => body.content)).size).toBe(80);
    expect(emulator.messages(channelId)).toHaveLength(80);
    // Not one of them was answered 429 upstream: the proxy spread them out.
    expect(emulator.rateLimitedCount).toBe(0);
    const times = emulator.requestsTo('POST', /\/messages$/).map((request) => request.at);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(1000);
  });

  it('refuses a body larger than Discord would take without buffering or forwarding it', async () => {
    const { emulator, proxy, channelId } = await setUp();
    const answer = await post(proxy, channelId, JSON.stringify({ content: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    expect(answer.status).toBe(413);
    expect(emulator.requestsTo('POST', /\/messages$/)).toHaveLength(0);
    // And it goes on serving.
    expect((await post(proxy, channelId, JSON.stringify({ content: 'after' }))).status).toBe(200);
  });

  it('answers 502 when Discord cannot be reached, logs it without the token, and goes on', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address() as { port: number };
        server.close(() => resolve(address.port));
      });
    });
    const { log, lines } = captureLog();
    const proxy = await startProxy({ upstream: `http://127.0.0.1:${port}/api`, port: 0, log });
    open.push(proxy);
    const answer = await fetch(`${proxy.url}/v10/gateway/bot`, { headers: { authorization: `Bot ${TOKEN}` } });
    expect(answer.status).toBe(502);
    expect(lines.some((line) => line.msg === 'proxy: request failed')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('proxy-test-token-value');
    expect((await fetch(`${proxy.url}/v10/gateway/bot`, { headers: { authorization: `Bot ${TOKEN}` } })).status).toBe(502);
  });
});

describe('npm run proxy', () => {
  it('serves on PROXY_PORT, forwards to DISCORD_API_URL, and stops on SIGTERM with exit 0', { timeout: 30_000 }, async () => {
    const emulator = await DiscordEmulator.start({ token: TOKEN });
    open.push(emulator);
    const child = startBot({ DISCORD_API_URL: emulator.apiUrl, PROXY_PORT: '0', LOG_LEVEL: 'info' }, [], 'src/proxy.ts');
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const done = finished(child, 25_000);
    const started = Date.now();
    while (!err.includes('REST proxy listening') && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const line = err.split('\n').find((l) => l.includes('REST proxy listening'))!;
    const { port } = JSON.parse(line) as { port: number };
    const answer = await fetch(`http://127.0.0.1:${port}/api/v10/gateway/bot`, { headers: { authorization: `Bot ${TOKEN}` } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { url: string }).url).toBe(emulator.gatewayUrl);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  it('refuses a PROXY_PORT that is not a port', async () => {
    const run = await finished(startBot({ PROXY_PORT: 'eighty' }, [], 'src/proxy.ts'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PROXY_PORT must be a port number');
  });
});
