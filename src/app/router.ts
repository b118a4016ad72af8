import type { Logger } from 'pino';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { toRegistration, type Choice, type Command, type ComponentHandler, type Feature, type ModalHandler } from '../core/command.js';
import { splitCustomId, type RouteKind } from '../core/customId.js';
import { fitMessage } from '../core/fit.js';
import { LIMITS } from '../core/limits.js';
import type { Reply } from '../core/reply.js';
import type { Actor, AutocompleteRequest, CommandRequest, ComponentRequest, ModalRequest } from '../core/requests.js';
import { clip } from '../core/text.js';
import { UserError } from '../core/userError.js';
import type { MembersStore } from '../db/members.js';
import { describeUserError, userError } from '../i18n/index.js';
import { invalidOption } from './options.js';

export interface RouterDeps {
  members: Pick<MembersStore, 'rememberName'>;
  log: Logger;
}

interface Bound<Handler> {
  kind: RouteKind;
  handler: Handler;
}

/**
 * The one path every interface takes: Discord, the console and the tests all call these.
 * A UserError becomes a localized ephemeral answer here; anything else propagates to the
 * adapter's error boundary. Every reply leaves fitted to Discord's limits.
 */
export class Router<Deps extends RouterDeps> {
  // biome-ignore lint/suspicious/noExplicitAny: commands of every option type
  readonly commands: readonly Command<Deps, any>[];
  // biome-ignore lint/suspicious/noExplicitAny: commands of every option type
  private readonly byName = new Map<string, Command<Deps, any>>();
  private readonly routes = new Map<string, Bound<ComponentHandler<Deps> | ModalHandler<Deps>>[]>();

  constructor(
    features: readonly Feature<Deps>[],
    private readonly deps: Deps,
  ) {
    this.commands = features.flatMap((feature) => feature.commands ?? []);
    for (const command of this.commands) {
      if (this.byName.has(command.data.name)) throw new Error(`two commands are named ${command.data.name}`);
      this.byName.set(command.data.name, command);
      // The console accepts the Korean names too (`/요약 풀스택`).
      for (const name of Object.values<string | null | undefined>(command.data.name_localizations ?? {})) if (name) this.byName.set(name, command);
    }
    for (const feature of features) {
      for (const handler of [...(feature.components ?? []), ...(feature.modals ?? [])]) {
        const list = this.routes.get(handler.route.name) ?? [];
        list.push({ kind: handler.route.kind, handler });
        this.routes.set(handler.route.name, list);
      }
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: commands of every option type
  find(name: string): Command<Deps, any> | undefined {
    return this.byName.get(name);
  }

  /** The definitions sent to Discord. */
  definitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
    return this.commands.map((command) => toRegistration(command.data));
  }

  async command(request: CommandRequest): Promise<Reply> {
    this.rememberName(request);
    const command = this.byName.get(request.command);
    return this.guard(request, () => {
      if (!command) throw userError('error.unknownCommand', { name: clip(request.command, 32) });
      const invalid = invalidOption(command.data, request.subcommand, request.options);
      if (invalid !== undefined) throw userError('error.badOption', { option: clip(invalid, 32), command: command.data.name });
      // The options were checked against the definition the handler's types come from.
      return command.execute(request as Parameters<typeof command.execute>[0], this.deps);
    });
  }

  /** A click. One that does not fit its route exactly gets the "out of date" answer and runs nothing. */
  async component(request: ComponentRequest): Promise<Reply> {
    this.rememberName(request);
    const found = this.resolve(request.customId, request.componentType);
    const onMessage = request.messageCustomIds === undefined || request.messageCustomIds.includes(request.customId);
    if (!found || !onMessage) {
      this.deps.log.warn({ customId: clip(request.customId, 100), user: request.userId, guild: request.guildId, onMessage }, 'stale or malformed component');
      return this.errorReply(request, userError('error.staleComponent'));
    }
    const { handler, args } = found as { handler: ComponentHandler<Deps>; args: readonly unknown[] };
    return this.guard(request, () => handler.handle(request, args, this.deps));
  }

  async modal(request: ModalRequest): Promise<Reply> {
    this.rememberName(request);
    const found = this.resolve(request.customId, 'modal');
    if (!found) {
      this.deps.log.warn({ customId: clip(request.customId, 100), user: request.userId, guild: request.guildId }, 'stale or malformed form');
      return this.errorReply(request, userError('error.staleComponent'));
    }
    const { handler, args } = found as { handler: ModalHandler<Deps>; args: readonly unknown[] };
    return this.guard(request, () => handler.handle(request, args, this.deps));
  }

  /** Suggestions, within Discord's limits of 25 choices of 100 characters. */
  autocomplete(request: AutocompleteRequest): Choice[] {
    const command = this.byName.get(request.command);
    if (!command?.autocomplete) return [];
    return command
      .autocomplete(request, this.deps)
      .slice(0, LIMITS.choices)
      .filter((choice) => String(choice.value).length <= LIMITS.choiceValue)
      .map((choice) => ({ ...choice, name: clip(choice.name, LIMITS.choiceName) }));
  }

  private resolve(customId: string, kind: RouteKind): { handler: ComponentHandler<Deps> | ModalHandler<Deps>; args: readonly unknown[] } | undefined {
    const split = splitCustomId(customId);
    if (!split) return undefined;
    for (const bound of this.routes.get(split.name) ?? []) {
      if (bound.kind !== kind) continue;
      const args = bound.handler.route.parse(split.parts);
      if (args) return { handler: bound.handler, args };
    }
    return undefined;
  }

  /** Cards show names, not mentions: keep the name a known member goes by. */
  private rememberName(actor: Actor): void {
    if (actor.guildId && actor.displayName) this.deps.members.rememberName(actor.guildId, actor.userId, clip(actor.displayName, 100));
  }

  private async guard(actor: Actor, run: () => Reply | Promise<Reply>): Promise<Reply> {
    try {
      return fitted(await run());
    } catch (error) {
      if (error instanceof UserError) return this.errorReply(actor, error);
      throw error;
    }
  }

  private errorReply(actor: Actor, error: UserError): Reply {
    return fitted({ type: 'message', ephemeral: true, message: { content: `⚠️ ${describeUserError(actor.locale, error)}` } });
  }
}

function fitted(reply: Reply): Reply {
  return reply.type === 'modal' ? reply : { ...reply, message: fitMessage(reply.message) };
}
