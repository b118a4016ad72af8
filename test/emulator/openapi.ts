import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

type Obj = Record<string, unknown>;

/**
 * Discord's own published OpenAPI 3.1 description of its HTTP API (../shared/discord-api-spec),
 * read at test time: every request body the bot sends is validated against the schema of its
 * route, so what the emulator accepts, Discord's schema accepts too.
 */
export const OPENAPI_PATH = process.env.DISCORD_OPENAPI_PATH ?? fileURLToPath(new URL('../../../shared/discord-api-spec/openapi.json', import.meta.url));

interface Template {
  method: string;
  pattern: RegExp;
  /** Literal segments win over parameters (`@original` over `{message_id}`). */
  literals: number;
  schema: Obj;
}

const REF = 'discord';

/** Rewrites `#/components/...` references so they resolve against the document registered as `discord`. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (!node || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${REF}${value}` : rebase(value);
  }
  return out;
}

/**
 * Where the spec is known to be looser or stricter than Discord (its README): the request
 * schemas type default_member_permissions as an integer, while Discord, its docs,
 * discord-api-types and discord.js send a string of digits.
 */
function knownLooseness(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(knownLooseness);
  if (!node || typeof node !== 'object') return node;
  const out: Obj = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object' && 'default_member_permissions' in value) {
      const props = knownLooseness(value) as Obj;
      props.default_member_permissions = { anyOf: [props.default_member_permissions as Obj, { type: 'string', pattern: '^[0-9]+$' }] };
      out[key] = props;
    } else {
      out[key] = knownLooseness(value);
    }
  }
  return out;
}

export interface SchemaViolation {
  method: string;
  path: string;
  errors: { at: string; message: string }[];
}

/** The routes every bot test sends to: messages, their edits, interaction callbacks and follow-ups. */
const HOT_ROUTES = [
  ['POST', '/channels/1/messages'],
  ['PATCH', '/channels/1/messages/1'],
  ['POST', '/interactions/1/token/callback'],
  ['PATCH', '/webhooks/1/token/messages/@original'],
  ['POST', '/webhooks/1/token'],
] as const;

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly templates: Template[] = [];
  private readonly compiled = new Map<Template, ValidateFunction>();

  constructor(spec: Obj) {
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    for (const format of ['int32', 'int64', 'double']) this.ajv.addFormat(format, { type: 'number', validate: () => true });
    this.ajv.addFormat('snowflake', /^[0-9]+$/);
    this.ajv.addFormat('nonce', () => true);
    this.ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value));
    this.ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
    this.ajv.addSchema({ $id: REF, components: knownLooseness(rebase(spec.components)) } as Obj);
    for (const [path, item] of Object.entries(spec.paths as Record<string, Obj>)) {
      for (const method of ['post', 'put', 'patch']) {
        const operation = item[method] as Obj | undefined;
        const content = (operation?.requestBody as Obj | undefined)?.content as Record<string, { schema?: Obj }> | undefined;
        const schema = content?.['application/json']?.schema ?? content?.['multipart/form-data']?.schema;
        if (!schema) continue;
        const segments = path.split('/');
        const source = segments.map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
        this.templates.push({
          method: method.toUpperCase(),
          pattern: new RegExp(`^${source}$`),
          literals: segments.filter((s) => s && !s.startsWith('{')).length,
          schema: knownLooseness(rebase(schema)) as Obj,
        });
      }
    }
    this.templates.sort((a, b) => b.literals - a.literals);
  }

  private static shared: OpenApiValidator | undefined;

  /** One validator per process: the document is large, and every emulator validates against the same one. */
  static load(path = OPENAPI_PATH): OpenApiValidator {
    if (path !== OPENAPI_PATH) return new OpenApiValidator(JSON.parse(readFileSync(path, 'utf8')) as Obj);
    if (!OpenApiValidator.shared) {
      OpenApiValidator.shared = new OpenApiValidator(JSON.parse(readFileSync(path, 'utf8')) as Obj);
      // Compiled now, not on the first such request: a compile stalls the emulator for ~100 ms,
      // and requests arriving meanwhile would be counted as arriving together (Discord's clock
      // does not stop), which the global limit would then punish.
      for (const [method, route] of HOT_ROUTES) OpenApiValidator.shared.compile(method, route);
    }
    return OpenApiValidator.shared;
  }

  private compile(method: string, path: string): ValidateFunction | undefined {
    const template = this.templates.find((t) => t.method === method && t.pattern.test(path));
    if (!template) return undefined;
    let validate = this.compiled.get(template);
    if (!validate) {
      validate = this.ajv.compile(template.schema);
      this.compiled.set(template, validate);
    }
    return validate;
  }

  /** The schema's complaints about a request body, or undefined when it conforms (or the route has no body schema). */
  validate(method: string, path: string, body: unknown): SchemaViolation | undefined {
    if (body === undefined) return undefined;
    const validate = this.compile(method, path);
    if (!validate || validate(body)) return undefined;
    // The deepest complaints first: a union reports every branch, the innermost one is the cause.
    const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
    return { method, path, errors: errors.slice(0, 10).map((e: ErrorObject) => ({ at: e.instancePath || '/', message: e.message ?? 'invalid' })) };
  }
}
