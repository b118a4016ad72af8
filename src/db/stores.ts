import { BotMetaStore } from './botMeta.js';
import { ChecklistStore } from './checklists.js';
import { DailyStore } from './daily.js';
import type { Db } from './database.js';
import { GameStore } from './games.js';
import { GuildSettingsStore } from './guildSettings.js';
import { MembersStore } from './members.js';
import { NotesStore } from './notes.js';
import { QuestionReportStore } from './questionReports.js';
import { GuildQuestionStore } from './questions.js';
import { QuestionStatsStore } from './questionStats.js';
import { QuizStore } from './quiz.js';
import { ReadsStore } from './reads.js';
import { RecapStore } from './recaps.js';
import { ReviewCardStore } from './reviewCards.js';
import { ScoresStore } from './scores.js';
import { StudyStore } from './study.js';

/** One store per aggregate, each preparing its statements once on the shared connection. */
export interface Stores {
  meta: BotMetaStore;
  guilds: GuildSettingsStore;
  members: MembersStore;
  scores: ScoresStore;
  reads: ReadsStore;
  checklists: ChecklistStore;
  quiz: QuizStore;
  cards: ReviewCardStore;
  daily: DailyStore;
  recaps: RecapStore;
  notes: NotesStore;
  questions: GuildQuestionStore;
  reports: QuestionReportStore;
  itemStats: QuestionStatsStore;
  games: GameStore;
  study: StudyStore;
}

export function createStores(db: Db): Stores {
  return {
    meta: new BotMetaStore(db),
    guilds: new GuildSettingsStore(db),
    members: new MembersStore(db),
    scores: new ScoresStore(db),
    reads: new ReadsStore(db),
    checklists: new ChecklistStore(db),
    quiz: new QuizStore(db),
    cards: new ReviewCardStore(db),
    daily: new DailyStore(db),
    recaps: new RecapStore(db),
    notes: new NotesStore(db),
    questions: new GuildQuestionStore(db),
    reports: new QuestionReportStore(db),
    itemStats: new QuestionStatsStore(db),
    games: new GameStore(db),
    study: new StudyStore(db),
  };
}

/** Runs `work` in one write transaction (taken at once, so two processes never interleave). */
export type Transaction = <T>(work: () => T) => T;

export function transactionOf(db: Db): Transaction {
  return (work) => db.transaction(work).immediate();
}
