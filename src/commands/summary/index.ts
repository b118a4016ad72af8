import type { Feature } from '../../core/command.js';
import { summaryCommand } from './command.js';
import { sectionButtonHandler, sectionMenuHandler } from './components.js';
import type { SummaryDeps } from './deps.js';

/** `/summary`: a lecture section with its diagrams, and navigation between sections. */
export const summary: Feature<SummaryDeps> = {
  name: 'summary',
  commands: [summaryCommand],
  components: [sectionButtonHandler, sectionMenuHandler],
};
