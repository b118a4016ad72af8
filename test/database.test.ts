import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../src/db/database.js';
import { migrations } from '../src/db/migrations.js';
import { BotMetaStore } from '../src/db/botMeta.js';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studybot-db-'));
  dirs.push(dir);
  return join(dir, 'nested', 'studybot.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the file and its folder, in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(tempPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
  });

  it('applies each migration once, also when opened again', () => {
    const path = tempPath();
    openDatabase(path).close();
    const db = openDatabase(path);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    migrate(db, migrations);
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: migrations.length });
    db.close();
  });

  it('rolls a failing migration back whole', () => {
    const db = openDatabase(tempPath());
    const broken = { version: 999, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO missing VALUES (1);' };
    expect(() => migrate(db, [...migrations, broken])).toThrow(/missing/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(schemaVersion(db)).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
  });

  it('keeps bot metadata across reopening', () => {
    const path = tempPath();
    const db = openDatabase(path);
    new BotMetaStore(db).set('commands:1:global', 'abc');
    new BotMetaStore(db).set('commands:1:global', 'def');
    db.close();
    const again = openDatabase(path);
    expect(new BotMetaStore(again).get('commands:1:global')).toBe('def');
    expect(new BotMetaStore(again).get('nothing')).toBeUndefined();
    again.close();
  });
});
