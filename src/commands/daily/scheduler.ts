import cron from 'node-cron';
import type { Logger } from 'pino';
import type { DailyService } from './service.js';

/**
 * Ticks every minute (and once at start, so a restart mid-day posts at once). The tick itself
 * decides what is due from the database, so a missed or doubled tick changes nothing.
 */
export function startScheduler(service: DailyService, log: Logger): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = service
      .tick()
      .catch((error: unknown) => log.error({ err: error }, 'daily scheduler tick failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const task = cron.schedule('* * * * *', tick);
  tick();
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
