import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.js';
import type { ChecklistStore } from '../../db/checklists.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { MembersStore } from '../../db/members.js';
import type { QuizStore } from '../../db/quiz.js';
import type { ReadsStore } from '../../db/reads.js';
import type { Catalog } from '../../services/catalog.js';
import type { Standings } from '../../services/standings.js';

export interface StatsDeps {
  catalog: Catalog;
  members: Pick<MembersStore, 'get'>;
  reads: Pick<ReadsStore, 'countsByLecture' | 'timesSince'>;
  checklists: Pick<ChecklistStore, 'countsByList' | 'timesSince'>;
  quiz: Pick<QuizStore, 'topics' | 'answersByDay'>;
  standings: Standings;
  guilds: Pick<GuildSettingsStore, 'timezone'>;
  clock: Clock;
  log: Logger;
}
