import type { Logger } from 'pino';
import type { ChannelPoster } from '../../core/poster.js';
import type { Clock, Random } from '../../domain/clock.js';
import type { DailyStore } from '../../db/daily.js';
import type { GuildSettingsStore } from '../../db/guildSettings.js';
import type { MembersStore } from '../../db/members.js';
import type { QuizStore } from '../../db/quiz.js';
import type { RecapStore } from '../../db/recaps.js';
import type { StudyStore } from '../../db/study.js';
import type { Transaction } from '../../db/stores.js';
import type { Catalog, QuestionBank } from '../../services/catalog.js';
import type { Standings } from '../../services/standings.js';

export interface DailyDeps {
  guilds: GuildSettingsStore;
  dailyPosts: DailyStore;
  recaps: RecapStore;
  studyStore: Pick<StudyStore, 'groupMs'>;
  quiz: QuizStore;
  members: Pick<MembersStore, 'longestStreak'>;
  standings: Standings;
  catalog: Catalog;
  bank: QuestionBank;
  transaction: Transaction;
  poster: ChannelPoster;
  clock: Clock;
  random: Random;
  log: Logger;
}

export interface DailyOptions {
  /** Reveal a post's answer this long after it went out, if no newer post revealed it first. */
  revealHours: number;
  /** How many times a guild-day's post is tried before giving up until tomorrow. */
  maxAttempts?: number;
  /**
   * How long a claim stays with its process before another may take it over: longer than a send
   * can take, even queued behind Discord's rate limits (the nonce covers a takeover anyway).
   */
  leaseMs?: number;
  /** Names this process in its claims (default: `part#` and a random id). */
  instanceId?: string;
  /**
   * Which part of the bot this process is, the same after a restart (its shards). A claim that an
   * earlier run of the same part left unsent when it died is taken over at once rather than when
   * its lease ends; the nonce makes it one message even if that run had sent it. Default "bot".
   */
  part?: string;
  /** How many guilds are posted to at once. */
  concurrency?: number;
}
