import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { POINTS } from '../src/domain/points.js';
import { ROOT } from './helpers/spawnBot.js';

const dir = mkdtempSync(join(tmpdir(), 'studybot-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer, waits for `acks` acknowledged writes, then SIGKILLs it mid-burst. */
async function killAfter(path: string, acks: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/killWriter.ts', path, '200000000000000000'], { cwd: ROOT });
  let last = -1;
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) last = Number(line);
      if (last >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${stderr}`))));
  });
  return last;
}

describe('a process killed with SIGKILL mid-burst', () => {
  it('loses no acknowledged write and leaves an intact database', async () => {
    const path = join(dir, 'kill.db');
    for (const acks of [150, 400, 50]) {
      const acknowledged = await killAfter(path, acks);
      expect(acknowledged).toBeGreaterThanOrEqual(acks);
      const db = openDatabase(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const reads = db.prepare("SELECT section FROM section_reads WHERE section LIKE 'section-%'").all() as { section: string }[];
      const have = new Set(reads.map((r) => Number(r.section.slice('section-'.length))));
      for (let i = 0; i <= acknowledged; i++) expect(have.has(i), `write ${i} was acknowledged`).toBe(true);
      // Aggregates agree with the events that survived, whatever instant the kill hit.
      const total = db.prepare("SELECT coalesce(sum(points), 0) AS n FROM scores WHERE period = 'all'").get() as { n: number };
      const items = db.prepare('SELECT count(*) AS n FROM checklist_items').get() as { n: number };
      const allReads = db.prepare('SELECT count(*) AS n FROM section_reads').get() as { n: number };
      expect(total.n).toBe(allReads.n * POINTS.read + items.n * POINTS.checklistItem);
      db.exec('DELETE FROM members; DELETE FROM score_histogram;');
      db.close();
    }
  });
});
