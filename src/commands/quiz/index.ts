import type { Feature } from '../../core/command.js';
import { quizCommand } from './command.js';
import {
  addFormHandler,
  answerHandler,
  editFormHandler,
  rateHandler,
  rejectFormHandler,
  reportActionHandler,
  reportButtonHandler,
  reportFormHandler,
  reportKindHandler,
  reviewButtonHandler,
  tryHandler,
} from './components.js';
import type { QuizDeps } from './deps.js';

/** `/quiz`: practice questions with answer buttons, verdicts and spaced repetition; the guild's own questions, their review and reports. */
export const quiz: Feature<QuizDeps> = {
  name: 'quiz',
  commands: [quizCommand],
  components: [answerHandler, tryHandler, rateHandler, reportButtonHandler, reportKindHandler, reviewButtonHandler, reportActionHandler],
  modals: [reportFormHandler, addFormHandler, rejectFormHandler, editFormHandler],
};
