import type { Actor } from './types.js';
import { UserError } from './userError.js';

/** Progress lives per guild: commands that read or write it need one. */
export function requireGuild(actor: Actor): string {
  if (!actor.guildId) throw new UserError('error.guildOnly');
  return actor.guildId;
}
