import { execFileSync, spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { copyFileSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './util.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GxYzAb.benchmark-token-value';

/** Resident set size of a process, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/**
 * Memory only this process holds (private pages, from /proc smaps_rollup): unlike RSS, it leaves
 * out node's own code, which every node process maps and the kernel keeps once.
 */
export function privateMb(pid: number): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(rollup)?.[1] ?? 0);
  return (kb('Private_Clean') + kb('Private_Dirty')) / 1024;
}

/** Compiles the bot as the Docker image runs it: package.json, node_modules and dist side by side. */
export function build(dir: string): string {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist')], { cwd: ROOT });
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'dist', 'index.js');
}

/** Starts a node script with the given environment (no token of the caller's leaks in). */
export function start(script: string, env: Record<string, string>, nodeFlags: string[] = [], stdio: StdioOptions = ['pipe', 'pipe', 'pipe']): ChildProcess {
  const { DISCORD_TOKEN: _t, ...rest } = process.env;
  const child = spawn(process.execPath, [...nodeFlags, script], { cwd: ROOT, env: { ...rest, ...env }, stdio });
  child.stderr?.on('data', () => {});
  child.stdout?.on('data', () => {});
  return child;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The median of five samples a second apart of each group's summed RSS and private memory, at the same moments (RSS moves by MBs). */
export async function sampleMemory(groups: number[][]): Promise<{ rss: number; private: number }[]> {
  const rss: number[][] = groups.map(() => []);
  const own: number[][] = groups.map(() => []);
  for (let i = 0; i < 5; i++) {
    for (const [index, pids] of groups.entries()) {
      rss[index]!.push(pids.reduce((sum, pid) => sum + rssMb(pid), 0));
      own[index]!.push(pids.reduce((sum, pid) => sum + privateMb(pid), 0));
    }
    await sleep(1000);
  }
  return groups.map((_, index) => ({ rss: percentile(rss[index]!, 50), private: percentile(own[index]!, 50) }));
}
