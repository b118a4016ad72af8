import { onComponent } from '../../core/command.js';
import type { ComponentRequest } from '../../core/requests.js';
import { privateReply, say } from '../../core/reply.js';
import { t } from '../../i18n/index.js';
import { quizMessage } from '../quiz/messages.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug } from '../shared/lookup.js';
import type { ReviewDeps } from './deps.js';
import { nextInRound, startRound } from './routes.js';

/** The next wrong question not answered again since the round started, posted for the member alone. */
function serve(request: ComponentRequest, round: number, deps: ReviewDeps) {
  const guildId = requireGuild(request);
  const question = deps.practice.nextWrong(guildId, request.userId, new Date(round));
  if (!question) return say(t(request.locale, 'review.done'));
  const post = deps.practice.post(question, guildId, request.channelId);
  return privateReply(quizMessage(post, question, lectureBySlug(request, question.lecture, deps.catalog), request.locale, round));
}

export const startRoundHandler = onComponent(startRound, (request, _args, deps: ReviewDeps) => serve(request, deps.clock.now().getTime(), deps));
export const nextInRoundHandler = onComponent(nextInRound, (request, [, round], deps: ReviewDeps) => serve(request, round, deps));
