import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuestion } from '../../src/content/questions/index.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';

let h: Harness;
let now = new Date('2026-11-16T00:00:00Z'); // Monday 09:00 in Seoul
beforeAll(async () => {
  h = await startHarness({ now: () => new Date(now) });
});
afterAll(async () => h.close());

const ADMIN = String(1n << 5n);

describe('image cards and the recap through the real client and the emulator', () => {
  it('/stats replies with a PNG attachment that the embed shows', async () => {
    const member = h.emulator.createUser({ username: 'jiwoo', globalName: '지우' });
    await h.emulator.command({ name: 'summary', options: { topic: 'ethics' }, user: member }).message();
    const handle = h.emulator.command({ name: 'stats', user: member, locale: 'ko' });
    expect((await handle.response()).type).toBe(5); // deferred while the card renders
    const message = await handle.message();
    expect(message.attachments).toHaveLength(1);
    const attachment = message.attachments[0]!;
    expect(attachment.filename).toBe('stats.png');
    expect(message.embeds[0]!.image?.url).toBe('attachment://stats.png');
    const data = h.emulator.attachmentData(attachment.id)!;
    expect(data.subarray(1, 4).toString()).toBe('PNG');
    expect(message.embeds[0]!.fields![0]!.value).toContain('`1/');
  });

  it('answers an error to a publicly deferred command privately, never in the channel', async () => {
    const hidden = h.emulator.createUser({ username: 'hidden' });
    await h.emulator.command({ name: 'mydata', subcommand: 'privacy', options: { hide: true }, user: hidden }).response();
    const asker = h.emulator.createUser({ username: 'curious' });
    const handle = h.emulator.command({ name: 'stats', options: { member: hidden.id }, user: asker, locale: 'en-US' });
    expect((await handle.response()).type).toBe(5);
    const followUp = await handle.followUp(0);
    expect(followUp.content).toContain('keeps their stats private');
    expect(followUp.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    await expect(handle.message(1000)).rejects.toThrow(/deleted/);
  });

  it('posts the weekly recap on Monday in the configured channel', async () => {
    const channel = h.emulator.defaultChannelId;
    await h.emulator
      .command({ name: 'studyconfig', subcommand: 'set', options: { channel, time: '09:00', language: 'en', goal: 3 }, memberPermissions: ADMIN })
      .message();
    // A week of daily posts, each answered by one member.
    const member = h.emulator.createUser({ username: 'sora' });
    for (let d = 0; d < 7; d++) {
      now = new Date(Date.parse('2026-11-16T00:00:00Z') + d * 86_400_000);
      await h.app.services.daily.tick();
      const post = h.emulator
        .messages(channel)
        .filter((m) => m.content.includes('📅'))
        .at(-1)!;
      const quizPost = h.app.stores.quiz.post(Number(customIds(post)[0]!.split(':')[2]))!;
      const right = customIds(post)[quizPost.choiceOrder.indexOf(findQuestion(quizPost.questionId)!.answer)]!;
      await h.emulator.click({ messageId: post.id, customId: right, user: member }).response();
    }
    now = new Date('2026-11-23T00:00:00Z');
    await h.app.services.daily.tick();
    const recap = h.emulator.messages(channel).find((m) => m.embeds[0]?.title?.includes('Weekly recap'))!;
    expect(h.emulator.schemaViolations).toEqual([]);
    expect(recap).toBeDefined();
    expect(recap.embeds[0]!.title).toContain('2026-11-16 – 2026-11-22');
    expect(JSON.stringify(recap.embeds)).toContain('7/3 🎉 reached!');
    expect(recap.attachments.map((a) => a.filename)).toEqual(['recap.png']);
    expect(recap.embeds[0]!.image?.url).toBe('attachment://recap.png');
    // It came right after the Monday post.
    const order = h.emulator
      .messages(channel)
      .filter((m) => !m.interaction_metadata)
      .map((m) => (m.content.includes('📅') ? 'daily' : 'recap'));
    expect(order.slice(-2)).toEqual(['daily', 'recap']);
  });
});
