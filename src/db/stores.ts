import { BotMetaStore } from './botMeta.js';
import type { Db } from './database.js';

/** Every store, each preparing its statements once on the shared connection. */
export interface Stores {
  db: Db;
  meta: BotMetaStore;
}

export function createStores(db: Db): Stores {
  return { db, meta: new BotMetaStore(db) };
}
