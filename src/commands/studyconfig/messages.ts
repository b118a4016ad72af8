import type { APIEmbedField } from 'discord-api-types/v10';
import type { DeliveryFailure } from '../../core/failure.js';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { DailyPost } from '../../db/daily.js';
import type { GuildSettings } from '../../db/guildSettings.js';
import { t } from '../../i18n/index.js';
import { COLORS, channelMention } from '../shared/format.js';

/** The one place a posting failure becomes words, e.g. "I can't post in #study: missing permission". */
export function failureText(failure: DeliveryFailure, locale: Locale): string {
  const channel = channelMention(failure.channelId);
  switch (failure.reason) {
    case 'missing-permission':
      return t(locale, 'config.error.missing-permission', { channel });
    case 'unknown-channel':
      return t(locale, 'config.error.unknown-channel', { channel });
    case 'rate-limited':
      return t(locale, 'config.error.rate-limited', { channel });
    default:
      return t(locale, 'config.error.other', { channel, reason: failure.reason });
  }
}

function lastPostLine(last: DailyPost | undefined, locale: Locale): string {
  if (!last) return t(locale, 'config.lastNone');
  const status =
    last.status === 'sent'
      ? t(locale, 'config.sent')
      : last.status === 'failed'
        ? t(locale, 'config.failed', { reason: last.lastError ?? '?', attempts: last.attempts })
        : t(locale, 'config.claimed');
  return t(locale, 'config.lastLine', { day: last.day, status });
}

export function settingsMessage(
  settings: GuildSettings,
  next: string,
  last: DailyPost | undefined,
  shard: { shard: number; of: number } | null,
  locale: Locale,
): MessagePayload {
  const fields: APIEmbedField[] = [
    { name: t(locale, 'config.channel'), value: settings.channelId ? channelMention(settings.channelId) : t(locale, 'config.notSet'), inline: true },
    { name: t(locale, 'config.time'), value: `${settings.postTime} (${settings.timezone})`, inline: true },
    { name: t(locale, 'config.language'), value: settings.language, inline: true },
    { name: t(locale, 'config.state'), value: t(locale, settings.paused ? 'config.paused' : 'config.active'), inline: true },
    { name: t(locale, 'config.next'), value: next, inline: true },
    { name: t(locale, 'config.last'), value: lastPostLine(last, locale), inline: true },
    { name: t(locale, 'config.goal'), value: settings.weeklyGoal ? t(locale, 'config.goalValue', { goal: settings.weeklyGoal }) : '—', inline: true },
    { name: t(locale, 'config.rotation'), value: t(locale, `config.rotation.${settings.rotation}`), inline: true },
    { name: t(locale, 'config.notesRole'), value: settings.notesRole ? `<@&${settings.notesRole}>` : '—', inline: true },
    { name: t(locale, 'config.autoApprove'), value: t(locale, settings.autoApprove ? 'config.autoApproveOn' : 'config.autoApproveOff'), inline: true },
    { name: t(locale, 'config.studyPings'), value: t(locale, settings.studyPings ? 'config.studyPingsOn' : 'config.studyPingsOff'), inline: true },
  ];
  if (shard) fields.push({ name: t(locale, 'config.shard'), value: t(locale, 'config.shardValue', { shard: shard.shard, of: shard.of }), inline: true });
  if (settings.lastFailure) fields.push({ name: `⚠️ ${t(locale, 'config.problem')}`, value: failureText(settings.lastFailure, locale), inline: false });
  return { embeds: [{ title: t(locale, 'config.title'), color: COLORS.grey, fields }] };
}

/** Whether the bot can post where it was just told to. */
export function channelCheckLine(channelId: string, missing: string[] | null, locale: Locale): string {
  const channel = channelMention(channelId);
  if (missing === null) return t(locale, 'config.unknownPost', { channel });
  if (missing.length === 0) return t(locale, 'config.canPost', { channel });
  return t(locale, 'config.cannotPost', { channel, missing: missing.join(', ') });
}
