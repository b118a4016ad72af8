import type { Logger } from 'pino';
import type { Clock } from '../../domain/clock.js';
import type { ChecklistStore } from '../../db/checklists.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { MembersStore } from '../../db/members.js';
import type { QuizStore } from '../../db/quiz.js';
import type { ReadsStore } from '../../db/reads.js';
import type { StudyStore } from '../../db/study.js';
import type { Catalog } from '../../services/catalog.js';
import type { Standings } from '../../services/standings.js';

export interface StatsDeps {
  catalog: Catalog;
  members: Pick<MembersStore, 'get'>;
  reads: Pick<ReadsStore, 'countsByLecture' | 'timesSince'>;
  checklists: Pick<ChecklistStore, 'countsByList' | 'timesSince'>;
  quiz: Pick<QuizStore, 'topics' | 'answersByDay'>;
  standings: Standings;
  /** Focus time in study sessions (ms), the member's open presences counted first. */
  study: { studied(guildId: string, userId: string): { today: number; week: number; all: number } };
  studyStore: Pick<StudyStore, 'daysSince'>;
  guilds: Pick<GuildSettingsStore, 'timezone'>;
  clock: Clock;
  log: Logger;
}
