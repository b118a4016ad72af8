/**
 * A child process for the kill test: records reads in a loop, one transaction each,
 * and prints the number of each write only after its transaction committed.
 */
import { openDatabase } from '../../src/db/database.js';
import { createStores, transactionOf } from '../../src/db/stores.js';
import { ProgressService } from '../../src/services/progress.js';

const [path, guildId] = process.argv.slice(2) as [string, string];
const db = openDatabase(path);
const progress = new ProgressService(createStores(db), transactionOf(db));
const now = new Date('2026-11-25T01:00:00Z');
for (let i = 0; ; i++) {
  progress.recordRead(guildId, `user${i % 50}`, 'nlp', `section-${i}`, now);
  if (i % 3 === 0) progress.setChecklist(guildId, `user${i % 50}`, 'list', [`item-${i}`], new Set([`item-${i}`]), now);
  process.stdout.write(`${i}\n`);
}
