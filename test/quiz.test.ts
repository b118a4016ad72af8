import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessagePayload, Reply } from '../src/core/reply.js';
import type { CommandRequest, ComponentRequest } from '../src/core/requests.js';
import { findLecture } from '../src/content/catalog.js';
import { findQuestion, questionsOf } from '../src/content/questions/index.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { shuffle } from '../src/domain/shuffle.js';
import { newCard, review } from '../src/domain/srs.js';
import { actor, click as clickAs, GUILD, testApp, type TestApp } from './helpers/context.js';
import { customIds } from './helpers/messages.js';

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T03:00:00Z');
});
afterEach(() => ctx.close());

const A = '300000000000000001';
const B = '300000000000000002';
const run = (options: CommandRequest['options'] = {}, who = A, extra: Partial<CommandRequest> = {}, command = 'quiz') =>
  ctx.router.command({ ...actor({ userId: who, locale: 'en' }), command, ...(command === 'quiz' ? { subcommand: 'practice' } : {}), options, ...extra });
const click = (customId: string, who = A, extra: Partial<ComponentRequest> = {}) => clickAs(ctx, customId, { userId: who, locale: 'en', ...extra });
const message = (reply: Reply): MessagePayload => {
  if (reply.type === 'modal') throw new Error('expected a message, got a modal');
  return reply.message;
};
const buttons = (m: MessagePayload) => customIds(m);
const text = (reply: Reply) => JSON.stringify(message(reply));
const attempts = () =>
  ctx.db.prepare('SELECT user_id, question_id, source, post_id, choice, correct, points FROM quiz_attempts ORDER BY id').all() as Record<string, unknown>[];

/** The post behind a quiz message, and the button ids of its right and a wrong answer. */
function answers(m: MessagePayload) {
  const ids = buttons(m);
  const postId = Number(ids[0]!.split(':')[2]);
  const post = ctx.stores.quiz.post(postId)!;
  const question = findQuestion(post.questionId)!;
  const right = post.choiceOrder.indexOf(question.answer);
  const wrong = right === 0 ? 1 : 0;
  return { post, question, right: ids[right]!, wrong: ids[wrong]! };
}

