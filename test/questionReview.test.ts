import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMessage } from '../src/commands/notes/messages.js';
import { addForm, editForm, rejectForm, reportForm, reviewButton, reportAction, tryButton } from '../src/commands/quiz/routes.js';
import type { Reply } from '../src/core/reply.js';
import type { Actor } from '../src/core/requests.js';
import { ALL_TIME } from '../src/db/scores.js';
import { POINTS } from '../src/domain/points.js';
import { MIN_FIRST_ANSWERS } from '../src/services/questions.js';
import { actor, GUILD, testApp, type TestApp } from './helpers/context.js';
import { customIds } from './helpers/messages.js';

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T03:00:00Z');
});
afterEach(() => ctx.close());

const AUTHOR = '300000000000000001';
const MEMBER = '300000000000000002';
const EDITOR = '300000000000000009';
const ROLE = '400000000000000001';
const as = (userId: string, extra: Partial<Actor> = {}): Actor => actor({ userId, locale: 'en', ...extra });
const editor = as(EDITOR, { permissions: PermissionFlagsBits.ManageGuild });

const quiz = (who: Actor, subcommand: string, options: Record<string, string | boolean> = {}) =>
  ctx.router.command({ ...who, command: 'quiz', subcommand, options });
const press = (who: Actor, customId: string, values?: string[]) =>
  ctx.router.component({ ...who, customId, values: values ?? [], componentType: values ? 3 : 2, messageId: '900000000000000001' });
const submit = (who: Actor, customId: string, fields: Record<string, string>) => ctx.router.modal({ ...who, customId, fields });
const text = (reply: Reply) => JSON.stringify(reply.type === 'modal' ? reply.modal : reply.message);
const ids = (reply: Reply) => (reply.type === 'modal' ? [] : customIds(reply.message));
const points = (userId: string) => ctx.services.standings.standing(GUILD, ALL_TIME, userId)?.points ?? 0;

const GOOD = {
  prompt: 'KLUE의 자연어 추론(NLI)은 무엇을 판별하나요?',
  right: '전제와 가설의 관계',
  wrong: '두 문장의 유사도\n문장의 주제',
  explanation: 'NLI는 함의·모순·중립을 판별합니다.',
};
const write = (fields: Record<string, string> = GOOD, who = as(AUTHOR)) => submit(who, addForm.encode('nlp', 'glue'), fields);
const pendingIds = () => ctx.services.questions.pending(GUILD, 1000).questions.map((q) => q.id);

/** A member's question, approved by the editor: its id. */
async function approved(fields: Record<string, string> = GOOD): Promise<string> {
  await write(fields);
  const id = pendingIds().at(-1)!;
  await press(editor, reviewButton.encode('approve', id));
  return id;
}

/** A member answers a question at a button position: the verdict. */
async function answerOn(id: string, who: Actor, pick: (post: { choiceOrder: number[] }, answer: number) => number) {
  const shown = await press(who, tryButton.encode(id));
  const [answerId] = ids(shown);
  const postId = Number(answerId!.split(':')[2]);
  const post = ctx.stores.quiz.post(postId)!;
  const question = ctx.services.bank.find(GUILD, id)!;
  return { post, verdict: await press(who, `v1:quiz:${postId}:${pick(post, question.answer)}`) };
}
const right = (post: { choiceOrder: number[] }, answer: number) => post.choiceOrder.indexOf(answer);
const wrong = (post: { choiceOrder: number[] }, answer: number) => post.choiceOrder.findIndex((c) => c !== answer);

