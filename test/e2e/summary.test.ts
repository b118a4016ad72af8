import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectures } from '../../src/content/catalog.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';

const fullstack = lectures[0]!;
const nlp = lectures[3]!;
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const embedsOf = (data: unknown) => (data as { embeds?: APIEmbed[] }).embeds ?? [];

describe('/summary through the real discord.js client and the emulator', () => {
  it('registers the commands globally, with ko localizations', () => {
    const names = h.emulator.globalCommands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['summary', 'help', 'quiz', 'checklist', 'progress', 'stats', 'mydata', 'review']));
    const summary = h.emulator.globalCommands.find((c) => c.name === 'summary')!;
    expect(summary.name_localizations?.ko).toBe('요약');
    expect(summary.description_localizations?.ko).toMatch(/강의/);
    expect(summary.options?.map((o) => o.name)).toEqual(['topic', 'section', 'private']);
    expect(summary.options?.[0]?.name_localizations?.ko).toBe('주제');
  });

  it('does not register again after a restart when nothing changed', async () => {
    const puts = () => h.emulator.requestsTo('PUT', /\/applications\/\d+\/commands$/).length;
    expect(puts()).toBe(1);
    await h.restart();
    expect(puts()).toBe(1);
  });

  it('answers a Korean member in Korean and everyone else in English', async () => {
    const ko = h.emulator.command({ name: 'summary', options: { topic: 'fullstack' }, locale: 'ko' });
    const koMessage = await ko.message();
    expect(koMessage.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    expect(koMessage.embeds[0]!.description).toBe(fullstack.sections[0]!.body.ko);
    expect(koMessage.embeds[0]!.author?.name).toContain('이준엽');
    expect(koMessage.embeds.slice(1).map((e) => e.image?.url)).toEqual(fullstack.sections[0]!.diagrams.map((d) => d.url));

    const en = await h.emulator.command({ name: 'summary', options: { topic: 'fullstack' }, locale: 'en-US' }).message();
    expect(en.embeds[0]!.description).toBe(fullstack.sections[0]!.body.en);
  });

  it('answers autocomplete on topic and section', async () => {
    const topic = await h.emulator.autocomplete({ name: 'summary', options: { topic: '풀스' }, focused: 'topic', locale: 'ko' }).response();
    expect(topic.type).toBe(8);
    expect((topic.data as { choices: { value: string }[] }).choices[0]?.value).toBe('fullstack');
    const section = await h.emulator.autocomplete({ name: 'summary', options: { topic: 'nlp', section: 'kl' }, focused: 'section' }).response();
    expect((section.data as { choices: { value: string }[] }).choices[0]?.value).toBe('klue');
  });

  it('edits the message when a member presses Next or picks a section', async () => {
    const message = await h.emulator.command({ name: 'summary', options: { topic: 'nlp' }, locale: 'en-US' }).message();
    const next = customIds(message).find((id) => id.includes(':next:'))!;
    const click = h.emulator.click({ messageId: message.id, customId: next, locale: 'ko' });
    expect((await click.response()).type).toBe(7);
    const edited = await click.message();
    expect(edited.id).toBe(message.id);
    expect(edited.embeds[0]!.description).toBe(nlp.sections[1]!.body.en);
    const pick = customIds(edited).find((id) => id.includes(':pick:'))!;
    const picked = await h.emulator.select({ messageId: message.id, customId: pick, values: ['klue'] }).message();
    expect(picked.embeds[0]!.description).toBe(nlp.sections.find((s) => s.id === 'klue')!.body.en);
  });

  it('is ephemeral with private:true, and answers bad input ephemerally in the member language', async () => {
    const secret = await h.emulator.command({ name: 'summary', options: { topic: 'ethics', private: true } }).response();
    expect((secret.data as { flags?: number }).flags).toBe(MessageFlags.Ephemeral);
    const bad = await h.emulator.command({ name: 'summary', options: { topic: 'chemistry' }, locale: 'ko' }).response();
    expect(bad.type).toBe(4);
    expect((bad.data as { flags?: number }).flags).toBe(MessageFlags.Ephemeral);
    expect((bad.data as { content: string }).content).toContain('찾을 수 없어요');
    expect(embedsOf(bad.data)).toEqual([]);
  });

  it('answers /help with every command', async () => {
    const help = await h.emulator.command({ name: 'help', locale: 'en-US' }).response();
    const text = JSON.stringify(help.data);
    for (const name of ['/summary', '/quiz', '/review', '/checklist', '/progress', '/stats', '/mydata']) expect(text).toContain(name);
  });
});

describe('registration to a development guild', () => {
  it('registers to DEV_GUILD_ID only', async () => {
    const dev = await startHarness({ devGuildId: '123456789012345678', emulator: { guilds: [{ id: '123456789012345678', name: 'dev' }] } });
    try {
      expect(dev.emulator.globalCommands).toEqual([]);
      expect(dev.emulator.guildCommands('123456789012345678').map((c) => c.name)).toContain('summary');
    } finally {
      await dev.close();
    }
  });
});
