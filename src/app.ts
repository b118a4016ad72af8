import { Router } from './commands/router.js';
import type { Context } from './commands/types.js';
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { createStores } from './db/stores.js';
import type { Logger } from './logger.js';

export interface App {
  db: Db;
  router: Router;
  context: Context;
  close(): void;
}

/** What both modes share: the database, the stores and the router. */
export function createApp(config: Pick<Config, 'databasePath'>, log: Logger, now: () => Date = () => new Date()): App {
  const db = openDatabase(config.databasePath);
  const stores = createStores(db);
  return {
    db,
    router: new Router(),
    context: { stores, now, log, random: Math.random },
    close: () => db.close(),
  };
}
