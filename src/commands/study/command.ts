import { ApplicationCommandOptionType, ApplicationCommandType, ChannelType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { hasPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/requests.js';
import { publicReply, say } from '../../core/reply.js';
import type { StudySession } from '../../db/study.js';
import { t, userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { resolveLecture, resolveSectionIndex } from '../shared/lookup.js';
import type { StudyDeps } from './deps.js';

export const LIMITS = { focus: [1, 90, 25], break: [1, 30, 5], cycles: [1, 12, 4] } as const;

const messageLink = (session: StudySession) =>
  session.messageId ? `https://discord.com/channels/${session.guildId}/${session.channelId}/${session.messageId}` : '';

/** Pause, resume and stop are for the host, or a member with Manage Messages (failing closed). */
export function mayRun(actor: Actor, session: StudySession): boolean {
  return session.hostId === actor.userId || hasPermission(actor, PermissionFlagsBits.ManageMessages);
}

const number = (name: string, ko: string, description: string, descriptionKo: string, [min, max]: readonly [number, number, number]) =>
  ({
    type: ApplicationCommandOptionType.Integer,
    name,
    name_localizations: { ko },
    description,
    description_localizations: { ko: descriptionKo },
    min_value: min,
    max_value: max,
  }) as const;

export const studyCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'study',
    name_localizations: { ko: '스터디' },
    description: 'Study together: a shared focus timer (pomodoro) whose focus time counts',
    description_localizations: { ko: '함께 공부해요: 집중 시간이 기록되는 공동 타이머 (뽀모도로)' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'start',
        name_localizations: { ko: '시작' },
        description: 'Start a focus session in this channel',
        description_localizations: { ko: '이 채널에서 집중 세션을 시작해요' },
        options: [
          number('focus', '집중', 'Minutes of focus, 1–90 (default 25)', '집중 시간(분), 1–90 (기본 25)', LIMITS.focus),
          number('break', '휴식', 'Minutes of break, 1–30 (default 5)', '휴식 시간(분), 1–30 (기본 5)', LIMITS.break),
          number('cycles', '횟수', 'Focus periods, 1–12 (default 4)', '집중 횟수, 1–12 (기본 4)', LIMITS.cycles),
          {
            type: ApplicationCommandOptionType.Channel,
            name: 'voice',
            name_localizations: { ko: '음성채널' },
            description: 'Members in this voice channel count as joined while they are in it',
            description_localizations: { ko: '이 음성 채널에 있는 동안 참여한 것으로 쳐요' },
            channel_types: [ChannelType.GuildVoice, ChannelType.GuildStageVoice],
          },
          {
            type: ApplicationCommandOptionType.String,
            name: 'topic',
            name_localizations: { ko: '주제' },
            description: 'A lecture section to study',
            description_localizations: { ko: '공부할 강의 섹션' },
            autocomplete: true,
            max_length: 100,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'stop',
        name_localizations: { ko: '중지' },
        description: "Stop this channel's session (its host, or Manage Messages)",
        description_localizations: { ko: '이 채널의 세션을 멈춰요 (시작한 사람, 또는 메시지 관리 권한)' },
      },
    ],
  } as const,
  examples: ['/study start focus:25 break:5 cycles:4', '/study start topic:nlp/klue'],

  execute(request, deps: StudyDeps) {
    const guildId = requireGuild(request);
    const channelId = request.channelId;
    if (!channelId) throw userError('error.guildOnly');
    const { locale } = request;
    if (request.subcommand === 'stop') {
      const session = deps.studyStore.liveIn(channelId);
      if (!session || session.guildId !== guildId) throw userError('study.noSession');
      if (!mayRun(request, session)) throw userError('study.notHost');
      deps.study.stop(session.id);
      return say(t(locale, 'study.stopped'));
    }
    const missing = deps.channels.missingPermissions(channelId);
    if (missing && missing.length > 0) throw userError('study.cannotPost', { permissions: missing.join(', ') });
    const focus = request.options.focus ?? LIMITS.focus[2];
    const pause = request.options.break ?? LIMITS.break[2];
    const cycles = request.options.cycles ?? LIMITS.cycles[2];
    const inRange = (value: number, [min, max]: readonly [number, number, number]) => Number.isInteger(value) && value >= min && value <= max;
    if (!inRange(focus, LIMITS.focus) || !inRange(pause, LIMITS.break) || !inRange(cycles, LIMITS.cycles)) throw userError('study.badNumbers');
    // `topic` is a lecture, or a lecture and a section (`nlp/klue`, as autocomplete offers them).
    const [lectureName, sectionName] = (request.options.topic ?? '').split('/').map((part) => part.trim());
    const lecture = lectureName ? resolveLecture(request, lectureName, deps.catalog) : undefined;
    const section = lecture ? lecture.sections[resolveSectionIndex(lecture, sectionName, deps.catalog)] : undefined;
    const started = deps.study.start({
      guildId,
      channelId,
      hostId: request.userId,
      voiceChannelId: request.options.voice ?? null,
      lecture: lecture?.slug ?? null,
      section: section?.id ?? null,
      focusMin: focus,
      breakMin: pause,
      cycles,
      locale,
    });
    if (started.status === 'busy') throw userError('study.busy', { link: messageLink(started.session) });
    return publicReply({ content: t(locale, 'study.started', { host: `<@${request.userId}>`, focus, break: pause, cycles }) });
  },

  autocomplete(request, deps) {
    // Sections across lectures, as `lecture/section`; a bare lecture matches too.
    const query = request.focused.value.trim().toLowerCase();
    const out: { name: string; value: string }[] = [];
    for (const lecture of deps.catalog.lectures(request.guildId)) {
      for (const section of lecture.sections) {
        const name = `${lecture.title[request.locale]} · ${section.title[request.locale]}`;
        if (query === '' || name.toLowerCase().includes(query) || `${lecture.slug}/${section.id}`.includes(query))
          out.push({ name: name.slice(0, 100), value: `${lecture.slug}/${section.id}`.slice(0, 100) });
        if (out.length === 25) return out;
      }
    }
    return out;
  },
});
