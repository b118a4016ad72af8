import type { Clock } from '../../domain/clock.js';
import type { ChecklistStore } from '../../db/checklists.js';
import type { Catalog } from '../../services/catalog.js';
import type { ProgressService } from '../../services/progress.js';

export interface ChecklistDeps {
  catalog: Catalog;
  checklists: Pick<ChecklistStore, 'checked' | 'countsByList'>;
  progress: Pick<ProgressService, 'setChecklist'>;
  clock: Clock;
}
