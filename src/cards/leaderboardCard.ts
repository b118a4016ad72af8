import type { Locale } from '../core/locale.js';
import { COLORS, bar, card, fitText, text } from './draw.js';

export interface LeaderboardCardData {
  locale: Locale;
  title: string;
  subtitle: string;
  rows: { rank: number; name: string; points: number; streak: number; me: boolean }[];
  /** The caller's own place, shown under the list when they are outside it. */
  mine: { rank: number; of: number; points: number } | null;
  /** What the numbers count (default: points). */
  unit?: string;
}

export const LEADERBOARD_CARD = { width: 960 } as const;

/** Tall enough for the rows shown, and the caller's line under them. */
export function leaderboardHeight(rows: number, withMine: boolean): number {
  return Math.max(240, 150 + rows * 44 + (withMine ? 60 : 20));
}

const labels = {
  ko: { points: '점', streak: '연속', days: '일', you: '나', empty: '아직 점수가 없어요' },
  en: { points: 'pts', streak: 'streak', days: 'd', you: 'you', empty: 'No points yet' },
} as const;

/** The top 10 as bars scaled to the leader, the caller highlighted. */
export async function renderLeaderboardCard(data: LeaderboardCardData): Promise<Buffer> {
  const l = labels[data.locale];
  const outside = data.mine !== null && !data.rows.some((row) => row.me);
  const height = leaderboardHeight(data.rows.length, outside);
  const { canvas, ctx } = card(LEADERBOARD_CARD.width, height);
  text(ctx, data.title, 40, 64, 36, COLORS.text, 'bold');
  text(ctx, data.subtitle, 40, 96, 18, COLORS.muted);
  if (data.rows.length === 0) text(ctx, l.empty, 40, 160, 24, COLORS.muted);
  const top = Math.max(1, ...data.rows.map((row) => row.points));
  data.rows.forEach((row, i) => {
    const y = 140 + i * 44;
    const color = row.me ? COLORS.good : COLORS.accent;
    text(ctx, `${row.rank}`, 70, y + 20, 22, row.rank <= 3 ? COLORS.good : COLORS.muted, 'bold', 'right');
    text(
      ctx,
      fitText(ctx, row.me ? `${row.name} (${l.you})` : row.name, 300, 22, row.me ? 'bold' : 'normal'),
      90,
      y + 20,
      22,
      COLORS.text,
      row.me ? 'bold' : 'normal',
    );
    bar(ctx, 410, y + 6, 360, 16, row.points / top, color);
    text(ctx, `${row.points} ${data.unit ?? l.points}`, 920, y + 20, 20, COLORS.text, 'normal', 'right');
    if (row.streak > 0) text(ctx, `${l.streak} ${row.streak}${l.days}`, 920, y + 38, 13, COLORS.muted, 'normal', 'right');
  });
  if (outside && data.mine) {
    text(ctx, `… ${data.mine.rank}/${data.mine.of} · ${l.you} · ${data.mine.points} ${data.unit ?? l.points}`, 40, height - 30, 22, COLORS.good, 'bold');
  }
  return canvas.encode('png');
}
