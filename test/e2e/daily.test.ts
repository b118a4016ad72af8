import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuestion } from '../../src/content/questions/index.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';

let h: Harness;
let now = new Date('2026-11-24T20:00:00Z'); // 05:00 in Seoul
beforeAll(async () => {
  h = await startHarness({ now: () => new Date(now) });
});
afterAll(async () => h.close());

const ADMIN = String((1n << 5n) | (1n << 11n));
const config = async (subcommand: string, options: Record<string, string | number> = {}) => {
  const handle = h.emulator.command({ name: 'studyconfig', subcommand, options, memberPermissions: ADMIN, locale: 'en-US' });
  expect((await handle.response()).type).toBe(5); // deferred first, since it may wait on Discord
  return handle.message();
};

describe('the daily post through the real client and the emulator', () => {
  it('lands in the configured channel at the local time with answer buttons, records clicks, and is revealed by the next post', async () => {
    const channel = h.emulator.defaultChannelId;
    const set = await config('set', { channel, time: '09:00', language: 'en' });
    expect(set.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(set.content).toContain(`I can post in <#${channel}>`);

    const before = h.emulator.messages(channel).filter((m) => !(m.flags! & MessageFlags.Ephemeral)).length;
    now = new Date('2026-11-25T00:00:00Z'); // 09:00 in Seoul
    await h.app.services.daily.tick();
    await h.app.services.daily.tick();
    const posted = h.emulator
      .messages(channel)
      .slice(before)
      .filter((m) => !m.interaction_metadata);
    expect(posted).toHaveLength(1);
    const post = posted[0]!;
    expect(post.content).toContain('2026-11-25');
    const buttons = customIds(post);
    expect(buttons.length).toBeGreaterThanOrEqual(3);

    const quizPost = h.app.stores.quiz.post(Number(buttons[0]!.split(':')[2]))!;
    expect(quizPost).toMatchObject({ source: 'daily', day: '2026-11-25', messageId: post.id });
    const question = findQuestion(quizPost.questionId)!;
    const right = buttons[quizPost.choiceOrder.indexOf(question.answer)]!;
    const member = h.emulator.createUser({ username: 'mina' });
    const verdict = await h.emulator.click({ messageId: post.id, customId: right, user: member, locale: 'en-US' }).response();
    expect((verdict.data as { flags: number }).flags).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(verdict.data)).toContain('✅ Right!');
    expect(h.app.stores.members.get(h.emulator.defaultGuild.id, member.id)).toMatchObject({ currentStreak: 1, lastDailyDate: '2026-11-25' });

    now = new Date('2026-11-26T00:00:00Z');
    await h.app.services.daily.tick();
    const revealed = h.emulator.message(post.id)!;
    expect(revealed.edited_timestamp).not.toBeNull();
    expect(JSON.stringify(revealed.embeds)).toContain('1 answered');
    const closed = JSON.stringify(revealed.components);
    expect(closed.match(/"disabled":true/g)?.length).toBe(buttons.length);
    // The revealed quiz takes no more answers: its buttons are disabled (Discord refuses the click).
    expect(() => h.emulator.click({ messageId: post.id, customId: right, user: h.emulator.createUser({ username: 'late' }) })).toThrow(/disabled/);
  });

  it('shows a 403 from Discord in /studyconfig show', async () => {
    const channel = h.emulator.defaultChannelId;
    h.emulator.denyChannel(channel);
    // Setting the channel checks the bot's permissions there (from the gateway's channel overwrites).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await config('set', { channel })).content).toContain(`I can't post in <#${channel}>: missing permission (SendMessages)`);
    const posted = await config('post-now');
    expect(posted.content).toContain(`I can't post in <#${channel}>: missing permission`);
    const shown = await config('show');
    expect(JSON.stringify(shown.embeds)).toContain(`I can't post in <#${channel}>: missing permission`);
    h.emulator.allowChannel(channel);
    const again = await config('post-now');
    expect(again.content).toContain(`Posted in <#${channel}>`);
    expect(JSON.stringify((await config('show')).embeds)).not.toContain('missing permission');
  });
});
