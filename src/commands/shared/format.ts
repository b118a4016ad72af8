/** Small text helpers the embeds share. */

/** A ten-cell bar such as `▰▰▰▱▱▱▱▱▱▱`; an empty total shows an empty bar. */
export function progressBar(done: number, total: number, width = 10): string {
  const filled = total > 0 ? Math.round((Math.min(done, total) / total) * width) : 0;
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}

export function percent(done: number, total: number): string {
  return total > 0 ? `${Math.round((done / total) * 100)}%` : '–';
}

export function mention(userId: string): string {
  return `<@${userId}>`;
}

export function channelMention(channelId: string): string {
  return `<#${channelId}>`;
}

export const COLORS = {
  blurple: 0x5865f2,
  green: 0x57f287,
  red: 0xed4245,
  yellow: 0xfee75c,
  fuchsia: 0xeb459e,
  grey: 0x99aab5,
} as const;

/** Study time as members read it: `25 min`, `1 h 05 min` (`25분`, `1시간 05분`). */
export function studyTime(ms: number, locale: 'ko' | 'en'): string {
  const total = Math.floor(ms / 60_000);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (locale === 'ko') return hours > 0 ? `${hours}시간 ${String(minutes).padStart(2, '0')}분` : `${total}분`;
  return hours > 0 ? `${hours} h ${String(minutes).padStart(2, '0')} min` : `${total} min`;
}
