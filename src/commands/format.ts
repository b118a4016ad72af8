/** Small text helpers shared by the embeds. */

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
