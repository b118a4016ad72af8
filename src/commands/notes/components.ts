import { onComponent } from '../../core/command.js';
import { updateReply } from '../../core/reply.js';
import { t, userError } from '../../i18n/index.js';
import { requireEditor } from './command.js';
import type { NotesDeps } from './deps.js';
import { removeConfirm } from './routes.js';

/** Only the member who asked can confirm, and only while they may still edit notes. */
export const removeConfirmHandler = onComponent(removeConfirm, (request, [action, slug, owner], deps: NotesDeps) => {
  const guildId = requireEditor(request, deps);
  if (owner !== request.userId) throw userError('notes.notYours');
  const { locale } = request;
  if (action === 'keep') return updateReply({ content: t(locale, 'notes.kept'), components: [] });
  const title = deps.notes.remove(guildId, slug);
  if (title === undefined) throw userError('error.staleComponent');
  deps.log.info({ guild: guildId, user: request.userId, lecture: slug }, 'notes lecture removed');
  return updateReply({ content: t(locale, 'notes.removedLecture', { title }), components: [] });
});
