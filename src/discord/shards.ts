/** Which shard of `count` receives a guild's events: Discord's rule, `(guild_id >> 22) % count`. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** Shards split over processes: process i runs shards [i·per, (i+1)·per). */
export function shardPlan(count: number, perProcess: number | undefined): number[][] {
  const per = Math.max(1, Math.min(perProcess ?? count, count));
  const processes: number[][] = [];
  for (let first = 0; first < count; first += per) processes.push(Array.from({ length: Math.min(per, count - first) }, (_, i) => first + i));
  return processes;
}

/** What a shard process reads from its environment to know its part (set by the manager). */
export const SHARD_ENV = { count: 'STUDYBOT_SHARD_COUNT', perProcess: 'STUDYBOT_SHARDS_PER_PROCESS' } as const;

/**
 * The shards a managed process runs, from what the manager put in its environment; undefined when
 * not managed. Process 0 registers the commands (once per start: only when they changed).
 */
export function managedShards(env: NodeJS.ProcessEnv): { process: number; shards: number[]; count: number } | undefined {
  if (env.SHARDING_MANAGER !== 'true' || env[SHARD_ENV.count] === undefined) return undefined;
  const count = Number(env[SHARD_ENV.count]);
  const plan = shardPlan(count, env[SHARD_ENV.perProcess] ? Number(env[SHARD_ENV.perProcess]) : undefined);
  const index = Number(env.SHARDS);
  const shards = plan[index];
  return shards && { process: index, shards, count };
}
