import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';

export type { Logger };

const REDACTED = '[redacted]';

/** Keys that hold secrets wherever they appear in a log object. */
const redactPaths = [
  'token',
  '*.token',
  '*.*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

export interface LoggerOptions {
  level: string;
  /** Secret values to scrub from every line, whatever key or message they hide in. */
  secrets: (string | undefined)[];
  /** Readable output for a person at a terminal; JSON lines otherwise. */
  pretty: boolean;
  destination?: { write(line: string): unknown };
}

/**
 * Logs go to stderr so that stdout stays the console's own output.
 * Path redaction covers structured fields; the scrubbing stream also catches a secret
 * quoted inside an error message or URL, so the token never reaches a log.
 */
export async function createLogger(options: LoggerOptions): Promise<Logger> {
  const secrets = options.secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const target = options.destination ?? process.stderr;
  const scrub = (line: string) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), line);
  const scrubbing = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      target.write(scrub(chunk.toString()));
      done();
    },
  });
  // pino-pretty is loaded only for a person at a terminal; a server logs JSON without it.
  const stream = options.pretty
    ? (await import('pino-pretty')).default({ destination: scrubbing, colorize: true, translateTime: 'SYS:HH:MM:ss', sync: true })
    : scrubbing;
  return pino({ level: options.level, redact: { paths: redactPaths, censor: REDACTED } }, stream);
}
