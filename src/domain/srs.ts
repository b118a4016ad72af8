import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

/**
 * Spaced repetition with ts-fsrs. A study group answers at most a few questions a day, so the
 * minute-scale learning steps are off: a right answer comes back in days, a wrong one sooner.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

export type Recall = 'again' | 'hard' | 'good' | 'easy';

const ratings: Record<Recall, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export type CardState = Omit<Card, 'last_review'> & { last_review: Date | null };

export function newCard(now: Date): CardState {
  return { ...createEmptyCard(now), last_review: null };
}

/** The card after a review at `now`: a wrong answer is Again; a right one Good unless the member says hard/easy. */
export function review(card: CardState, recall: Recall, now: Date): CardState {
  const { card: next } = scheduler.next({ ...card, last_review: card.last_review ?? undefined }, now, ratings[recall]);
  return { ...next, last_review: next.last_review ?? now };
}
