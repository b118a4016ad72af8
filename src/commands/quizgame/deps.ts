import type { Logger } from 'pino';
import type { ChannelPoster } from '../../core/poster.js';
import type { Clock } from '../../domain/clock.js';
import type { GameStore } from '../../db/games.js';
import type { Catalog } from '../../services/catalog.js';
import type { GameService } from './service.js';

export interface QuizgameDeps {
  games: GameService;
  gameStore: Pick<GameStore, 'get' | 'round' | 'answer' | 'answerOf' | 'runningIn' | 'lastIn' | 'scores'>;
  catalog: Catalog;
  channels: Pick<ChannelPoster, 'missingPermissions'>;
  clock: Clock;
  log: Logger;
}
