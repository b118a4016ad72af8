import type { APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { Standing } from '../../db/scores.js';
import { t } from '../../i18n/index.js';
import type { LeaderboardRow } from '../../services/standings.js';
import { COLORS, mention, studyTime } from '../shared/format.js';

/** Opted-out members keep their place but not their name; the caller always sees themself. */
export const isHidden = (row: LeaderboardRow, viewerId: string) => row.optedOut && row.userId !== viewerId;

/** The leaderboard as text: mentions stay clickable; the card beside it draws the same list. */
export function leaderboardEmbed(
  top: readonly LeaderboardRow[],
  mine: Standing | undefined,
  viewerId: string,
  title: string,
  footer: string,
  locale: Locale,
  metric: 'points' | 'study' = 'points',
): APIEmbed {
  const rows = top.map((row) => {
    const name = isHidden(row, viewerId) ? t(locale, 'common.anonymous') : mention(row.userId);
    if (metric === 'study') return t(locale, 'progress.studyRow', { rank: row.rank, name, time: studyTime(row.points * 60_000, locale) });
    return t(locale, 'progress.row', {
      rank: row.rank,
      name,
      points: row.points,
      streak: row.streak > 0 ? t(locale, 'progress.streak', { days: row.streak }) : '',
    });
  });
  const own = !mine
    ? t(locale, metric === 'study' ? 'progress.studyMineNone' : 'progress.mineNone')
    : metric === 'study'
      ? t(locale, 'progress.studyMine', { rank: mine.rank, of: mine.of, time: studyTime(mine.points * 60_000, locale) })
      : t(locale, 'progress.mine', { rank: mine.rank, of: mine.of, points: mine.points });
  return { title, description: `${rows.length > 0 ? rows.join('\n') : t(locale, 'progress.empty')}\n\n${own}`, color: COLORS.yellow, footer: { text: footer } };
}
