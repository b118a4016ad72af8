import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessagePayload, Reply } from '../src/core/reply.js';
import type { CommandRequest } from '../src/core/requests.js';
import { checklists, lectures } from '../src/content/catalog.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { actor, click as clickAs, GUILD, testApp, type TestApp } from './helpers/context.js';
import { limitProblems } from './helpers/discordLimits.js';
import { customIds } from './helpers/messages.js';

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T03:00:00Z');
});
afterEach(() => ctx.close());

const A = '300000000000000001';
const B = '300000000000000002';
const C = '300000000000000003';

const run = (command: string, options: CommandRequest['options'] = {}, who = A, extra: Partial<CommandRequest> = {}) =>
  ctx.router.command({ ...actor({ userId: who, locale: 'en' }), command, options, ...extra });
/** A button click, or (with values) a pick in a select menu. */
const click = (customId: string, who = A, values?: string[]) => clickAs(ctx, customId, { userId: who, locale: 'en', ...(values ? { values } : {}) });
const message = (reply: Reply): MessagePayload => {
  if (reply.type === 'modal') throw new Error('expected a message, got a modal');
  return reply.message;
};
const ids = (m: MessagePayload) => customIds(m);
const text = (reply: Reply) => JSON.stringify(message(reply));

const career = checklists.find((c) => c.slug === 'career-start')!;

describe('/checklist', () => {
  it('lists the checklists with progress, ephemerally, and opens one from the select', async () => {
    const reply = await run('checklist');
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    for (const checklist of checklists) expect(text(reply)).toContain(checklist.title.en);
    const open = ids(message(reply)).find((id) => id.endsWith(':open'))!;
    const opened = await click(open, A, ['career-start']);
    expect(opened.type).toBe('update');
    expect(text(opened)).toContain(career.items[0]!.text.en);
  });

  it('saves checks from the multi-select, shows progress, and takes unchecked items back', async () => {
    const reply = await run('checklist', { name: 'career-start' });
    expect(limitProblems(message(reply), 'checklist')).toEqual([]);
    const set = ids(message(reply)).find((id) => id.includes(':set:'))!;
    const [first, second, third] = career.items.map((i) => i.id);
    const after = await click(set, A, [first!, second!]);
    expect(after.type).toBe('update');
    expect(text(after)).toContain(`2/${career.items.length}`);
    expect(ctx.stores.checklists.checked(GUILD, A, 'career-start')).toEqual(new Set([first, second]));
    await click(set, A, [second!, third!]);
    expect(ctx.stores.checklists.checked(GUILD, A, 'career-start')).toEqual(new Set([second, third]));
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, A)?.points).toBe(2 * POINTS.checklistItem);
    // Reopening shows the saved state.
    const again = await run('checklist', { name: 'career-start' });
    expect(text(again)).toContain(`2/${career.items.length}`);
    // Another member's list is their own.
    expect(text(await run('checklist', { name: 'career-start' }, B))).toContain(`0/${career.items.length}`);
  });

  it('rejects an unknown checklist or a forged item id', async () => {
    const reply = await run('checklist', { name: 'astrology' });
    expect(reply).toMatchObject({ ephemeral: true });
    expect(text(reply)).toContain('career-start');
    const forged = await click('v1:chk:set:career-start', A, ['not-an-item']);
    expect(text(forged)).toContain('no longer works');
    expect(ctx.stores.checklists.checked(GUILD, A, 'career-start').size).toBe(0);
  });

  it('autocompletes checklist names in both languages', () => {
    const complete = (value: string, locale: 'ko' | 'en') =>
      ctx.router.autocomplete({ ...actor({ locale }), command: 'checklist', options: {}, focused: { name: 'name', value } });
    expect(complete('road', 'en')[0]?.value).toBe('fullstack-roadmap');
    expect(complete('', 'ko').map((c) => c.value)).toEqual(checklists.map((c) => c.slug));
  });

  it('needs a server', async () => {
    const reply = await run('checklist', {}, A, { guildId: null });
    expect(text(reply)).toContain('only works in a server');
  });
});

