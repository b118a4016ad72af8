import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import type { Locale } from '../content/types.js';
import type { GuildSettings, SettingsPatch } from '../db/guildSettings.js';
import { t } from '../i18n/index.js';
import { addDays, isValidTimeZone, localDate } from '../time.js';
import { requireGuild } from './guards.js';
import type { Command, Context, Reply } from './types.js';
import { UserError } from './userError.js';

/** The IANA zone list, built on the first autocomplete rather than at start. */
let zones: string[] | undefined;
const allZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

/** `7:30` and `07:30` are both fine; anything else is not a time. */
export function parseTime(input: string): string | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

const channelMention = (id: string) => `<#${id}>`;

/** The status line for a recorded posting error such as `missing-permission:123`. */
export function describeError(error: string, locale: Locale): string {
  const [reason = '', channel = ''] = error.split(':');
  const vars = { channel: channelMention(channel), reason };
  if (reason === 'missing-permission' || reason === 'unknown-channel' || reason === 'rate-limited') return t(locale, `config.error.${reason}`, vars);
  return t(locale, 'config.error.other', vars);
}

/** When the next daily post goes out, in the guild's local time. */
function nextPost(settings: GuildSettings, locale: Locale, context: Context): string {
  if (!settings.channelId || settings.paused) return t(locale, 'config.nextNone');
  const today = localDate(context.now(), settings.timezone);
  // Today's slot is taken once its post went out; until then (also while retrying) it is still today.
  const date = context.stores.daily.scheduledFor(settings.guildId, today)?.status === 'sent' ? addDays(today, 1) : today;
  return t(locale, 'config.nextAt', { date, time: settings.postTime, timezone: settings.timezone });
}

function show(settings: GuildSettings, locale: Locale, context: Context): Reply {
  const last = context.stores.daily.last(settings.guildId);
  const lastStatus = last
    ? t(locale, 'config.lastLine', {
        day: last.day,
        status:
          last.status === 'sent'
            ? t(locale, 'config.sent')
            : last.status === 'failed'
              ? t(locale, 'config.failed', { reason: last.lastError ?? '?', attempts: last.attempts })
              : t(locale, 'config.claimed'),
      })
    : t(locale, 'config.lastNone');
  const fields = [
    { name: t(locale, 'config.channel'), value: settings.channelId ? channelMention(settings.channelId) : t(locale, 'config.notSet'), inline: true },
    { name: t(locale, 'config.time'), value: `${settings.postTime} (${settings.timezone})`, inline: true },
    { name: t(locale, 'config.language'), value: settings.language, inline: true },
    { name: t(locale, 'config.state'), value: t(locale, settings.paused ? 'config.paused' : 'config.active'), inline: true },
    { name: t(locale, 'config.next'), value: nextPost(settings, locale, context), inline: true },
    { name: t(locale, 'config.last'), value: lastStatus, inline: true },
    { name: t(locale, 'config.goal'), value: settings.weeklyGoal ? t(locale, 'config.goalValue', { goal: settings.weeklyGoal }) : '—', inline: true },
  ];
  if (settings.lastError) fields.push({ name: `⚠️ ${t(locale, 'config.problem')}`, value: describeError(settings.lastError, locale), inline: false });
  return { type: 'message', ephemeral: true, message: { embeds: [{ title: t(locale, 'config.title'), color: 0x99aab5, fields }] } };
}

