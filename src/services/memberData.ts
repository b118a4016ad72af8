import type { ChecklistStore } from '../db/checklists.js';
import type { GameStore } from '../db/games.js';
import type { MembersStore } from '../db/members.js';
import type { QuestionReportStore } from '../db/questionReports.js';
import type { GuildQuestionStore } from '../db/questions.js';
import type { QuizStore } from '../db/quiz.js';
import type { ReadsStore } from '../db/reads.js';
import type { ReviewCardStore } from '../db/reviewCards.js';
import type { ScoresStore } from '../db/scores.js';
import type { StudyStore } from '../db/study.js';
import type { Transaction } from '../db/stores.js';

export interface MemberDataStores {
  questions: GuildQuestionStore;
  reports: QuestionReportStore;
  games: Pick<GameStore, 'exportOf' | 'forget'>;
  study: Pick<StudyStore, 'exportOf' | 'forget'>;
  members: MembersStore;
  scores: ScoresStore;
  reads: ReadsStore;
  checklists: ChecklistStore;
  quiz: QuizStore;
  cards: ReviewCardStore;
}

/** A member's own data: all of it as one export, or all of it deleted. */
export class MemberData {
  constructor(
    private readonly stores: MemberDataStores,
    private readonly transaction: Transaction,
  ) {}

  /** Everything stored about a member in a guild (the /mydata export file's content), or undefined. */
  export(guildId: string, userId: string): Record<string, unknown> | undefined {
    const { members, scores, reads, checklists, quiz, cards } = this.stores;
    return this.transaction(() => {
      const member = members.get(guildId, userId);
      if (!member) return undefined;
      const { quizAttempts, topicScores } = quiz.exportOf(guildId, userId);
      return {
        member: {
          guild_id: member.guildId,
          user_id: member.userId,
          joined_at: member.joinedAt,
          leaderboard_opt_out: member.optedOut ? 1 : 0,
          current_streak: member.currentStreak,
          best_streak: member.bestStreak,
          last_daily_date: member.lastDailyDate,
          last_active_date: member.lastActiveDate,
          display_name: member.displayName,
        },
        scores: scores
          .ofMember(guildId, userId)
          .map((s) => ({ period: s.period, points: s.points, answered: s.answered, correct: s.correct, reached_at: s.reachedAt })),
        topicScores,
        sectionReads: reads.exportOf(guildId, userId),
        checklistItems: checklists.exportOf(guildId, userId),
        quizAttempts,
        reviewCards: cards.exportOf(guildId, userId),
        questionsWritten: this.stores.questions.byAuthor(guildId, userId).map((q) => ({
          id: q.id,
          lecture: q.lecture,
          section: q.section,
          status: q.status,
          prompt: q.prompt,
          choices: q.choices,
          explanation: q.explanation,
          created_at: q.createdAt,
        })),
        questionReports: this.stores.reports.ofReporter(guildId, userId),
        quizGameAnswers: this.stores.games.exportOf(guildId, userId),
        studySessions: this.stores.study.exportOf(guildId, userId),
      };
    });
  }

  /** Deletes everything stored about a member in a guild, leaderboard entries included. */
  delete(guildId: string, userId: string): boolean {
    return this.transaction(() => {
      this.stores.scores.forget(guildId, userId);
      // Questions they wrote stay with the guild, credited to "a former member".
      this.stores.questions.forgetAuthor(guildId, userId);
      // Their reports are their words: they go (an open report's count drops with it).
      this.stores.reports.forgetReporter(guildId, userId);
      this.stores.games.forget(guildId, userId);
      this.stores.study.forget(guildId, userId);
      return this.stores.members.delete(guildId, userId);
    });
  }
}
