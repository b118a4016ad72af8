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
