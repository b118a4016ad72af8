import type { Logger } from 'pino';
import { toRegistration } from '../core/command.js';
import type { ChannelPoster, Notifier } from '../core/poster.js';
import type { DailyOptions } from '../commands/daily/deps.js';
import type { Clock, Random } from '../domain/clock.js';
import { openDatabase, type Db } from '../db/database.js';
import { webDownloader, type Downloader } from '../services/download.js';
import { loadFolderNotes } from '../services/folderNotes.js';
import type { Stores } from '../db/stores.js';
import { features } from './registry.js';
import { Router } from './router.js';
import { createServices, type Services } from './services.js';

export interface AppOptions {
  databasePath: string;
  /** Where the daily post and private messages go: Discord or the console. */
  poster: ChannelPoster & Notifier;
  log: Logger;
  revealHours: number;
  clock?: Clock;
  random?: Random;
  /** The daily post's other settings (tests and benchmarks tune them). */
  daily?: Omit<DailyOptions, 'revealHours'>;
  /** A folder of notes for every guild (CONTENT_DIR). */
  contentDir?: string;
  /** How attachments are fetched (default: Discord's HTTPS URLs). */
  downloader?: Downloader;
}

export interface App {
  db: Db;
  stores: Stores;
  services: Services;
  router: Router<Services>;
  close(): void;
}

const systemClock: Clock = { now: () => new Date() };

/** What every mode shares: the database, its stores and services, the router over every feature. */
export function createApp(options: AppOptions): App {
  const db = openDatabase(options.databasePath);
  const { stores, services: base } = createServices(db, {
    poster: options.poster,
    log: options.log,
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
    daily: { ...options.daily, revealHours: options.revealHours },
    downloader: options.downloader ?? webDownloader,
    folder: loadFolderNotes(options.contentDir, options.log),
  });
  // Notes an older renderer drew are drawn again from their Markdown, so a new release shows them its way.
  const redrawn = base.notes.rerenderOutdated();
  if (redrawn > 0) options.log.info({ lectures: redrawn }, 'imported notes rendered again');
  const commandList = () => router.commands;
  const services: Services = { ...base, commandList };
  const router = new Router(features, services);
  return { db, stores, services, router, close: () => db.close() };
}

/** The definitions registered with Discord, in the registry's order. */
export function commandDefinitions() {
  return features.flatMap((feature) => feature.commands ?? []).map((command) => toRegistration(command.data));
}
