/**
 * A child process for the kill test: records reads in a loop, one transaction each,
 * and prints the number of each write only after its transaction committed.
 */
import { openDatabase } from '../../src/db/database.js';
import { ProgressStore } from '../../src/db/progress.js';

const [path, guildId] = process.argv.slice(2) as [string, string];
const db = openDatabase(path);
const store = new ProgressStore(db);
const when = { now: new Date('2026-11-25T01:00:00Z'), timezone: 'Asia/Seoul' };
for (let i = 0; ; i++) {
  store.recordRead(guildId, `user${i % 50}`, 'nlp', `section-${i}`, when);
  if (i % 3 === 0) store.setChecklistItem(guildId, `user${i % 50}`, 'list', `item-${i}`, true, when);
  process.stdout.write(`${i}\n`);
}
