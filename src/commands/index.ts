import { checklistCommand, checklistComponent } from './checklist.js';
import { helpCommand } from './help.js';
import { mydataCommand, mydataComponent } from './mydata.js';
import { progressCommand } from './progress.js';
import { quizCommand, quizComponent, rateComponent, tryComponent } from './quiz.js';
import { reviewCommand, reviewComponent } from './review.js';
import { statsCommand } from './stats.js';
import { studyconfigCommand } from './studyconfig.js';
import { summaryCommand, summaryComponent } from './summary.js';
import type { Command, ComponentHandler } from './types.js';

/** Every slash command, listed explicitly: what is here is what gets registered. */
export const commands: readonly Command[] = [
  summaryCommand,
  quizCommand,
  reviewCommand,
  checklistCommand,
  progressCommand,
  statsCommand,
  mydataCommand,
  studyconfigCommand,
  helpCommand,
];

/** Every component handler, by the name in its custom_id. */
export const componentHandlers: readonly ComponentHandler[] = [
  summaryComponent,
  quizComponent,
  tryComponent,
  rateComponent,
  reviewComponent,
  checklistComponent,
  mydataComponent,
];
