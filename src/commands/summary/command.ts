import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Actor } from '../../core/requests.js';
import type { Lecture } from '../../content/types.js';
import { resolveLecture, resolveSectionIndex } from '../shared/lookup.js';
import type { SummaryDeps } from './deps.js';
import { summaryMessage } from './messages.js';

/** Whoever opens a section has read it (once per member and section; not in DMs, where there is no guild). */
export function recordRead(actor: Actor, lecture: Lecture, index: number, deps: SummaryDeps): void {
  if (!actor.guildId) return;
  deps.progress.recordRead(actor.guildId, actor.userId, lecture.slug, lecture.sections[index]!.id, deps.clock.now());
}

export const summaryCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'summary',
    name_localizations: { ko: '요약' },
    description: 'Show a lecture summary, section by section',
    description_localizations: { ko: '강의 요약을 섹션별로 보여줘요' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { ko: '주제' },
        description: 'Lecture: fullstack, ethics, career or nlp',
        description_localizations: { ko: '강의: fullstack(풀스택), ethics(윤리), career(커리어), nlp(자연어)' },
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'section',
        name_localizations: { ko: '섹션' },
        description: 'Section of the lecture (default: the first)',
        description_localizations: { ko: '강의의 섹션 (기본: 첫 섹션)' },
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'private',
        name_localizations: { ko: '비공개' },
        description: 'Only you see the reply',
        description_localizations: { ko: '나에게만 보이게 답해요' },
      },
    ],
  } as const,
  examples: ['/summary fullstack', '/summary nlp section:klue'],

  execute(request, deps: SummaryDeps) {
    const lecture = resolveLecture(request, request.options.topic, deps.catalog);
    const index = resolveSectionIndex(lecture, request.options.section, deps.catalog);
    recordRead(request, lecture, index, deps);
    return { type: 'message', ephemeral: request.options.private === true, message: summaryMessage(lecture, index, request.locale) };
  },

  autocomplete(request, deps) {
    if (request.focused.name === 'section') {
      const topic = request.options.topic;
      const lecture = typeof topic === 'string' ? deps.catalog.findLecture(request.guildId, topic) : undefined;
      return lecture ? deps.catalog.suggestSections(lecture, request.focused.value, request.locale) : [];
    }
    return deps.catalog.suggestLectures(request.guildId, request.focused.value, request.locale);
  },
});
