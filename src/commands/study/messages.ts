import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import type { Locale } from '../../core/locale.js';
import type { MessagePayload } from '../../core/reply.js';
import type { Lecture } from '../../content/types.js';
import { phaseAt, phaseCount, totalMs, type Phase, type Plan } from '../../domain/studyPhases.js';
import type { StudySession } from '../../db/study.js';
import { t } from '../../i18n/index.js';
import { channelMention, COLORS, mention } from '../shared/format.js';
import { studyButton } from './routes.js';

const unix = (date: Date) => Math.round(date.getTime() / 1000);

/** Session time → wall clock, from the session's start and its paused time. */
const wall = (session: StudySession, at: number) => new Date(session.startedAt.getTime() + session.pausedMs + at);

const button = (
  session: StudySession,
  action: Parameters<typeof studyButton.encode>[0],
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger = ButtonStyle.Secondary,
): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  style,
  label,
  custom_id: studyButton.encode(action, session.id),
});

/** What a section to study looks like on the message: its title and how to open it. */
function topicLine(session: StudySession, lecture: Lecture | undefined, locale: Locale): string | undefined {
  if (!lecture) return undefined;
  const section = lecture.sections.find((s) => s.id === session.section);
  const command = section ? `/summary topic:${lecture.slug} section:${section.id}` : `/summary topic:${lecture.slug}`;
  return t(locale, 'study.topic', { lecture: lecture.title[locale], section: section ? ` · ${section.title[locale]}` : '', command });
}

/**
 * The session message: the phase and when it ends (Discord counts down: no per-second edits),
 * focus n of m, the topic, who is in, and the buttons. An ended session keeps only its summary.
 */
export function sessionMessage(
  session: StudySession,
  plan: Plan,
  now: Date,
  members: readonly string[],
  lecture: Lecture | undefined,
  locale: Locale,
): MessagePayload {
  const live = session.status === 'running' || session.status === 'paused';
  const at = (session.pausedAt && session.pausedAt < now ? session.pausedAt : now).getTime() - session.startedAt.getTime() - session.pausedMs;
  const current = live ? phaseAt(plan, at) : undefined;
  const lines: string[] = [];
  let title: string;
  if (!live || !current) {
    title = t(locale, session.status === 'stopped' ? 'study.stoppedTitle' : session.status === 'failed' ? 'study.failedTitle' : 'study.doneTitle');
    lines.push(t(locale, 'study.plan', { focus: session.focusMin, break: session.breakMin, cycles: session.cycles }));
  } else {
    const key = current.kind === 'focus' ? 'study.focusTitle' : 'study.breakTitle';
    title = t(locale, key, { cycle: current.cycle, cycles: session.cycles });
    lines.push(
      session.status === 'paused'
        ? t(locale, 'study.pausedLine')
        : t(locale, current.kind === 'focus' ? 'study.focusEnds' : 'study.breakEnds', { time: `<t:${unix(wall(session, current.end))}:R>` }),
      t(locale, 'study.plan', { focus: session.focusMin, break: session.breakMin, cycles: session.cycles }),
      t(locale, 'study.endsAll', { time: `<t:${unix(wall(session, totalMs(plan)))}:t>` }),
    );
  }
  const topic = topicLine(session, lecture, locale);
  if (topic) lines.push(topic);
  if (session.voiceChannelId) lines.push(t(locale, 'study.voice', { channel: channelMention(session.voiceChannelId) }));
  if (live) {
    lines.push(
      '',
      members.length > 0
        ? t(locale, 'study.inNow', {
            count: members.length,
            members: members.slice(0, 40).map(mention).join(' ') + (members.length > 40 ? ` +${members.length - 40}` : ''),
          })
        : t(locale, 'study.nobody'),
    );
  }
  const rows: MessagePayload['components'] = live
    ? [
        {
          type: ComponentType.ActionRow,
          components: [
            button(session, 'join', t(locale, 'study.join'), ButtonStyle.Success),
            button(session, 'leave', t(locale, 'study.leave')),
            button(session, 'pings', t(locale, 'study.pings')),
          ],
        },
        {
          type: ComponentType.ActionRow,
          components: [
            session.status === 'paused'
              ? button(session, 'resume', t(locale, 'study.resume'), ButtonStyle.Primary)
              : button(session, 'pause', t(locale, 'study.pause')),
            button(session, 'stop', t(locale, 'study.stop'), ButtonStyle.Danger),
          ],
        },
      ]
    : [];
  return {
    embeds: [
      {
        title,
        description: lines.join('\n'),
        color: current?.kind === 'break' ? COLORS.green : live ? COLORS.blurple : COLORS.grey,
        footer: { text: t(locale, 'study.footer', { phases: phaseCount(plan) }) },
      },
    ],
    components: rows,
  };
}

/** One message a phase change: what starts, until when, and the members who want to hear it. */
export function pingMessage(session: StudySession, plan: Plan, current: Phase, members: readonly string[], locale: Locale): MessagePayload {
  const key = current.kind === 'focus' ? 'study.pingFocus' : 'study.pingBreak';
  const pinged = members.slice(0, 100);
  return {
    content: `${t(locale, key, { cycle: current.cycle, cycles: plan.cycles, time: `<t:${unix(wall(session, current.end))}:R>` })}\n${pinged.map(mention).join(' ')}`,
    pings: pinged,
  };
}
