import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FONT_FILES, fontDirectory } from '../src/cards/fonts.js';
import { ROOT } from './helpers/spawnBot.js';

// The Docker image runs the compiled `dist/index.js` on a pruned node_modules: this builds the
// same layout (the steps of the Dockerfile's build stage, without Docker) and runs it.
const dir = mkdtempSync(join(tmpdir(), 'studybot-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function size(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0);
}
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('the compiled build in the image layout', () => {
  it('runs from dist/ on production dependencies only, draws a card with the shipped fonts, and stays within 100 MB', () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(dir, 'dist')], { cwd: ROOT });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    // `npm prune --omit=dev`: exactly the packages npm resolves for production, in their places.
    const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(`${join(ROOT, 'node_modules')}`));
    for (const path of production) cpSync(path, join(dir, relative(ROOT, path)), { recursive: true, dereference: true });
    expect(existsSync(join(dir, 'node_modules/tsx')), 'tsx is a dev dependency').toBe(false);
    expect(existsSync(join(dir, 'node_modules/pretendard')), 'the font package stays out').toBe(false);
    mkdirSync(join(dir, 'fonts'));
    for (const file of FONT_FILES) cpSync(join(fontDirectory(), file), join(dir, 'fonts', file));
    execFileSync('sh', [join(ROOT, 'scripts/slim-node-modules.sh'), dir]);

    const { DISCORD_TOKEN: _t, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--max-semi-space-size=2', join(dir, 'dist', 'index.js')], {
      cwd: dir,
      input: '/summary fullstack\n/stats\n',
      env: { ...env, DATABASE_PATH: join(dir, 'data', 'studybot.db'), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('이준엽');
    expect(run.stdout).toContain('Full stack ML Engineer');
    const card = join(dir, 'data', 'files', 'stats.png');
    expect(existsSync(card)).toBe(true);
    expect(statSync(card).size).toBeGreaterThan(10_000);

    const parts = { node_modules: size(join(dir, 'node_modules')), dist: size(join(dir, 'dist')), fonts: size(join(dir, 'fonts')) };
    const total = parts.node_modules + parts.dist + parts.fonts;
    console.log(
      `image over its base (what the runtime stage copies): node_modules ${mb(parts.node_modules)} MB + dist ${mb(parts.dist)} MB + fonts ${mb(parts.fonts)} MB = ${mb(total)} MB`,
    );
    expect(mb(total)).toBeLessThanOrEqual(100);
  });
});
