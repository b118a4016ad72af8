import type { Feature } from '../../core/command.js';
import { helpCommand } from './command.js';
import type { HelpDeps } from './deps.js';

/** `/help`: generated from the registry, so it lists exactly the commands there are. */
export const help: Feature<HelpDeps> = { name: 'help', commands: [helpCommand] };
