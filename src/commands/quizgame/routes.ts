import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/** `v1:game:<gameId>:<round>:<position>`: an answer in a round. The id holds a button position, never the answer. */
export const gameAnswerButton = route('game', ComponentType.Button, arg.id, arg.id, arg.position);
