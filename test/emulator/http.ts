import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, notFound, tooLarge, unauthorized } from './errors.js';
import type { OpenApiValidator } from './openapi.js';
import type { GlobalRateLimiter } from './ratelimit.js';
import type { EmulatorState } from './state.js';
import type { RecordedFile, RecordedRequest, RequestMatcher } from './types.js';

export const API_PREFIX = '/api/v10';

export interface RouteContext {
  request: RecordedRequest;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** `bot`: needs `Authorization: Bot <token>` and counts against the global limit; `none`: interaction/webhook-token routes. */
  auth: 'bot' | 'none';
  handler: (ctx: RouteContext) => Reply | Promise<Reply>;
}

/** Declares a route; `path` uses `:name` segments, e.g. `/channels/:channel/messages`. */
export function route(method: string, path: string, auth: Route['auth'], handler: Route['handler']): Route {
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), auth, handler };
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

interface Fault {
  matcher: RequestMatcher;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Turns Node HTTP requests into recorded, authenticated, rate-limited route calls. */
export class RestServer {
  private readonly faults: Fault[] = [];
  private seq = 0;

  constructor(
    private readonly state: EmulatorState,
    private readonly routes: Route[],
    private readonly limiter: GlobalRateLimiter,
    private readonly maxUploadBytes: number,
    private readonly schema: OpenApiValidator | undefined,
  ) {}

  failNext(matcher: RequestMatcher, status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.faults.push({ matcher, status, body, headers });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const path = rawPath.split('/').map(safeDecode).join('/');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const record: RecordedRequest = {
      seq: ++this.seq,
      at: Date.now(),
      method,
      path,
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      headers,
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
    };
    this.state.requests.push(record);
    let reply: Reply;
    try {
      const parsed = await parseBody(headers['content-type'] ?? '', raw);
      record.body = parsed.body;
      record.files = parsed.files;
      reply = await this.dispatch(record, rawPath, url.pathname.startsWith(`${API_PREFIX}/`));
    } catch (error) {
      reply = toReply(error);
    }
    record.status = reply.status;
    record.response = reply.body;
    send(res, reply);
    this.state.notify();
  }

  private async dispatch(record: RecordedRequest, rawPath: string, underApi: boolean): Promise<Reply> {
    const fault = this.takeFault(record);
    if (fault) return { status: fault.status, body: fault.body, headers: fault.headers };
    if (!underApi) return this.serveUpload(record);
    let matched: { route: Route; params: Record<string, string> } | undefined;
    let pathExists = false;
    for (const candidate of this.routes) {
      const m = candidate.pattern.exec(rawPath);
      if (!m) continue;
      pathExists = true;
      if (candidate.method === record.method) {
        matched = { route: candidate, params: decodeParams(m.groups) };
        break;
      }
    }
    if (!matched) {
      if (pathExists) return json({ message: '405: Method Not Allowed', code: 0 }, 405);
      throw notFound();
    }
    if (matched.route.auth === 'bot') {
      if (record.headers.authorization !== `Bot ${this.state.token}`) throw unauthorized();
      const retryAfter = this.limiter.take();
      if (retryAfter !== null) {
        return {
          status: 429,
          body: { message: 'You are being rate limited.', retry_after: Number(retryAfter.toFixed(3)), global: true, code: 0 },
          headers: { 'Retry-After': String(Math.ceil(retryAfter)), 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
        };
      }
    }
    if (record.files.reduce((sum, f) => sum + f.size, 0) > this.maxUploadBytes) throw tooLarge();
    // What Discord's published schema would refuse, the emulator refuses too (400, Invalid Form Body).
    const violation = this.schema?.validate(record.method, rawPath.split('/').map(safeDecode).join('/'), record.body);
    if (violation) {
      this.state.schemaViolations.push(violation);
      throw new ApiError(400, 50035, 'Invalid Form Body', { _schema: violation.errors.map((e) => ({ code: 'SCHEMA', message: `${e.at}: ${e.message}` })) });
    }
    return matched.route.handler({ request: record, params: matched.params, query: record.query, body: record.body, files: record.files });
  }

  /** Discord's CDN for attachments: `GET /attachments/<id>/<filename>`, no authentication. */
  private async serveUpload(record: RecordedRequest): Promise<Reply> {
    const match = /^\/attachments\/(\d+)\/([^/]+)$/.exec(record.path);
    const upload = match ? this.state.uploads.get(match[1]!) : undefined;
    if (record.method !== 'GET' || !upload || upload.filename !== match![2]) throw notFound();
    if (upload.delayMs) await new Promise((resolve) => setTimeout(resolve, upload.delayMs));
    return { status: 200, body: upload.data, headers: { 'Content-Type': upload.contentType } };
  }

  private takeFault(record: RecordedRequest): Fault | undefined {
    const index = this.faults.findIndex(({ matcher }) => {
      if (matcher.method && matcher.method.toUpperCase() !== record.method) return false;
      return typeof matcher.path === 'string' ? matcher.path === record.path : matcher.path.test(record.path);
    });
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }
}

/** discord.js percent-encodes path segments (`@original` arrives as `%40original`). */
function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(groups ?? {})) out[key] = safeDecode(value);
  return out;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function toReply(error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
  console.error('[DiscordEmulator] internal error while handling a REST request:', error);
  return json({ message: '500: Internal Server Error', code: 0 }, 500);
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  if (Buffer.isBuffer(reply.body)) {
    res.writeHead(reply.status, { 'Content-Length': String(reply.body.length), ...headers }).end(reply.body);
    return;
  }
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)), ...headers }).end(payload);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON bodies, or multipart with `payload_json` (+ other text fields) and `files[n]` parts. */
async function parseBody(contentType: string, raw: Buffer): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: Record<string, unknown> | undefined;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = { ...body, ...(parseJson(value) as Record<string, unknown>) };
        else body = { ...body, [field]: value };
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  if (contentType.startsWith('application/json')) return { body: parseJson(text), files: [] };
  return { body: text, files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 50109, 'The request body contains invalid JSON.');
  }
}
