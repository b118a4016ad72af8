import { BotMetaStore } from './botMeta.js';
import type { Db } from './database.js';
import { GuildSettingsStore } from './guildSettings.js';
import { ProgressStore } from './progress.js';

/** Every store, each preparing its statements once on the shared connection. */
export interface Stores {
  db: Db;
  meta: BotMetaStore;
  guilds: GuildSettingsStore;
  progress: ProgressStore;
}

export function createStores(db: Db): Stores {
  return { db, meta: new BotMetaStore(db), guilds: new GuildSettingsStore(db), progress: new ProgressStore(db) };
}