describe('/quiz add and /quiz pending', () => {
  it('opens a form for the lecture and section, keeps the question pending until approved, then serves it; the author earns points once and is told', async () => {
    const form = await quiz(as(AUTHOR), 'add', { lecture: 'nlp', section: 'glue' });
    expect(form.type).toBe('modal');
    expect(form.type === 'modal' && form.modal.custom_id).toBe(addForm.encode('nlp', 'glue'));
    expect(text(await write())).toContain('a notes editor will review it');
    const [id] = pendingIds();
    expect(ctx.services.bank.isActive(GUILD, id!)).toBe(false);
    expect(ctx.services.bank.of(GUILD, 'nlp').some((q) => q.id === id)).toBe(false);

    const list = await quiz(editor, 'pending');
    expect(text(list)).toContain(GOOD.prompt);
    expect(ids(list)).toEqual([reviewButton.encode('approve', id!), reviewButton.encode('edit', id!), reviewButton.encode('reject', id!)]);
    const after = await press(editor, reviewButton.encode('approve', id!));
    expect(after.type).toBe('update');
    expect(text(after)).toContain('No question is waiting');
    await Promise.resolve();
    expect(ctx.poster.dms).toEqual([{ userId: AUTHOR, message: { content: expect.stringContaining(`+${POINTS.questionApproved}`) } }]);
    expect(points(AUTHOR)).toBe(POINTS.questionApproved);

    // In the bank: it is served, and judged.
    expect(ctx.services.bank.of(GUILD, 'nlp').some((q) => q.id === id)).toBe(true);
    const { verdict } = await answerOn(id!, as(MEMBER), right);
    expect(text(verdict)).toContain('Right');
    expect(text(verdict)).toContain(GOOD.explanation);

    // A stale Approve changes nothing: no second reward, no second message.
    expect(text(await press(editor, reviewButton.encode('approve', id!)))).toContain('already decided');
    expect(points(AUTHOR)).toBe(POINTS.questionApproved);
    expect(ctx.poster.dms).toHaveLength(1);
  });

  it('checks the form: over-long fields, too many or too few wrong answers, duplicate choices, the right answer among the wrong ones', async () => {
    const long = 'ㄱ'.repeat(4000);
    const cases: [Record<string, string>, string][] = [
      [{ ...GOOD, prompt: long }, '5 to 300 characters'],
      [{ ...GOOD, prompt: 'abc' }, '5 to 300 characters'],
      [{ ...GOOD, right: long }, '1 to 77 characters'],
      [{ ...GOOD, wrong: long }, '1 to 77 characters'],
      [{ ...GOOD, wrong: '' }, 'one to three wrong answers'],
      [{ ...GOOD, wrong: 'a\nb\nc\nd' }, 'one to three wrong answers'],
      [{ ...GOOD, wrong: '두 문장의 유사도\n두 문장의 유사도' }, 'Two choices are the same'],
      [{ ...GOOD, wrong: '전제와 가설의  관계!\n문장의 주제' }, 'Two choices are the same'],
      [{ ...GOOD, explanation: long }, 'up to 1000 characters'],
    ];
    for (const [fields, expected] of cases) {
      const reply = await write(fields);
      expect(reply).toMatchObject({ type: 'message', ephemeral: true });
      expect(text(reply), JSON.stringify(fields).slice(0, 80)).toContain(expected);
    }
    expect(ctx.db.prepare('SELECT count(*) AS n FROM guild_questions').get()).toEqual({ n: 0 });
    // A form for a lecture or section that does not exist (forged) stores nothing either.
    expect(text(await submit(as(AUTHOR), addForm.encode('nlp', 'nope'), GOOD))).toContain('no longer');
    expect(text(await submit(as(AUTHOR), addForm.encode('astrology', 'glue'), GOOD))).toContain('no longer');
    expect(ctx.db.prepare('SELECT count(*) AS n FROM guild_questions').get()).toEqual({ n: 0 });
  });

  it('rejects with a reason, and tells the author privately why', async () => {
    await write();
    const [id] = pendingIds();
    const form = await press(editor, reviewButton.encode('reject', id!));
    expect(form.type === 'modal' && form.modal.custom_id).toBe(rejectForm.encode(id!));
    expect(text(await submit(editor, rejectForm.encode(id!), { reason: 'The notes do not cover this.' }))).toContain('Rejected');
    await Promise.resolve();
    expect(ctx.poster.dms).toEqual([{ userId: AUTHOR, message: { content: expect.stringContaining('The notes do not cover this.') } }]);
    expect(ctx.services.bank.isActive(GUILD, id!)).toBe(false);
    expect(points(AUTHOR)).toBe(0);
    // Approving it afterwards (a second editor's old list) does nothing.
    expect(text(await press(editor, reviewButton.encode('approve', id!)))).toContain('already decided');
    expect(ctx.services.bank.isActive(GUILD, id!)).toBe(false);
  });

  it('lets exactly one of two editors approving at once take effect', async () => {
    await write();
    const [id] = pendingIds();
    const second = as('300000000000000008', { permissions: PermissionFlagsBits.ManageGuild });
    const replies = await Promise.all([press(editor, reviewButton.encode('approve', id!)), press(second, reviewButton.encode('approve', id!))]);
    expect(replies.filter((r) => r.type === 'update')).toHaveLength(1);
    expect(replies.filter((r) => text(r).includes('already decided'))).toHaveLength(1);
    await Promise.resolve();
    expect(points(AUTHOR)).toBe(POINTS.questionApproved);
    expect(ctx.poster.dms).toHaveLength(1);
  });

  it('is for notes editors only (Manage Server or the notes role), and a forged id finds nothing', async () => {
    await write();
    const [id] = pendingIds();
    expect(text(await quiz(as(MEMBER), 'pending'))).toContain('needs Manage Server or the notes-editor role');
    expect(text(await quiz(as(MEMBER), 'reports'))).toContain('needs Manage Server or the notes-editor role');
    expect(text(await press(as(MEMBER), reviewButton.encode('approve', id!)))).toContain('needs Manage Server');
    expect(text(await submit(as(MEMBER), rejectForm.encode(id!), { reason: 'x' }))).toContain('needs Manage Server');
    expect(ctx.services.questions.pending(GUILD, 10).total).toBe(1);
    // Someone else's permissions elsewhere do not count: a member with the role does.
    ctx.stores.guilds.update(GUILD, { notesRole: ROLE }, ctx.now());
    const roleMember = as(MEMBER, { roleIds: [ROLE] });
    expect(text(await press(roleMember, reviewButton.encode('approve', 'm999999')))).toContain("can't find that question");
    expect(text(await press(roleMember, 'v1:qrev:approve:'))).toContain('no longer');
    expect((await press(roleMember, reviewButton.encode('approve', id!))).type).toBe('update');
    expect(ctx.services.bank.isActive(GUILD, id!)).toBe(true);
    // Another guild's question is unknown here.
    expect(text(await press({ ...editor, guildId: '200000000000000099' }, reviewButton.encode('approve', id!)))).toContain("can't find that question");
  });

  it('lists 100 pending questions five at a time, with the count, moves on as they are approved, and caps one member at 20', async () => {
    // One member can have 20 waiting; five members write 20 each.
    for (let i = 0; i < 100; i++) await write({ ...GOOD, prompt: `${GOOD.prompt} (${i})` }, as(`30000000000000010${Math.floor(i / 20)}`));
    expect(text(await write({ ...GOOD, prompt: 'one too many' }, as('300000000000000100')))).toContain('20 questions waiting for review already');
    const list = await quiz(editor, 'pending');
    expect(text(list)).toContain('5 of 100 questions');
    expect(list.type === 'message' && list.message.embeds).toHaveLength(5);
    const first = pendingIds()[0]!;
    const next = await press(editor, reviewButton.encode('approve', first));
    expect(text(next)).toContain('5 of 99 questions');
    expect(ids(next)).not.toContain(reviewButton.encode('approve', first));
  });

  it('with auto-approve, puts a member question into the quizzes at once', async () => {
    await ctx.router.command({ ...editor, command: 'studyconfig', subcommand: 'set', options: { 'auto-approve': true } });
    expect(ctx.stores.guilds.get(GUILD).autoApprove).toBe(true);
    expect(text(await write())).toContain('in the quizzes now');
    const [question] = ctx.services.questions.authoredBy(GUILD, AUTHOR);
    expect(question!.status).toBe('approved');
    expect(ctx.services.bank.isActive(GUILD, question!.id)).toBe(true);
    expect(points(AUTHOR)).toBe(POINTS.questionApproved);
  });
});

