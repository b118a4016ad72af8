import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { fitMessage } from '../src/core/fit.js';
import type { MessagePayload } from '../src/core/reply.js';
import { clip, echo, graphemesOf } from '../src/core/text.js';
import { LIMITS, limitProblems } from './helpers/discordLimits.js';

const FAMILY = '👩‍👩‍👧‍👦';

describe('clip', () => {
  it('keeps text that fits as it is', () => {
    expect(clip('안녕하세요', 5)).toBe('안녕하세요');
  });

  it('never splits a Hangul syllable, an emoji sequence or a surrogate pair', () => {
    for (const text of ['가나다라마바사'.repeat(50), FAMILY.repeat(50), '𝒜𝒝𝒞'.repeat(80), `a${'\u0301'.repeat(3)}`.repeat(100)]) {
      for (const max of [7, 50, 99, 100, 101]) {
        const out = clip(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.endsWith('…')).toBe(true);
        const kept = out.slice(0, -1);
        // Every grapheme kept is one of the original's, whole, in order.
        expect(text.startsWith(kept)).toBe(true);
        expect(graphemesOf(text).slice(0, graphemesOf(kept).length).join('')).toBe(kept);
      }
    }
  });
});

describe('echo', () => {
  it('shows a member’s input on one line, without backticks, and short', () => {
    const out = echo(`abc\`\`\`\n${'x'.repeat(5000)}`);
    expect(out).not.toContain('`');
    expect(out).not.toContain('\n');
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.startsWith('abcˋˋˋ x')).toBe(true);
  });
});

describe('fitMessage', () => {
  const huge = (n: number) => `시작 ${'가'.repeat(n)}`;
  const oversized: MessagePayload = {
    content: huge(5000),
    embeds: Array.from({ length: 12 }, (_, i) => ({
      title: huge(400),
      description: huge(5000),
      footer: { text: huge(3000) },
      author: { name: huge(300) },
      fields: Array.from({ length: 30 }, () => ({ name: i % 2 ? '' : huge(300), value: i % 2 ? '' : huge(2000) })),
    })),
    components: Array.from({ length: 7 }, (_, row) => ({
      type: ComponentType.ActionRow as const,
      components: [
        ...Array.from({ length: 6 }, (_, j) => ({
          type: ComponentType.Button as const,
          style: ButtonStyle.Secondary as const,
          label: huge(200),
          custom_id: `v1:x:${row}:${j}`,
        })),
      ],
    })),
  };

  it('fits every limit of a message, its embeds and components', () => {
    expect(limitProblems(oversized, 'before').length).toBeGreaterThan(10);
    expect(limitProblems(fitMessage(oversized), 'after')).toEqual([]);
  });

  it('keeps the beginning of every text, marking what it shortened', () => {
    const fitted = fitMessage(oversized);
    expect(fitted.content!.startsWith('시작 가가')).toBe(true);
    expect(fitted.content!.endsWith('…')).toBe(true);
    expect(fitted.embeds).toHaveLength(LIMITS.embeds);
    for (const embed of fitted.embeds!) expect(embed.title!.startsWith('시작')).toBe(true);
  });

  it('leaves a message within the limits unchanged', () => {
    const small: MessagePayload = { content: 'hi', embeds: [{ title: 't', description: 'd', fields: [{ name: 'n', value: 'v' }] }] };
    expect(fitMessage(small)).toEqual(small);
  });

  it('fits a select menu: 25 options of 100 characters, max_values no more than the options', () => {
    const menu: MessagePayload = {
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.StringSelect,
              custom_id: 'v1:m',
              max_values: 40,
              options: Array.from({ length: 40 }, (_, i) => ({ label: `${i} ${FAMILY.repeat(30)}`, value: String(i) })),
            },
          ],
        },
      ],
    };
    const fitted = fitMessage(menu);
    expect(limitProblems(fitted, 'menu')).toEqual([]);
    const select = fitted.components![0]!.components[0]!;
    expect(select.type === ComponentType.StringSelect && select.max_values).toBe(25);
  });

  it('refuses a custom_id over 100 characters: that is a bug, not member input', () => {
    const bad: MessagePayload = {
      components: [
        { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'x', custom_id: 'x'.repeat(101) }] },
      ],
    };
    expect(() => fitMessage(bad)).toThrow(/custom_id/);
  });
});
