import type { Clock } from '../../domain/clock.js';
import type { Catalog } from '../../services/catalog.js';
import type { Practice } from '../../services/practice.js';

export interface ReviewDeps {
  catalog: Catalog;
  practice: Practice;
  clock: Clock;
}
