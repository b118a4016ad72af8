import type { Logger } from 'pino';
import type { Notifier } from '../../core/poster.js';
import type { Clock } from '../../domain/clock.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { GuildQuestionStore } from '../../db/questions.js';
import type { QuizStore } from '../../db/quiz.js';
import type { Catalog, QuestionBank } from '../../services/catalog.js';
import type { Practice } from '../../services/practice.js';
import type { ProgressService } from '../../services/progress.js';
import type { QuestionService } from '../../services/questions.js';

export interface QuizDeps {
  catalog: Catalog;
  bank: QuestionBank;
  practice: Practice;
  progress: Pick<ProgressService, 'answer' | 'rate'>;
  quiz: Pick<QuizStore, 'post' | 'answerTo'>;
  guilds: Pick<GuildSettingsStore, 'timezone' | 'get'>;
  questions: QuestionService;
  guildQuestions: Pick<GuildQuestionStore, 'get'>;
  notifier: Notifier;
  clock: Clock;
  log: Logger;
}
