import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ComponentType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../src/db/database.js';
import { migrations } from '../src/db/migrations.js';
import { testApp, type TestApp } from './helpers/context.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/upgrade/${name}`, import.meta.url), 'utf8');
const posted = JSON.parse(fixture('custom-ids.json')) as { what: string; customIds: string[] }[];
const GUILD = '200000000000000000';
const CHANNEL = '200000000000000001';
const A = '300000000000000001';

let dir: string;
let ctx: TestApp;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studybot-upgrade-'));
  const path = join(dir, 'old.db');
  // The database as the previous release left it (schema version 6), then opened by this release.
  const old = new Database(path);
  old.exec(fixture('old.sql'));
  expect(old.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 6 });
  old.close();
  ctx = testApp('2026-11-23T02:00:00Z', { path });
});
afterEach(() => {
  ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

const SELECTS: Record<string, string[]> = { 'v1:sum:pick:en:nlp': ['bidirectional'], 'v1:chk:open': ['career-start'], 'v1:chk:set:career-start': [] };
const click = (customId: string, messageCustomIds: string[]) => {
  const values = SELECTS[customId];
  return ctx.router.component({
    userId: A,
    guildId: GUILD,
    channelId: CHANNEL,
    locale: 'en',
    customId,
    messageCustomIds,
    componentType: values ? ComponentType.StringSelect : ComponentType.Button,
    values: values ?? [],
  });
};

describe('upgrade from the release before the shape change', () => {
  it('migrates the old database: only additions, failures split into reason and channel', () => {
    expect(schemaVersion(ctx.db)).toBe(migrations.at(-1)!.version);
    expect(ctx.stores.guilds.get(GUILD).lastFailure).toMatchObject({ reason: 'missing-permission', channelId: CHANNEL });
    expect(ctx.stores.members.get(GUILD, A)).toMatchObject({ displayName: 'Ada', optedOut: false });
  });

  it('keeps every button and menu already posted in channels working', async () => {
    const stale: string[] = [];
    for (const message of posted) {
      for (const customId of message.customIds) {
        const reply = await click(customId, message.customIds);
        const text = JSON.stringify(reply);
        if (/no longer works|out of date/.test(text)) stale.push(`${message.what}: ${customId}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('answers each kind of old id as it did', async () => {
    const ids = (what: string) => posted.find((m) => m.what.startsWith(what))!.customIds;
    const next = await click(ids('summary')[1]!, ids('summary'));
    expect(next.type).toBe('update');
    expect(JSON.stringify(next)).toContain('2. ');
    const answer = await click(ids('quiz nlp')[0]!, ids('quiz nlp'));
    // The old post was answered before the upgrade: its first answer still stands.
    expect(JSON.stringify(answer)).toMatch(/already answered/i);
    const round = await click(ids('review round')[0]!, ids('review round'));
    expect(JSON.stringify(round)).toContain('v1:rev:next:1795395900000');
    const daily = await click(ids('daily post')[1]!, ids('daily post'));
    expect(JSON.stringify(daily)).toMatch(/already answered/i);
    const tried = await click(ids('weekly recap')[0]!, ids('weekly recap'));
    expect(tried.type === 'message' && tried.ephemeral).toBe(true);
    expect(JSON.stringify(tried)).toMatch(/v1:quiz:\d+:0/);
    const cancel = await click(ids('mydata')[1]!, ids('mydata'));
    expect(JSON.stringify(cancel)).toContain('Nothing was deleted');
  });
});
