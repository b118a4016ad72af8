import type { Feature } from '../../core/command.js';
import { mydataCommand } from './command.js';
import { deleteConfirmHandler } from './components.js';
import type { MydataDeps } from './deps.js';

/** `/mydata`: a member's own data — export, delete, leaderboard privacy. */
export const mydata: Feature<MydataDeps> = { name: 'mydata', commands: [mydataCommand], components: [deleteConfirmHandler] };
