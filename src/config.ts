import { statSync } from 'node:fs';
import { isLocale, type Locale } from './core/locale.js';

/**
 * The environment, validated at start: one clear line per bad variable.
 * Hand-written rather than zod: ten variables do not justify the ~6 MB a schema library keeps
 * resident for the life of the process (the daily benchmark measures the bot's RSS).
 */

export interface Config {
  token: string | undefined;
  apiUrl: string;
  devGuildId: string | undefined;
  databasePath: string;
  locale: Locale;
  /** pino level when set; each mode has its own default (info on Discord, warn in the console). */
  logLevel: string | undefined;
  /** Reveal a daily quiz's answer this long after it was posted, unless the next post does first. */
  revealHours: number;
  /** A folder of Markdown notes loaded at start for every guild and the console. */
  contentDir: string | undefined;
  /** How many shards: Discord's recommendation (`auto`), or a fixed number. */
  shardCount: 'auto' | number;
  /** Shards a process runs; undefined: all of them in one process. */
  shardsPerProcess: number | undefined;
  /** Route REST through one rate-limit owner (@discordjs/proxy); default on with more than one process. */
  restProxy: boolean | undefined;
}

export const DEFAULT_API_URL = 'https://discord.com/api';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function isDirectory(value: string): boolean {
  try {
    return statSync(value).isDirectory();
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Validates the environment; throws a ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  // Empty values in `.env` (e.g. `DEV_GUILD_ID=`) mean "not set".
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const check = (name: string, ok: (value: string) => boolean, expected: string) => {
    const value = read(name);
    if (value !== undefined && !ok(value)) problems.push(`${name} ${expected}`);
    return value;
  };

  const token = check('DISCORD_TOKEN', (v) => /^\S{20,}$/.test(v), 'must be a bot token (no spaces, at least 20 characters)');
  const apiUrl = check('DISCORD_API_URL', isHttpUrl, 'must be an http(s) URL such as https://discord.com/api');
  const devGuildId = check('DEV_GUILD_ID', (v) => /^\d{17,20}$/.test(v), 'must be a Discord snowflake (17–20 digits)');
  const databasePath = read('DATABASE_PATH');
  const locale = check('LOCALE', (v) => v === 'ko' || v === 'en', 'must be ko or en');
  const logLevel = check('LOG_LEVEL', (v) => LOG_LEVELS.includes(v), `must be one of ${LOG_LEVELS.join(', ')}`);
  const contentDir = check('CONTENT_DIR', isDirectory, 'must be a folder of Markdown notes that exists (e.g. ./notes)');
  const revealHours = check(
    'DAILY_REVEAL_HOURS',
    (v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 168,
    'must be a whole number of hours between 1 and 168',
  );
  const shardCount = check('SHARD_COUNT', (v) => v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1), 'must be auto or a whole number of shards (1 or more)');
  const perProcess = check('SHARDS_PER_PROCESS', (v) => /^\d+$/.test(v) && Number(v) >= 1, 'must be a whole number of shards a process runs (1 or more)');
  const restProxy = check('REST_PROXY', (v) => v === 'on' || v === 'off', 'must be on or off');
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    token,
    // discord.js appends the version itself (`/v10`), so a trailing slash would double up.
    apiUrl: (apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    devGuildId,
    databasePath: databasePath ?? './data/studybot.db',
    locale: isLocale(locale) ? locale : 'ko',
    logLevel,
    revealHours: revealHours ? Number(revealHours) : 24,
    contentDir,
    shardCount: shardCount === undefined || shardCount === 'auto' ? 'auto' : Number(shardCount),
    shardsPerProcess: perProcess ? Number(perProcess) : undefined,
    restProxy: restProxy === undefined ? undefined : restProxy === 'on',
  };
}

/** For the entry points: the configuration, or one line per problem on stderr and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`Configuration error: ${problem}\n`);
    process.exit(1);
  }
}
