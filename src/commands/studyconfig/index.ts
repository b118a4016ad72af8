import type { Feature } from '../../core/command.js';
import { studyconfigCommand } from './command.js';
import type { StudyconfigDeps } from './deps.js';

/** `/studyconfig`: the daily post's channel, time, time zone, language and goal (Manage Server). */
export const studyconfig: Feature<StudyconfigDeps> = { name: 'studyconfig', commands: [studyconfigCommand] };
