import type { Clock } from '../../domain/clock.js';
import type { Catalog } from '../../services/catalog.js';
import type { ProgressService } from '../../services/progress.js';

export interface SummaryDeps {
  catalog: Catalog;
  progress: Pick<ProgressService, 'recordRead'>;
  clock: Clock;
}
