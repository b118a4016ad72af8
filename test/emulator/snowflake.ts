/** Discord-style snowflakes: 42-bit ms timestamp since the Discord epoch, 5-bit worker, 5-bit process, 12-bit increment. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Builds a snowflake for a given wall-clock time (ms) and increment. */
export function snowflakeAt(timestampMs: number, increment = 0, worker = 1, processId = 0): string {
  const ts = BigInt(Math.floor(timestampMs)) - DISCORD_EPOCH;
  return ((ts << 22n) | (BigInt(worker & 31) << 17n) | (BigInt(processId & 31) << 12n) | BigInt(increment & 4095)).toString();
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Which shard a guild belongs to: `(guild_id >> 22) % num_shards`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/** Generates strictly increasing, timestamp-based snowflakes. */
export class SnowflakeGenerator {
  private last = 0n;

  constructor(
    private readonly worker = 1,
    private readonly processId = 0,
  ) {}

  next(): string {
    let id = BigInt(snowflakeAt(Date.now(), 0, this.worker, this.processId));
    if (id <= this.last) id = this.last + 1n;
    this.last = id;
    return id.toString();
  }
}
