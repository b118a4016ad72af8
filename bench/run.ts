/**
 * `npm run bench` runs every benchmark; `npm run bench -- NAME [flags]` runs one.
 * Each prints a readable table and ends with one line of JSON.
 */
import { cardsBench } from './cards.js';
import { dailyBench } from './daily.js';
import { gameBench } from './game.js';
import { notesBench } from './notes.js';
import { progressBench } from './progress.js';
import { quizBench } from './quiz.js';
import { shardsBench } from './shards.js';
import { soakBench } from './soak.js';
import { studyBench } from './study.js';

const benches: Record<string, (args: string[]) => Promise<void>> = {
  progress: progressBench,
  quiz: quizBench,
  daily: dailyBench,
  cards: cardsBench,
  notes: notesBench,
  game: gameBench,
  study: studyBench,
  shards: shardsBench,
  soak: soakBench,
};

const [name, ...args] = process.argv.slice(2);
const selected = name && !name.startsWith('--') ? [name] : Object.keys(benches);
for (const bench of selected) {
  const run = benches[bench];
  if (!run) {
    console.error(`Unknown benchmark "${bench}". Known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await run(name && !name.startsWith('--') ? args : []);
}
