import { onComponent, onModal } from '../../core/command.js';
import type { ModalRequest } from '../../core/requests.js';
import { privateReply, say, updateReply } from '../../core/reply.js';
import { clip } from '../../core/text.js';
import { localDate } from '../../domain/time.js';
import { POINTS } from '../../domain/points.js';
import { t, userError } from '../../i18n/index.js';
import { CHOICE_MAX, checkDraft, EXPLANATION_MAX, PROMPT_MAX, wrongLines, type QuestionDraft } from '../../services/questions.js';
import { nextRoundButton } from '../review/messages.js';
import { requireGuild } from '../shared/guards.js';
import { lectureBySlug } from '../shared/lookup.js';
import { requireEditor } from './command.js';
import type { QuizDeps } from './deps.js';
import { quizMessage, verdictMessage } from './messages.js';
import { editQuestionForm, pendingMessage, rejectReasonForm, reportKindMessage, reportsMessage, reportTextForm } from './review.js';
import { addForm, answerButton, editForm, rateButton, rejectForm, reportAction, reportButton, reportForm, reportKindMenu, reviewButton, tryButton } from './routes.js';

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
  const draft = { prompt: request.fields.prompt ?? '', right: request.fields.right ?? '', wrong: wrongLines(request.fields.wrong ?? ''), explanation: request.fields.explanation ?? '' };
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
  return say(t(request.locale, question.status === 'approved' ? 'quiz.added' : 'quiz.submitted'));
});

/** The author hears, privately, what became of their question. */
async function tellAuthor(deps: QuizDeps, question: { authorId: string | null; prompt: string }, decided: 'approved' | 'rejected', reason: string, locale: 'ko' | 'en') {
  if (!question.authorId) return;
  const prompt = clip(question.prompt, 100);
  const content = decided === 'approved' ? t(locale, 'quiz.yourApproved', { prompt, points: POINTS.questionApproved }) : t(locale, 'quiz.yourRejected', { prompt, reason: clip(reason, 500) });
  if (!(await deps.notifier.dm(question.authorId, { content }))) deps.log.info({ user: question.authorId }, 'could not tell a question author (private messages closed)');
}

export const reviewButtonHandler = onComponent(reviewButton, async (request, [action, id], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const stored = deps.guildQuestions.get(guildId, id);
  if (!stored) throw userError('quiz.unknownQuestion');
  if (stored.status !== 'pending') throw userError('quiz.alreadyDecided');
  if (action === 'reject') return { type: 'modal', modal: rejectReasonForm(id, request.locale) };
  if (action === 'edit') return { type: 'modal', modal: editQuestionForm(stored, 'pending', request.locale) };
  const approved = deps.questions.approve(guildId, id, request.userId, deps.clock.now());
  if (!approved) throw userError('quiz.alreadyDecided');
  await tellAuthor(deps, approved, 'approved', '', request.locale);
  const { questions, total } = deps.questions.pending(guildId, 5);
  return updateReply(pendingMessage(questions, total, request.locale));
});

export const rejectFormHandler = onModal(rejectForm, async (request, [id], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const reason = clip((request.fields.reason ?? '').trim(), 500);
  const rejected = deps.questions.reject(guildId, id, request.userId, reason, deps.clock.now());
  if (!rejected) throw userError('quiz.alreadyDecided');
  await tellAuthor(deps, rejected, 'rejected', reason, request.locale);
  return say(t(request.locale, 'quiz.rejected'));
});

/** Reporters hear, privately, that their report was looked at. */
async function tellReporters(deps: QuizDeps, reporters: readonly string[], prompt: string, resolution: 'edited' | 'disabled' | 'dismissed', locale: 'ko' | 'en') {
  const content = t(locale, 'quiz.reportResolved', { prompt: clip(prompt, 100), resolution: t(locale, `quiz.resolution.${resolution}`) });
  await Promise.all(reporters.map((reporter) => deps.notifier.dm(reporter, { content })));
}

export const editFormHandler = onModal(editForm, async (request, [id, version, from], deps: QuizDeps) => {
  const guildId = requireEditor(request, deps);
  const edited = deps.questions.edit(guildId, id, version, draftOf(request));
  if (!edited) throw userError('quiz.editConflict');
  if (from === 'reports') await tellReporters(deps, deps.questions.resolveReports(guildId, id, 'edited', deps.clock.now()), edited.prompt, 'edited', request.locale);
  return say(t(request.locale, 'quiz.saved'));
});

export const reportActionHandler = onComponent(reportAction, async (request, [action, id], deps: QuizDeps) => {
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
  await tellReporters(deps, deps.questions.resolveReports(guildId, id, resolution, now), question.prompt[request.locale], resolution, request.locale);
  const editable = (questionId: string) => deps.guildQuestions.get(guildId, questionId) !== undefined;
  return updateReply({ ...reportsMessage(deps.questions.reports(guildId), editable, request.locale), content: t(request.locale, action === 'disable' ? 'quiz.disabledNow' : 'quiz.dismissedNow') });
});
