import type { Feature } from '../../core/command.js';
import { progressCommand } from './command.js';
import type { ProgressDeps } from './deps.js';

/** `/progress`: the guild's leaderboard (this week or all time) and the caller's own rank. */
export const progress: Feature<ProgressDeps> = { name: 'progress', commands: [progressCommand] };
