import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { APIApplication, RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { commandDefinitions } from '../app/app.js';
import { BotMetaStore } from '../db/botMeta.js';
import { openDatabase } from '../db/database.js';
import { startProxy, type RunningProxy } from './proxy.js';
import { registerCommands } from './register.js';
import { shardPlan } from './shards.js';

/** What a shard process reads from its environment to know its part (set by the manager). */
export const SHARD_ENV = { count: 'STUDYBOT_SHARD_COUNT', perProcess: 'STUDYBOT_SHARDS_PER_PROCESS', register: 'STUDYBOT_REGISTER' } as const;

export interface ManagerOptions {
  token: string;
  apiUrl: string;
  devGuildId: string | undefined;
  databasePath: string;
  shardCount: 'auto' | number;
  shardsPerProcess: number | undefined;
  restProxy: boolean | undefined;
  /** The script the shard processes run (this one), and how node runs it. */
  entry: string;
  execArgv: string[];
  log: Logger;
}

/** The shards a managed process runs, from what the manager put in its environment; undefined when not managed. */
export function managedShards(env: NodeJS.ProcessEnv): { shards: number[]; count: number } | undefined {
  if (env.SHARDING_MANAGER !== 'true' || env[SHARD_ENV.count] === undefined) return undefined;
  const count = Number(env[SHARD_ENV.count]);
  const plan = shardPlan(count, env[SHARD_ENV.perProcess] ? Number(env[SHARD_ENV.perProcess]) : undefined);
  const shards = plan[Number(env.SHARDS)];
  return shards && { shards, count };
}

/**
 * More than one process: the database is migrated once, the REST proxy started (one owner of the
 * bot's rate limits), the commands registered once, then discord.js's ShardingManager spawns one
 * process per group of shards and respawns one that dies. Each process is a normal bot process.
 */
export async function runManager(options: ManagerOptions): Promise<{ stop(): Promise<void> }> {
  const { log } = options;
  // Migrations run here, once, before any shard process opens the file.
  const db = openDatabase(options.databasePath);
  const direct = new REST({ api: options.apiUrl }).setToken(options.token);
  let proxy: RunningProxy | undefined;
  try {
    const count = options.shardCount === 'auto' ? ((await direct.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards : options.shardCount;
    const plan = shardPlan(count, options.shardsPerProcess);
    if (options.restProxy ?? plan.length > 1) proxy = await startProxy({ upstream: options.apiUrl, port: 0, log });
    const rest = proxy ? new REST({ api: proxy.url }).setToken(options.token) : direct;
    const application = (await rest.get(Routes.currentApplication())) as APIApplication;
    await registerCommands({
      rest,
      applicationId: application.id,
      guildId: options.devGuildId,
      definitions: commandDefinitions(),
      meta: new BotMetaStore(db),
      log,
    }).catch((error: unknown) => log.error({ err: error }, 'could not register slash commands'));
    db.close();

    // The shard processes inherit this environment: their part, the proxy, and "do not register".
    process.env[SHARD_ENV.count] = String(count);
    process.env[SHARD_ENV.perProcess] = String(plan[0]!.length);
    process.env[SHARD_ENV.register] = 'off';
    if (proxy) process.env.DISCORD_API_URL = proxy.url;
    const manager = new ShardingManager(options.entry, {
      totalShards: plan.length,
      token: options.token,
      respawn: true,
      mode: 'process',
      execArgv: options.execArgv,
    });
    manager.on('shardCreate', (shard: Shard) => watch(shard, plan[shard.id] ?? [], log));
    log.info({ shards: count, processes: plan.length, proxy: proxy?.url ?? null }, 'starting shard processes');
    await manager.spawn({ amount: plan.length, timeout: 120_000 });
    log.info({ shards: count, processes: plan.length }, 'every shard process is ready');
    return {
      async stop() {
        manager.respawn = false;
        await Promise.all([...manager.shards.values()].map((shard) => stopShard(shard)));
        await proxy?.close();
      },
    };
  } catch (error) {
    if (db.open) db.close();
    await proxy?.close();
    throw error;
  }
}

/** The manager logs each process's state with the shards it runs. */
function watch(shard: Shard, shards: number[], log: Logger): void {
  const where = { process: shard.id, shards };
  shard.on('spawn', (child) => log.info({ ...where, pid: 'pid' in child ? child.pid : null }, 'shard process spawned'));
  shard.on('ready', () => log.info(where, 'shard process ready'));
  shard.on('disconnect', () => log.warn(where, 'shard process disconnected from Discord'));
  shard.on('reconnecting', () => log.info(where, 'shard process reconnecting'));
  shard.on('death', (child) => log.warn({ ...where, exitCode: 'exitCode' in child ? child.exitCode : null }, 'shard process exited'));
  shard.on('error', (error: Error) => log.error({ ...where, err: error }, 'shard process error'));
}

/** SIGTERM (the process shuts down cleanly), then SIGKILL after ten seconds. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
