import type { Question } from '../content/types.js';
import { POINTS } from '../domain/points.js';
import { newCard, review, type CardState, type Recall } from '../domain/srs.js';
import { addDays } from '../domain/time.js';
import type { ChecklistStore } from '../db/checklists.js';
import type { GuildSettingsStore } from '../db/guildSettings.js';
import type { MembersStore, When } from '../db/members.js';
import type { QuizPost, QuizStore } from '../db/quiz.js';
import type { ReadsStore } from '../db/reads.js';
import type { ReviewCardStore } from '../db/reviewCards.js';
import type { ScoresStore } from '../db/scores.js';
import type { Transaction } from '../db/stores.js';

export type AnswerOutcome =
  | { status: 'recorded'; correct: boolean; chosen: number; points: number; attemptId: number }
  | { status: 'already-answered'; correct: boolean; chosen: number };

export interface ProgressStores {
  guilds: GuildSettingsStore;
  members: MembersStore;
  scores: ScoresStore;
  reads: ReadsStore;
  checklists: ChecklistStore;
  quiz: QuizStore;
  cards: ReviewCardStore;
}

/**
 * What members do that counts: reading, checking items, answering. Each event is one
 * transaction over the stores it touches (the event, the member, the scores, the card), so the
 * aggregates leaderboards read are never out of step with the events.
 */
export class ProgressService {
  constructor(
    private readonly stores: ProgressStores,
    private readonly transaction: Transaction,
  ) {}

  /** The guild's time zone decides an event's local day and week. */
  when(guildId: string, now: Date): When {
    return { now, timezone: this.stores.guilds.timezone(guildId) };
  }

  /** A /summary section viewed: counts (and earns) once per member and section. True the first time. */
  recordRead(guildId: string, userId: string, lecture: string, section: string, now: Date): boolean {
    const when = this.when(guildId, now);
    return this.transaction(() => {
      const { week } = this.stores.members.touch(guildId, userId, when);
      const fresh = this.stores.reads.insert(guildId, userId, lecture, section, now, week);
      if (fresh) this.stores.scores.award(guildId, userId, week, POINTS.read, 0, 0, now);
      return fresh;
    });
  }

  /** Sets a checklist to exactly the `checked` items (of `items`). Returns how many changed. */
  setChecklist(guildId: string, userId: string, checklist: string, items: readonly string[], checked: ReadonlySet<string>, now: Date): number {
    const when = this.when(guildId, now);
    const { checklists, scores, members } = this.stores;
    return this.transaction(() => {
      const { week } = members.touch(guildId, userId, when);
      const current = checklists.checked(guildId, userId, checklist);
      let changed = 0;
      for (const item of items) {
        const wanted = checked.has(item);
        if (wanted === current.has(item)) continue;
        if (wanted) {
          if (checklists.check(guildId, userId, checklist, item, now, week)) scores.award(guildId, userId, week, POINTS.checklistItem, 0, 0, now);
        } else {
          const earnedIn = checklists.uncheck(guildId, userId, checklist, item);
          // Unchecking takes the point back from the week it was earned in.
          if (earnedIn) scores.award(guildId, userId, earnedIn, -POINTS.checklistItem, 0, 0, now);
        }
        changed++;
      }
      return changed;
    });
  }

  /**
   * A member's answer to a post at a button position. The first answer to a post stands, a daily
   * quiz counts once per local day, and the member's review card is rescheduled with it.
   */
  answer(post: QuizPost, question: Question, userId: string, position: number, now: Date): AnswerOutcome {
    const when = this.when(post.guildId, now);
    const chosen = post.choiceOrder[position]!;
    const correct = chosen === question.answer;
    const { quiz, members, scores } = this.stores;
    return this.transaction((): AnswerOutcome => {
      const first = quiz.answerTo(post.id, userId);
      if (first) return { status: 'already-answered', correct: first.correct, chosen: first.choice };
      const { today, week } = members.touch(post.guildId, userId, when);
      const day = post.source === 'daily' && post.day ? post.day : today;
      let points = 0;
      if (post.source === 'daily') {
        // A daily quiz answered on another post of the same day has no answer on this post.
        if (quiz.answeredDailyOn(post.guildId, userId, day)) return { status: 'already-answered', correct: false, chosen: -1 };
        points = POINTS.dailyAnswered + (correct ? POINTS.dailyCorrect : 0);
        members.extendStreak(post.guildId, userId, day, addDays(day, -1));
      } else if (correct && !quiz.practiceCreditedOn(post.guildId, userId, question.id, today)) {
        points = POINTS.practiceCorrect;
      }
      const attemptId = quiz.insertAttempt({
        guildId: post.guildId,
        userId,
        questionId: question.id,
        lecture: question.lecture,
        source: post.source,
        postId: post.id,
        choice: chosen,
        correct,
        answeredAt: now,
        localDate: day,
        week,
        points,
      });
      scores.award(post.guildId, userId, week, points, 1, correct ? 1 : 0, now);
      this.reschedule(post.guildId, userId, question, correct ? 'good' : 'again', now);
      return { status: 'recorded', correct, chosen, points, attemptId };
    });
  }

  private reschedule(guildId: string, userId: string, question: Question, recall: Recall, now: Date): void {
    const before = this.stores.cards.get(guildId, userId, question.id)?.card ?? newCard(now);
    this.stores.cards.save({ guildId, userId, questionId: question.id, lecture: question.lecture }, review(before, recall, now), recall, before);
  }

  /**
   * The member says a right answer was hard or easy: the last review is redone with that rating.
   * Once per review; undefined when there is nothing to re-rate.
   */
  rate(guildId: string, userId: string, question: Question, recall: 'hard' | 'easy'): CardState | undefined {
    return this.transaction(() => {
      const stored = this.stores.cards.get(guildId, userId, question.id);
      if (!stored?.previous || !stored.lastCorrect || !stored.card.last_review) return undefined;
      const next = review(stored.previous, recall, stored.card.last_review);
      this.stores.cards.save({ guildId, userId, questionId: question.id, lecture: question.lecture }, next, recall, null);
      return next;
    });
  }

  /** Hides (or shows) the member's name on the public leaderboard. */
  setOptOut(guildId: string, userId: string, optedOut: boolean, now: Date): void {
    const when = this.when(guildId, now);
    this.transaction(() => {
      this.stores.members.touch(guildId, userId, when);
      this.stores.members.setOptOut(guildId, userId, optedOut);
    });
  }
}