describe('editing a question', () => {
  it('applies to future posts; a post already out keeps what it showed and judges by its choice ids', async () => {
    const id = await approved();
    const { post } = await answerOn(id, as(MEMBER), right);
    const stored = ctx.stores.questions.get(GUILD, id)!;
    // The editor swaps the right answer for a new one.
    const fixed = {
      prompt: 'KLUE NLI는 무엇의 관계를 판별하나요?',
      right: '전제와 가설',
      wrong: '문장과 문단\n질문과 답',
      explanation: '전제와 가설의 관계입니다.',
    };
    expect(text(await submit(editor, editForm.encode(id, stored.version, 'pending'), fixed))).toContain('Saved');
    // An edit from an old form (the version moved on) is refused.
    expect(text(await submit(editor, editForm.encode(id, stored.version, 'pending'), GOOD))).toContain('changed this question meanwhile');
    // The old post: another member picks what it showed as right, and is right.
    const late = await press(as('300000000000000003'), `v1:quiz:${post.id}:${post.choiceOrder.indexOf(0)}`);
    expect(text(late)).toContain('Right');
    expect(text(late)).toContain(GOOD.right);
    // A new post shows the fix.
    const shown = await press(as('300000000000000004'), tryButton.encode(id));
    expect(text(shown)).toContain(fixed.prompt);
    expect(text(shown)).not.toContain(GOOD.prompt);
  });
});

