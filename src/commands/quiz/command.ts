import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug, resolveLecture } from '../shared/lookup.js';
import type { QuizDeps } from './deps.js';
import { quizMessage } from './messages.js';

export const quizCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quiz',
    name_localizations: { ko: '퀴즈' },
    description: 'A practice question; without a topic, the one you should review next',
    description_localizations: { ko: '연습 문제를 내요. 주제가 없으면 지금 복습할 문제를 골라요' },
    contexts: [InteractionContextType.Guild],
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
  } as const,
  examples: ['/quiz nlp', '/quiz'],

  execute(request, deps: QuizDeps) {
    const guildId = requireGuild(request);
    const topic = request.options.topic?.trim();
    const question = topic
      ? deps.practice.ofLecture(guildId, resolveLecture(request, topic, deps.catalog).slug)
      : deps.practice.nextFor(guildId, request.userId);
    if (!question) throw userError('quiz.noQuestions');
    const post = deps.practice.post(question, guildId, request.channelId);
    // A personal review question is for the member alone; a topic question is for the channel.
    const ephemeral = request.options.private === true || !topic;
    return { type: 'message', ephemeral, message: quizMessage(post, question, lectureBySlug(request, question.lecture, deps.catalog), request.locale) };
  },

  autocomplete(request, deps) {
    return deps.catalog.suggestLectures(request.guildId, request.focused.value, request.locale);
  },
});
