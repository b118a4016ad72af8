/**
 * Points, designed so that repeating anything earns nothing more (see README "Points").
 */
export const POINTS = {
  /** Reading a /summary section: once per member and section. */
  read: 1,
  /** Checking a checklist item: once per item; unchecking takes it back. */
  checklistItem: 1,
  /** A right answer to a practice question: at most once per question per local day. */
  practiceCorrect: 2,
  /** Answering the daily quiz at all: once per member per local day. */
  dailyAnswered: 1,
  /** On top of dailyAnswered, when the daily answer is right. */
  dailyCorrect: 3,
  /** A question a member wrote, once a notes editor approved it: once per question. */
  questionApproved: 5,
  /** A right answer in a quiz game, toward the leaderboard… */
  gameCorrect: 2,
  /** …at most this many game points per member per local day. */
  gameDailyCap: 20,
  /** Studying through a whole focus period of a study session… */
  studyFocus: 1,
  /** …at most this many a member per local day. */
  studyDailyCap: 8,
} as const;
