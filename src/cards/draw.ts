import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { FONT, registerFonts } from './fonts.js';

/**
 * Colours chosen to read on Discord's light and dark themes alike: the card brings its own
 * dark, opaque background, so nothing depends on what is behind it.
 */
export const COLORS = {
  background: '#1e2030',
  panel: '#2a2d42',
  text: '#f2f3f5',
  muted: '#a5a9c0',
  accent: '#7c8cff',
  good: '#4ade80',
  bad: '#f87171',
  barTrack: '#3a3e5c',
  /** Heatmap: no activity, then three levels of activity. */
  heat: ['#34374f', '#2f6f4f', '#3fa86a', '#6ee7a0'],
} as const;

export type Ctx = SKRSContext2D;

/** A canvas with the card's background, fonts registered. */
export function card(width: number, height: number) {
  registerFonts();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  roundRect(ctx, 0, 0, width, height, 24);
  ctx.fill();
  return { canvas, ctx };
}

export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

export function text(
  ctx: Ctx,
  value: string,
  x: number,
  y: number,
  size: number,
  color: string = COLORS.text,
  weight: 'normal' | 'bold' = 'normal',
  align: 'left' | 'right' | 'center' = 'left',
): void {
  ctx.font = `${weight} ${size}px ${FONT}`;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(value, x, y);
}

/** Shortens text to fit a width, with an ellipsis. */
export function fitText(ctx: Ctx, value: string, width: number, size: number, weight: 'normal' | 'bold' = 'normal'): string {
  ctx.font = `${weight} ${size}px ${FONT}`;
  if (ctx.measureText(value).width <= width) return value;
  let cut = value;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A horizontal progress bar: track, then the filled share. */
export function bar(ctx: Ctx, x: number, y: number, w: number, h: number, share: number, color: string = COLORS.accent): void {
  ctx.fillStyle = COLORS.barTrack;
  roundRect(ctx, x, y, w, h, h / 2);
  ctx.fill();
  const filled = Math.max(0, Math.min(1, share)) * w;
  if (filled > 0) {
    ctx.fillStyle = color;
    roundRect(ctx, x, y, Math.max(filled, h), h, h / 2);
    ctx.fill();
  }
}
