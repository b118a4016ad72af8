import { Events, REST } from 'discord.js';
import type { Logger } from 'pino';
import { createApp, type App } from '../app/app.js';
import { startScheduler } from '../commands/daily/scheduler.js';
import { startSweeper, SWEEP_MS } from '../app/sweeper.js';
import type { Clock, Random } from '../domain/clock.js';
import { attachHandlers } from './bot.js';
import { attachVoice } from './voice.js';
import { REST_SWEEPS, createClient } from './client.js';
import { DiscordPoster } from './poster.js';
import { registerCommands } from './register.js';

export interface DiscordOptions {
  token: string;
  apiUrl: string;
  devGuildId: string | undefined;
  revealHours: number;
  databasePath: string;
  log: Logger;
  clock?: Clock;
  random?: Random;
  contentDir?: string;
  /** The shards this process runs (default: Discord's recommendation, all here), and of how many. */
  shards?: number[] | 'auto';
  shardCount?: number;
  /** Register the slash commands when ready (off in shard processes: the manager did it once). */
  register?: boolean;
  /** Which part of the bot this process is, the same across its restarts (see DailyOptions.part). */
  part?: string;
}

export interface RunningBot {
  client: ReturnType<typeof createClient>;
  app: App;
  stop(): Promise<void>;
}

/**
 * Discord mode: the client, the daily poster on a REST queue of its own, the app wired with that
 * poster (once, before anything runs), then login, command registration and the scheduler.
 */
export async function runDiscord(options: DiscordOptions): Promise<RunningBot> {
  const { log } = options;
  const client = createClient(options.apiUrl, {
    shards: options.shards ?? 'auto',
    ...(options.shardCount ? { shardCount: options.shardCount } : {}),
  });
  const postRest = new REST({ api: options.apiUrl, ...REST_SWEEPS }).setToken(options.token);
  postRest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'daily posts rate limited by Discord'),
  );
  const app = createApp({
    databasePath: options.databasePath,
    poster: new DiscordPoster(client, postRest),
    log,
    revealHours: options.revealHours,
    ...(options.part ? { daily: { part: options.part } } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
  });
  attachHandlers(client, app.router, log);
  attachVoice(client, app.services.study, log);

  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, async (ready) => {
      log.info(
        { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.map((shard) => shard.id), of: ready.options.shardCount },
        'connected to Discord',
      );
      if (options.register === false) return resolve();
      try {
        await registerCommands({
          rest: client.rest,
          applicationId: ready.application.id,
          guildId: options.devGuildId,
          definitions: app.router.definitions(),
          meta: app.stores.meta,
          log,
        });
      } catch (error) {
        // The bot can still answer commands registered earlier.
        log.error({ err: error }, 'could not register slash commands');
      }
      resolve();
    });
    client.login(options.token).catch(reject);
  });
  try {
    await ready;
  } catch (error) {
    await client.destroy();
    app.close();
    throw error;
  }
  const scheduler = startScheduler(app.services.daily, log);
  const gameLoop = startSweeper('quiz games', app.services.games, SWEEP_MS.games, log);
  const studyLoop = startSweeper('study sessions', app.services.study, SWEEP_MS.study, log);
  return {
    client,
    app,
    async stop() {
      await gameLoop.stop();
      await studyLoop.stop();
      await scheduler.stop();
      postRest.clearHashSweeper();
      postRest.clearHandlerSweeper();
      await client.destroy();
      app.close();
    },
  };
}
