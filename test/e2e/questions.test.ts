import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POINTS } from '../../src/domain/points.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { captureLog } from '../helpers/log.js';
import { customIds } from '../helpers/messages.js';
import { until } from '../helpers/until.js';

const MANAGE = String((1n << 5n) | (1n << 11n));
const NOTES = `# 평가 노트

## 벤치마크

**GLUE**는 영어 이해 벤치마크입니다.
**KLUE**는 한국어 이해 벤치마크입니다.
**XTREME**은 여러 언어를 함께 평가합니다.

## 퀴즈

1. KLUE의 자연어 추론(NLI)은 무엇을 판별하나요?
   - [x] 가설이 전제와 함의·모순·중립 중 어떤 관계인지
   - [ ] 두 문장의 유사도 점수
   - [ ] 문장의 주제 분류
   > 해설: NLI는 전제와 가설의 관계를 세 가지로 판별합니다.
`;
const WEEK9 = '# Week 9\n\n## Attention\n\nSelf-attention relates every token of a sentence to every other token.\n';

let h: Harness;
let log: ReturnType<typeof captureLog>;
let now = new Date('2026-11-25T03:00:00Z');
beforeAll(async () => {
  log = captureLog();
  h = await startHarness({ now: () => new Date(now), log: log.log });
});
afterAll(async () => h.close());

async function importNotes(filename: string, data: string) {
  const file = h.emulator.upload({ filename, data });
  return h.emulator.command({ name: 'notes', subcommand: 'add', options: { file }, memberPermissions: MANAGE }).message();
}

const slugOf = (title: string) => h.app.services.catalog.lectures(h.emulator.defaultGuild.id).find((l) => l.title.en === title)!.slug;

