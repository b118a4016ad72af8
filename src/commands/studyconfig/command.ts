import { ApplicationCommandOptionType, ApplicationCommandType, ChannelType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { hasPermission } from '../../core/permissions.js';
import type { Locale } from '../../core/locale.js';
import { privateReply, say, type Reply } from '../../core/reply.js';
import { echo } from '../../core/text.js';
import { addDays, isValidTimeZone, localDate } from '../../domain/time.js';
import type { GuildSettings, SettingsPatch } from '../../db/guildSettings.js';
import { t, userError } from '../../i18n/index.js';
import { channelMention } from '../shared/format.js';
import { requireGuild } from '../shared/guards.js';
import type { StudyconfigDeps } from './deps.js';
import { channelCheckLine, failureText, settingsMessage } from './messages.js';

/** The IANA zone list, built on the first autocomplete rather than at start. */
let zones: string[] | undefined;
const allZones = () => {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
};

/** `7:30` and `07:30` are both fine; anything else is not a time. */
export function parseTime(input: string): string | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

/** When the next daily post goes out, in the guild's local time. */
function nextPost(settings: GuildSettings, locale: Locale, deps: StudyconfigDeps): string {
  if (!settings.channelId || settings.paused) return t(locale, 'config.nextNone');
  const today = localDate(deps.clock.now(), settings.timezone);
  // Today's slot is taken once its post went out; until then (also while retrying) it is still today.
  const date = deps.dailyPosts.scheduledFor(settings.guildId, today)?.status === 'sent' ? addDays(today, 1) : today;
  return t(locale, 'config.nextAt', { date, time: settings.postTime, timezone: settings.timezone });
}

function show(settings: GuildSettings, locale: Locale, deps: StudyconfigDeps): Reply {
  return privateReply(
    settingsMessage(settings, nextPost(settings, locale, deps), deps.dailyPosts.last(settings.guildId), deps.channels.shardOf(settings.guildId), locale),
  );
}

export const studyconfigCommand = defineCommand({
  defer: 'ephemeral',
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'studyconfig',
    name_localizations: { ko: '스터디설정' },
    description: 'Set up the daily topic and quiz: channel, local time, time zone, language',
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
            max_length: 64,
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
            type: ApplicationCommandOptionType.Role,
            name: 'notes-role',
            name_localizations: { ko: '노트역할' },
            description: 'Members with this role may import and edit notes (besides Manage Server)',
            description_localizations: { ko: '이 역할의 멤버도 노트를 가져오고 고칠 수 있어요 (서버 관리 권한 외에)' },
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'rotation',
            name_localizations: { ko: '순환' },
            description: 'What the daily topic rotates through (default: all)',
            description_localizations: { ko: '데일리 주제가 돌아가며 고르는 강의 (기본: 전부)' },
            choices: [
              { name: 'all lectures', name_localizations: { ko: '모든 강의' }, value: 'all' },
              { name: 'built-in lectures', name_localizations: { ko: '기본 강의만' }, value: 'builtin' },
              { name: 'our own notes', name_localizations: { ko: '우리 노트만' }, value: 'notes' },
            ],
          },
          {
            type: ApplicationCommandOptionType.Boolean,
            name: 'auto-approve',
            name_localizations: { ko: '자동승인' },
            description: 'Questions written by members or generated from notes join the bank without review',
            description_localizations: { ko: '멤버가 쓴 문제와 노트에서 만든 문제를 검토 없이 문제은행에 넣어요' },
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'study-pings',
            name_localizations: { ko: '스터디알림' },
            description: 'Ping joined members when a study session changes phase (each can mute it)',
            description_localizations: { ko: '스터디 세션의 단계가 바뀌면 참여자에게 알려요 (각자 끌 수 있어요)' },
            choices: [
              { name: 'on', name_localizations: { ko: '켜기' }, value: 'on' },
              { name: 'off', name_localizations: { ko: '끄기' }, value: 'off' },
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
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'show',
        name_localizations: { ko: '보기' },
        description: 'Settings, next post and status',
        description_localizations: { ko: '설정, 다음 게시, 상태' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'pause',
        name_localizations: { ko: '중지' },
        description: 'Pause the daily posts',
        description_localizations: { ko: '데일리 게시 일시 중지' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'resume',
        name_localizations: { ko: '재개' },
        description: 'Resume the daily posts',
        description_localizations: { ko: '데일리 게시 다시 시작' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'post-now',
        name_localizations: { ko: '지금게시' },
        description: 'Post the next daily topic and quiz now',
        description_localizations: { ko: '다음 데일리 주제와 퀴즈를 지금 올려요' },
      },
    ],
  } as const,
  examples: ['/studyconfig set channel:#study time:07:30', '/studyconfig show'],

  async execute(request, deps: StudyconfigDeps) {
    const guildId = requireGuild(request);
    // Discord hides the command from others by default; checked again, failing closed, in case a server changed that.
    if (!hasPermission(request, PermissionFlagsBits.ManageGuild)) throw userError('config.notAllowed');
    const { locale } = request;
    const now = deps.clock.now();
    switch (request.subcommand) {
      case 'set': {
        const { channel, time, timezone, language, goal, rotation } = request.options;
        const notesRole = request.options['notes-role'];
        const autoApprove = request.options['auto-approve'];
        const studyPings = request.options['study-pings'];
        const patch: SettingsPatch = {};
        if (time !== undefined) {
          const parsed = parseTime(time);
          if (!parsed) throw userError('config.badTime', { input: echo(time) });
          patch.postTime = parsed;
        }
        if (timezone !== undefined) {
          if (!isValidTimeZone(timezone.trim())) throw userError('config.badZone', { input: echo(timezone) });
          patch.timezone = timezone.trim();
        }
        if (language !== undefined) patch.language = language;
        if (goal !== undefined) patch.weeklyGoal = goal;
        if (channel !== undefined) patch.channelId = channel;
        if (notesRole !== undefined) patch.notesRole = notesRole;
        if (rotation !== undefined) patch.rotation = rotation;
        if (autoApprove !== undefined) patch.autoApprove = autoApprove;
        if (studyPings !== undefined) patch.studyPings = studyPings === 'on';
        const settings = deps.guilds.update(guildId, patch, now);
        const lines = [t(locale, 'config.saved')];
        if (channel !== undefined) lines.push(channelCheckLine(channel, deps.channels.missingPermissions(channel), locale));
        const shown = show(settings, locale, deps);
        return shown.type === 'message' ? { ...shown, message: { ...shown.message, content: lines.join('\n') } } : shown;
      }
      case 'pause':
        deps.guilds.update(guildId, { paused: true }, now);
        return say(t(locale, 'config.pausedNow'));
      case 'resume':
        deps.guilds.update(guildId, { paused: false }, now);
        return say(t(locale, 'config.resumedNow'));
      case 'post-now': {
        if (!deps.guilds.get(guildId).channelId) return say(t(locale, 'config.needChannel'));
        const result = await deps.daily.postNow(guildId);
        if (result.status === 'sent') return say(t(locale, 'config.postedNow', { channel: channelMention(result.channelId) }));
        if (result.status === 'failed') {
          return say(t(locale, 'config.postFailed', { channel: channelMention(result.failure.channelId), reason: failureText(result.failure, locale) }));
        }
        return say(t(locale, 'config.busy'));
      }
      case 'show':
        return show(deps.guilds.get(guildId), locale, deps);
    }
  },

  autocomplete(request) {
    const query = request.focused.value.trim().toLowerCase().replace(/\s+/g, '_');
    const matches = query === '' ? ['Asia/Seoul', 'America/New_York', 'Europe/London', 'UTC'] : allZones().filter((zone) => zone.toLowerCase().includes(query));
    return matches.slice(0, 25).map((zone) => ({ name: zone, value: zone }));
  },
});
