import type { Question } from '../content/types.js';
import { POINTS } from '../domain/points.js';
import { newCard, review, type CardState, type Recall } from '../domain/srs.js';
import { addDays } from '../domain/time.js';
import type { ChecklistStore } from '../db/checklists.js';
import type { GameStore } from '../db/games.js';
import type { GuildSettingsStore } from '../db/guildSettings.js';
import type { MembersStore, When } from '../db/members.js';
import type { QuestionStatsStore } from '../db/questionStats.js';
import type { QuizPost, QuizSource, QuizStore } from '../db/quiz.js';
import type { ReadsStore } from '../db/reads.js';
import type { ReviewCardStore } from '../db/reviewCards.js';
import type { ScoresStore } from '../db/scores.js';
import type { StudyStore } from '../db/study.js';
import type { Transaction } from '../db/stores.js';

export type AnswerOutcome =
  | { status: 'recorded'; correct: boolean; chosen: number; points: number; attemptId: number }
  | { status: 'already-answered'; correct: boolean; chosen: number };

export interface AttemptInput {
  guildId: string;
  userId: string;
  questionId: string;
  lecture: string;
  source: QuizSource;
  postId: number | null;
  choice: number;
  correct: boolean;
  /** For a daily quiz: the local date of the post it answers (an answer after midnight still counts for that day). */
  day?: string;
  /** Points decided by the caller (a quiz game's, under its daily cap) instead of the practice rule. */
  points?: number;
}

export type AttemptResult = { recorded: true; attemptId: number; points: number } | { recorded: false };

