import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { Standings } from '../../services/standings.js';

export interface ProgressDeps {
  standings: Standings;
  guilds: Pick<GuildSettingsStore, 'timezone'>;
  clock: Clock;
  log: Logger;
}
