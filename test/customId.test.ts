import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { features } from '../src/app/registry.js';
import { checklistMessage } from '../src/commands/checklist/messages.js';
import { quizMessage } from '../src/commands/quiz/messages.js';
import { answerButton } from '../src/commands/quiz/routes.js';
import { summaryMessage } from '../src/commands/summary/messages.js';
import { sectionButton, sectionMenu } from '../src/commands/summary/routes.js';
import { checklists, lectures } from '../src/content/catalog.js';
import { questions } from '../src/content/questions/index.js';
import { LOCALES } from '../src/core/locale.js';
import { arg, CUSTOM_ID_VERSION, route, splitCustomId, type Route } from '../src/core/customId.js';
import { LIMITS } from '../src/core/limits.js';
import { customIds } from './helpers/messages.js';

/** Every route the bot answers. */
const routes: Route<readonly unknown[]>[] = features.flatMap((feature) =>
  [...(feature.components ?? []), ...(feature.modals ?? [])].map((handler) => handler.route),
);

/** What the router does with an id: split it, then let the routes of that name parse it. Null when none does. */
function parse(id: string): { name: string; args: readonly unknown[] } | null {
  const split = splitCustomId(id);
  if (!split) return null;
  for (const candidate of routes.filter((r) => r.name === split.name)) {
    const args = candidate.parse(split.parts);
    if (args) return { name: split.name, args };
  }
  return null;
}

describe('custom_id', () => {
  it('round-trips a route and its arguments in the v1:name:args format', () => {
    const id = sectionButton.encode('next', 'ko', 'nlp', 'klue');
    expect(CUSTOM_ID_VERSION).toBe('v1');
    expect(id).toBe('v1:sum:next:ko:nlp:klue');
    expect(splitCustomId(id)).toEqual({ name: 'sum', parts: ['next', 'ko', 'nlp', 'klue'] });
    // A section button's page is optional: ids posted before pages existed open the first page.
    expect(parse(id)).toEqual({ name: 'sum', args: ['next', 'ko', 'nlp', 'klue', undefined] });
    expect(sectionButton.encode('next', 'ko', 'n12', 's1x2', 3)).toBe('v1:sum:next:ko:n12:s1x2:3');
    expect(sectionButton.parse(['next', 'ko', 'n12', 's1x2', '3'])).toEqual(['next', 'ko', 'n12', 's1x2', 3]);
    expect(sectionButton.parse(['next', 'ko', 'n12', 's1x2', '99999'])).toBeUndefined();
    // Typed arguments come back typed; a trailing optional one may be left out.
    expect(answerButton.encode(12, 3, undefined)).toBe('v1:quiz:12:3');
    expect(answerButton.parse(['12', '3'])).toEqual([12, 3, undefined]);
    expect(answerButton.encode(12, 3, 1764000000000)).toBe('v1:quiz:12:3:1764000000000');
    expect(answerButton.parse(['12', '3', '1764000000000'])).toEqual([12, 3, 1764000000000]);
    // Routes sharing a name are told apart by their arguments.
    expect(sectionMenu.encode('pick', 'en', 'nlp')).toBe('v1:sum:pick:en:nlp');
    expect(sectionMenu.parse(['pick', 'en', 'nlp'])).toEqual(['pick', 'en', 'nlp']);
    expect(sectionButton.parse(['pick', 'en', 'nlp'])).toBeUndefined();
  });

  it('gives every route a short ascii name, and every id the bot builds parses back', () => {
    for (const r of routes) expect(r.name).toMatch(/^[A-Za-z0-9_.-]{1,40}$/);
    expect(() => route('풀스택', ComponentType.Button)).toThrow();
    expect(() => route('a:b', ComponentType.Button)).toThrow();
    const built: string[] = [];
    for (const locale of LOCALES) {
      for (const lecture of lectures)
        lecture.sections.forEach((_, index) => {
          built.push(...customIds(summaryMessage(lecture, index, locale)));
        });
      for (const checklist of checklists) built.push(...customIds(checklistMessage(checklist, new Set(), undefined, locale)));
      for (const question of questions.slice(0, 5)) {
        const post = {
          id: 123456789,
          guildId: '1',
          channelId: null,
          messageId: null,
          questionId: question.id,
          source: 'practice' as const,
          choiceOrder: question.choices.map((_, i) => i),
          createdAt: '',
          expiresAt: '',
          day: null,
          revealedAt: null,
          snapshot: null,
        };
        built.push(...customIds(quizMessage(post, question, undefined, locale, 1764000000000)));
      }
    }
    expect(built.length).toBeGreaterThan(100);
    for (const id of built) {
      expect(id.length, id).toBeLessThanOrEqual(LIMITS.customId);
      expect(parse(id), id).not.toBeNull();
    }
  });

  it('refuses to build an id with separators, non-ascii or over the limit', () => {
    expect(() => sectionButton.encode('next', 'ko', 'a:b', 'klue')).toThrow();
    expect(() => sectionButton.encode('next', 'ko', '풀스택', 'klue')).toThrow();
    expect(() => sectionButton.encode('next', 'ko', 'nlp', '')).toThrow();
    expect(() => sectionButton.encode('next', 'ko', 'nlp', 'two words')).toThrow();
    const wide = route('wide', ComponentType.Button, arg.token, arg.token, arg.token);
    expect(wide.encode('x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30))).toHaveLength(LIMITS.customId);
    expect(() => wide.encode('x'.repeat(30), 'y'.repeat(30), 'z'.repeat(31))).toThrow(/longer than/);
  });

  it.each([
    ['', 'empty'],
    ['v0:sum:next', 'an old version'],
    ['v1', 'no handler'],
    ['v1:sum:ne xt', 'a space'],
    ['v1:sum::x', 'an empty part'],
    [`v1:sum:${'a'.repeat(LIMITS.customId)}`, 'too long'],
    ['v1:sum:<script>', 'markup'],
    ['v1:sum:next:ko:nlp:ne xt', 'a space in an argument'],
    ['v1:sum:next:ko:nlp:', 'an empty argument'],
    ['v1:sum:next:ko:nlp:<script>', 'markup in an argument'],
    ['v1:sum:next:ko:nlp:klue:extra', 'one argument too many'],
    ['v1:sum:next:ko:nlp', 'one argument too few'],
    ['v1:sum:next:fr:nlp:klue', 'a locale the bot does not speak'],
    ['v1:quiz:1e5:0', 'a number that is not digits'],
    ['v1:quiz:1:10', 'a position out of range'],
    ['v1:my:delete:abc', 'a user id that is not a snowflake'],
    ['v1:nothing:1', 'an unknown route'],
  ])('rejects %j (%s)', (id) => {
    expect(parse(id)).toBeNull();
  });
});
