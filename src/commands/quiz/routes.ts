import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/**
 * `v1:quiz:<postId>:<position>[:<round>]`: an answer. The post, its shuffle and the right answer
 * live in SQLite; the id holds a button position, never the answer. A review round's start rides along.
 */
export const answerButton = route('quiz', ComponentType.Button, arg.id, arg.position, arg.optional(arg.time));

/** `v1:try:<questionId>` (the weekly recap's button): that question as a private practice quiz. */
export const tryButton = route('try', ComponentType.Button, arg.token);

/** `v1:srs:<questionId>:<hard|easy>`: after a right answer, how it felt reschedules the card once. */
export const rateButton = route('srs', ComponentType.Button, arg.token, arg.literal('hard', 'easy'));

/** `v1:qrep:<questionId>`: "Report a problem" on a verdict; then what kind (a menu), then the text (a form). */
export const reportButton = route('qrep', ComponentType.Button, arg.token);
export const reportKindMenu = route('qrepk', ComponentType.StringSelect, arg.token);
export const reportForm = route('qrepf', 'modal', arg.token, arg.literal('wrong-answer', 'unclear', 'typo', 'other'));

/** `/quiz add`'s form: the lecture and section travel in its id. */
export const addForm = route('qadd', 'modal', arg.token, arg.token);

/** `/quiz pending`'s buttons, a reject's reason, an edit's form (which says where it came from). */
export const reviewButton = route('qrev', ComponentType.Button, arg.literal('approve', 'reject', 'edit'), arg.token);
export const rejectForm = route('qrej', 'modal', arg.token);
export const editForm = route('qedit', 'modal', arg.token, arg.id, arg.literal('pending', 'reports'));

/** `/quiz reports`'s buttons: fix the question, take it out of the quizzes, or dismiss its reports. */
export const reportAction = route('qfix', ComponentType.Button, arg.literal('edit', 'disable', 'dismiss'), arg.token);
