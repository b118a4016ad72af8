import type { Feature } from '../../core/command.js';
import { checklistCommand } from './command.js';
import { homeHandler, itemsHandler, openHandler } from './components.js';
import type { ChecklistDeps } from './deps.js';

/** `/checklist`: career checklists with each member's own check marks. */
export const checklist: Feature<ChecklistDeps> = {
  name: 'checklist',
  commands: [checklistCommand],
  components: [homeHandler, openHandler, itemsHandler],
};
