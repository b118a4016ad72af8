import type { CommandData } from '../../core/command.js';
import type { Catalog } from '../../services/catalog.js';

/** What /help lists about a command: its definition and examples, from the registry. */
export interface CommandSummary {
  data: CommandData;
  examples: readonly string[];
}

export interface HelpDeps {
  catalog: Catalog;
  /** Every registered command, in the registry's order. */
  commandList: () => readonly CommandSummary[];
}
