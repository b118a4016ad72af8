import type { Feature } from '../../core/command.js';
import { quizgameCommand } from './command.js';
import { gameAnswerHandler } from './components.js';
import type { QuizgameDeps } from './deps.js';

/** `/quizgame`: a live quiz game in a channel, round by round, with a scoreboard. */
export const quizgame: Feature<QuizgameDeps> = {
  name: 'quizgame',
  commands: [quizgameCommand],
  components: [gameAnswerHandler],
};
