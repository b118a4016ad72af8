import { liveStreak } from '../domain/streak.js';
import type { Member, MembersStore } from '../db/members.js';
import type { StudyStore } from '../db/study.js';
import type { ScoresStore, Standing } from '../db/scores.js';

export interface LeaderboardRow {
  rank: number;
  userId: string;
  points: number;
  streak: number;
  optedOut: boolean;
  displayName: string | null;
}

/** Leaderboards: the scores index for the order, the members for streaks, privacy and names. */
export class Standings {
  constructor(private readonly stores: { scores: ScoresStore; members: MembersStore; study: Pick<StudyStore, 'top' | 'standing'> }) {}

  top(guildId: string, period: string, today: string, limit = 10): LeaderboardRow[] {
    const top = this.stores.scores.top(guildId, period, limit);
    return this.rows(guildId, top, (member) => liveStreak(member, today));
  }

  standing(guildId: string, period: string, userId: string): Standing | undefined {
    return this.stores.scores.standing(guildId, period, userId);
  }

  /** The study-time leaderboard: `points` are whole minutes of focus. */
  topStudy(guildId: string, period: string, limit = 10): LeaderboardRow[] {
    const top = this.stores.study.top(guildId, period, limit).map((row) => ({ userId: row.userId, points: Math.floor(row.ms / 60_000) }));
    return this.rows(guildId, top, () => 0);
  }

  /** Ranked rows with each member's privacy and name (one query for all of them). */
  private rows(guildId: string, top: readonly { userId: string; points: number }[], streakOf: (member: Member) => number): LeaderboardRow[] {
    const members = this.stores.members.many(
      guildId,
      top.map((row) => row.userId),
    );
    return top.map((row, index) => {
      const member = members.get(row.userId);
      return {
        rank: index + 1,
        userId: row.userId,
        points: row.points,
        streak: member ? streakOf(member) : 0,
        optedOut: member?.optedOut ?? false,
        displayName: member?.displayName ?? null,
      };
    });
  }

  standingStudy(guildId: string, period: string, userId: string): Standing | undefined {
    const mine = this.stores.study.standing(guildId, period, userId);
    return mine && { rank: mine.rank, of: mine.of, points: Math.floor(mine.ms / 60_000) };
  }
}
