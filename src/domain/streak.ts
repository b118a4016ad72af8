import { daysBetween } from './time.js';

/** A streak still counts today if the last daily answer was today or yesterday. */
export function liveStreak(member: { currentStreak: number; lastDailyDate: string | null }, today: string): number {
  if (!member.lastDailyDate) return 0;
  return daysBetween(member.lastDailyDate, today) <= 1 ? member.currentStreak : 0;
}
