import type { Feature } from '../core/command.js';
import { checklist } from '../commands/checklist/index.js';
import { help } from '../commands/help/index.js';
import { mydata } from '../commands/mydata/index.js';
import { notes } from '../commands/notes/index.js';
import { progress } from '../commands/progress/index.js';
import { quiz } from '../commands/quiz/index.js';
import { quizgame } from '../commands/quizgame/index.js';
import { review } from '../commands/review/index.js';
import { stats } from '../commands/stats/index.js';
import { study } from '../commands/study/index.js';
import { studyconfig } from '../commands/studyconfig/index.js';
import { summary } from '../commands/summary/index.js';
import type { Services } from './services.js';

/**
 * Every feature, listed explicitly: what is here is what gets registered, routed and listed by
 * /help. A new command is one folder under src/commands and one line here; the compiler checks
 * that Services provides what the feature declares.
 */
export const features: readonly Feature<Services>[] = [summary, quiz, quizgame, study, review, checklist, progress, stats, notes, mydata, studyconfig, help];
