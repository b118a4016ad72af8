import type { ChannelPoster } from '../../core/poster.js';
import type { Clock } from '../../domain/clock.js';
import type { StudyStore } from '../../db/study.js';
import type { Catalog } from '../../services/catalog.js';
import type { StudyService } from './service.js';

export interface StudyDeps {
  study: StudyService;
  studyStore: Pick<StudyStore, 'get' | 'liveIn' | 'isMuted' | 'setMuted' | 'openOf'>;
  catalog: Catalog;
  channels: Pick<ChannelPoster, 'missingPermissions'>;
  clock: Clock;
}
