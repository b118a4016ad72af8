import { ApplicationCommandType, InteractionContextType } from 'discord-api-types/v10';
import { defineCommand } from '../../core/command.js';
import { privateReply } from '../../core/reply.js';
import { requireGuild } from '../shared/guards.js';
import type { ReviewDeps } from './deps.js';
import { reviewMessage } from './messages.js';

export const reviewCommand = defineCommand({
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'review',
    name_localizations: { ko: '복습' },
    description: 'What is due for review, and a round of the questions you got wrong',
    description_localizations: { ko: '복습할 카드와 틀린 문제 다시 풀기' },
    contexts: [InteractionContextType.Guild],
  } as const,
  examples: ['/review'],

  execute(request, deps: ReviewDeps) {
    const guildId = requireGuild(request);
    const cards = deps.practice.cards(guildId, request.userId);
    const endOfToday = deps.practice.endOfToday(guildId);
    const due = cards.filter((card) => card.due < endOfToday);
    const dueByLecture = deps.catalog
      .lectures(guildId)
      .map((lecture) => ({ topic: lecture.slug, count: due.filter((card) => card.lecture === lecture.slug).length }))
      .filter((line) => line.count > 0);
    const wrong = cards.filter((card) => !card.lastCorrect).length;
    return privateReply(reviewMessage({ due: due.length, dueByLecture, wrong }, request.locale));
  },
});
