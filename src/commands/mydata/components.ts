import { onComponent } from '../../core/command.js';
import { updateReply } from '../../core/reply.js';
import { t, userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import type { MydataDeps } from './deps.js';
import { deleteConfirm } from './routes.js';

export const deleteConfirmHandler = onComponent(deleteConfirm, (request, [action, owner], deps: MydataDeps) => {
  const guildId = requireGuild(request);
  if (owner !== request.userId) throw userError('mydata.notYours');
  const { locale } = request;
  if (action === 'cancel') return updateReply({ content: t(locale, 'mydata.cancelled'), components: [] });
  const deleted = deps.memberData.delete(guildId, request.userId);
  deps.log.info({ guild: guildId, user: request.userId, deleted }, 'member deleted their data');
  return updateReply({ content: t(locale, deleted ? 'mydata.deleted' : 'mydata.nothing'), components: [] });
});
