import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Actor, Context } from '../../src/commands/types.js';
import { openDatabase, type Db } from '../../src/db/database.js';
import { createStores } from '../../src/db/stores.js';

export interface TestContext extends Context {
  db: Db;
  path: string;
  /** Moves the injected clock. */
  setNow(date: Date | string): void;
  close(): void;
}

/** A context on a real SQLite file in a fresh temporary folder, with a clock the test controls. */
export function testContext(start: Date | string = '2026-11-25T00:00:00Z'): TestContext {
  const dir = mkdtempSync(join(tmpdir(), 'studybot-test-'));
  const path = join(dir, 'studybot.db');
  const db = openDatabase(path);
  let now = new Date(start);
  return {
    db,
    path,
    stores: createStores(db),
    now: () => new Date(now),
    log: pino({ level: 'silent' }),
    random: Math.random,
    setNow(date) {
      now = new Date(date);
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const GUILD = '200000000000000000';
export const CHANNEL = '200000000000000001';

export function actor(overrides: Partial<Actor> = {}): Actor {
  return { userId: '300000000000000001', guildId: GUILD, channelId: CHANNEL, locale: 'ko', ...overrides };
}