describe('/quiz topic', () => {
  it('posts a question of the topic with one button per choice, shuffled, never carrying the answer', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const reply = await run({ topic: 'nlp' });
      expect(reply).toMatchObject({ type: 'message', ephemeral: false });
      const { post, question } = answers(message(reply));
      expect(question.lecture).toBe('nlp');
      expect(buttons(message(reply))).toHaveLength(question.choices.length);
      expect(buttons(message(reply)).every((id, i) => id === `v1:quiz:${post.id}:${i}`)).toBe(true);
      expect([...post.choiceOrder].sort()).toEqual(question.choices.map((_, i) => i));
      orders.add(post.choiceOrder.join(','));
      // The post no longer names the section (its title can give the answer away).
      const section = findLecture(question.lecture)!.sections.find((s) => s.id === question.section)!;
      expect(message(reply).embeds![0]!.footer!.text).not.toContain(section.title.en);
      expect(message(reply).embeds![0]!.footer!.text).toContain('Difficulty');
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('tells each member right or wrong privately, records the first answer, and keeps it', async () => {
    const reply = await run({ topic: 'ethics' });
    const { question, right, wrong } = answers(message(reply));
    const a = await click(right, A);
    expect(a).toMatchObject({ type: 'message', ephemeral: true });
    expect(text(a)).toContain('✅ Right!');
    // The verdict's own text (a JSON dump would escape the quotes some explanations have).
    expect(message(a).embeds![0]!.description).toContain(question.explanation.en);
    expect(text(a)).toContain(`+${POINTS.practiceCorrect} pts`);
    const b = await click(wrong, B);
    expect(text(b)).toContain('❌ Wrong.');
    expect(message(b).embeds![0]!.description).toContain(question.choices[question.answer]!.en);
    // A clicks again, on the wrong answer this time: the first answer stands.
    const again = await click(wrong, A);
    expect(text(again)).toContain('already answered');
    expect(text(again)).toContain('✅ right');
    expect(attempts()).toEqual([
      expect.objectContaining({ user_id: A, correct: 1, points: POINTS.practiceCorrect, source: 'practice' }),
      expect.objectContaining({ user_id: B, correct: 0, points: 0 }),
    ]);
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, A)?.points).toBe(POINTS.practiceCorrect);
    // The verdict names the lecture section the question comes from, and links to it.
    const lecture = findLecture(question.lecture)!;
    const sectionTitle = lecture.sections.find((s) => s.id === question.section)!.title.en;
    expect(text(a)).toContain(`📖 From: ${lecture.title.en} · ${sectionTitle}`);
    const open = buttons(message(a)).find((id) => id.startsWith('v1:sum:open:'))!;
    expect(open).toBe(`v1:sum:open:en:${question.lecture}:${question.section}`);
    const section = await click(open, A);
    expect(section).toMatchObject({ type: 'message', ephemeral: true });
  });

  it('earns practice points once per question per local day', async () => {
    const first = answers(message(await run({ topic: 'career' })));
    await click(first.right, A);
    // Post the same question again (a fixed random picks it), and answer it right the same day.
    const again = ctx.stores.quiz.createPost({
      guildId: GUILD,
      channelId: null,
      questionId: first.question.id,
      source: 'practice',
      choiceOrder: [0, 1, 2],
      now: ctx.now(),
      expiresAt: new Date(Date.now() + 1e12),
    });
    const right = `v1:quiz:${again.id}:${again.choiceOrder.indexOf(first.question.answer)}`;
    expect(text(await click(right, A))).not.toContain('pts');
    expect(ctx.services.standings.standing(GUILD, ALL_TIME, A)?.points).toBe(POINTS.practiceCorrect);
  });

  it('answers bad clicks clearly and records nothing', async () => {
    const reply = await run({ topic: 'nlp' });
    const { post, right } = answers(message(reply));
    const cases: [string, Partial<ComponentRequest>, RegExp][] = [
      ['v1:quiz:999999:0', {}, /can't find this quiz/],
      [`v1:quiz:${post.id}:9`, {}, /no longer works/],
      [`v1:quiz:${post.id}:x`, {}, /no longer works/],
      ['v1:quiz:1e5:0', {}, /no longer works/],
      [right, { guildId: '200000000000000999' }, /can't find this quiz/],
      [right, { guildId: null }, /only works in a server/],
    ];
    for (const [id, extra, expected] of cases) {
      const answer = await click(id, A, extra);
      expect(answer, id).toMatchObject({ type: 'message', ephemeral: true });
      expect(text(answer), id).toMatch(expected);
    }
    // An expired post, and a question removed from the bank after posting.
    ctx.setNow('2026-12-05T00:00:00Z');
    expect(text(await click(right, A))).toMatch(/closed/);
    const gone = ctx.stores.quiz.createPost({
      guildId: GUILD,
      channelId: null,
      questionId: 'nlp-999',
      source: 'practice',
      choiceOrder: [0, 1, 2],
      now: ctx.now(),
      expiresAt: new Date('2027-01-01'),
    });
    expect(text(await click(`v1:quiz:${gone.id}:0`, A))).toMatch(/removed from the bank/);
    expect(attempts()).toEqual([]);
  });

  it('names the topics for an unknown one', async () => {
    expect(text(await run({ topic: 'astrology' }))).toContain('fullstack');
  });
});

describe('spaced repetition', () => {
  it('brings a card answered wrong back sooner than one answered right', () => {
    const now = new Date('2026-11-25T03:00:00Z');
    const right = review(newCard(now), 'good', now);
    const wrong = review(newCard(now), 'again', now);
    expect(wrong.due.getTime()).toBeLessThan(right.due.getTime());
    expect(right.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(24 * 3600_000);
    // After a lapse, a known card comes back sooner than after another success.
    const later = new Date(right.due);
    expect(review(right, 'again', later).due.getTime()).toBeLessThan(review(right, 'good', later).due.getTime());
    expect(review(right, 'easy', later).due.getTime()).toBeGreaterThan(review(right, 'good', later).due.getTime());
  });

  it('/quiz without a topic serves the most overdue card, privately, else an unseen question', async () => {
    const fresh = await run();
    expect(fresh).toMatchObject({ ephemeral: true });
    const first = answers(message(fresh));
    await click(first.wrong, A);
    // Not due yet: another, unseen question comes.
    const second = answers(message(await run()));
    expect(second.question.id).not.toBe(first.question.id);
    await click(second.right, A);
    // Two days later, both are due; the wrong one is the more overdue.
    ctx.setNow('2026-11-28T03:00:00Z');
    const due = answers(message(await run()));
    expect(due.question.id).toBe(first.question.id);
  });

  it('/review counts what is due per topic and runs a round of the wrong answers that ends', async () => {
    const pool = questionsOf('nlp').slice(0, 3);
    const post = (id: string) =>
      ctx.stores.quiz.createPost({
        guildId: GUILD,
        channelId: null,
        questionId: id,
        source: 'practice',
        choiceOrder: [0, 1, 2],
        now: ctx.now(),
        expiresAt: new Date('2027-01-01'),
      });
    const answer = (id: string, correct: boolean) => {
      const q = findQuestion(id)!;
      const p = post(id);
      const position = correct ? p.choiceOrder.indexOf(q.answer) : p.choiceOrder.findIndex((c) => c !== q.answer);
      return click(`v1:quiz:${p.id}:${position}`);
    };
    await answer(pool[0]!.id, false);
    await answer(pool[1]!.id, false);
    await answer(pool[2]!.id, true);
    expect(text(await run({}, A, {}, 'review'))).toContain('Nothing due today');
    // A day and a half later (01:00 in Seoul) the two wrong answers are due; the right one is not.
    ctx.setNow('2026-11-26T16:00:00Z');
    const summary = await run({}, A, {}, 'review');
    expect(summary).toMatchObject({ ephemeral: true });
    expect(text(summary)).toContain('Questions you got wrong: **2**');
    expect(text(summary)).toContain('Cards due today: **2**');
    expect(text(summary)).toContain('`nlp` 2');

    const start = await click('v1:rev:start');
    const q1 = answers(message(start));
    expect(q1.question.id).toBe(pool[0]!.id);
    const round = buttons(message(start))[0]!.split(':')[4]!;
    ctx.setNow('2026-11-26T16:01:00Z');
    const verdict1 = await click(q1.wrong);
    const next = buttons(message(verdict1)).find((id) => id.startsWith('v1:rev:next:'))!;
    expect(next).toBe(`v1:rev:next:${round}`);
    const second = await click(next);
    const q2 = answers(message(second));
    expect(q2.question.id).toBe(pool[1]!.id);
    ctx.setNow('2026-11-26T16:02:00Z');
    await click(q2.right);
    // Both were answered in this round (one wrong again): the round ends.
    expect(text(await click(next))).toContain('Review round complete');
    expect(text(await run({}, A, {}, 'review'))).toContain('Questions you got wrong: **1**');
  });

  it('lets a member say a right answer was hard or easy, once, which moves the next review', async () => {
    const due = async (who: string, rating?: 'hard' | 'easy') => {
      const { question, right } = answers(message(await run({ topic: 'nlp' }, who)));
      const verdict = await click(right, who);
      const rate = buttons(message(verdict)).filter((id) => id.startsWith('v1:srs:'));
      expect(rate).toEqual([`v1:srs:${question.id}:hard`, `v1:srs:${question.id}:easy`]);
      if (rating) {
        const reply = await click(`v1:srs:${question.id}:${rating}`, who);
        expect(text(reply)).toContain('comes back on');
        expect(text(await click(`v1:srs:${question.id}:${rating}`, who))).toContain('Already noted');
      }
      return { at: ctx.stores.cards.get(GUILD, who, question.id)!.card.due.getTime(), question: question.id };
    };
    // A fixed random: every member gets the same question, so the three cards are comparable.
    ctx.setRandom(() => 0.42);
    const good = await due('600000000000000001');
    const hard = await due('600000000000000002', 'hard');
    const easy = await due('600000000000000003', 'easy');
    expect(new Set([good.question, hard.question, easy.question]).size).toBe(1);
    expect(hard.at).toBeLessThan(good.at);
    expect(easy.at).toBeGreaterThan(good.at);
    // A wrong answer offers no rating.
    const { wrong } = answers(message(await run({ topic: 'nlp' }, '600000000000000004')));
    expect(buttons(message(await click(wrong, '600000000000000004'))).some((id) => id.startsWith('v1:srs:'))).toBe(false);
  });

  it('shuffles into a permutation', () => {
    let x = 0.1;
    const order = shuffle(5, () => (x = (x * 7.3) % 1));
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