describe('/progress and /stats', () => {
  it('ranks members by points, shows the caller outside the top 10, and hides opted-out names from others', async () => {
    // Twelve members read 1..12 sections; A reads one.
    const sections = lectures.flatMap((l) => l.sections.map((s) => [l.slug, s.id] as const));
    for (let m = 0; m < 12; m++) {
      const user = `4000000000000000${String(m).padStart(2, '0')}`;
      for (let s = 0; s <= m; s++) await run('summary', { topic: sections[s]![0], section: sections[s]![1] }, user);
    }
    await run('summary', { topic: 'nlp' }, A);
    const top = '400000000000000011';
    await run('mydata', {}, top, { subcommand: 'privacy' });

    const board = await run('progress', { period: 'week' }, A);
    expect(board).toMatchObject({ type: 'message', ephemeral: false });
    const description = message(board).embeds![0]!.description!;
    expect(description).toContain('**1.** 🙈 private member · 12 pts');
    expect(description).toContain('**2.** <@400000000000000010> · 11 pts');
    expect(description).not.toContain(`<@${top}>`);
    // A ties with the member who read one section at the same instant: the lower user id goes first.
    expect(description).toContain('Your rank: **#12** of 13 · 1 pts');
    // The opted-out member still sees themself.
    expect(message(await run('progress', {}, top)).embeds![0]!.description).toContain(`**1.** <@${top}>`);
    // Others cannot read their stats; they can read their own.
    expect(text(await run('stats', { member: top }, A))).toContain('keeps their stats private');
    expect(text(await run('stats', {}, top))).toContain('#1 of 13');
  });

  it('separates this week from all time', async () => {
    ctx.setNow('2026-11-18T03:00:00Z');
    await run('summary', { topic: 'nlp', section: 'klue' }, B);
    ctx.setNow('2026-11-25T03:00:00Z');
    await run('summary', { topic: 'nlp', section: 'klue' }, A);
    const week = message(await run('progress', {}, A)).embeds![0]!.description!;
    expect(week).not.toContain(`<@${B}>`);
    const all = message(await run('progress', { period: 'all' }, A)).embeds![0]!.description!;
    // Equal points: B got there first.
    expect(all.indexOf(`<@${B}>`)).toBeLessThan(all.indexOf(`<@${A}>`));
    expect(all).toContain('Your rank: **#2** of 2');
  });

  it('shows reading per lecture, checklist completion, streak and rank', async () => {
    await run('summary', { topic: 'nlp', section: 'klue' }, C);
    await run('summary', { topic: 'nlp', section: 'glue' }, C);
    await run('summary', { topic: 'nlp', section: 'glue' }, C);
    await click(`v1:chk:set:career-start`, C, [career.items[0]!.id]);
    const reply = await run('stats', {}, C);
    expect(limitProblems(message(reply), 'stats')).toEqual([]);
    const fields = message(reply).embeds![0]!.fields!;
    const nlp = lectures.find((l) => l.slug === 'nlp')!;
    expect(fields[0]!.value).toContain(`\`2/${nlp.sections.length}\``);
    expect(fields[1]!.value).toContain('No questions answered yet');
    expect(fields[3]!.value).toContain(`\`1/${career.items.length}\``);
    expect(fields[4]!.value).toContain(`#1 of 1 (${2 * POINTS.read + POINTS.checklistItem} pts)`);
  });
});

describe('/mydata', () => {
  it('exports everything stored about the caller as a JSON attachment', async () => {
    await run('summary', { topic: 'ethics', section: 'bias' });
    await click('v1:chk:set:career-start', A, [career.items[1]!.id]);
    const reply = await run('mydata', {}, A, { subcommand: 'export' });
    expect(reply).toMatchObject({ ephemeral: true });
    const file = message(reply).files![0]!;
    expect(file.name).toBe(`studybot-${GUILD}-${A}.json`);
    const data = JSON.parse(file.data.toString()) as Record<string, { length: number; [k: string]: unknown }>;
    expect(data.sectionReads).toEqual([expect.objectContaining({ lecture: 'ethics', section: 'bias' })]);
    expect(data.checklistItems).toEqual([expect.objectContaining({ checklist: 'career-start', item: career.items[1]!.id })]);
    expect(data.member).toMatchObject({ user_id: A, guild_id: GUILD });
  });

  it('deletes everything after confirmation, and only for the member who asked', async () => {
    await run('summary', { topic: 'ethics' });
    await run('summary', { topic: 'ethics' }, B);
    const quiz = await run('quiz', { topic: 'nlp' }, A, { subcommand: 'practice' });
    await click(ids(message(quiz))[0]!, A);
    const rowsOfA = () =>
      ['members', 'scores', 'topic_scores', 'section_reads', 'quiz_attempts', 'review_cards'].map(
        (table) => (ctx.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE guild_id = ? AND user_id = ?`).get(GUILD, A) as { n: number }).n,
      );
    expect(rowsOfA().every((n) => n > 0)).toBe(true);
    const ask = await run('mydata', {}, A, { subcommand: 'delete' });
    expect(ctx.stores.members.get(GUILD, A)).toBeDefined();
    const [confirm, cancel] = ids(message(ask));
    expect(text(await click(confirm!, B))).toContain('belongs to another member');
    expect(text(await click(cancel!, A))).toContain('Nothing was deleted');
    expect(ctx.stores.members.get(GUILD, A)).toBeDefined();
    const done = await click(confirm!, A);
    expect(done.type).toBe('update');
    expect(text(done)).toContain('is deleted');
    expect(ctx.stores.members.get(GUILD, A)).toBeUndefined();
    expect(rowsOfA()).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, B)).toEqual({ rank: 1, points: POINTS.read, of: 1 });
    expect(text(await run('mydata', {}, A, { subcommand: 'export' }))).toContain('Nothing is stored');
  });

  it('switches leaderboard privacy, or sets it explicitly', async () => {
    expect(text(await run('mydata', {}, A, { subcommand: 'privacy' }))).toContain('no longer see your name');
    expect(ctx.stores.members.get(GUILD, A)?.optedOut).toBe(true);
    expect(text(await run('mydata', {}, A, { subcommand: 'privacy' }))).toContain('shows on the leaderboard again');
    expect(text(await run('mydata', { hide: true }, A, { subcommand: 'privacy' }))).toContain('no longer see');
    expect(text(await run('mydata', { hide: true }, A, { subcommand: 'privacy' }))).toContain('no longer see');
  });
});
