import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLORS } from '../src/cards/draw.js';
import { FONT, registerFonts } from '../src/cards/fonts.js';
import { renderLeaderboardCard } from '../src/cards/leaderboardCard.js';
import { heatmapCell, STATS_CARD } from '../src/cards/statsCard.js';
import { features } from '../src/app/registry.js';
import { Router } from '../src/app/router.js';
import type { Services } from '../src/app/services.js';
import { heatmapDays } from '../src/commands/stats/command.js';
import type { MessagePayload, Reply } from '../src/core/reply.js';
import { lectures } from '../src/content/catalog.js';
import type { ReadsStore } from '../src/db/reads.js';
import { actor, GUILD, testApp, type TestApp } from './helpers/context.js';

let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T03:00:00Z');
});
afterEach(() => ctx.close());

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const g = canvas.getContext('2d');
  g.drawImage(image, 0, 0);
  const data = g.getImageData(0, 0, image.width, image.height).data;
  return (x: number, y: number) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
}

function message(reply: Reply): MessagePayload {
  if (reply.type === 'modal') throw new Error('expected a message, got a modal');
  return reply.message;
}

const center = (index: number) => {
  const cell = heatmapCell(index);
  return [cell.x + cell.size / 2, cell.y + cell.size / 2] as const;
};

describe('the /stats card', () => {
  for (const timezone of ['Asia/Seoul', 'America/New_York']) {
    it(`shades the local days a member was active and leaves the others empty (${timezone})`, async () => {
      ctx.stores.guilds.update(GUILD, { timezone }, ctx.now());
      // Active at 23:30 local on 2026-11-20 and at 00:30 local on 2026-11-22 (so UTC dates differ from local ones).
      const times = timezone === 'Asia/Seoul' ? ['2026-11-20T14:30:00Z', '2026-11-21T15:30:00Z'] : ['2026-11-21T04:30:00Z', '2026-11-22T05:30:00Z'];
      const sections = ['klue', 'glue'];
      for (const [i, time] of times.entries()) {
        ctx.setNow(time);
        await ctx.router.command({ ...actor(), command: 'summary', options: { topic: 'nlp', section: sections[i]! } });
      }
      ctx.setNow('2026-11-25T20:00:00Z');
      const reply = message(await ctx.router.command({ ...actor({ locale: 'en' }), command: 'stats', options: {} }));
      const file = reply.files![0]!;
      expect(reply.embeds![0]!.image?.url).toBe(`attachment://${file.name}`);
      expect(pngSize(file.data)).toEqual(STATS_CARD);
      const days = heatmapDays(ctx.now(), timezone, new Map());
      const at = await pixels(file.data);
      for (const [index, day] of days.entries()) {
        if (!day) continue;
        const [x, y] = center(index);
        const active = day.day === '2026-11-20' || day.day === '2026-11-22';
        expect(at(x, y), `${day.day} ${timezone}`).toBe(active ? COLORS.heat[1] : COLORS.heat[0]);
      }
    });
  }

  it('renders a card for a member with no activity: an empty calendar, not an error', async () => {
    const reply = message(await ctx.router.command({ ...actor({ userId: '399999999999999999' }), command: 'stats', options: {} }));
    const file = reply.files![0]!;
    const at = await pixels(file.data);
    const days = heatmapDays(ctx.now(), 'Asia/Seoul', new Map());
    days.forEach((day, index) => {
      if (day) expect(at(...center(index))).toBe(COLORS.heat[0]);
    });
    expect(reply.embeds![0]!.fields!.length).toBeGreaterThan(0);
  });

  it('still sends the text when rendering fails', async () => {
    // The card's activity calendar cannot be read: the card fails, the text still goes out.
    const reads = Object.create(ctx.services.reads, {
      timesSince: {
        value: () => {
          throw new Error('boom');
        },
      },
    }) as ReadsStore;
    const broken = new Router<Services>(features, { ...ctx.services, reads });
    const reply = message(await broken.command({ ...actor(), command: 'stats', options: {} }));
    expect(reply.files).toEqual([]);
    expect(reply.embeds![0]!.image).toBeUndefined();
    expect(reply.embeds![0]!.fields!.length).toBe(6);
  });
});

describe('fonts', () => {
  it('draws Korean with the bundled font, not the missing-glyph box', () => {
    registerFonts();
    const ink = (glyph: string) => {
      const canvas = createCanvas(80, 80);
      const g = canvas.getContext('2d');
      g.fillStyle = '#000';
      g.fillRect(0, 0, 80, 80);
      g.fillStyle = '#fff';
      g.font = `64px ${FONT}`;
      g.fillText(glyph, 4, 66);
      const data = g.getImageData(0, 0, 80, 80).data;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += data[i]!;
      return sum;
    };
    const unassigned = ink('\u0378');
    expect(ink('가')).toBeGreaterThan(0);
    expect(ink('가')).not.toBe(unassigned);
    expect(ink('한')).not.toBe(ink('가'));
  });
});

describe('the /progress card', () => {
  it('is a PNG tall enough for its rows', async () => {
    const png = await renderLeaderboardCard({
      locale: 'ko',
      title: '이번 주',
      subtitle: lectures[0]!.title.ko,
      rows: Array.from({ length: 10 }, (_, i) => ({ rank: i + 1, name: `멤버 ${i + 1}`, points: 50 - i, streak: i, me: i === 3 })),
      mine: { rank: 4, of: 30, points: 47 },
    });
    const size = pngSize(png);
    expect(size.width).toBe(960);
    expect(size.height).toBeGreaterThanOrEqual(150 + 10 * 44);
  });
});