export const studyconfigCommand: Command = {
  defer: 'ephemeral',
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'studyconfig',
    name_localizations: { ko: '스터디설정' },
    description: "Set up the daily topic and quiz: channel, local time, time zone, language",
    description_localizations: { ko: '데일리 주제와 퀴즈 설정: 채널, 시각, 시간대, 언어' },
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'set',
        name_localizations: { ko: '설정' },
        description: 'Change settings; what you leave out stays as it was',
        description_localizations: { ko: '설정을 바꿔요. 입력하지 않은 항목은 그대로예요' },
        options: [
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'channel',
            name_localizations: { ko: '채널' },
            description: 'Where the daily topic and quiz are posted',
            description_localizations: { ko: '데일리 주제와 퀴즈를 올릴 채널' },
            channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'time',
            name_localizations: { ko: '시각' },
            description: 'Local time of the daily post, HH:MM (e.g. 07:30)',
            description_localizations: { ko: '데일리 게시 시각, HH:MM (예: 07:30)' },
            max_length: 5,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'timezone',
            name_localizations: { ko: '시간대' },
            description: 'IANA time zone, e.g. Asia/Seoul (default)',
            description_localizations: { ko: 'IANA 시간대, 예: Asia/Seoul (기본)' },
            autocomplete: true,
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'language',
            name_localizations: { ko: '언어' },
            description: 'Language of the public posts',
            description_localizations: { ko: '공개 게시물의 언어' },
            choices: [
              { name: '한국어', value: 'ko' },
              { name: 'English', value: 'en' },
            ],
          },
          {
            type: ApplicationCommandOptionType.Integer,
            name: 'goal',
            name_localizations: { ko: '목표' },
            description: 'Weekly group goal: daily-quiz answers by the whole group',
            description_localizations: { ko: '주간 그룹 목표: 그룹 전체의 데일리 퀴즈 답 수' },
            min_value: 1,
            max_value: 100000,
          },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'show', name_localizations: { ko: '보기' }, description: 'Settings, next post and status', description_localizations: { ko: '설정, 다음 게시, 상태' } },
      { type: ApplicationCommandOptionType.Subcommand, name: 'pause', name_localizations: { ko: '중지' }, description: 'Pause the daily posts', description_localizations: { ko: '데일리 게시 일시 중지' } },
      { type: ApplicationCommandOptionType.Subcommand, name: 'resume', name_localizations: { ko: '재개' }, description: 'Resume the daily posts', description_localizations: { ko: '데일리 게시 다시 시작' } },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'post-now',
        name_localizations: { ko: '지금게시' },
        description: "Post the next daily topic and quiz now",
        description_localizations: { ko: '다음 데일리 주제와 퀴즈를 지금 올려요' },
      },
    ],
  },

  async execute(request, context): Promise<Reply> {
    const guildId = requireGuild(request);
    // Discord hides the command from others by default; checked again in case a server changed that.
    if (request.permissions !== undefined && (request.permissions & PermissionFlagsBits.ManageGuild) === 0n) {
      throw new UserError('config.notAllowed');
    }
    const { locale } = request;
    const guilds = context.stores.guilds;
    const now = context.now();
    const say = (content: string): Reply => ({ type: 'message', ephemeral: true, message: { content } });

    switch (request.subcommand) {
      case 'set': {
        const { channel, time, timezone, language, goal } = request.options;
        const patch: SettingsPatch = {};
        if (typeof time === 'string') {
          const parsed = parseTime(time);
          if (!parsed) throw new UserError('config.badTime', { input: time });
          patch.postTime = parsed;
        }
        if (typeof timezone === 'string') {
          if (!isValidTimeZone(timezone.trim())) throw new UserError('config.badZone', { input: timezone });
          patch.timezone = timezone.trim();
        }
        if (language === 'ko' || language === 'en') patch.language = language;
        if (typeof goal === 'number') patch.weeklyGoal = goal;
        if (typeof channel === 'string') patch.channelId = channel;
        const settings = guilds.update(guildId, patch, now);
        const lines = [t(locale, 'config.saved')];
        if (typeof channel === 'string') {
          const missing = context.daily?.poster.missingPermissions(channel) ?? null;
          const where = channelMention(channel);
          lines.push(
            missing === null
              ? t(locale, 'config.unknownPost', { channel: where })
              : missing.length === 0
                ? t(locale, 'config.canPost', { channel: where })
                : t(locale, 'config.cannotPost', { channel: where, missing: missing.join(', ') }),
          );
        }
        const shown = show(settings, locale, context);
        return { ...shown, message: { ...shown.message, content: lines.join('\n') } };
      }
      case 'pause':
        guilds.update(guildId, { paused: true }, now);
        return say(t(locale, 'config.pausedNow'));
      case 'resume':
        guilds.update(guildId, { paused: false }, now);
        return say(t(locale, 'config.resumedNow'));
      case 'post-now': {
        const settings = guilds.get(guildId);
        if (!settings.channelId) return say(t(locale, 'config.needChannel'));
        if (!context.daily) return say(t(locale, 'config.noScheduler'));
        const result = await context.daily.postNow(guildId);
        if (result.status === 'sent') return say(t(locale, 'config.postedNow', { channel: channelMention(result.post.channelId) }));
        if (result.status === 'failed') {
          return say(t(locale, 'config.postFailed', { channel: channelMention(result.post.channelId), reason: describeError(`${result.error}:${result.post.channelId}`, locale) }));
        }
        return say(t(locale, 'config.busy'));
      }
      default:
        return show(guilds.get(guildId), locale, context);
    }
  },

  autocomplete(request) {
    const query = request.focused.value.trim().toLowerCase().replace(/\s+/g, '_');
    const matches = query === '' ? ['Asia/Seoul', 'America/New_York', 'Europe/London', 'UTC'] : allZones().filter((zone) => zone.toLowerCase().includes(query));
    return matches.slice(0, 25).map((zone) => ({ name: zone, value: zone }));
  },
};
