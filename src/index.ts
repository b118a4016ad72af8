import 'dotenv/config';
import { dirname, join } from 'node:path';
import { type Config, loadConfigOrExit } from './config.js';
import { managedShards, shardPlan } from './discord/shards.js';
import { createLogger } from './logger.js';

type Logger = Awaited<ReturnType<typeof createLogger>>;
type StopTasks = (() => Promise<void> | void)[];

/** `--locale en` on the command line wins over LOCALE in the environment. */
function localeArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--locale');
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
}

async function main(): Promise<void> {
  const env = { ...process.env };
  const cliLocale = localeArgument(process.argv.slice(2));
  if (cliLocale !== undefined) env.LOCALE = cliLocale;

  const config = loadConfigOrExit(env);

  const log = await createLogger({
    // The console is for a person reading its output: only warnings and errors by default.
    level: config.logLevel ?? (config.token ? 'info' : 'warn'),
    secrets: [config.token],
    pretty: process.stderr.isTTY === true,
  });
  const stopTasks: StopTasks = [];

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    for (const stop of stopTasks.reverse()) {
      try {
        await stop();
      } catch (error) {
        log.warn({ err: error }, 'error while stopping');
      }
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  if (!config.token) return runConsoleMode(config, log, stopTasks, shutdown);
  try {
    await runDiscordMode({ ...config, token: config.token }, log, stopTasks);
  } catch (error) {
    log.fatal({ err: error }, 'could not log in to Discord');
    await shutdown('login failure', 1);
  }
}

/**
 * Each mode loads its own modules: the manager of a sharded bot never loads the app (it stays
 * small), and the console never loads the Discord adapters.
 */
async function runDiscordMode(config: Config & { token: string }, log: Logger, stopTasks: StopTasks): Promise<void> {
  const managed = managedShards(process.env);
  let shardCount = config.shardCount;
  if (!managed && config.shardsPerProcess !== undefined) {
    const { resolveShardCount, runManager } = await import('./discord/manager.js');
    shardCount = await resolveShardCount(config.token, config.apiUrl, config.shardCount);
    if (shardPlan(shardCount, config.shardsPerProcess).length > 1) {
      // More than one process: this one is the manager; the shard processes run this script too.
      const manager = await runManager({
        token: config.token,
        apiUrl: config.apiUrl,
        databasePath: config.databasePath,
        shardCount,
        shardsPerProcess: config.shardsPerProcess,
        restProxy: config.restProxy,
        entry: process.argv[1]!,
        execArgv: process.execArgv,
        log,
      });
      stopTasks.push(() => manager.stop());
      return;
    }
    // Every shard fits in one process: no manager, this process runs them.
  }
  // One process: its own shards (Discord's recommendation, or SHARD_COUNT), or its part of a managed bot.
  const [{ startProxy }, { runDiscord }] = await Promise.all([import('./discord/proxy.js'), import('./discord/run.js')]);
  const proxy = !managed && config.restProxy ? await startProxy({ upstream: config.apiUrl, port: 0, log }) : undefined;
  if (proxy) stopTasks.push(() => proxy.close());
  const shards = managed?.shards ?? (shardCount === 'auto' ? 'auto' : Array.from({ length: shardCount }, (_, i) => i));
  const running = await runDiscord({
    token: config.token,
    apiUrl: proxy?.url ?? config.apiUrl,
    devGuildId: config.devGuildId,
    revealHours: config.revealHours,
    databasePath: config.databasePath,
    log: managed ? log.child({ shards: managed.shards }) : log,
    shards,
    ...(managed ? { shardCount: managed.count } : shardCount === 'auto' ? {} : { shardCount }),
    // One process registers the commands: this one, or process 0 of a managed bot.
    register: !managed || managed.process === 0,
    // A respawned shard process takes over what its previous run left unsent.
    ...(managed ? { part: `shards ${managed.shards.join(',')} of ${managed.count}` } : {}),
  });
  stopTasks.push(() => running.stop());
}

async function runConsoleMode(config: Config, log: Logger, stopTasks: StopTasks, shutdown: (signal: string) => Promise<void>): Promise<void> {
  const [{ createApp }, { startScheduler }, { startSweeper, SWEEP_MS }, { runConsole }, { ConsolePoster }, { t }, { fileDownloader }] = await Promise.all([
    import('./app/app.js'),
    import('./commands/daily/scheduler.js'),
    import('./app/sweeper.js'),
    import('./console/console.js'),
    import('./console/poster.js'),
    import('./i18n/index.js'),
    import('./services/download.js'),
  ]);
  process.stderr.write(`${t(config.locale, 'console.noToken', { path: config.databasePath })}\n`);
  // The console's own guild can have a daily post too (`/studyconfig set channel:1`): it prints here.
  const poster = new ConsolePoster(process.stdout, config.locale);
  const app = createApp({
    databasePath: config.databasePath,
    poster,
    log,
    revealHours: config.revealHours,
    downloader: fileDownloader,
    ...(config.contentDir ? { contentDir: config.contentDir } : {}),
  });
  stopTasks.push(() => app.close());
  const scheduler = startScheduler(app.services.daily, log);
  stopTasks.push(() => scheduler.stop());
  const gameLoop = startSweeper('quiz games', app.services.games, SWEEP_MS.games, log);
  const studyLoop = startSweeper('study sessions', app.services.study, SWEEP_MS.study, log);
  stopTasks.push(() => gameLoop.stop());
  stopTasks.push(() => studyLoop.stop());
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    router: app.router,
    log,
    locale: config.locale,
    prompt: process.stdin.isTTY === true,
    filesDir: join(dirname(config.databasePath), 'files'),
    poster,
  });
  // Piped input may end while a game plays on: let it finish (its rounds time out) before exiting.
  await Promise.all([app.services.games.finished(), app.services.study.finished()]);
  await shutdown('end of input');
}

void main();