describe('questions for a group’s own notes, through the real client', () => {
  it('imports a notes file with a question, posts it with /quiz practice on that lecture, and a member answers', async () => {
    const reply = await importNotes('eval.md', NOTES);
    const shown = JSON.stringify(reply.embeds);
    expect(shown).toContain('1 quiz question(s)');
    expect(shown).toMatch(/\d question\(s\) generated from the notes/);

    const slug = slugOf('평가 노트');
    const member = h.emulator.createUser({ username: 'mina' });
    const post = await h.emulator.command({ name: 'quiz', subcommand: 'practice', options: { topic: slug }, user: member }).message();
    expect(post.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    // Only the question written in the file is asked: the generated ones wait for review.
    expect(post.embeds[0]!.description).toContain('KLUE의 자연어 추론(NLI)은 무엇을 판별하나요?');
    const quizPost = h.app.stores.quiz.post(Number(customIds(post)[0]!.split(':')[2]))!;
    const right = customIds(post)[quizPost.choiceOrder.indexOf(0)]!;
    const verdict = await h.emulator.click({ messageId: post.id, customId: right, user: member }).message();
    expect(verdict.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(verdict)).toContain('Right');
    expect(JSON.stringify(verdict)).toContain('NLI는 전제와 가설의 관계를 세 가지로 판별합니다.');

    // The verdict's "Report a problem": what kind, then the text, then an editor resolves it and the reporter hears.
    const report = customIds(verdict).find((id) => id.startsWith('v1:qrep:'))!;
    const kinds = await h.emulator.click({ messageId: verdict.id, customId: report, user: member }).message();
    const form = h.emulator.select({ messageId: kinds.id, customId: customIds(kinds)[0]!, values: ['unclear'], user: member });
    expect((await form.response()).type).toBe(InteractionResponseType.Modal);
    const thanks = await h.emulator.submitModal({ from: form, fields: { text: '함의가 무슨 뜻인지 설명이 필요해요' } }).message();
    expect(thanks.content).toContain('Thanks for reporting');

    const list = await h.emulator.command({ name: 'quiz', subcommand: 'reports', memberPermissions: MANAGE }).message();
    expect(JSON.stringify(list.embeds)).toContain('함의가 무슨 뜻인지');
    expect(JSON.stringify(list.embeds)).toContain(`<@${member.id}>`);
    const dismiss = customIds(list).find((id) => id.startsWith('v1:qfix:dismiss:'))!;
    const after = await h.emulator.click({ messageId: list.id, customId: dismiss, memberPermissions: MANAGE }).message();
    expect(after.content).toContain('dismissed');
    const told = await until(() => h.emulator.directMessages(member.id)[0], 3000);
    expect(told.content).toContain('KLUE의 자연어 추론');
  });

  it('takes a member’s question from /quiz add, approves it from /quiz pending, serves it, and tells its author', async () => {
    await importNotes('week9.md', WEEK9);
    const slug = slugOf('Week 9');
    const author = h.emulator.createUser({ username: 'author' });
    const open = h.emulator.command({ name: 'quiz', subcommand: 'add', options: { lecture: slug, section: 'Attention' }, user: author });
    expect((await open.response()).type).toBe(InteractionResponseType.Modal);
    const sent = await h.emulator
      .submitModal({
        from: open,
        fields: {
          prompt: 'What does self-attention relate?',
          right: 'Every token to every other token',
          wrong: 'Only neighbouring tokens\nOnly the first token',
          explanation: '',
        },
      })
      .message();
    expect(sent.content).toContain('a notes editor will review it');

    // A member without the role cannot review.
    const refused = await h.emulator.command({ name: 'quiz', subcommand: 'pending', user: author }).message();
    expect(refused.content).toContain('needs Manage Server');

    const pending = await h.emulator.command({ name: 'quiz', subcommand: 'pending', memberPermissions: MANAGE }).message();
    expect(JSON.stringify(pending.embeds)).toContain('What does self-attention relate?');
    expect(JSON.stringify(pending.embeds)).toContain(`<@${author.id}>`);
    const approveId = customIds(pending).find((id) => id.startsWith('v1:qrev:approve:m'))!;
    const approved = await h.emulator.click({ messageId: pending.id, customId: approveId, memberPermissions: MANAGE }).message();
    expect(approved.id).toBe(pending.id);
    expect(JSON.stringify(approved)).not.toContain('What does self-attention relate?');
    const dm = await until(() => h.emulator.directMessages(author.id)[0], 3000);
    expect(dm.content).toContain(`+${POINTS.questionApproved}`);
    expect(h.app.services.standings.standing(h.emulator.defaultGuild.id, 'all', author.id)?.points).toBe(POINTS.questionApproved);

    const served = await h.emulator.command({ name: 'quiz', subcommand: 'practice', options: { topic: slug } }).message();
    expect(served.embeds[0]!.description).toContain('What does self-attention relate?');
  });

  it('answers the editor even when the author accepts no DMs, and logs that they could not be told', async () => {
    const closed = h.emulator.createUser({ username: 'private' });
    h.emulator.closeDms(closed.id);
    const open = h.emulator.command({ name: 'quiz', subcommand: 'add', options: { lecture: slugOf('Week 9'), section: 'Attention' }, user: closed });
    await open.response();
    await h.emulator
      .submitModal({ from: open, fields: { prompt: 'Which tokens does attention see?', right: 'All of them', wrong: 'None', explanation: '' } })
      .message();
    const pending = await h.emulator.command({ name: 'quiz', subcommand: 'pending', memberPermissions: MANAGE }).message();
    const reject = customIds(pending).find((id) => id.startsWith('v1:qrev:reject:'))!;
    const reason = h.emulator.click({ messageId: pending.id, customId: reject, memberPermissions: MANAGE });
    expect((await reason.response()).type).toBe(InteractionResponseType.Modal);
    const done = await h.emulator
      .submitModal({ from: reason, memberPermissions: MANAGE, fields: { reason: 'Too close to the notes’ own question.' } })
      .message();
    expect(done.content).toContain('Rejected');
    await until(() => (log.lines.some((line) => String(line.msg).includes('could not send a private message')) ? true : undefined), 3000);
    expect(h.emulator.directMessages(closed.id)).toEqual([]);
  });

  it('posts an approved member question as the daily quiz, and the post keeps it after an edit', async () => {
    const guild = h.emulator.defaultGuild.id;
    // Only Week 9 is in the group's own rotation now.
    const ask = await h.emulator.command({ name: 'notes', subcommand: 'remove', options: { name: slugOf('평가 노트') }, memberPermissions: MANAGE }).message();
    await h.emulator.click({ messageId: ask.id, customId: customIds(ask)[0]!, memberPermissions: MANAGE }).message();
    const channel = h.emulator.defaultChannelId;
    await h.emulator
      .command({ name: 'studyconfig', subcommand: 'set', options: { channel, time: '12:00', rotation: 'notes', language: 'en' }, memberPermissions: MANAGE })
      .message();
    now = new Date('2026-11-25T03:00:00Z'); // 12:00 in Seoul
    await h.app.services.daily.tick();
    const daily = h.emulator
      .messages(channel)
      .filter((m) => !m.interaction_metadata && m.components?.length)
      .at(-1)!;
    const quizPost = h.app.stores.quiz.post(Number(customIds(daily)[0]!.split(':')[2]))!;
    expect(quizPost.source).toBe('daily');
    expect(quizPost.questionId).toMatch(/^m\d+$/);
    expect(JSON.stringify(daily.embeds)).toContain('What does self-attention relate?');

    // An editor fixes the question while it is on the post: the post's buttons still judge what it showed.
    const stored = h.app.stores.questions.get(guild, quizPost.questionId)!;
    h.app.services.questions.edit(guild, stored.id, stored.version, {
      prompt: 'What does self-attention compare?',
      right: 'Only the first token',
      wrong: ['Every token to every other token'],
      explanation: '',
    });
    const member = h.emulator.createUser({ username: 'daily' });
    const right = customIds(daily)[quizPost.choiceOrder.indexOf(0)]!;
    const verdict = await h.emulator.click({ messageId: daily.id, customId: right, user: member }).message();
    expect(JSON.stringify(verdict)).toContain('Right');
    expect(h.app.stores.members.get(guild, member.id)).toMatchObject({ currentStreak: 1 });
  });
});
