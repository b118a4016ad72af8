import 'dotenv/config';
import { loadConfigOrExit } from './config.js';
import { startProxy } from './discord/proxy.js';
import { createLogger } from './logger.js';

/**
 * `npm run proxy`: the REST proxy on its own, for bot processes on other terminals or containers.
 * It forwards to DISCORD_API_URL (default Discord) on PROXY_PORT (default 8080, all interfaces
 * with PROXY_HOST=0.0.0.0); point the bots' DISCORD_API_URL at http://host:port/api with REST_PROXY=off.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  // Empty values (a copied .env.example) mean the defaults.
  const port = Number(process.env.PROXY_PORT?.trim() || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('Configuration error: PROXY_PORT must be a port number (0–65535)\n');
    process.exit(1);
  }
  const log = await createLogger({ level: config.logLevel ?? 'info', secrets: [config.token], pretty: process.stderr.isTTY === true });
  const proxy = await startProxy({ upstream: config.apiUrl, port, host: process.env.PROXY_HOST?.trim() || '127.0.0.1', log });
  const stop = async () => {
    await proxy.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
