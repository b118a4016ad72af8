import type { Feature } from '../../core/command.js';
import { notesCommand } from './command.js';
import { removeConfirmHandler } from './components.js';
import type { NotesDeps } from './deps.js';

/** `/notes`: a group's own Markdown notes, studied like the built-in lectures. */
export const notes: Feature<NotesDeps> = { name: 'notes', commands: [notesCommand], components: [removeConfirmHandler] };
