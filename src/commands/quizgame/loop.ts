import type { Logger } from 'pino';
import type { GameService } from './service.js';

/** How often the running games are looked at: a round closes at most this late (plus the edit). */
export const SWEEP_MS = 250;

/** Sweeps the running games on an interval; each sweep decides from the stored rows what is due. */
export function startGameLoop(service: GameService, log: Logger): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running) return;
    running = service
      .sweep()
      .catch((error: unknown) => log.error({ err: error }, 'quiz game sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, SWEEP_MS);
  sweep();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await service.settled();
    },
  };
}
