import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `src/index.ts` the way `npm start` does (or another entry point), with only the environment given (no token leaks in). */
export function startBot(env: Record<string, string>, args: string[] = [], entry = 'src/index.ts'): ChildProcessWithoutNullStreams {
  const { DISCORD_TOKEN: _token, DEV_GUILD_ID: _guild, DISCORD_API_URL: _api, LOCALE: _locale, ...inherited } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
  });
}

export function finished(child: ChildProcessWithoutNullStreams, timeoutMs = 20_000): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`process did not exit in ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs the console with `lines` piped on stdin and waits for it to exit at end of input. */
export async function runConsole(lines: string[], env: Record<string, string>, args: string[] = []): Promise<Finished> {
  const child = startBot(env, args);
  const done = finished(child);
  child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  return done;
}