export interface ProgressStores {
  itemStats: QuestionStatsStore;
  guilds: GuildSettingsStore;
  members: MembersStore;
  scores: ScoresStore;
  reads: ReadsStore;
  checklists: ChecklistStore;
  quiz: QuizStore;
  cards: ReviewCardStore;
  games: Pick<GameStore, 'dailyPoints' | 'addDailyPoints'>;
  study: Pick<StudyStore, 'dailyPoints' | 'addDailyPoints'>;
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
   * Records a quiz answer with its points, streak and aggregates in one transaction. The first
   * answer to a post stands; a daily quiz counts once per local day (`day`, the post's).
   */
  recordAttempt(input: AttemptInput, now: Date): AttemptResult {
    const when = this.when(input.guildId, now);
    return this.transaction(() => this.attempt(input, when));
  }

  /** The attempt itself, inside the caller's transaction (one transaction an answer, not a nested one). */
  private attempt(input: AttemptInput, when: When): AttemptResult {
    const { quiz, members, scores } = this.stores;
    const { guildId, userId } = input;
    if (input.postId !== null && quiz.answerTo(input.postId, userId)) return { recorded: false };
    const { today, week } = members.touch(guildId, userId, when);
    const day = input.day ?? today;
    let points = 0;
    if (input.source === 'daily') {
      if (quiz.answeredDailyOn(guildId, userId, day)) return { recorded: false };
      points = POINTS.dailyAnswered + (input.correct ? POINTS.dailyCorrect : 0);
      members.extendStreak(guildId, userId, day, addDays(day, -1));
    } else if (input.points !== undefined) {
      points = input.points;
    } else if (input.correct && !quiz.practiceCreditedOn(guildId, userId, input.questionId, today)) {
      points = POINTS.practiceCorrect;
    }
    // Item analysis counts each member's first answer to a question, with where they stood before it.
    if (!quiz.answeredBefore(guildId, userId, input.questionId))
      this.stores.itemStats.recordFirst(guildId, input.questionId, input.correct, scores.accuracyThird(guildId, userId));
    const attemptId = quiz.insertAttempt({ ...input, answeredAt: when.now, localDate: day, week, points });
    scores.award(guildId, userId, week, points, 1, input.correct ? 1 : 0, when.now);
    return { recorded: true, attemptId, points };
  }

  /**
   * A member's answer to a post at a button position: the attempt, and the member's review card
   * rescheduled with it, in one transaction. A second click returns the first verdict.
   */
  answer(post: QuizPost, question: Question, userId: string, position: number, now: Date): AnswerOutcome {
    const chosen = post.choiceOrder[position]!;
    const correct = chosen === question.answer;
    const when = this.when(post.guildId, now);
    return this.transaction((): AnswerOutcome => {
      const result = this.attempt(
        {
          guildId: post.guildId,
          userId,
          questionId: question.id,
          lecture: question.lecture,
          source: post.source,
          postId: post.id,
          choice: chosen,
          correct,
          ...(post.source === 'daily' && post.day ? { day: post.day } : {}),
        },
        when,
      );
      if (!result.recorded) {
        // A daily quiz answered on another post of the same day has no answer on this post.
        const first = this.stores.quiz.answerTo(post.id, userId);
        return { status: 'already-answered', correct: first?.correct ?? false, chosen: first?.choice ?? -1 };
      }
      this.reschedule(post.guildId, userId, question, correct ? 'good' : 'again', now);
      return { status: 'recorded', correct, chosen, points: result.points, attemptId: result.attemptId };
    });
  }

  /**
   * A member's answer in a quiz game, when its round closes (inside the caller's transaction): it
   * counts like a practice answer (accuracy, item analysis, the review card), and a right one earns
   * leaderboard points up to the day's cap. Returns the points.
   */
  gameAnswer(guildId: string, userId: string, question: Question, choice: number, now: Date): number {
    const when = this.when(guildId, now);
    const correct = choice === question.answer;
    const { today } = this.stores.members.touch(guildId, userId, when);
    const room = POINTS.gameDailyCap - this.stores.games.dailyPoints(guildId, userId, today);
    const points = correct ? Math.max(0, Math.min(POINTS.gameCorrect, room)) : 0;
    if (points > 0) this.stores.games.addDailyPoints(guildId, userId, today, points);
    this.attempt({ guildId, userId, questionId: question.id, lecture: question.lecture, source: 'practice', postId: null, choice, correct, points }, when);
    this.reschedule(guildId, userId, question, correct ? 'good' : 'again', now);
    return points;
  }

  private reschedule(guildId: string, userId: string, question: Question, recall: Recall, now: Date): void {
    const before = this.stores.cards.get(guildId, userId, question.id)?.card ?? newCard(now);
    // A clock that steps back (another process, a skewed host) must not review a card before its last review.
    const at = before.last_review && now < before.last_review ? before.last_review : now;
    this.stores.cards.save({ guildId, userId, questionId: question.id, lecture: question.lecture }, review(before, recall, at), recall, before);
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

  /** The member did something the bot keeps (e.g. wrote a question): they are a member from now on. */
  touch(guildId: string, userId: string, now: Date): void {
    const when = this.when(guildId, now);
    this.transaction(() => this.stores.members.touch(guildId, userId, when));
  }

  /** A member's question was approved: its author's points, once (the caller makes sure of once). */
  awardAuthor(guildId: string, userId: string, now: Date): void {
    const when = this.when(guildId, now);
    this.transaction(() => {
      const { week } = this.stores.members.touch(guildId, userId, when);
      this.stores.scores.award(guildId, userId, week, POINTS.questionApproved, 0, 0, now);
    });
  }

  /** A member studied through a whole focus period: a point, up to the day's cap (inside the caller's transaction). */
  studyPoint(guildId: string, userId: string, now: Date): number {
    const when = this.when(guildId, now);
    const { today, week } = this.stores.members.touch(guildId, userId, when);
    if (this.stores.study.dailyPoints(guildId, userId, today) >= POINTS.studyDailyCap) return 0;
    this.stores.study.addDailyPoints(guildId, userId, today, POINTS.studyFocus);
    this.stores.scores.award(guildId, userId, week, POINTS.studyFocus, 0, 0, now);
    return POINTS.studyFocus;
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
