import type { Logger } from 'pino';
import type { ChannelPoster, Notifier } from '../core/poster.js';
import type { Clock, Random } from '../domain/clock.js';
import type { ChecklistStore } from '../db/checklists.js';
import type { DailyStore } from '../db/daily.js';
import type { Db } from '../db/database.js';
import type { GuildSettingsStore } from '../db/guildSettings.js';
import type { MembersStore } from '../db/members.js';
import type { QuizStore } from '../db/quiz.js';
import type { ReadsStore } from '../db/reads.js';
import type { RecapStore } from '../db/recaps.js';
import { createStores, transactionOf, type Stores, type Transaction } from '../db/stores.js';
import type { DailyOptions } from '../commands/daily/deps.js';
import { DailyService } from '../commands/daily/service.js';
import { GameService } from '../commands/quizgame/service.js';
import { StudyService } from '../commands/study/service.js';
import type { StudyStore } from '../db/study.js';
import type { GameStore } from '../db/games.js';
import type { CommandSummary } from '../commands/help/deps.js';
import { Bank } from '../services/bank.js';
import { createCatalog, type Catalog } from '../services/catalog.js';
import type { Downloader } from '../services/download.js';
import type { FolderNotes } from '../services/folderNotes.js';
import { NotesService } from '../services/notes.js';
import { MemberData } from '../services/memberData.js';
import { Practice } from '../services/practice.js';
import { ProgressService } from '../services/progress.js';
import { QuestionService } from '../services/questions.js';
import type { QuestionReportStore } from '../db/questionReports.js';
import type { GuildQuestionStore } from '../db/questions.js';
import { Standings } from '../services/standings.js';

/** Every service a feature may declare, by the name it declares it under. Wired once, here. */
export interface Services {
  clock: Clock;
  random: Random;
  log: Logger;
  transaction: Transaction;
  catalog: Catalog;
  bank: Bank;
  guilds: GuildSettingsStore;
  members: MembersStore;
  reads: ReadsStore;
  checklists: ChecklistStore;
  quiz: QuizStore;
  dailyPosts: DailyStore;
  recaps: RecapStore;
  progress: ProgressService;
  standings: Standings;
  memberData: MemberData;
  practice: Practice;
  notes: NotesService;
  questions: QuestionService;
  guildQuestions: GuildQuestionStore;
  reports: QuestionReportStore;
  daily: DailyService;
  games: GameService;
  gameStore: GameStore;
  study: StudyService;
  studyStore: StudyStore;
  poster: ChannelPoster;
  /** Private messages to members. */
  notifier: Notifier;
  /** What the bot may do in a channel (the poster knows, from the gateway cache). */
  channels: Pick<ChannelPoster, 'missingPermissions' | 'shardOf'>;
  commandList: () => readonly CommandSummary[];
}

export interface ServiceOptions {
  poster: ChannelPoster & Notifier;
  clock: Clock;
  random: Random;
  log: Logger;
  /** The daily post's timing: reveal after, attempts, lease, claims' instance name, concurrency. */
  daily: DailyOptions;
  /** How attachments are fetched: Discord's URLs, or (the console) local files. */
  downloader: Downloader;
  /** The operator's CONTENT_DIR notes, read at start. */
  folder: FolderNotes;
}

/** Builds every store and service on one database connection. */
export function createServices(db: Db, options: ServiceOptions): { stores: Stores; services: Omit<Services, 'commandList'> } {
  const stores = createStores(db);
  const transaction = transactionOf(db);
  const { clock, random, log, poster } = options;
  const bank = new Bank(stores.questions);
  const progress = new ProgressService(stores, transaction);
  const questions = new QuestionService({ ...stores, bank, progress, transaction });
  const notes = new NotesService({ notes: stores.notes, transaction, downloader: options.downloader, clock, questions });
  const catalog = createCatalog({ folder: options.folder, notes });
  const standings = new Standings(stores);
  const base = {
    clock,
    random,
    log,
    transaction,
    catalog,
    bank,
    guilds: stores.guilds,
    members: stores.members,
    reads: stores.reads,
    checklists: stores.checklists,
    quiz: stores.quiz,
    dailyPosts: stores.daily,
    recaps: stores.recaps,
    progress,
    questions,
    guildQuestions: stores.questions,
    reports: stores.reports,
    standings,
    memberData: new MemberData(stores, transaction),
    practice: new Practice({ quiz: stores.quiz, cards: stores.cards, guilds: stores.guilds, bank, clock, random }),
    notes,
    poster,
    notifier: poster,
    channels: poster,
  };
  const daily = new DailyService({ ...base, studyStore: stores.study }, options.daily);
  const games = new GameService({ ...base, games: stores.games, itemStats: stores.itemStats });
  const study = new StudyService({ ...base, study: stores.study });
  return { stores, services: { ...base, daily, games, gameStore: stores.games, study, studyStore: stores.study } };
}
