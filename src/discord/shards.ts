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
