import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectures } from '../src/content/catalog.js';
import { SEED_PATH } from './helpers/shared.js';
import { finished, ROOT, runConsole, startBot } from './helpers/spawnBot.js';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studybot-console-'));
  env = { DATABASE_PATH: join(dir, 'data', 'console.db') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fullstack = lectures[0]!;
const nlp = lectures[3]!;

describe('the local console (a child process fed on stdin)', () => {
  it('prints the full-stack summary in Korean without a token, then exits 0 at end of input', async () => {
    const run = await runConsole(['/summary fullstack'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('DISCORD_TOKEN');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain('이준엽');
    expect(run.stdout).toContain(fullstack.sections[0]!.title.ko);
    expect(run.stdout).toContain(fullstack.sections[0]!.diagrams[0]!.url);
    expect(existsSync(env.DATABASE_PATH!)).toBe(true);
  });

  it('speaks English with --locale en or LOCALE=en', async () => {
    for (const run of [await runConsole(['/summary fullstack'], env, ['--locale', 'en']), await runConsole(['/summary fullstack'], { ...env, LOCALE: 'en' })]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(fullstack.speaker.en);
      expect(run.stdout).toContain(fullstack.sections[0]!.title.en);
    }
  });

  it('runs piped commands in order, with named options, numbered choices and help', async () => {
    const klue = nlp.sections.findIndex((s) => s.id === 'klue');
    const run = await runConsole(['/summary nlp section:klue', '/help', '/summary nlp', `${klue + 2}`], env, ['--locale', 'en']);
    expect(run.code).toBe(0);
    const klueAt = run.stdout.indexOf(nlp.sections[klue]!.title.en);
    const helpAt = run.stdout.indexOf('/summary fullstack');
    expect(klueAt).toBeGreaterThanOrEqual(0);
    expect(helpAt).toBeGreaterThan(klueAt);
    // The last line picked KLUE from the numbered select of `/summary nlp` (Next is [1]).
    expect(run.stdout.lastIndexOf(`## ${klue + 1}. ${nlp.sections[klue]!.title.en}`)).toBeGreaterThan(helpAt);
    expect(run.stdout).toMatch(/\[1\] Next/);
  });

  it('answers bad input clearly and keeps going', async () => {
    const run = await runConsole(['/summary chemistry', '/summary', '/dance', 'hello', '42', '/summary ethics'], env, ['--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("I can't find a lecture called `chemistry`");
    expect(run.stdout).toContain('missing: topic');
    expect(run.stdout).toContain('There is no `/dance` command');
    expect(run.stdout).toContain('Commands start with `/`');
    expect(run.stdout).toContain('There is no choice 42');
    expect(run.stdout).toContain(lectures[1]!.speaker.en);
  });

  it('imports a notes file from a local path and studies it, as in the README', async () => {
    const run = await runConsole(
      [`/notes add file:${relative(ROOT, SEED_PATH)}`, '/notes list', '/summary n1', '1'],
      { ...env, DATABASE_PATH: join(dir, 'notes', 'console.db') },
      ['--locale', 'en'],
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 4 lecture(s)');
    expect(run.stdout).toContain('`n2` **오혜연 - AI Ethics** · 4 sections');
    expect(run.stdout).toContain('## 1. Full stack ML Engineer란?');
    // The next button, by its number: the second section.
    expect(run.stdout).toContain('## 2. Full stack ML Engineer의 장단점');
  });

  it('takes /quiz nlp as /quiz practice, fills a question form line by line, and approves it by number', async () => {
    const run = await runConsole(
      ['/quiz nlp', '/quiz add nlp glue', 'What is KLUE for?', 'Korean language understanding', 'English parsing\\nImage captions', '', '/quiz pending', '1'],
      { ...env, DATABASE_PATH: join(dir, 'form.db') },
      ['--locale', 'en'],
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## 🧠 Quiz');
    expect(run.stdout).toContain('✏️ Right answer');
    expect(run.stdout).toContain('a notes editor will review it');
    // The review page names the lecture and section as members read them, with the wrong answers one a line.
    expect(run.stdout).toContain(`1. ${nlp.title.en} · ${nlp.sections.find((s) => s.id === 'glue')!.title.en}`);
    expect(run.stdout).toContain('▫️ English parsing\n▫️ Image captions');
    // The author is told privately, in the server's language (Korean unless /studyconfig says otherwise).
    expect(run.stdout).toMatch(/\[DM to <@\d+>\]\n.*What is KLUE for\?.*\+5/);
  });

  it('loads CONTENT_DIR at start, logging a file it cannot import and starting anyway', async () => {
    const notes = join(dir, 'content');
    mkdirSync(notes, { recursive: true });
    writeFileSync(join(notes, 'week1.md'), '# Week 1\n\n## Attention\n\nQueries and keys.\n\n## Heads\n\nMany of them.\n');
    writeFileSync(join(notes, 'broken.md'), '---\ntitle: [oops\n---\n');
    const run = await runConsole(['/summary "Week 1"'], { ...env, CONTENT_DIR: notes }, ['--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Queries and keys.');
    expect(run.stderr).toContain('broken.md');
  });

  it('saves an image card to a file it names', async () => {
    const run = await runConsole(['/summary nlp', '/stats'], env, ['--locale', 'en']);
    expect(run.code).toBe(0);
    const saved = /Saved to (\S+stats\.png)/.exec(run.stdout)?.[1];
    expect(saved).toBeDefined();
    expect(readFileSync(saved!).subarray(1, 4).toString()).toBe('PNG');
    expect(saved!.startsWith(join(dir, 'data'))).toBe(true);
  });

  it('prints a daily post where it can be answered by number', async () => {
    const run = await runConsole(['/studyconfig set channel:100000000000000001', '/studyconfig post-now', '1'], env, ['--locale', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[#100000000000000001 · message 1]');
    expect(run.stdout).toContain('Posted in <#100000000000000001>');
    // "1" answered the daily quiz (the last message with buttons), privately.
    expect(run.stdout).toMatch(/## (✅ Right!|❌ Wrong\.)/);
  });

  it('plays a quiz game with the console user as the only player: the round prints, a number answers, the scoreboard prints', async () => {
    const child = startBot({ ...env, DATABASE_PATH: join(dir, 'game.db') }, ['--locale', 'en']);
    const done = finished(child, 60_000);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const printed = async (pattern: RegExp) => {
      for (let i = 0; i < 400 && !pattern.test(out); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(out).toMatch(pattern);
    };
    child.stdin.write('/quizgame start topic:nlp rounds:3 seconds:10\n');
    await printed(/Round 1\/3/);
    child.stdin.write('1\n');
    await printed(/Locked in/);
    child.stdin.write('/quizgame stop\n');
    child.stdin.end();
    const run = await done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Round 1/3 · time is up');
    expect(run.stdout).toMatch(/Quiz game over after 1 round/);
    expect(run.stdout).toContain('Stopped before the last round');
  });

  it('runs a one-minute study session with the console user in it, and its minute shows in /stats', { timeout: 120_000 }, async () => {
    const child = startBot({ ...env, DATABASE_PATH: join(dir, 'study.db') }, ['--locale', 'en']);
    const done = finished(child, 110_000);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const printed = async (pattern: RegExp, ms: number) => {
      for (let i = 0; i < ms / 100 && !pattern.test(out); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(out).toMatch(pattern);
    };
    child.stdin.write('/study start focus:1 break:1 cycles:1\n');
    await printed(/Focus 1\/1/, 10_000);
    expect(out).toMatch(/In now \(1\): <@100000000000000002>/);
    await printed(/Study session over/, 80_000);
    child.stdin.write('/stats\n');
    child.stdin.end();
    const run = await done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('all time **1 min**');
  });

  it('starts with a .env copied from .env.example as it is', async () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const vars = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(vars)).toEqual(
      expect.arrayContaining(['DISCORD_TOKEN', 'DEV_GUILD_ID', 'DISCORD_API_URL', 'DATABASE_PATH', 'LOCALE', 'LOG_LEVEL', 'DAILY_REVEAL_HOURS']),
    );
    const run = await runConsole(['/summary fullstack'], { ...vars, DATABASE_PATH: env.DATABASE_PATH! });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('이준엽');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad variable with one clear line and a non-zero exit', async () => {
    const run = await runConsole(['/help'], { ...env, DEV_GUILD_ID: 'abc' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DEV_GUILD_ID must be a Discord snowflake (17–20 digits)');
    expect(run.stdout).toBe('');
  });

  it('shuts down cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = startBot(env);
      const done = finished(child);
      child.stdin.write('/summary ethics\n');
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.kill(signal);
      const run = await done;
      expect(run.code, signal).toBe(0);
    }
  });
});
