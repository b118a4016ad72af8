import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value_0123456789';

async function capture(pretty: boolean) {
  const lines: string[] = [];
  const log = await createLogger({ level: 'info', secrets: [TOKEN], pretty, destination: { write: (line) => lines.push(line) } });
  return { log, output: () => lines.join('') };
}

describe('logger', () => {
  for (const pretty of [false, true]) {
    it(`never writes the token (${pretty ? 'pretty' : 'JSON'})`, async () => {
      const { log, output } = await capture(pretty);
      log.info({ token: TOKEN }, 'as a field');
      log.info({ config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'nested');
      log.info(`inside a message: Bot ${TOKEN}`);
      log.error({ err: new Error(`request to /webhooks/1/${TOKEN} failed`) }, 'inside an error');
      const text = output();
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('secret-token-value');
      expect(text.match(/\[redacted\]/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
      expect(text).toContain('inside an error');
    });
  }

  it('writes one JSON object per line when not pretty', async () => {
    const { log, output } = await capture(false);
    log.info({ guild: '1' }, 'hello');
    const parsed = JSON.parse(output().trim()) as { msg: string; guild: string };
    expect(parsed).toMatchObject({ msg: 'hello', guild: '1' });
  });
});
