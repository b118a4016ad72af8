import { createHash } from 'node:crypto';
import { Routes, type REST } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { BotMetaStore } from '../db/botMeta.js';
import type { Logger } from 'pino';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Register to this guild only (instant updates while developing); globally when unset. */
  guildId: string | undefined;
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
  meta: BotMetaStore;
  log: Logger;
  /** Register even when the definitions have not changed since the last registration. */
  force?: boolean;
}

export function definitionsHash(definitions: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(definitions)).digest('hex');
}

/**
 * Sends the command definitions with one bulk overwrite, skipping the call when the same
 * definitions were already registered to the same place: global registration is rate limited.
 */
export async function registerCommands(options: RegisterOptions): Promise<boolean> {
  const { rest, applicationId, guildId, definitions, meta, log } = options;
  const scope = guildId ? `guild:${guildId}` : 'global';
  const key = `commands:${applicationId}:${scope}`;
  const hash = definitionsHash(definitions);
  if (!options.force && meta.get(key) === hash) {
    log.info({ scope, commands: definitions.length }, 'commands unchanged since last registration; not re-registering');
    return false;
  }
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: definitions });
  meta.set(key, hash);
  log.info({ scope, commands: definitions.length }, 'registered slash commands');
  return true;
}
