import type { Logger } from 'pino';

/** Something whose due work is decided from stored rows on every sweep (quiz games, study sessions). */
export interface Sweepable {
  sweep(): Promise<void>;
  /** Resolves when work started outside a sweep has finished (for shutdown). */
  settled?(): Promise<void>;
}

/** Sweeps on an interval, one sweep at a time; a failed sweep is logged and the next one runs. */
export function startSweeper(name: string, target: Sweepable, everyMs: number, log: Logger): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running) return;
    running = target
      .sweep()
      .catch((error: unknown) => log.error({ err: error, sweeper: name }, 'sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, everyMs);
  sweep();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await target.settled?.();
    },
  };
}

/** How often the running quiz games and study sessions are looked at. */
export const SWEEP_MS = { games: 250, study: 500 } as const;
