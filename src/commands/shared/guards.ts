import { PermissionFlagsBits } from 'discord-api-types/v10';
import { hasPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/requests.js';
import { userError } from '../../i18n/index.js';

/** Progress lives per guild: commands that read or write it need one. */
export function requireGuild(actor: Actor): string {
  if (!actor.guildId) throw userError('error.guildOnly');
  return actor.guildId;
}

/**
 * Who may import and edit a guild's notes: members with Manage Server, and members with the
 * notes-editor role the guild set. Fails closed: unknown permissions and roles mean no.
 */
export function isNotesEditor(actor: Actor, notesRole: string | null): boolean {
  if (hasPermission(actor, PermissionFlagsBits.ManageGuild)) return true;
  return notesRole !== null && actor.roleIds?.includes(notesRole) === true;
}
