import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usage } from '../src/commands/help/messages.js';
import type { MessagePayload, Reply } from '../src/core/reply.js';
import type { CommandRequest } from '../src/core/requests.js';
import type { Locale } from '../src/core/locale.js';
import { lectures } from '../src/content/catalog.js';
import { actor, click, testApp, type TestApp } from './helpers/context.js';
import { limitProblems } from './helpers/discordLimits.js';
import { customIds } from './helpers/messages.js';

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp();
});
afterEach(() => ctx.close());

function summary(options: CommandRequest['options'], locale: Locale = 'ko') {
  return ctx.router.command({ ...actor({ locale }), command: 'summary', options });
}

function message(reply: Reply): MessagePayload {
  if (reply.type === 'modal') throw new Error('expected a message, got a modal');
  return reply.message;
}

const fullstack = lectures[0]!;
const nlp = lectures[3]!;

describe('/summary', () => {
  it('answers in Korean for a Korean member, with the speaker and the first section', async () => {
    const reply = await summary({ topic: 'fullstack' });
    expect(reply).toMatchObject({ type: 'message', ephemeral: false });
    const [main] = message(reply).embeds!;
    expect(main!.author!.name).toContain('이준엽');
    expect(main!.title).toContain(fullstack.sections[0]!.title.ko);
    expect(main!.description).toBe(fullstack.sections[0]!.body.ko);
    expect(main!.description).toContain('Product');
  });

  it('answers in English for everyone else', async () => {
    const reply = await summary({ topic: 'fullstack' }, 'en');
    const [main] = message(reply).embeds!;
    expect(main!.author!.name).toContain(fullstack.speaker.en);
    expect(main!.description).toBe(fullstack.sections[0]!.body.en);
    expect(main!.description).not.toMatch(/[가-힣]{4}/);
  });

  it('finds the section by name and shows the KLUE tasks', async () => {
    const reply = await summary({ topic: 'nlp', section: 'klue' });
    const [main] = message(reply).embeds!;
    expect(main!.description).toContain('개체명 인식');
    expect(main!.footer!.text).toContain(`${nlp.sections.findIndex((s) => s.id === 'klue') + 1}/${nlp.sections.length}`);
  });

  it('accepts Korean aliases for the topic', async () => {
    const reply = await summary({ topic: '풀스택' });
    expect(message(reply).embeds![0]!.author!.name).toContain('이준엽');
  });

  it('shows each diagram of a section in its own embed', async () => {
    const product = fullstack.sections.find((s) => s.id === 'product')!;
    expect(product.diagrams.length).toBeGreaterThanOrEqual(2);
    const reply = await summary({ topic: 'fullstack', section: 'product' }, 'en');
    const images = message(reply)
      .embeds!.map((e) => e.image?.url)
      .filter(Boolean);
    expect(images).toEqual(product.diagrams.map((d) => d.url));
  });

  it('is public by default and ephemeral with private:true', async () => {
    expect(await summary({ topic: 'ethics' })).toMatchObject({ ephemeral: false });
    expect(await summary({ topic: 'ethics', private: true })).toMatchObject({ ephemeral: true });
  });

  it('names the valid topics, ephemerally, for an unknown topic', async () => {
    for (const locale of ['ko', 'en'] as const) {
      const reply = await summary({ topic: 'chemistry' }, locale);
      expect(reply).toMatchObject({ type: 'message', ephemeral: true });
      const content = message(reply).content!;
      expect(content).toContain('chemistry');
      for (const slug of ['fullstack', 'ethics', 'career', 'nlp']) expect(content).toContain(slug);
      expect(content).toMatch(locale === 'ko' ? /찾을 수 없어요/ : /can't find/);
    }
  });

  it('names the valid sections for an unknown section', async () => {
    const reply = await summary({ topic: 'nlp', section: 'translation' }, 'en');
    expect(reply).toMatchObject({ ephemeral: true });
    expect(message(reply).content).toContain('`klue`');
  });

  it('shortens a long topic when it echoes it back', async () => {
    const long = `chemistry-${'x'.repeat(90)}`;
    const reply = await summary({ topic: long }, 'en');
    expect(reply).toMatchObject({ ephemeral: true });
    const content = message(reply).content!;
    expect(content).toContain('chemistry');
    expect(content).not.toContain(long);
    expect(content).toContain('…');
  });

  it('refuses a topic longer than its definition allows', async () => {
    const reply = await summary({ topic: 'x'.repeat(101) }, 'en');
    expect(reply).toMatchObject({ ephemeral: true });
    expect(message(reply).content).toContain('The value of `topic` for `/summary` is not valid');
  });
});

describe('summary navigation', () => {
  it('moves to the next section by editing the message, keeping its language', async () => {
    const first = message(await summary({ topic: 'nlp' }, 'en'));
    const next = customIds(first).find((id) => id.includes(':next:'))!;
    const reply = await click(ctx, next, { locale: 'ko' });
    expect(reply.type).toBe('update');
    expect(message(reply).embeds![0]!.description).toBe(nlp.sections[1]!.body.en);
  });

  it('jumps to the section chosen in the select', async () => {
    const first = message(await summary({ topic: 'nlp' }));
    const pick = customIds(first).find((id) => id.includes(':pick:'))!;
    const reply = await click(ctx, pick, { values: ['klue'] });
    expect(reply.type).toBe('update');
    expect(message(reply).embeds![0]!.description).toContain('개체명 인식');
  });

  it('disables Previous on the first section and Next on the last', async () => {
    const first = message(await summary({ topic: 'career' }));
    const last = message(await summary({ topic: 'career', section: String(lectures[2]!.sections.length) }));
    const buttons = (m: MessagePayload) => m.components![0]!.components as { disabled?: boolean }[];
    expect(buttons(first).map((b) => b.disabled)).toEqual([true, false]);
    expect(buttons(last).map((b) => b.disabled)).toEqual([false, true]);
  });

  it.each([
    ['v1:sum:next:ko:chemistry:intro', 'an unknown lecture'],
    ['v1:sum:next:ko:nlp:gone', 'a section that no longer exists'],
    ['v1:sum:jump:ko:nlp:klue', 'an unknown action'],
    ['v1:sum:next:fr:nlp:klue', 'an unknown language'],
    ['v9:sum:next:ko:nlp:klue', 'another version'],
    ['garbage', 'garbage'],
    ['v1:nothing:1', 'an unknown handler'],
  ])('answers a stale or malformed button (%s: %s) ephemerally in the clicker language', async (customId) => {
    const reply = await click(ctx, customId, { locale: 'en' });
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    expect(message(reply).content).toMatch(/no longer works/);
  });
});

describe('autocomplete', () => {
  const complete = (focused: { name: string; value: string }, options: Record<string, string> = {}, locale: Locale = 'ko') =>
    ctx.router.autocomplete({ ...actor({ locale }), command: 'summary', options, focused });

  it('matches Korean and English names and aliases', () => {
    expect(complete({ name: 'topic', value: '풀스' })[0]?.value).toBe('fullstack');
    expect(complete({ name: 'topic', value: 'klue' })[0]?.value).toBe('nlp');
    expect(complete({ name: 'topic', value: 'ethic' }, {}, 'en')[0]).toMatchObject({ value: 'ethics' });
    expect(complete({ name: 'topic', value: '' })).toHaveLength(4);
    expect(complete({ name: 'topic', value: 'zzzz' })).toEqual([]);
  });

  it('suggests the sections of the chosen topic', () => {
    const choices = complete({ name: 'section', value: 'kl' }, { topic: 'nlp' });
    expect(choices[0]?.value).toBe('klue');
    expect(complete({ name: 'section', value: '' }, { topic: 'nope' })).toEqual([]);
  });
});

describe('/help', () => {
  it('lists every command with an example and every topic', async () => {
    for (const locale of ['ko', 'en'] as const) {
      const reply = await ctx.router.command({ ...actor({ locale }), command: 'help', options: {} });
      expect(limitProblems(message(reply), `help/${locale}`)).toEqual([]);
      const text = JSON.stringify(message(reply).embeds);
      for (const command of ctx.router.commands) expect(text).toContain(`/${command.data.name}`);
      for (const lecture of lectures) expect(text).toContain(lecture.title[locale]);
      expect(text).toContain('/summary fullstack');
      // Generated from the registry: the commands (usage, description, examples) in the description, the topics in fields.
      const [embed] = message(reply).embeds!;
      for (const command of ctx.router.commands) {
        expect(embed!.description).toContain(`\`${usage(command)}\``);
        const description = (locale === 'ko' ? command.data.description_localizations?.ko : undefined) ?? command.data.description;
        expect(embed!.description).toContain(description);
        for (const example of command.examples) expect(embed!.description).toContain(`\`${example}\``);
      }
      const fields = JSON.stringify(embed!.fields);
      for (const lecture of lectures) expect(fields).toContain(lecture.title[locale]);
    }
  });

  it('points an unknown command to /help', async () => {
    const reply = await ctx.router.command({ ...actor({ locale: 'en' }), command: 'dance', options: {} });
    expect(reply).toMatchObject({ ephemeral: true });
    expect(message(reply).content).toContain('/help');
  });
});
