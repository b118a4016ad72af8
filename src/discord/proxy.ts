import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';
import type { Logger } from 'pino';

export interface RunningProxy {
  /** What the shards use as DISCORD_API_URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * One owner of the bot's REST rate limits for every process (the discord.js team's proxy): the
 * global limit of 50 requests a second is per bot, so processes each counting their own would
 * together exceed it. Requests keep their Authorization header; the proxy adds nothing of its own.
 */
export async function startProxy(options: { upstream: string; port: number; host?: string; log: Logger }): Promise<RunningProxy> {
  const rest = new REST({ api: options.upstream, version: '10' });
  rest.on('rateLimited', (info) => options.log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'proxy: rate limited by Discord'));
  const handle = proxyRequests(rest);
  const server: Server = createServer((req, res) => {
    Promise.resolve(handle(req, res)).catch((error: unknown) => {
      options.log.error(
        {
          err: error,
          method: req.method,
          path: req.url?.replace(/\/interactions\/\d+\/[^/]+/, '/interactions/:id/:token').replace(/\/webhooks\/\d+\/[^/]+/, '/webhooks/:id/:token'),
        },
        'proxy: request failed',
      );
      if (!res.headersSent) res.statusCode = 502;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  options.log.info({ port, upstream: options.upstream }, 'REST proxy listening');
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
