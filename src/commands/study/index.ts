import type { Feature } from '../../core/command.js';
import { studyCommand } from './command.js';
import { studyButtonHandler } from './components.js';
import type { StudyDeps } from './deps.js';

/** `/study`: focus sessions (pomodoro) in a channel, with the focus time members spend in them counted. */
export const study: Feature<StudyDeps> = {
  name: 'study',
  commands: [studyCommand],
  components: [studyButtonHandler],
};
