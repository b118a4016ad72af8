import type { Feature } from '../../core/command.js';
import { statsCommand } from './command.js';
import type { StatsDeps } from './deps.js';

/** `/stats`: one member's reading, quiz accuracy, streak, checklists and rank, as text and a card. */
export const stats: Feature<StatsDeps> = { name: 'stats', commands: [statsCommand] };
