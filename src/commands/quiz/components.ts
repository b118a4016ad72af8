import { onComponent } from '../../core/command.js';
import { privateReply, say } from '../../core/reply.js';
import { localDate } from '../../domain/time.js';
import { t, userError } from '../../i18n/index.js';
import { nextRoundButton } from '../review/messages.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug } from '../shared/lookup.js';
import type { QuizDeps } from './deps.js';
import { quizMessage, verdictMessage } from './messages.js';
import { answerButton, rateButton, tryButton } from './routes.js';

/** An answer: first answers stand, closed or foreign posts change nothing. */
export const answerHandler = onComponent(answerButton, (request, [postId, position, round], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  const post = deps.quiz.post(postId);
  // A post of another guild is as unknown as a missing one: a forged id learns nothing.
  if (!post || post.guildId !== guildId) throw userError('quiz.unknownPost');
  const question = deps.bank.find(guildId, post.questionId);
  if (!question) throw userError('quiz.questionGone');
  if (position >= post.choiceOrder.length) throw userError('error.staleComponent');
  const now = deps.clock.now();
  // A closed post still shows a member their own first answer; it takes no new ones.
  const closed = post.revealedAt !== null || now.toISOString() >= post.expiresAt;
  if (closed && !deps.quiz.answerTo(post.id, request.userId)) throw userError('quiz.expired');
  const outcome = deps.progress.answer(post, question, request.userId, position, now);
  const extra = round === undefined ? [] : [nextRoundButton(round, request.locale)];
  return privateReply(verdictMessage(post, question, lectureBySlug(request, question.lecture, deps.catalog), outcome, request.locale, extra));
});

export const tryHandler = onComponent(tryButton, (request, [questionId], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  const question = deps.bank.find(guildId, questionId);
  if (!question) throw userError('quiz.questionGone');
  const post = deps.practice.post(question, guildId, request.channelId);
  return privateReply(quizMessage(post, question, lectureBySlug(request, question.lecture, deps.catalog), request.locale));
});

export const rateHandler = onComponent(rateButton, (request, [questionId, recall], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  const question = deps.bank.find(guildId, questionId);
  if (!question) throw userError('error.staleComponent');
  const card = deps.progress.rate(guildId, request.userId, question, recall);
  if (!card) throw userError('quiz.alreadyRated');
  return say(t(request.locale, 'quiz.rated', { date: localDate(card.due, deps.guilds.timezone(guildId)) }));
});