describe('reports and item analysis', () => {
  it('takes a report from a verdict, lists it for editors with count, texts and reporters, and tells the reporters when dismissed', async () => {
    const id = await approved();
    ctx.poster.dms.length = 0;
    const { verdict } = await answerOn(id, as(MEMBER), wrong);
    const reportId = ids(verdict).find((c) => c.startsWith('v1:qrep:'))!;
    expect(reportId).toBe(`v1:qrep:${id}`);
    const kinds = await press(as(MEMBER), reportId);
    const [menu] = ids(kinds);
    const form = await press(as(MEMBER), menu!, ['wrong-answer']);
    expect(form.type === 'modal' && form.modal.custom_id).toBe(reportForm.encode(id, 'wrong-answer'));
    expect(text(await submit(as(MEMBER), reportForm.encode(id, 'wrong-answer'), { text: 'The key is wrong' }))).toContain('Thanks for reporting');
    // Reporting again replaces the member's open report; another member adds one.
    await submit(as(MEMBER), reportForm.encode(id, 'typo'), { text: 'typo in the prompt' });
    await submit(as('300000000000000003'), reportForm.encode(id, 'unclear'), { text: 'unclear to me' });
    // A forged kind is refused.
    expect(text(await press(as(MEMBER), menu!, ['spam']))).toContain('no longer');

    const reports = await quiz(editor, 'reports');
    expect(text(reports)).toContain('2');
    expect(text(reports)).toContain('typo in the prompt');
    expect(text(reports)).toContain('unclear to me');
    expect(text(reports)).not.toContain('The key is wrong');
    expect(text(reports)).toContain(`<@${MEMBER}>`);
    expect(ids(reports)).toContain(reportAction.encode('dismiss', id));

    const done = await press(editor, reportAction.encode('dismiss', id));
    expect(done.type).toBe('update');
    await Promise.resolve();
    expect(ctx.poster.dms.map((dm) => dm.userId).sort()).toEqual([MEMBER, '300000000000000003']);
    expect(text(await quiz(editor, 'reports'))).toContain('No question is reported');
    // Still in the quizzes: dismissing is not disabling.
    expect(ctx.services.bank.isActive(GUILD, id)).toBe(true);
  });

  it('lets an editor disable a built-in question in this guild only, and fix a reported guild question', async () => {
    const builtIn = ctx.services.bank.of(GUILD, 'nlp')[0]!;
    await ctx.router.modal({ ...as(MEMBER), customId: reportForm.encode(builtIn.id, 'unclear'), fields: { text: 'what does it ask?' } });
    const reports = await quiz(editor, 'reports');
    // A built-in question cannot be edited here (its text lives in the code), only disabled or dismissed.
    const edit = reports.type === 'message' ? reports.message.components?.[0] : undefined;
    expect(JSON.stringify(edit)).toContain('"disabled":true');
    await press(editor, reportAction.encode('disable', builtIn.id));
    expect(ctx.services.bank.isActive(GUILD, builtIn.id)).toBe(false);
    expect(ctx.services.bank.isActive('200000000000000099', builtIn.id)).toBe(true);
    expect(ctx.services.bank.of(GUILD, 'nlp').some((q) => q.id === builtIn.id)).toBe(false);

    const id = await approved();
    await submit(as(MEMBER), reportForm.encode(id, 'typo'), { text: 'typo' });
    const form = await press(editor, reportAction.encode('edit', id));
    expect(form.type === 'modal' && form.modal.custom_id).toBe(editForm.encode(id, 1, 'reports'));
    ctx.poster.dms.length = 0;
    await submit(editor, editForm.encode(id, 1, 'reports'), { ...GOOD, prompt: 'KLUE의 NLI는 무엇을 판별하나요?' });
    await Promise.resolve();
    expect(ctx.poster.dms).toEqual([{ userId: MEMBER, message: { content: expect.stringContaining('문제를 고쳤어요') } }]); // in the server's language (Korean by default)
    expect(ctx.services.bank.find(GUILD, id)!.prompt.en).toBe('KLUE의 NLI는 무엇을 판별하나요?');
  });

  it('flags questions strong members fail more than weak ones, and questions few get right, with their figures', async () => {
    // Twelve members of known strength: four answer ten warm-up questions right, four half right, four wrong.
    const warmUps = ctx.services.bank.of(GUILD, 'fullstack').slice(0, 10);
    const members = Array.from({ length: 12 }, (_, i) => `5000000000000000${String(i + 10)}`);
    const strength = (i: number) => (i < 4 ? 'strong' : i < 8 ? 'middle' : 'weak');
    const record = (userId: string, questionId: string, correct: boolean) =>
      ctx.services.progress.recordAttempt(
        { guildId: GUILD, userId, questionId, lecture: 'nlp', source: 'practice', postId: null, choice: 0, correct },
        ctx.now(),
      );
    members.forEach((userId, i) => {
      for (const [k, q] of warmUps.entries()) record(userId, q.id, strength(i) === 'strong' || (strength(i) === 'middle' && k % 2 === 0));
    });
    const [miskeyed, good, hard, few] = ctx.services.bank.of(GUILD, 'nlp');
    members.forEach((userId, i) => {
      // Miskeyed: the strong get it "wrong", everyone else "right". Good: only the strong and middle get it right.
      record(userId, miskeyed!.id, strength(i) !== 'strong');
      record(userId, good!.id, strength(i) !== 'weak');
      // Hard: one member in twelve gets it right.
      record(userId, hard!.id, i === 5);
      // Few answers: under the minimum, never judged.
      if (i < MIN_FIRST_ANSWERS - 1) record(userId, few!.id, strength(i) !== 'strong');
    });
    // A second answer is not a first answer: it changes nothing.
    record(members[0]!, miskeyed!.id, true);

    const { flagged } = ctx.services.questions.reports(GUILD);
    const figures = Object.fromEntries(flagged.map((f) => [f.questionId, f]));
    expect(Object.keys(figures).sort()).toEqual([miskeyed!.id, hard!.id].sort());
    // Upper third 0/4 right, lower third 4/4: discrimination −1; 8 of 12 right.
    expect(figures[miskeyed!.id]).toMatchObject({ firstAnswers: 12, discrimination: -1 });
    expect(figures[miskeyed!.id]!.rightShare).toBeCloseTo(8 / 12);
    expect(figures[hard!.id]!.rightShare).toBeCloseTo(1 / 12);
    expect(figures[hard!.id]!.discrimination).toBe(0);
    const good12 = ctx.stores.itemStats.figures(GUILD, MIN_FIRST_ANSWERS).find((f) => f.questionId === good!.id)!;
    expect(good12.discrimination).toBe(1);

    const reply = await quiz(editor, 'reports');
    expect(text(reply)).toContain('-1.00');
    expect(text(reply)).toContain('12 first answers');
    expect(ids(reply)).toContain(reportAction.encode('disable', miskeyed!.id));
    // Disabled, it leaves the list.
    await press(editor, reportAction.encode('disable', miskeyed!.id));
    expect(ctx.services.questions.reports(GUILD).flagged.map((f) => f.questionId)).toEqual([hard!.id]);
  });
});

