import { z } from 'zod';

const snowflake = /^\d{17,20}$/;

/** Empty values in `.env` (e.g. `DEV_GUILD_ID=`) mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().regex(/^\S{20,}$/, 'must be a bot token (no spaces, at least 20 characters)')),
  DISCORD_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }),
  ),
  DEV_GUILD_ID: optional(z.string().regex(snowflake, 'must be a Discord snowflake (17–20 digits)')),
  DATABASE_PATH: optional(z.string().min(1)),
  LOCALE: optional(z.enum(['ko', 'en'], { error: 'must be ko or en' })),
  DAILY_REVEAL_HOURS: optional(
    z.coerce.number({ error: 'must be a number of hours between 1 and 168' }).int('must be a whole number of hours between 1 and 168').min(1, 'must be a number of hours between 1 and 168').max(168, 'must be a number of hours between 1 and 168'),
  ),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
});

export interface Config {
  token: string | undefined;
  apiUrl: string;
  devGuildId: string | undefined;
  databasePath: string;
  locale: 'ko' | 'en';
  logLevel: string;
  /** Reveal a daily quiz's answer this long after it was posted, unless the next post does first. */
  revealHours: number;
}

export const DEFAULT_API_URL = 'https://discord.com/api';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(problems);
  }
  const v = parsed.data;
  return {
    token: v.DISCORD_TOKEN,
    // discord.js appends the version itself (`/v10`), so a trailing slash would double up.
    apiUrl: (v.DISCORD_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    devGuildId: v.DEV_GUILD_ID,
    databasePath: v.DATABASE_PATH ?? './data/studybot.db',
    locale: v.LOCALE ?? 'ko',
    logLevel: v.LOG_LEVEL ?? 'info',
    revealHours: v.DAILY_REVEAL_HOURS ?? 24,
  };
}
