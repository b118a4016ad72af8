/** How a quiz game scores a round (README: "Quiz night"). */
export const GAME_SCORE = {
  /** A right answer at once; in `fastest` mode it falls linearly to `slowest` at the deadline. */
  right: 1000,
  slowest: 500,
  /** Per earlier right round in a row, up to `maxBonus`. */
  streakBonus: 100,
  maxBonus: 500,
} as const;

/**
 * A right answer's score: `fastest` scales 1,000 down to 500 over the round, `all` gives 1,000;
 * a streak of right rounds before this one adds 100 each (at most 500). A wrong answer scores 0.
 */
export function roundScore(mode: 'fastest' | 'all', correct: boolean, elapsedMs: number, durationMs: number, streakBefore: number): number {
  if (!correct) return 0;
  const share = Math.min(1, Math.max(0, elapsedMs / durationMs));
  const base = mode === 'fastest' ? Math.round(GAME_SCORE.right - (GAME_SCORE.right - GAME_SCORE.slowest) * share) : GAME_SCORE.right;
  return base + Math.min(GAME_SCORE.maxBonus, streakBefore * GAME_SCORE.streakBonus);
}
