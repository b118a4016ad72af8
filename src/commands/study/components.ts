import { onComponent } from '../../core/command.js';
import { say } from '../../core/reply.js';
import { t, userError } from '../../i18n/index.js';
import { requireGuild } from '../shared/guards.js';
import { mayRun } from './command.js';
import type { StudyDeps } from './deps.js';
import { studyButton } from './routes.js';

/** The session message's buttons: join, leave, mute my pings; pause, resume, stop for the host or a moderator. */
export const studyButtonHandler = onComponent(studyButton, (request, [action, sessionId], deps: StudyDeps) => {
  const guildId = requireGuild(request);
  const session = deps.studyStore.get(sessionId);
  // Another guild's session is as unknown as a missing one: a forged id learns nothing.
  if (!session || session.guildId !== guildId) throw userError('study.unknown');
  const { locale, userId } = request;
  const live = session.status === 'running' || session.status === 'paused';
  if (!live) throw userError('study.over');
  switch (action) {
    case 'join':
      return say(t(locale, deps.study.join(session.id, userId, 'button') === 'joined' ? 'study.joined' : 'study.alreadyIn'));
    case 'leave':
      return say(t(locale, deps.study.leave(session.id, userId) ? 'study.left' : 'study.notIn'));
    case 'pings': {
      const muted = !deps.studyStore.isMuted(guildId, userId);
      deps.studyStore.setMuted(guildId, userId, muted);
      return say(t(locale, muted ? 'study.muted' : 'study.unmuted'));
    }
    default: {
      if (!mayRun(request, session)) throw userError('study.notHost');
      if (action === 'stop') {
        deps.study.stop(session.id);
        return say(t(locale, 'study.stopped'));
      }
      const done = action === 'pause' ? deps.study.pause(session.id) : deps.study.resume(session.id);
      return say(t(locale, done ? (action === 'pause' ? 'study.pausedNow' : 'study.resumedNow') : 'study.notNow'));
    }
  }
});
