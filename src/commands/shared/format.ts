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
