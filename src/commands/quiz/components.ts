import { onComponent, onModal } from '../../core/command.js';
import type { Locale } from '../../core/locale.js';
import type { ModalRequest } from '../../core/requests.js';
import { privateReply, say, updateReply } from '../../core/reply.js';
import { clip } from '../../core/text.js';
import { localDate } from '../../domain/time.js';
import { POINTS } from '../../domain/points.js';
import { t, userError } from '../../i18n/index.js';
import { CHOICE_MAX, checkDraft, EXPLANATION_MAX, MAX_PENDING_PER_AUTHOR, PROMPT_MAX, wrongLines, type QuestionDraft } from '../../services/questions.js';
import { nextRoundButton } from '../review/messages.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug } from '../shared/lookup.js';
import { placeOf, requireEditor } from './command.js';
import type { QuizDeps } from './deps.js';
import { quizMessage, verdictMessage } from './messages.js';
import { editQuestionForm, pendingMessage, rejectReasonForm, reportKindMessage, reportsMessage, reportTextForm } from './review.js';
import {
  addForm,
  answerButton,
  editForm,
  rateButton,
  rejectForm,
  reportAction,
  reportButton,
  reportForm,
  reportKindMenu,
  reviewButton,
  tryButton,
} from './routes.js';

/** An answer: first answers stand, closed or foreign posts change nothing. */
export const answerHandler = onComponent(answerButton, (request, [postId, position, round], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  const post = deps.quiz.post(postId);
  // A post of another guild is as unknown as a missing one: a forged id learns nothing.
  if (!post || post.guildId !== guildId) throw userError('quiz.unknownPost');
  // The question as the post showed it: the verdict judges by the choices it posted.
  const question = post.snapshot ?? deps.bank.find(guildId, post.questionId);
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
  const question = deps.bank.isActive(guildId, questionId) ? deps.bank.find(guildId, questionId) : undefined;
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

// ---- reporting a problem: the verdict's button, what kind, then the text ----

export const reportButtonHandler = onComponent(reportButton, (request, [questionId], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  if (!deps.bank.find(guildId, questionId)) throw userError('quiz.questionGone');
  return privateReply(reportKindMessage(questionId, request.locale));
});

export const reportKindHandler = onComponent(reportKindMenu, (request, [questionId], deps: QuizDeps) => {
  requireGuild(request);
  const kind = request.values[0];
  if (kind !== 'wrong-answer' && kind !== 'unclear' && kind !== 'typo' && kind !== 'other') throw userError('error.staleComponent');
  if (!deps.bank.find(request.guildId, questionId)) throw userError('quiz.questionGone');
  return { type: 'modal', modal: reportTextForm(questionId, kind, request.locale) };
});

export const reportFormHandler = onModal(reportForm, (request, [questionId, kind], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  if (!deps.bank.find(guildId, questionId)) throw userError('quiz.questionGone');
  deps.questions.report(guildId, questionId, request.userId, kind, clip(request.fields.text ?? '', 1000), deps.clock.now());
  return say(t(request.locale, 'quiz.reported'));
});

// ---- writing a question, and reviewing it ----

/** The form's fields as a draft, checked; a problem becomes a clear private answer. */
function draftOf(request: ModalRequest): QuestionDraft {
  const draft = {
    prompt: request.fields.prompt ?? '',
    right: request.fields.right ?? '',
    wrong: wrongLines(request.fields.wrong ?? ''),
    explanation: request.fields.explanation ?? '',
  };
  const problem = checkDraft(draft);
  if (problem === 'prompt-length') throw userError('quiz.draft.prompt-length', { max: PROMPT_MAX });
  if (problem === 'choice-length') throw userError('quiz.draft.choice-length', { max: CHOICE_MAX });
  if (problem === 'wrong-count') throw userError('quiz.draft.wrong-count');
  if (problem === 'duplicate-choice') throw userError('quiz.draft.duplicate-choice');
  if (problem === 'explanation-length') throw userError('quiz.draft.explanation-length', { max: EXPLANATION_MAX });
  return draft;
}

export const addFormHandler = onModal(addForm, (request, [lecture, section], deps: QuizDeps) => {
  const guildId = requireGuild(request);
  const found = lectureBySlug(request, lecture, deps.catalog);
  if (!found?.sections.some((s) => s.id === section)) throw userError('error.staleComponent');
  const question = deps.questions.submit(guildId, request.userId, lecture, section, draftOf(request), deps.clock.now());
  if (!question) throw userError('quiz.tooManyPending', { max: MAX_PENDING_PER_AUTHOR });
  return say(t(request.locale, question.status === 'approved' ? 'quiz.added' : 'quiz.submitted'));
});

/**
 * Tells members privately, in the guild's language, once the editor's answer is on its way: a slow
 * or closed DM never delays or fails the click.
 */
function tell(deps: QuizDeps, guildId: string, userIds: readonly (string | null)[], content: (locale: Locale) => string): void {
  const locale = deps.guilds.get(guildId).language;
  const message = { content: content(locale) };
  for (const userId of new Set(userIds)) {
    if (!userId) continue;
    void deps.notifier.dm(userId, message).then((sent) => {
      if (!sent) deps.log.info({ user: userId }, 'could not send a private message (closed DMs or unknown user)');
    });
  }
}

/** The author hears what became of their question. */
function tellAuthor(deps: QuizDeps, guildId: string, question: { authorId: string | null; prompt: string }, reason?: string): void {
  const prompt = clip(question.prompt, 100);
  tell(deps, guildId, [question.authorId], (locale) =>
    reason === undefined
      ? t(locale, 'quiz.yourApproved', { prompt, points: POINTS.questionApproved })
      : t(locale, 'quiz.yourRejected', { prompt, reason: clip(reason, 500) }),
  );
}

export const reviewButtonHandler = onComponent(reviewButton, (request, [action, id], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const stored = deps.guildQuestions.get(guildId, id);
  if (!stored) throw userError('quiz.unknownQuestion');
  if (stored.status !== 'pending') throw userError('quiz.alreadyDecided');
  if (action === 'reject') return { type: 'modal', modal: rejectReasonForm(id, request.locale) };
  if (action === 'edit') return { type: 'modal', modal: editQuestionForm(stored, 'pending', request.locale) };
  const approved = deps.questions.approve(guildId, id, request.userId, deps.clock.now());
  if (!approved) throw userError('quiz.alreadyDecided');
  tellAuthor(deps, guildId, approved);
  const { questions, total } = deps.questions.pending(guildId, 5);
  return updateReply(pendingMessage(questions, total, placeOf(request, deps), request.locale));
});

export const rejectFormHandler = onModal(rejectForm, (request, [id], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const reason = clip((request.fields.reason ?? '').trim(), 500);
  const rejected = deps.questions.reject(guildId, id, request.userId, reason, deps.clock.now());
  if (!rejected) throw userError('quiz.alreadyDecided');
  tellAuthor(deps, guildId, rejected, reason);
  return say(t(request.locale, 'quiz.rejected'));
});

/** Reporters hear that their report was looked at, and what came of it. */
function tellReporters(deps: QuizDeps, guildId: string, reporters: readonly string[], prompt: string, resolution: 'edited' | 'disabled' | 'dismissed'): void {
  tell(deps, guildId, reporters, (locale) =>
    t(locale, 'quiz.reportResolved', { prompt: clip(prompt, 100), resolution: t(locale, `quiz.resolution.${resolution}`) }),
  );
}

export const editFormHandler = onModal(editForm, (request, [id, version, from], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const edited = deps.questions.edit(guildId, id, version, draftOf(request));
  if (!edited) throw userError('quiz.editConflict');
  if (from === 'reports') tellReporters(deps, guildId, deps.questions.resolveReports(guildId, id, 'edited', deps.clock.now()), edited.prompt, 'edited');
  return say(t(request.locale, 'quiz.saved'));
});

export const reportActionHandler = onComponent(reportAction, (request, [action, id], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const question = deps.bank.find(guildId, id);
  if (!question) throw userError('quiz.unknownQuestion');
  if (action === 'edit') {
    const stored = deps.guildQuestions.get(guildId, id);
    if (!stored) throw userError('error.staleComponent');
    return { type: 'modal', modal: editQuestionForm(stored, 'reports', request.locale) };
  }
  const now = deps.clock.now();
  if (action === 'disable') deps.questions.disable(guildId, id, request.userId, now);
  const resolution = action === 'disable' ? 'disabled' : 'dismissed';
  tellReporters(deps, guildId, deps.questions.resolveReports(guildId, id, resolution, now), question.prompt[deps.guilds.get(guildId).language], resolution);
  const editable = (questionId: string) => deps.guildQuestions.get(guildId, questionId) !== undefined;
  return updateReply({
    ...reportsMessage(deps.questions.reports(guildId), editable, request.locale),
    content: t(request.locale, action === 'disable' ? 'quiz.disabledNow' : 'quiz.dismissedNow'),
  });
});
