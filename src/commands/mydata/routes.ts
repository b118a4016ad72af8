import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/** `v1:my:<delete|cancel>:<userId>`: only the member who asked can confirm. */
export const deleteConfirm = route('my', ComponentType.Button, arg.literal('delete', 'cancel'), arg.snowflake);
