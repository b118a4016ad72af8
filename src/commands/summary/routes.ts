import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/**
 * `v1:sum:<prev|next|open>:<locale>:<lecture>:<section>[:<page>]`: a page of a section, in the
 * language the message was in. Without a page (as ids posted before pages existed), the first.
 */
export const sectionButton = route('sum', ComponentType.Button, arg.literal('prev', 'next', 'open'), arg.locale, arg.token, arg.token, arg.optional(arg.page));

/** `v1:sum:pick:<locale>:<lecture>`: the section menu; the section is the selected value. */
export const sectionMenu = route('sum', ComponentType.StringSelect, arg.literal('pick'), arg.locale, arg.token);
