import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/**
 * `v1:rev:start` begins a round; `v1:rev:next:<roundStart>` serves the next wrong question not yet
 * answered in this round (the round's start, in milliseconds, travels in the ids so a round always ends).
 */
export const startRound = route('rev', ComponentType.Button, arg.literal('start'));
export const nextInRound = route('rev', ComponentType.Button, arg.literal('next'), arg.time);
