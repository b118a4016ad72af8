import type { Feature } from '../../core/command.js';
import { quizCommand } from './command.js';
import { answerHandler, rateHandler, tryHandler } from './components.js';
import type { QuizDeps } from './deps.js';

/** `/quiz`: practice questions with answer buttons, verdicts, and spaced repetition. */
export const quiz: Feature<QuizDeps> = {
  name: 'quiz',
  commands: [quizCommand],
  components: [answerHandler, tryHandler, rateHandler],
};
