import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentType } from 'discord-api-types/v10';
import { pino, type Logger } from 'pino';
import { createApp, type App } from '../../src/app/app.js';
import type { Router } from '../../src/app/router.js';
import type { Services } from '../../src/app/services.js';
import type { DailyOptions } from '../../src/commands/daily/deps.js';
import type { Reply } from '../../src/core/reply.js';
import type { Actor, CommandRequest, ComponentRequest } from '../../src/core/requests.js';
import type { Db } from '../../src/db/database.js';
import type { Stores } from '../../src/db/stores.js';
import { FakePoster } from './fakePoster.js';

export interface TestApp {
  app: App;
  db: Db;
  path: string;
  stores: Stores;
  services: Services;
  router: Router<Services>;
  poster: FakePoster;
  log: Logger;
  now(): Date;
  /** Moves the injected clock. */
  setNow(date: Date | string): void;
  /** Replaces the injected dice (which question, which shuffle). */
  setRandom(random: () => number): void;
  close(): void;
}

export interface TestAppOptions {
  revealHours?: number;
  daily?: Omit<DailyOptions, 'revealHours'>;
  /** An existing database file (a restart), instead of a fresh folder. */
  path?: string;
  log?: Logger;
  /** A folder of notes for every guild (CONTENT_DIR). */
  contentDir?: string;
}

/** The real app (every store, service and feature) on a real SQLite file, with a clock and dice the test controls. */
export function testApp(start: Date | string = '2026-11-25T00:00:00Z', options: TestAppOptions = {}): TestApp {
  const dir = options.path ? undefined : mkdtempSync(join(tmpdir(), 'studybot-test-'));
  const path = options.path ?? join(dir!, 'studybot.db');
  let now = new Date(start);
  let dice: () => number = Math.random;
  const poster = new FakePoster();
  const log = options.log ?? pino({ level: 'silent' });
  const app = createApp({
    databasePath: path,
    poster,
    log,
    revealHours: options.revealHours ?? 24,
    clock: { now: () => new Date(now) },
    random: () => dice(),
    ...(options.daily ? { daily: options.daily } : {}),
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
  });
  return {
    app,
    db: app.db,
    path,
    stores: app.stores,
    services: app.services,
    router: app.router,
    poster,
    log,
    now: () => new Date(now),
    setNow(date) {
      now = new Date(date);
    },
    setRandom(random) {
      dice = random;
    },
    close() {
      app.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const GUILD = '200000000000000000';
export const CHANNEL = '200000000000000001';

/** A member of the test guild; Manage Server only when a test gives it. */
export function actor(overrides: Partial<Actor> = {}): Actor {
  return { userId: '300000000000000001', guildId: GUILD, channelId: CHANNEL, locale: 'ko', ...overrides };
}

export function command(ctx: TestApp, command: string, options: CommandRequest['options'] = {}, overrides: Partial<CommandRequest> = {}): Promise<Reply> {
  return ctx.router.command({ ...actor(), command, options, ...overrides });
}

/** A click on a button (or, with values, a pick in a select menu). */
export function click(ctx: TestApp, customId: string, overrides: Partial<ComponentRequest> = {}): Promise<Reply> {
  const values = overrides.values ?? [];
  const componentType = overrides.componentType ?? (overrides.values ? ComponentType.StringSelect : ComponentType.Button);
  return ctx.router.component({ ...actor(), customId, values, componentType, ...overrides });
}

/** The text of a reply, for `toContain` checks. */
export function text(reply: Reply): string {
  return JSON.stringify(reply.type === 'modal' ? reply.modal : reply.message);
}
