import type { Actor } from '../../core/requests.js';
import { userError } from '../../i18n/index.js';

/** Progress lives per guild: commands that read or write it need one. */
export function requireGuild(actor: Actor): string {
  if (!actor.guildId) throw userError('error.guildOnly');
  return actor.guildId;
}
