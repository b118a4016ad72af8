import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp, type App } from '../src/app/app.js';
import type { ChannelPoster, Notifier } from '../src/core/poster.js';

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** Prints an aligned two-column table. */
export function table(title: string, rows: [string, string | number][]): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n${title}`);
  console.log('-'.repeat(title.length));
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
}

/** A scratch folder for a benchmark's database, removed afterwards. */
export function scratch(name: string): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `studybot-bench-${name}-`));
  return { dir, path: join(dir, `${name}.db`), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads `--name value` flags. */
export function flag(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The real app on a benchmark's database file, posting nowhere, at a fixed or real clock. */
export function benchApp(path: string, now?: () => Date): App {
  const poster: ChannelPoster & Notifier = {
    holdsGuild: () => true,
    missingPermissions: () => [],
    shardOf: () => null,
    send: async () => '1',
    edit: async () => {},
    dm: async () => true,
  };
  return createApp({ databasePath: path, poster, log: pino({ level: 'silent' }), revealHours: 24, ...(now ? { clock: { now } } : {}) });
}
