import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import type { Actor } from '../../core/requests.js';
import { privateReply } from '../../core/reply.js';
import { userError } from '../../i18n/index.js';
import { isNotesEditor, requireGuild } from '../shared/guards.js';
import { lectureBySlug, resolveLecture, resolveSectionIndex } from '../shared/lookup.js';
import type { QuizDeps } from './deps.js';
import { quizMessage } from './messages.js';
import { addQuestionForm, pendingMessage, reportsMessage } from './review.js';

const lectureOption = {
  type: ApplicationCommandOptionType.String,
  name: 'lecture',
  name_localizations: { ko: '강의' },
  description: 'The lecture the question is about',
  description_localizations: { ko: '문제가 다루는 강의' },
  required: true,
  autocomplete: true,
  max_length: 100,
} as const;

/** Review is for notes editors: Manage Server, or the guild's notes-editor role (failing closed). */
export function requireEditor(actor: Actor, deps: Pick<QuizDeps, 'guilds'>): string {
  const guildId = requireGuild(actor);
  if (!isNotesEditor(actor, deps.guilds.get(guildId).notesRole)) throw userError('quiz.notEditor');
  return guildId;
}

/** Where a question belongs, as members read it: "lecture title · section title". */
export function placeOf(actor: Actor, deps: Pick<QuizDeps, 'catalog'>): (lecture: string, section: string) => string {
  return (slug, sectionId) => {
    const lecture = lectureBySlug(actor, slug, deps.catalog);
    const section = lecture?.sections.find((s) => s.id === sectionId);
    return `${lecture?.title[actor.locale] ?? slug} · ${section?.title[actor.locale] ?? sectionId}`;
  };
}

export const quizCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quiz',
    name_localizations: { ko: '퀴즈' },
    description: 'Practice questions, and the questions your group writes',
    description_localizations: { ko: '연습 문제, 그리고 우리 그룹이 내는 문제' },
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'practice',
        name_localizations: { ko: '연습' },
        description: 'A practice question; without a topic, the one you should review next',
        description_localizations: { ko: '연습 문제를 내요. 주제가 없으면 지금 복습할 문제를 골라요' },
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'topic',
            name_localizations: { ko: '주제' },
            description: 'Lecture: fullstack, ethics, career or nlp (default: your next review)',
            description_localizations: { ko: '강의: fullstack, ethics, career, nlp (기본: 다음 복습 문제)' },
            autocomplete: true,
            max_length: 100,
          },
          {
            type: ApplicationCommandOptionType.Boolean,
            name: 'private',
            name_localizations: { ko: '비공개' },
            description: 'Only you see the question',
            description_localizations: { ko: '나에게만 문제를 보여줘요' },
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        name_localizations: { ko: '추가' },
        description: 'Write a question for a lecture section (a notes editor reviews it)',
        description_localizations: { ko: '강의 섹션에 대한 문제 내기 (노트 편집자가 검토해요)' },
        options: [
          lectureOption,
          {
            type: ApplicationCommandOptionType.String,
            name: 'section',
            name_localizations: { ko: '섹션' },
            description: 'The section it is about',
            description_localizations: { ko: '문제가 다루는 섹션' },
            required: true,
            autocomplete: true,
            max_length: 100,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'pending',
        name_localizations: { ko: '검토' },
        description: 'Questions waiting for review (notes editors)',
        description_localizations: { ko: '검토를 기다리는 문제 (노트 편집자)' },
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'reports',
        name_localizations: { ko: '신고' },
        description: 'Reported questions and those item analysis flags (notes editors)',
        description_localizations: { ko: '신고된 문제와 문항 분석에서 걸린 문제 (노트 편집자)' },
      },
    ],
  } as const,
  examples: ['/quiz practice topic:nlp', '/quiz add lecture:nlp section:klue'],
  /** `/quiz nlp` in the console: the subcommand a bare topic means. */
  defaultSubcommand: 'practice',

  execute(request, deps: QuizDeps) {
    const guildId = requireGuild(request);
    switch (request.subcommand) {
      case 'practice': {
        const topic = request.options.topic?.trim();
        const question = topic
          ? deps.practice.ofLecture(guildId, resolveLecture(request, topic, deps.catalog).slug)
          : deps.practice.nextFor(guildId, request.userId);
        if (!question) throw userError('quiz.noQuestions');
        const post = deps.practice.post(question, guildId, request.channelId);
        // A personal review question is for the member alone; a topic question is for the channel.
        const ephemeral = request.options.private === true || !topic;
        return { type: 'message', ephemeral, message: quizMessage(post, question, lectureBySlug(request, question.lecture, deps.catalog), request.locale) };
      }
      case 'add': {
        const lecture = resolveLecture(request, request.options.lecture, deps.catalog);
        const section = lecture.sections[resolveSectionIndex(lecture, request.options.section, deps.catalog)]!;
        return { type: 'modal', modal: addQuestionForm(lecture.slug, section.id, request.locale) };
      }
      case 'pending': {
        requireEditor(request, deps);
        const { questions, total } = deps.questions.pending(guildId, 5);
        return privateReply(pendingMessage(questions, total, placeOf(request, deps), request.locale));
      }
      case 'reports': {
        requireEditor(request, deps);
        const editable = (id: string) => deps.guildQuestions.get(guildId, id) !== undefined;
        return privateReply(reportsMessage(deps.questions.reports(guildId), editable, request.locale));
      }
    }
  },

  autocomplete(request, deps) {
    if (request.focused.name === 'section') {
      const name = request.options.lecture;
      const lecture = typeof name === 'string' ? deps.catalog.findLecture(request.guildId, name) : undefined;
      return lecture ? deps.catalog.suggestSections(lecture, request.focused.value, request.locale) : [];
    }
    return deps.catalog.suggestLectures(request.guildId, request.focused.value, request.locale);
  },
});
