import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/** `v1:study:<action>:<sessionId>`: the session message's buttons. */
export const studyButton = route('study', ComponentType.Button, arg.literal('join', 'leave', 'pings', 'pause', 'resume', 'stop'), arg.id);
