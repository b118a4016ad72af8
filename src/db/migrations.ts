/**
 * Numbered migrations, applied in order, each in its own transaction.
 * Never edit a migration that has shipped: add the next number instead.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'guild settings and bot metadata',
    sql: `
      CREATE TABLE guild_settings (
        guild_id   TEXT PRIMARY KEY,
        channel_id TEXT,
        post_time  TEXT NOT NULL DEFAULT '09:00',
        timezone   TEXT NOT NULL DEFAULT 'Asia/Seoul',
        language   TEXT NOT NULL DEFAULT 'ko' CHECK (language IN ('ko', 'en')),
        paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Small key/value facts about the bot itself, e.g. the hash of the registered commands.
      CREATE TABLE bot_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `,
  },
];
