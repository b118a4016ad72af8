import { readFileSync } from 'node:fs';
import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';
import { SEED_PATH } from '../helpers/shared.js';

const MANAGE = String((1n << 5n) | (1n << 11n));
const NONE = '0';
const seed = readFileSync(SEED_PATH);

let h: Harness;
const now = new Date('2026-11-25T00:30:00Z');
beforeAll(async () => {
  h = await startHarness({ now: () => now });
});
afterAll(async () => h.close());

let readerUser: ReturnType<Harness['emulator']['createUser']> | undefined;
const reader = () => {
  readerUser ??= h.emulator.createUser({ username: 'reader' });
  return readerUser;
};
const embedsOf = (data: unknown) => (data as { embeds?: APIEmbed[] }).embeds ?? [];
const contentOf = (data: unknown) => (data as { content?: string }).content ?? '';

async function addNotes(
  file: { filename: string; data: Buffer | string; reportedSize?: number },
  memberPermissions = MANAGE,
  extra: { memberRoles?: string[] } = {},
) {
  const id = h.emulator.upload(file);
  return h.emulator.command({ name: 'notes', subcommand: 'add', options: { file: id }, memberPermissions, locale: 'en-US', ...extra }).message();
}

describe('/notes through the real client: a group imports its notes and studies them', () => {
  it('imports the seed file as an attachment: four lectures with their sections, images and pages', async () => {
    const reply = await addNotes({ filename: 'special-lectures.md', data: seed });
    expect(reply.flags! & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const text = JSON.stringify(reply.embeds);
    expect(reply.embeds[0]!.title).toContain('Imported 4 lecture');
    expect(text).toContain('이준엽 - Full Stack ML Engineer');
    expect(text).toContain('4 sections · 10 images');
    expect(text).toContain('2 sections · 5 images');
    // The attachment was fetched from the URL Discord gave, once.
    expect(h.emulator.requests.filter((r) => r.path.startsWith('/attachments/'))).toHaveLength(1);
  });

  it('offers the imported lectures in autocomplete, beside the built-in ones, only in this guild', async () => {
    const answer = await h.emulator.autocomplete({ name: 'summary', options: { topic: 'Full Stack' }, focused: 'topic' }).response();
    const choices = (answer.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['fullstack', 'n1']));
    const other = h.emulator.addGuild({ name: 'Other group' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const elsewhere = await h.emulator.autocomplete({ name: 'summary', guildId: other.id, options: { topic: 'Full Stack' }, focused: 'topic' }).response();
    expect((elsewhere.data as { choices: { value: string }[] }).choices.map((c) => c.value)).not.toContain('n1');
  });

  it('opens an imported lecture, navigates its sections, and the read counts in /stats', async () => {
    const member = reader();
    const first = await h.emulator.command({ name: 'summary', options: { topic: 'n1' }, user: member, locale: 'en-US' }).message();
    expect(first.embeds[0]!.title).toBe('1. Full stack ML Engineer란?');
    expect(first.embeds[0]!.description).toContain('**ML 기술 이해 + 연구 + Product**에 적용하는 직무!');
    // The section's three diagrams, one embed each.
    expect(first.embeds.slice(1).map((e) => e.image?.url)).toHaveLength(3);
    const next = customIds(first)[1]!;
    const moved = await h.emulator.click({ messageId: first.id, customId: next, user: member }).message();
    expect(moved.embeds[0]!.title).toBe('2. Full stack ML Engineer의 장단점');
    const stats = await h.emulator.command({ name: 'stats', user: member, locale: 'en-US' }).message();
    expect(JSON.stringify(stats.embeds)).toContain('`2/4` 이준엽 - Full Stack ML Engineer');
  });

  it('refuses a member without Manage Server or the notes role, and lets the role in once it is set', async () => {
    const member = h.emulator.createUser({ username: 'writer' });
    const refused = await h.emulator
      .command({
        name: 'notes',
        subcommand: 'add',
        options: { file: h.emulator.upload({ filename: 'w.md', data: '# W\n\n## A\n\ntext' }) },
        user: member,
        memberPermissions: NONE,
      })
      .message();
    expect(refused.content).toContain('Manage Server');
    const role = h.emulator.addRole(h.emulator.defaultGuild.id, 'notes editors');
    await h.emulator.command({ name: 'studyconfig', subcommand: 'set', options: { 'notes-role': role.id }, memberPermissions: MANAGE }).message();
    const allowed = await addNotes(
      { filename: 'week3.md', data: '# Week 3\n\n## Attention\n\nQueries, keys and values.\n\n## Transformers\n\nLayers of attention.\n' },
      NONE,
      {
        memberRoles: [role.id],
      },
    );
    expect(allowed.embeds[0]!.title).toContain('Imported 1 lecture');
  });

  it('answers a bad file with its error, privately, and imports nothing of it', async () => {
    const before = h.app.db.prepare('SELECT count(*) AS n FROM notes_lectures').get() as { n: number };
    const binary = await addNotes({ filename: 'photo.md', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    expect(binary.content).toContain('not a text file');
    const big = await addNotes({ filename: 'big.md', data: '# a', reportedSize: 2 * 1024 * 1024 });
    expect(big.content).toContain('too large');
    const clash = await addNotes({ filename: 'ethics.md', data: '# AI Ethics\n\ntext' });
    expect(clash.content).toContain('built-in lecture');
    const notMarkdown = await addNotes({ filename: 'notes.pdf', data: 'x' });
    expect(notMarkdown.content).toContain('Only Markdown files');
    expect(h.app.db.prepare('SELECT count(*) AS n FROM notes_lectures').get()).toEqual(before);
  });

  it('replaces a lecture by its title as a new version, keeping reading state of unchanged headings', async () => {
    const edited = seed
      .toString('utf8')
      .replace('### 4. Roadmap', '### 4. Roadmap 2026')
      .replace('**Full stack이라도 전문 분야를 정하자!!**', '**전문 분야를 정하자!!**');
    const reply = await addNotes({ filename: 'special-lectures-v2.md', data: edited });
    const text = JSON.stringify(reply.embeds);
    expect(text).toContain('A new version');
    expect(text).toContain('Added: “4. Roadmap 2026”');
    expect(text).toContain('Removed: “4. Roadmap”');
    expect((h.app.db.prepare("SELECT version FROM notes_lectures WHERE slug = 'n1'").get() as { version: number }).version).toBe(2);
    // The member who read sections 1 and 2 keeps those reads.
    const member = reader();
    const stats = await h.emulator.command({ name: 'stats', user: member, locale: 'en-US' }).message();
    expect(JSON.stringify(stats.embeds)).toContain('`2/4` 이준엽 - Full Stack ML Engineer');
  });

  it('posts an imported section as the daily topic, alone when its lecture has no questions', async () => {
    const channel = h.emulator.defaultChannelId;
    await h.emulator
      .command({ name: 'studyconfig', subcommand: 'set', options: { channel, rotation: 'notes', language: 'en' }, memberPermissions: MANAGE })
      .message();
    const posted = await h.emulator.command({ name: 'studyconfig', subcommand: 'post-now', memberPermissions: MANAGE }).message();
    expect(posted.content).toContain(`Posted in <#${channel}>`);
    const post = h.emulator
      .messages(channel)
      .filter((m) => m.content.includes('📅'))
      .at(-1)!;
    expect(post.embeds[0]!.author?.name).toContain('이준엽 - Full Stack ML Engineer');
    // No questions for imported notes yet: the topic alone, no answer buttons.
    expect(customIds(post).filter((id) => id.startsWith('v1:quiz:'))).toEqual([]);
  });

  it('exports a lecture as the Markdown that was uploaded, and removes it after confirmation', async () => {
    const exported = await h.emulator.command({ name: 'notes', subcommand: 'export', options: { name: 'n1' }, memberPermissions: MANAGE }).message();
    expect(exported.attachments[0]!.filename).toBe('special-lectures-v2.md');
    expect(h.emulator.attachmentData(exported.attachments[0]!.id)!.toString()).toContain('### 4. Roadmap 2026');
    const ask = await h.emulator.command({ name: 'notes', subcommand: 'remove', options: { name: 'n1' }, memberPermissions: MANAGE }).message();
    const [remove] = customIds(ask);
    const done = await h.emulator.click({ messageId: ask.id, customId: remove!, memberPermissions: MANAGE }).message();
    expect(done.content).toContain('is removed');
    const gone = await h.emulator.command({ name: 'summary', options: { topic: 'n1' } }).response();
    expect(contentOf(gone.data)).toContain("can't find a lecture");
    const list = await h.emulator.command({ name: 'notes', subcommand: 'list', memberPermissions: MANAGE }).message();
    expect(JSON.stringify(list.embeds)).not.toContain('이준엽 - Full Stack ML Engineer');
    expect(embedsOf(list)[0]!.title).toContain('imported lecture');
  });
});
