import type { Locale } from '../core/locale.js';
import { COLORS, bar, card, fitText, roundRect, text } from './draw.js';

export const STATS_CARD = { width: 960, height: 500 } as const;

export interface StatsCardData {
  locale: Locale;
  name: string;
  /** 84 local days (12 weeks, Monday first), oldest first; null for days after today. */
  heatmap: ({ day: string; count: number } | null)[];
  reading: { title: string; read: number; total: number }[];
  quiz: { topic: string; correct: number; answered: number }[];
  streak: { current: number; best: number };
  rank: { rank: number; of: number; points: number } | null;
}

const labels = {
  ko: {
    title: '학습 현황',
    weeks: '최근 12주 활동',
    reading: '강의 읽기',
    quiz: '퀴즈 정답률',
    streak: '연속',
    best: '최고',
    days: '일',
    rank: '순위',
    points: '점',
    none: '아직 없음',
    less: '적음',
    more: '많음',
  },
  en: {
    title: 'Study stats',
    weeks: 'Last 12 weeks',
    reading: 'Reading',
    quiz: 'Quiz accuracy',
    streak: 'Streak',
    best: 'best',
    days: 'd',
    rank: 'Rank',
    points: 'pts',
    none: 'none yet',
    less: 'less',
    more: 'more',
  },
} as const;

/** Where the heatmap cell for day `index` (0 = oldest) is drawn: 12 columns of weeks, rows Monday to Sunday. */
export function heatmapCell(index: number): { x: number; y: number; size: number } {
  const size = 22;
  const gap = 5;
  return { x: 40 + Math.floor(index / 7) * (size + gap), y: 150 + (index % 7) * (size + gap), size };
}

/** Activity count to a shade: 0 → empty, then 1, 2–3, 4+. */
export function heatLevel(count: number): number {
  return count <= 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

/** Draws a member's stats card and encodes it as PNG (encoding runs off the main thread). */
export async function renderStatsCard(data: StatsCardData): Promise<Buffer> {
  const l = labels[data.locale];
  const { canvas, ctx } = card(STATS_CARD.width, STATS_CARD.height);

  text(ctx, fitText(ctx, data.name, 560, 40, 'bold'), 40, 70, 40, COLORS.text, 'bold');
  text(ctx, l.title, 40, 102, 22, COLORS.muted);
  if (data.rank) {
    text(ctx, `#${data.rank.rank}`, STATS_CARD.width - 40, 70, 44, COLORS.accent, 'bold', 'right');
    text(ctx, `${l.rank} ${data.rank.rank}/${data.rank.of} · ${data.rank.points} ${l.points}`, STATS_CARD.width - 40, 102, 22, COLORS.muted, 'normal', 'right');
  }

  // Heatmap: one square per local day.
  text(ctx, l.weeks, 40, 138, 18, COLORS.muted);
  data.heatmap.forEach((day, index) => {
    if (!day) return;
    const cell = heatmapCell(index);
    ctx.fillStyle = COLORS.heat[heatLevel(day.count)]!;
    roundRect(ctx, cell.x, cell.y, cell.size, cell.size, 5);
    ctx.fill();
  });
  const legendY = heatmapCell(6).y + 52;
  text(ctx, l.less, 40, legendY, 16, COLORS.muted);
  COLORS.heat.forEach((color, i) => {
    ctx.fillStyle = color;
    roundRect(ctx, 90 + i * 22, legendY - 15, 16, 16, 4);
    ctx.fill();
  });
  text(ctx, l.more, 184, legendY, 16, COLORS.muted);

  // Streak.
  text(ctx, `${l.streak} ${data.streak.current}${l.days}`, 40, legendY + 48, 30, COLORS.good, 'bold');
  text(ctx, `${l.best} ${data.streak.best}${l.days}`, 40, legendY + 78, 20, COLORS.muted);

  // Reading per lecture.
  const right = 400;
  const width = STATS_CARD.width - right - 40;
  text(ctx, l.reading, right, 150, 22, COLORS.text, 'bold');
  data.reading.forEach((row, i) => {
    const y = 180 + i * 40;
    text(ctx, fitText(ctx, row.title, width - 70, 17), right, y, 17, COLORS.muted);
    text(ctx, `${row.read}/${row.total}`, right + width, y, 17, COLORS.text, 'normal', 'right');
    bar(ctx, right, y + 8, width, 10, row.total > 0 ? row.read / row.total : 0);
  });

  // Quiz accuracy per topic.
  text(ctx, l.quiz, right, 350, 22, COLORS.text, 'bold');
  if (data.quiz.length === 0) text(ctx, l.none, right, 382, 18, COLORS.muted);
  data.quiz.slice(0, 4).forEach((row, i) => {
    const y = 380 + i * 28;
    const share = row.answered > 0 ? row.correct / row.answered : 0;
    text(ctx, row.topic, right, y, 17, COLORS.muted);
    bar(ctx, right + 100, y - 10, width - 200, 10, share, COLORS.good);
    text(ctx, `${Math.round(share * 100)}% (${row.correct}/${row.answered})`, right + width, y, 17, COLORS.text, 'normal', 'right');
  });

  return canvas.encode('png');
}
