import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { t } from '../i18n/index.js';
import { parseCustomId } from './customId.js';
import { commands as allCommands, componentHandlers as allComponents } from './index.js';
import type {
  Actor,
  AutocompleteRequest,
  Command,
  CommandRequest,
  ComponentHandler,
  ComponentRequest,
  Context,
  Reply,
} from './types.js';
import { UserError } from './userError.js';

/**
 * The one path every interface takes: Discord and the console both call these.
 * A UserError becomes a localized ephemeral answer here; anything else propagates
 * to the adapter's error boundary.
 */
export class Router {
  private readonly byName = new Map<string, Command>();
  private readonly components = new Map<string, ComponentHandler>();

  constructor(
    readonly commands: readonly Command[] = allCommands,
    componentHandlers: readonly ComponentHandler[] = allComponents,
  ) {
    for (const command of commands) {
      this.byName.set(command.data.name, command);
      // The console accepts the Korean names too (`/요약 풀스택`).
      for (const name of Object.values(command.data.name_localizations ?? {})) {
        if (name) this.byName.set(name, command);
      }
    }
    for (const handler of componentHandlers) this.components.set(handler.name, handler);
  }

  find(name: string): Command | undefined {
    return this.byName.get(name);
  }

  async command(request: CommandRequest, context: Context): Promise<Reply> {
    rememberName(request, context);
    const command = this.byName.get(request.command);
    if (!command) return userErrorReply(request, new UserError('error.unknownCommand', { name: request.command }));
    return guard(request, () => command.execute(request, context));
  }

  async component(request: ComponentRequest, context: Context): Promise<Reply> {
    rememberName(request, context);
    const parsed = parseCustomId(request.customId);
    const handler = parsed ? this.components.get(parsed.handler) : undefined;
    if (!parsed || !handler) {
      context.log.warn({ customId: request.customId, user: request.userId, guild: request.guildId }, 'unknown or malformed custom_id');
      return userErrorReply(request, new UserError('error.staleComponent'));
    }
    return guard(request, () => handler.handle(request, parsed.args, context), () =>
      context.log.warn({ customId: request.customId, user: request.userId, guild: request.guildId }, 'stale component'),
    );
  }

  autocomplete(request: AutocompleteRequest, context: Context): APIApplicationCommandOptionChoice[] {
    const command = this.byName.get(request.command);
    if (!command?.autocomplete) return [];
    return command.autocomplete(request, context);
  }
}

/** Cards show names, not mentions: keep the name a known member goes by. */
function rememberName(actor: Actor, context: Context): void {
  if (actor.guildId && actor.displayName) context.stores.progress.rememberName(actor.guildId, actor.userId, actor.displayName.slice(0, 100));
}

async function guard(actor: Actor, run: () => Reply | Promise<Reply>, onUserError?: () => void): Promise<Reply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) {
      onUserError?.();
      return userErrorReply(actor, error);
    }
    throw error;
  }
}

export function userErrorReply(actor: Actor, error: UserError): Reply {
  return { type: 'message', ephemeral: true, message: { content: `⚠️ ${t(actor.locale, error.key, error.vars)}` } };
}
