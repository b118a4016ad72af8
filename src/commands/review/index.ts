import type { Feature } from '../../core/command.js';
import { reviewCommand } from './command.js';
import { nextInRoundHandler, startRoundHandler } from './components.js';
import type { ReviewDeps } from './deps.js';

/** `/review`: what is due, and a round of the questions a member got wrong. */
export const review: Feature<ReviewDeps> = {
  name: 'review',
  commands: [reviewCommand],
  components: [startRoundHandler, nextInRoundHandler],
};
