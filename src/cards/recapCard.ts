import type { Locale } from '../core/locale.js';
import { COLORS, bar, card, fitText, text } from './draw.js';

export interface RecapCardData {
  locale: Locale;
  week: string;
  lastDay: string;
  answers: number;
  correct: number;
  goal: number | null;
  top: { rank: number; name: string; points: number }[];
  streak: { name: string; days: number } | undefined;
  missed: string | undefined;
}

export const RECAP_CARD = { width: 960, height: 540 } as const;

const labels = {
  ko: {
    title: '주간 리캡',
    answers: '데일리 퀴즈 답',
    goal: '목표',
    reached: '목표 달성!',
    accuracy: '정답률',
    top: '이번 주 TOP 5',
    streak: '가장 긴 연속 학습',
    days: '일',
    missed: '가장 많이 틀린 문제',
    points: '점',
    none: '—',
  },
  en: {
    title: 'Weekly recap',
    answers: 'daily-quiz answers',
    goal: 'goal',
    reached: 'Goal reached!',
    accuracy: 'accuracy',
    top: 'Top 5 this week',
    streak: 'Longest streak',
    days: 'd',
    missed: 'Most missed question',
    points: 'pts',
    none: '—',
  },
} as const;

/** The week at a glance: answers against the goal, accuracy, the top 5, the longest streak, the most missed question. */
export async function renderRecapCard(data: RecapCardData): Promise<Buffer> {
  const l = labels[data.locale];
  const { canvas, ctx } = card(RECAP_CARD.width, RECAP_CARD.height);
  text(ctx, l.title, 40, 64, 36, COLORS.text, 'bold');
  text(ctx, `${data.week} – ${data.lastDay}`, 40, 96, 20, COLORS.muted);

  text(ctx, `${data.answers}`, 40, 170, 56, COLORS.accent, 'bold');
  const goalText = data.goal ? ` / ${data.goal} ${l.goal}` : '';
  text(ctx, `${l.answers}${goalText}`, 40, 200, 20, COLORS.muted);
  if (data.goal) {
    const reached = data.answers >= data.goal;
    bar(ctx, 40, 216, 420, 16, data.answers / data.goal, reached ? COLORS.good : COLORS.accent);
    if (reached) text(ctx, l.reached, 40, 258, 20, COLORS.good, 'bold');
  }
  const accuracy = data.answers > 0 ? Math.round((data.correct / data.answers) * 100) : 0;
  text(ctx, `${l.accuracy} ${data.answers > 0 ? `${accuracy}%` : l.none}`, 40, 300, 24, COLORS.text, 'bold');
  text(ctx, l.streak, 40, 350, 18, COLORS.muted);
  text(ctx, data.streak ? fitText(ctx, `${data.streak.name} · ${data.streak.days}${l.days}`, 420, 24, 'bold') : l.none, 40, 380, 24, COLORS.good, 'bold');
  text(ctx, l.missed, 40, 430, 18, COLORS.muted);
  text(ctx, data.missed ? fitText(ctx, data.missed, 880, 20) : l.none, 40, 462, 20, COLORS.text);

  text(ctx, l.top, 520, 150, 22, COLORS.text, 'bold');
  data.top.forEach((row, i) => {
    const y = 190 + i * 42;
    text(ctx, `${row.rank}`, 540, y, 22, COLORS.good, 'bold', 'right');
    text(ctx, fitText(ctx, row.name, 250, 22), 556, y, 22, COLORS.text);
    text(ctx, `${row.points} ${l.points}`, 920, y, 20, COLORS.muted, 'normal', 'right');
  });
  if (data.top.length === 0) text(ctx, l.none, 520, 190, 22, COLORS.muted);
  return canvas.encode('png');
}