describe('what members wrote, in /mydata', () => {
  it('exports the questions a member wrote and their reports; deleting keeps the question, credited to a former member', async () => {
    const id = await approved();
    await answerOn(id, as(AUTHOR), right);
    await submit(as(AUTHOR), reportForm.encode('nlp-01', 'typo'), { text: 'a typo' });
    const exported = await ctx.router.command({ ...as(AUTHOR), command: 'mydata', subcommand: 'export', options: {} });
    const file = exported.type === 'message' ? exported.message.files![0]! : undefined;
    const data = JSON.parse(file!.data.toString()) as { questionsWritten: { id: string; status: string }[]; questionReports: { text: string }[] };
    expect(data.questionsWritten).toEqual([expect.objectContaining({ id, status: 'approved', prompt: GOOD.prompt })]);
    expect(data.questionReports).toEqual([expect.objectContaining({ question_id: 'nlp-01', text: 'a typo' })]);

    expect(ctx.services.memberData.delete(GUILD, AUTHOR)).toBe(true);
    expect(ctx.stores.questions.get(GUILD, id)).toMatchObject({ authorId: null, status: 'approved' });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM question_reports WHERE reporter_id = ?').get(AUTHOR)).toEqual({ n: 0 });
    expect(ctx.services.bank.isActive(GUILD, id)).toBe(true);
  });
});

