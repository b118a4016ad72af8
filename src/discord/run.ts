import { REST } from 'discord.js';
import type { App } from '../app.js';
import { startScheduler } from '../daily/scheduler.js';
import { DailyService } from '../daily/service.js';
import { startBot, type Bot } from './bot.js';
import { DiscordPoster } from './poster.js';

export interface DiscordOptions {
  token: string;
  apiUrl: string;
  devGuildId: string | undefined;
  revealHours: number;
}

export interface RunningBot {
  bot: Bot;
  daily: DailyService;
  stop(): Promise<void>;
}

/** Discord mode: the client, the daily poster on its REST queue, and the scheduler once ready. */
export async function runDiscord(app: App, options: DiscordOptions): Promise<RunningBot> {
  const { context } = app;
  const bot = startBot({ token: options.token, apiUrl: options.apiUrl, devGuildId: options.devGuildId, router: app.router, context });
  const postRest = new REST({ api: options.apiUrl }).setToken(options.token);
  postRest.on('rateLimited', (info) =>
    context.log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'daily posts rate limited by Discord'),
  );
  const daily = new DailyService({
    stores: context.stores,
    poster: new DiscordPoster(bot.client, postRest),
    log: context.log,
    now: context.now,
    random: context.random,
    revealHours: options.revealHours,
  });
  context.daily = daily;
  try {
    await bot.ready;
  } catch (error) {
    await bot.stop();
    throw error;
  }
  const scheduler = startScheduler(daily, context.log);
  return {
    bot,
    daily,
    async stop() {
      await scheduler.stop();
      postRest.clearHashSweeper();
      postRest.clearHandlerSweeper();
      await bot.stop();
    },
  };
}
