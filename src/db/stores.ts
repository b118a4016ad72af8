import { BotMetaStore } from './botMeta.js';
import type { Db } from './database.js';
import { DailyStore } from './daily.js';
import { GuildSettingsStore } from './guildSettings.js';
import { ProgressStore } from './progress.js';
import { QuizStore } from './quiz.js';
import { RecapStore } from './recaps.js';

/** Every store, each preparing its statements once on the shared connection. */
export interface Stores {
  db: Db;
  meta: BotMetaStore;
  guilds: GuildSettingsStore;
  progress: ProgressStore;
  quiz: QuizStore;
  daily: DailyStore;
  recaps: RecapStore;
}

export function createStores(db: Db): Stores {
  const progress = new ProgressStore(db);
  return {
    db,
    meta: new BotMetaStore(db),
    guilds: new GuildSettingsStore(db),
    progress,
    quiz: new QuizStore(db, progress),
    daily: new DailyStore(db),
    recaps: new RecapStore(db),
  };
}
