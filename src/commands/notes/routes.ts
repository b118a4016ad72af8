import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/** `v1:notes:<remove|keep>:<lecture>:<userId>`: the confirmation of /notes remove, for the member who asked. */
export const removeConfirm = route('notes', ComponentType.Button, arg.literal('remove', 'keep'), arg.token, arg.snowflake);
