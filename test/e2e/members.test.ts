import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklists, lectures } from '../../src/content/catalog.js';
import { findQuestion } from '../../src/content/questions/index.js';
import { POINTS } from '../../src/domain/points.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const content = (data: unknown) => JSON.stringify(data);

describe('progress through the real client: read, check, /stats, /progress', () => {
  it('counts two sections read and a checked item, shows them in /stats and ranks the member', async () => {
    const alice = h.emulator.createUser({ username: 'alice' });
    const bob = h.emulator.createUser({ username: 'bob' });
    const nlp = lectures.find((l) => l.slug === 'nlp')!;
    const first = await h.emulator.command({ name: 'summary', options: { topic: 'nlp' }, user: alice }).message();
    const next = customIds(first).find((id) => id.includes(':next:'))!;
    await h.emulator.click({ messageId: first.id, customId: next, user: alice }).message();
    await h.emulator.command({ name: 'summary', options: { topic: 'ethics' }, user: bob }).message();

    const career = checklists.find((c) => c.slug === 'career-start')!;
    const list = await h.emulator.command({ name: 'checklist', options: { name: 'career-start' }, user: alice }).message();
    expect(list.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const set = customIds(list).find((id) => id.includes(':set:'))!;
    const checked = await h.emulator.select({ messageId: list.id, customId: set, values: [career.items[0]!.id], user: alice }).message();
    expect(checked.embeds[0]!.description).toContain(`1/${career.items.length}`);

    const stats = await h.emulator.command({ name: 'stats', user: alice, locale: 'en-US' }).message();
    const fields = stats.embeds[0]!.fields!;
    expect(fields[0]!.value).toContain(`\`2/${nlp.sections.length}\``);
    expect(fields[3]!.value).toContain(`\`1/${career.items.length}\``);
    expect(fields[4]!.value).toContain(`#1 of 2 (${2 * POINTS.read + POINTS.checklistItem} pts)`);

    const board = await h.emulator.command({ name: 'progress', user: bob, locale: 'en-US' }).message();
    const text = board.embeds[0]!.description!;
    expect(text.indexOf(`<@${alice.id}>`)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(`<@${alice.id}>`)).toBeLessThan(text.indexOf(`<@${bob.id}>`));
    expect(text).toContain('Your rank: **#2** of 2');
  });

  it('exports a member\u2019s data as a JSON attachment', async () => {
    const carol = h.emulator.createUser({ username: 'carol' });
    await h.emulator.command({ name: 'summary', options: { topic: 'career' }, user: carol }).message();
    const exported = h.emulator.command({ name: 'mydata', subcommand: 'export', user: carol });
    const response = await exported.response();
    expect(response.files.map((f) => f.filename)).toEqual([expect.stringMatching(/^studybot-\d+-\d+\.json$/)]);
    const data = JSON.parse(response.files[0]!.data.toString()) as { sectionReads: unknown[]; userId: string };
    expect(data.userId).toBe(carol.id);
    expect(data.sectionReads).toHaveLength(1);
  });
});

describe('/quiz through the real client', () => {
  it('records a right and a wrong answer privately, keeps the first answer, and survives a restart', async () => {
    const [a, b, c] = ['dana', 'erin', 'finn'].map((username) => h.emulator.createUser({ username }));
    const post = await h.emulator.command({ name: 'quiz', subcommand: 'practice', options: { topic: 'nlp' }, user: a!, locale: 'en-US' }).message();
    expect(post.flags ?? 0).toBe(0);
    const buttons = customIds(post);
    const postId = Number(buttons[0]!.split(':')[2]);
    const stored = h.app.stores.quiz.post(postId)!;
    const question = findQuestion(stored.questionId)!;
    const right = buttons[stored.choiceOrder.indexOf(question.answer)]!;
    const wrong = buttons.find((id) => id !== right)!;

    const verdictA = await h.emulator.click({ messageId: post.id, customId: right, user: a!, locale: 'en-US' }).response();
    expect(verdictA.type).toBe(4);
    expect((verdictA.data as { flags: number }).flags).toBe(MessageFlags.Ephemeral);
    expect(content(verdictA.data)).toContain('✅ Right!');
    const verdictB = await h.emulator.click({ messageId: post.id, customId: wrong, user: b!, locale: 'ko' }).response();
    expect(content(verdictB.data)).toContain('❌ 오답이에요.');
    const againA = await h.emulator.click({ messageId: post.id, customId: wrong, user: a!, locale: 'en-US' }).response();
    expect(content(againA.data)).toContain('already answered');

    // The post itself is unchanged: verdicts are private.
    expect(h.emulator.message(post.id)!.embeds).toEqual(post.embeds);
    const rows = h.app.db.prepare('SELECT user_id, correct, points FROM quiz_attempts WHERE post_id = ? ORDER BY id').all(postId);
    expect(rows).toEqual([
      { user_id: a!.id, correct: 1, points: POINTS.practiceCorrect },
      { user_id: b!.id, correct: 0, points: 0 },
    ]);

    // A restart between the post and a click: the button still works, from SQLite.
    await h.restart();
    const verdictC = await h.emulator.click({ messageId: post.id, customId: right, user: c!, locale: 'en-US' }).response();
    expect(content(verdictC.data)).toContain('✅ Right!');
    const standing = h.app.services.standings.standing(h.emulator.defaultGuild.id, 'all', c!.id);
    expect(standing?.points).toBe(POINTS.practiceCorrect);
  });
});
