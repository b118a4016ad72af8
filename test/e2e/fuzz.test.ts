import {
  ApplicationCommandOptionType as T,
  ComponentType,
  InteractionResponseType,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type APIMessage,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../emulator/emulator.js';
import { startHarness, type Harness } from '../helpers/botHarness.js';
import { customIds } from '../helpers/messages.js';

/** What members type that breaks careless bots: long, Hangul, emoji, right-to-left, zero-width, SQL, markup. */
const NASTY = [
  'x'.repeat(6000),
  '가나다라마바사'.repeat(900),
  '👩‍👩‍👧‍👦🇰🇷'.repeat(700),
  'مرحبا بالعالم \u202eabc\u202c שלום',
  'a\u200bb\u200c\u200d\ufeffc\u2060',
  '\'; DROP TABLE members; -- " OR 1=1',
  '@everyone <@123456789012345678> ||spoiler|| **bold `code` ``` #heading',
  '\n\n\t  ',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a member's text that looks like a template
  '%s%n{0}${process.env}',
  '\ud800', // a lone surrogate
];
const MANAGE = String((1n << 5n) | (1n << 13n));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

/** A value Discord's client would let a member send for this option, built from a nasty string. */
function valueFor(option: APIApplicationCommandOption, nasty: string, channelId: string, userId: string): string | number | boolean | undefined {
  switch (option.type) {
    case T.String: {
      if ('choices' in option && option.choices?.length) return option.choices[0]!.value;
      const max = ('max_length' in option && option.max_length) || 6000;
      return [...nasty].slice(0, max).join('') || 'x';
    }
    case T.Integer:
    case T.Number:
      return 'max_value' in option && option.max_value !== undefined ? option.max_value : 2 ** 31;
    case T.Boolean:
      return nasty.length % 2 === 0;
    case T.Channel:
      return channelId;
    case T.User:
      return userId;
    case T.Role:
      return h.emulator.defaultGuild.id;
    case T.Attachment:
      // The nasty text as a notes file a member attaches.
      return h.emulator.upload({ filename: 'fuzz.md', data: nasty });
    default:
      return undefined;
  }
}

/** Every (subcommand, options) a registered command takes, with the option under test set to `nasty`. */
function invocations(command: APIApplicationCommand, nasty: string, channelId: string, userId: string) {
  const top = command.options ?? [];
  const subcommands = top.filter((o) => o.type === T.Subcommand);
  const groups = subcommands.length
    ? subcommands.map((s) => ({ subcommand: s.name as string | undefined, options: ('options' in s ? s.options : []) ?? [] }))
    : [{ subcommand: undefined, options: top }];
  return groups.flatMap(({ subcommand, options }) => {
    const all = options as APIApplicationCommandOption[];
    const fill = (target?: APIApplicationCommandOption) =>
      Object.fromEntries(
        all
          .filter((o) => o === target || ('required' in o && o.required))
          .map((o) => [o.name, valueFor(o, nasty, channelId, userId)] as const)
          .filter((entry): entry is readonly [string, string | number | boolean] => entry[1] !== undefined),
      );
    const each = all.length ? all.map((o) => fill(o)) : [fill()];
    return each.map((options) => ({ subcommand, options, autocomplete: all.filter((o) => 'autocomplete' in o && o.autocomplete) }));
  });
}

describe('fuzz: everything a member can type or click, through the real client', () => {
  it('answers every command, option and autocomplete with payloads Discord accepts', async () => {
    const channelId = h.emulator.defaultChannelId;
    const member = h.emulator.createUser({ username: 'fuzzer' });
    const before = h.emulator.requests.length;
    const handles: { handle: InteractionHandle; autocomplete: boolean }[] = [];
    for (const command of h.emulator.globalCommands) {
      for (const nasty of NASTY) {
        for (const { subcommand, options, autocomplete } of invocations(command, nasty, channelId, member.id)) {
          for (const locale of ['ko', 'en-US']) {
            const init = { name: command.name, ...(subcommand ? { subcommand } : {}), options, user: member, locale, memberPermissions: MANAGE };
            handles.push({ handle: h.emulator.command(init), autocomplete: false });
          }
          for (const option of autocomplete) {
            const value = [...nasty].slice(0, ('max_length' in option && option.max_length) || 6000).join('');
            handles.push({
              handle: h.emulator.autocomplete({
                name: command.name,
                ...(subcommand ? { subcommand } : {}),
                options: { ...options, [option.name]: value },
                focused: option.name,
                user: member,
              }),
              autocomplete: true,
            });
          }
        }
        // One at a time per burst, so the test measures answers, not Discord's 3-second window on a busy machine.
        await Promise.all(
          handles.splice(0).map(async ({ handle, autocomplete }) => {
            const response = await handle.response(10_000);
            if (autocomplete) expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
            else await handle.message(10_000);
          }),
        );
      }
    }
    const rejected = h.emulator.requests.slice(before).filter((r) => r.status >= 400);
    expect(rejected.map((r) => `${r.method} ${r.path} → ${r.status} ${JSON.stringify(r.response).slice(0, 300)}`)).toEqual([]);
    expect(h.emulator.schemaViolations).toEqual([]);
  }, 120_000);

  it('answers malformed, mistyped and misplaced clicks privately, changing nothing', async () => {
    const member = h.emulator.createUser({ username: 'clicker' });
    const other = h.emulator.createUser({ username: 'bystander' });
    const summary = await h.emulator.command({ name: 'summary', options: { topic: 'nlp' }, user: member }).message();
    const quiz = await h.emulator.command({ name: 'quiz', subcommand: 'practice', options: { topic: 'nlp' }, user: member }).message();
    const checklist = await h.emulator.command({ name: 'checklist', options: { name: 'career-start' }, user: member }).message();
    const [prev, next] = customIds(summary);
    const [menu] = customIds(summary).slice(2);
    const [answer] = customIds(quiz);
    const [items, home] = customIds(checklist);
    const postId = answer!.split(':')[2]!;
    const forged: { on: APIMessage; customId: string; componentType: ComponentType.Button | ComponentType.StringSelect; values?: string[] }[] = [
      ...[
        '',
        'v1',
        'v1:',
        'v1:sum',
        'v1:sum:next',
        'v2:sum:next:ko:nlp:lm',
        'v1:nope:1',
        'x'.repeat(100),
        'v1:sum:next:ko:nlp:lm:extra:args',
        'v1:sum:next:xx:nlp:lm',
        'v1:sum:next:ko:nope:lm',
        'v1:sum:next:ko:nlp:nope',
        "v1:quiz:'; DROP TABLE quiz_posts;--:0",
      ].map((customId) => ({ on: summary, customId, componentType: ComponentType.Button as const })),
      { on: quiz, customId: `v1:quiz:${postId}:9`, componentType: ComponentType.Button },
      { on: quiz, customId: `v1:quiz:${postId}`, componentType: ComponentType.Button },
      { on: quiz, customId: `v1:quiz:${Number(postId) + 1000}:0`, componentType: ComponentType.Button },
      { on: quiz, customId: `v1:quiz:${postId}:0:notatime`, componentType: ComponentType.Button },
      // A select menu's id sent as a button, and a button's id sent as a select.
      { on: summary, customId: menu!, componentType: ComponentType.Button },
      { on: summary, customId: next!, componentType: ComponentType.StringSelect, values: ['lm'] },
      { on: checklist, customId: items!, componentType: ComponentType.Button },
      // A real id, but from another message: a click the component is not on.
      { on: quiz, customId: prev ?? next!, componentType: ComponentType.Button },
      { on: summary, customId: answer!, componentType: ComponentType.Button },
      { on: summary, customId: home!, componentType: ComponentType.Button },
      { on: checklist, customId: items!, componentType: ComponentType.StringSelect, values: ['not-an-item'] },
      { on: summary, customId: `v1:my:delete:${other.id}`, componentType: ComponentType.Button },
    ];
    const counts = () =>
      ['quiz_attempts', 'section_reads', 'checklist_items', 'members', 'scores', 'review_cards'].map(
        (table) => (h.app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      );
    const rowsBefore = counts();
    const before = h.emulator.requests.length;
    for (const click of forged) {
      const original = JSON.stringify(h.emulator.message(click.on.id));
      const handle = h.emulator.click({
        messageId: click.on.id,
        customId: click.customId,
        user: member,
        locale: 'en-US',
        forged: { componentType: click.componentType, ...(click.values ? { values: click.values } : {}) },
      });
      const response = await handle.response();
      expect(response.type, click.customId).toBe(InteractionResponseType.ChannelMessageWithSource);
      const data = response.data as { flags?: number; content?: string };
      expect(data.flags, click.customId).toBe(64);
      expect(data.content, click.customId).toMatch(/no longer works|out of date/i);
      // The message it came from is as it was.
      expect(JSON.stringify(h.emulator.message(click.on.id)), click.customId).toBe(original);
    }
    expect(counts()).toEqual(rowsBefore);
    expect(h.emulator.requests.slice(before).filter((r) => r.status >= 400)).toEqual([]);
  });
});
