import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { openDatabase } from '../db/database.js';
import { startProxy, type RunningProxy } from './proxy.js';
import { SHARD_ENV, shardPlan } from './shards.js';

export interface ManagerOptions {
  token: string;
  apiUrl: string;
  databasePath: string;
  shardCount: number;
  shardsPerProcess: number | undefined;
  restProxy: boolean | undefined;
  /** The script the shard processes run (this one), and how node runs it. */
  entry: string;
  execArgv: string[];
  log: Logger;
}

/** SHARD_COUNT as a number: Discord's recommendation (`GET /gateway/bot`) for `auto`. */
export async function resolveShardCount(token: string, apiUrl: string, shardCount: 'auto' | number): Promise<number> {
  if (shardCount !== 'auto') return shardCount;
  return ((await new REST({ api: apiUrl }).setToken(token).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards;
}

/**
 * More than one process: the database is migrated once, the REST proxy started (one owner of the
 * bot's rate limits), then discord.js's ShardingManager spawns one process per group of shards
 * and respawns one that dies. Each process is a normal bot process; process 0 registers the
 * commands (so this one never loads them: it stays small).
 */
export async function runManager(options: ManagerOptions): Promise<{ stop(): Promise<void> }> {
  const { log } = options;
  // Migrations run here, once, before any shard process opens the file.
  openDatabase(options.databasePath).close();
  let proxy: RunningProxy | undefined;
  try {
    const count = options.shardCount;
    const plan = shardPlan(count, options.shardsPerProcess);
    if (options.restProxy ?? plan.length > 1) proxy = await startProxy({ upstream: options.apiUrl, port: 0, log });

    // The shard processes inherit this environment: their part and the proxy.
    process.env[SHARD_ENV.count] = String(count);
    process.env[SHARD_ENV.perProcess] = String(plan[0]!.length);
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
