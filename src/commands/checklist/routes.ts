import { ComponentType } from 'discord-api-types/v10';
import { arg, route } from '../../core/customId.js';

/** `v1:chk:open`: the menu of checklists; the checklist is the selected value. */
export const openMenu = route('chk', ComponentType.StringSelect, arg.literal('open'));
/** `v1:chk:set:<slug>`: the items of a checklist; the selected values are the checked items. */
export const itemsMenu = route('chk', ComponentType.StringSelect, arg.literal('set'), arg.token);
/** `v1:chk:home`: back to the overview. */
export const homeButton = route('chk', ComponentType.Button, arg.literal('home'));
