import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, encodeCustomId, parseCustomId } from '../src/commands/customId.js';

describe('custom_id', () => {
  it('round-trips a handler and its arguments', () => {
    const id = encodeCustomId('sum', 'next', 'ko', 'nlp', 'klue');
    expect(id).toBe('v1:sum:next:ko:nlp:klue');
    expect(parseCustomId(id)).toEqual({ handler: 'sum', args: ['next', 'ko', 'nlp', 'klue'] });
  });

  it('refuses to build an id with separators, non-ascii or over the limit', () => {
    expect(() => encodeCustomId('sum', 'a:b')).toThrow();
    expect(() => encodeCustomId('sum', '풀스택')).toThrow();
    expect(() => encodeCustomId('sum', ...Array.from({ length: 10 }, () => 'x'.repeat(12)))).toThrow(/longer than/);
  });

  it.each([
    ['', 'empty'],
    ['v0:sum:next', 'an old version'],
    ['v1', 'no handler'],
    ['v1:sum:ne xt', 'a space'],
    ['v1:sum::x', 'an empty part'],
    [`v1:sum:${'a'.repeat(CUSTOM_ID_MAX)}`, 'too long'],
    ['v1:sum:<script>', 'markup'],
  ])('rejects %j (%s)', (id) => {
    expect(parseCustomId(id)).toBeNull();
  });
});
