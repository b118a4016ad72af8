import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/spawnBot.js';

// The Docker image runs the compiled `dist/index.js`, not tsx: check that build runs like `npm start`.
const dir = mkdtempSync(join(tmpdir(), 'studybot-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled build (what the Docker image runs)', () => {
  it('compiles and answers /summary fullstack in the console', () => {
    // The same layout as the image: package.json, node_modules and dist side by side.
    const outDir = join(dir, 'dist');
    copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT });
    const { DISCORD_TOKEN: _t, ...env } = process.env;
    const run = spawnSync(process.execPath, [join(outDir, 'index.js')], {
      cwd: dir,
      input: '/summary fullstack\n',
      env: { ...env, DATABASE_PATH: join(dir, 'db', 'studybot.db'), NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('이준엽');
    expect(run.stdout).toContain('Full stack ML Engineer');
  });
});
