/** Global REST limit: at most `perSecond` requests in any sliding 1-second window. */
export class GlobalRateLimiter {
  private readonly hits: number[] = [];
  /** How many requests were answered 429. */
  rejected = 0;

  constructor(private readonly perSecond: number | undefined) {}

  /** Counts the request and returns null if allowed, else the seconds until a slot frees up. */
  take(now = Date.now()): number | null {
    if (!this.perSecond || this.perSecond <= 0) return null;
    while (this.hits.length > 0 && (this.hits[0] ?? 0) <= now - 1000) this.hits.shift();
    if (this.hits.length < this.perSecond) {
      this.hits.push(now);
      return null;
    }
    this.rejected += 1;
    return Math.max(0.001, ((this.hits[0] ?? now) + 1000 - now) / 1000);
  }
}
