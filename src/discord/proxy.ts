import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { populateErrorResponse, populateSuccessfulResponse } from '@discordjs/proxy';
import { DefaultRestOptions, REST, type RequestMethod } from 'discord.js';
import type { Logger } from 'pino';

export interface RunningProxy {
  /** What the shards use as DISCORD_API_URL. */
  url: string;
  close(): Promise<void>;
}

/** Discord's global limit: requests a second per bot (interaction callbacks and webhooks are outside it). */
export const GLOBAL_PER_SECOND = 50;
/**
 * What the proxy sends at most: a little under the limit, because requests do not arrive the
 * instant they leave (connections, scheduling) and Discord counts them on arrival.
 */
export const PACED_PER_SECOND = 49;

/**
 * Spaces requests evenly, one every 1/perSecond s after the previous one actually left: a burst
 * (50 at once, then 50 more a second later) would reach Discord bunched up and exceed the limit
 * in some second. Each turn waits for the one before it, so a timer that fires late (a busy
 * machine) delays what follows instead of releasing several at once. A request after a quiet
 * spell goes at once.
 */
export class Pacer {
  private last = Number.NEGATIVE_INFINITY;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number) {}

  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      const wait = this.last + 1000 / this.perSecond - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.last = Date.now();
    });
    this.queue = turn;
    return turn;
  }
}

/**
 * At most `limit` sends in any `windowMs`, on top of the pacer: a margin for requests that arrive
 * closer together than they left (a connection opened late, a busy receiver).
 */
export class SlidingWindow {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const now = Date.now();
        while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
        if (this.starts.length < this.limit) {
          this.starts.push(now);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.starts[0]! + this.windowMs - now + 1));
      }
    });
    this.queue = turn;
    return turn;
  }
}

/** The bot-wide global limit as the proxy keeps it: an even pace, and a window any second stays within. */
export function globalLimit(): { take(): Promise<void> } {
  const pacer = new Pacer(PACED_PER_SECOND);
  const window = new SlidingWindow(GLOBAL_PER_SECOND - 1, 1040);
  return { take: () => pacer.take().then(() => window.take()) };
}

/** More than any request Discord accepts (its uploads stop at 25 MiB): a bigger body is refused, not buffered. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The request body, or undefined once it grows past MAX_BODY_BYTES. */
const read = (req: IncomingMessage) =>
  new Promise<Buffer | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        req.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const redacted = (path: string) => path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/, '/$1/$2/:token');

const outsideGlobal = (path: string) => /\/(interactions|webhooks)\//.test(path);

/**
 * The REST every request to Discord leaves through: the discord.js team's (its per-route buckets),
 * whose requests take their turn for the bot-wide global limit right before they are sent (earlier,
 * a route bucket could hold some and release them in a burst).
 */
export function upstreamRest(upstream: string, global = globalLimit()): REST {
  return new REST({
    api: upstream,
    version: '10',
    // The pacer is the global limit; the REST's own per-second counter would only bunch requests up.
    globalRequestsPerSecond: 1_000_000,
    async makeRequest(url, init) {
      if (!outsideGlobal(new URL(url).pathname)) await global.take();
      return DefaultRestOptions.makeRequest(url, init);
    },
  });
}

/**
 * One owner of the bot's REST rate limits for every process, with the response helpers of
 * @discordjs/proxy. The body is read once and kept, so a request the REST retries after a 429 is
 * sent whole again (a forwarded stream would be empty the second time).
 */
export function proxyHandler(rest: REST) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const fullRoute = url.pathname.replace(/^\/api(\/v\d+)?/, '') as `/${string}`;
    const body = await read(req);
    if (!body) {
      res.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' });
      res.end(JSON.stringify({ message: 'Request entity too large', code: 40005 }));
      return;
    }
    const headers: Record<string, string> = {};
    if (req.headers['content-type']) headers['Content-Type'] = req.headers['content-type'];
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    if (typeof req.headers['x-audit-log-reason'] === 'string') headers['x-audit-log-reason'] = req.headers['x-audit-log-reason'];
    try {
      const response = await rest.queueRequest({
        fullRoute,
        method: (req.method ?? 'GET') as RequestMethod,
        ...(body.length > 0 ? { body } : {}),
        auth: false,
        passThroughBody: true,
        query: url.searchParams,
        headers,
      });
      await populateSuccessfulResponse(res, response);
    } catch (error) {
      if (!populateErrorResponse(res, error)) {
        // Discord could not be reached at all: the bot sees a gateway error, not an empty success.
        if (!res.headersSent) res.statusCode = 502;
        throw error;
      }
    } finally {
      res.end();
    }
  };
}

/** Starts the proxy on `host:port` (port 0: any free port), forwarding to `upstream`. */
export async function startProxy(options: { upstream: string; port: number; host?: string; log: Logger }): Promise<RunningProxy> {
  const rest = upstreamRest(options.upstream);
  rest.on('rateLimited', (info) => options.log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'proxy: rate limited by Discord'));
  const handle = proxyHandler(rest);
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error({ err: error, method: req.method, path: redacted(req.url ?? '') }, 'proxy: request failed');
      res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port, host, resolve));
  const { port } = server.address() as AddressInfo;
  options.log.info({ port, upstream: options.upstream }, 'REST proxy listening');
  return {
    url: `http://${host}:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