describe('questions from imported notes', () => {
  const NOTES = `# 평가 노트

## 벤치마크

**GLUE**는 영어 이해 벤치마크이고, **KLUE**는 한국어 이해 벤치마크입니다.
**SuperGLUE**는 GLUE보다 어려운 과제들을 모았습니다.
**XTREME**은 여러 언어를 함께 평가합니다.

## 퀴즈

- KLUE는 어떤 언어의 벤치마크인가요?
  - [x] 한국어
  - [ ] 영어
  - [ ] 프랑스어
  > KLUE는 한국어 벤치마크입니다.
- 정답이 없는 문제
  - [ ] 가
  - [ ] 나
  - [ ] 다
`;
  const load = (markdown = NOTES) => ctx.services.notes.importText(GUILD, EDITOR, 'eval.md', markdown, 'auto');

  it('asks the questions written in the file at once, holds generated ones for review, and reports both', async () => {
    const report = load();
    const lecture = report.lectures[0]!;
    expect(lecture).toMatchObject({ questions: 1, skipped: [expect.objectContaining({ reason: 'no-right' })], generatedApproved: false });
    expect(lecture.generated).toBeGreaterThan(0);
    const written = ctx.services.bank.of(GUILD, lecture.slug);
    expect(written.map((q) => q.prompt.ko)).toEqual(['KLUE는 어떤 언어의 벤치마크인가요?']);
    expect(ctx.services.questions.pending(GUILD, 100).questions.every((q) => q.origin === 'generated' && q.prompt.includes('_____'))).toBe(true);
    expect(ctx.services.questions.pending(GUILD, 100).total).toBe(lecture.generated);

    // The /notes add answer says so (the import reply is built from the same report).
    const shown = JSON.stringify(importMessage(report, 'en'));
    expect(shown).toContain('1 quiz question(s)');
    expect(shown).toContain(`${lecture.generated} question(s) generated`);
    expect(shown).toContain('no right choice');

    // Approving a generated one, then importing the file again, keeps that decision and adds nothing twice.
    const generated = ctx.services.questions.pending(GUILD, 100).questions[0]!;
    await press(editor, reviewButton.encode('approve', generated.id));
    load();
    expect(ctx.stores.questions.get(GUILD, generated.id)!.status).toBe('approved');
    expect(ctx.services.questions.pending(GUILD, 100).total).toBe(lecture.generated - 1);
    expect(ctx.services.bank.of(GUILD, lecture.slug)).toHaveLength(2);
  });

  it('with auto-approve, generated questions go straight into the quizzes; removing the lecture takes them all out', () => {
    ctx.stores.guilds.update(GUILD, { autoApprove: true }, ctx.now());
    const lecture = load().lectures[0]!;
    expect(lecture.generatedApproved).toBe(true);
    expect(ctx.services.bank.of(GUILD, lecture.slug)).toHaveLength(1 + lecture.generated);
    expect(ctx.services.questions.pending(GUILD, 100).total).toBe(0);
    ctx.services.questions.submit(
      GUILD,
      AUTHOR,
      lecture.slug,
      ctx.services.catalog.findLecture(GUILD, lecture.slug)!.sections[0]!.id,
      { ...GOOD, wrong: ['영어', '중국어'] },
      ctx.now(),
    );
    ctx.services.notes.remove(GUILD, lecture.slug);
    expect(ctx.services.bank.of(GUILD, lecture.slug)).toEqual([]);
    expect(ctx.services.bank.all(GUILD).some((q) => q.lecture === lecture.slug)).toBe(false);
    // The member's question stays theirs (for their export), out of every quiz.
    expect(ctx.services.questions.authoredBy(GUILD, AUTHOR).map((q) => q.status)).toEqual(['retired']);
  });
});
