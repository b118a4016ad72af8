import { helpCommand } from './help.js';
import { summaryCommand, summaryComponent } from './summary.js';
import type { Command, ComponentHandler } from './types.js';

/** Every slash command, listed explicitly: what is here is what gets registered. */
export const commands: readonly Command[] = [summaryCommand, helpCommand];

/** Every component handler, by the name in its custom_id. */
export const componentHandlers: readonly ComponentHandler[] = [summaryComponent];
