import type {
  APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType as T,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Route } from './customId.js';
import type { Reply } from './reply.js';
import type { AttachmentOption, AutocompleteRequest, CommandRequest, ComponentRequest, ModalRequest } from './requests.js';

type DeepReadonly<X> = X extends (infer E)[] ? readonly DeepReadonly<E>[] : X extends object ? { readonly [K in keyof X]: DeepReadonly<X[K]> } : X;

/** A slash command definition as Discord takes it, written `as const` so its options type the handler. */
export type CommandData = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

type ValueOf<O> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : O extends { readonly type: T.String }
    ? string
    : O extends { readonly type: T.Integer | T.Number }
      ? number
      : O extends { readonly type: T.Boolean }
        ? boolean
        : O extends { readonly type: T.User | T.Channel | T.Role | T.Mentionable }
          ? string
          : O extends { readonly type: T.Attachment }
            ? AttachmentOption
            : never;

type NameOf<O> = O extends { readonly name: infer N extends string } ? N : never;
type IsRequired<O> = O extends { readonly required: true } ? true : false;
type Simplify<X> = { [K in keyof X]: X[K] } & {};

type OptionsOf<Opts> = Opts extends readonly unknown[]
  ? Simplify<
      { [O in Opts[number] as IsRequired<O> extends true ? NameOf<O> : never]: ValueOf<O> } & {
        [O in Opts[number] as IsRequired<O> extends true ? never : NameOf<O>]?: ValueOf<O>;
      }
    >
  : Record<never, never>;

type SubcommandOf<O> = O extends { readonly type: T.Subcommand; readonly name: infer N extends string }
  ? { subcommand: N; options: OptionsOf<O extends { readonly options: infer P } ? P : []> }
  : never;

/**
 * The options a handler receives, read from its definition's own type (as the discord.js team's
 * utils bot does with ArgumentsOf): `{ subcommand: 'set'; options: { time?: string } } | …`.
 * The router checks every value against the definition before the handler runs.
 */
export type ArgumentsOf<D> = D extends { readonly options: infer Opts extends readonly unknown[] }
  ? Opts[number] extends { readonly type: T.Subcommand }
    ? SubcommandOf<Opts[number]>
    : { subcommand?: undefined; options: OptionsOf<Opts> }
  : { subcommand?: undefined; options: Record<never, never> };

export type CommandInput<D> = Omit<CommandRequest, 'options' | 'subcommand'> & ArgumentsOf<D>;

export type Choice = APIApplicationCommandOptionChoice;

export interface Command<Deps, D extends CommandData = CommandData> {
  readonly data: D;
  /**
   * Acknowledge at once before executing, for handlers that wait on Discord or render images:
   * 'ephemeral' when every answer is private, 'public' when the answer is for the channel.
   */
  readonly defer?: 'ephemeral' | 'public';
  /** Examples `/help` shows, e.g. `/summary fullstack`. */
  readonly examples: readonly string[];
  /** The subcommand the console assumes when a line names none (`/quiz nlp` is `/quiz practice nlp`). */
  readonly defaultSubcommand?: string;
  /** Who may run it beyond Discord's own default_member_permissions check; see features. */
  execute(request: CommandInput<D>, deps: Deps): Reply | Promise<Reply>;
  autocomplete?(request: AutocompleteRequest, deps: Deps): Choice[];
}

/** Defines a command; its options' types come from `data`, its services from `execute`'s second parameter. */
export function defineCommand<Deps, const D extends CommandData>(command: Command<Deps, D>): Command<Deps, D> {
  return command;
}

export interface ComponentHandler<Deps, V extends readonly unknown[] = readonly unknown[]> {
  readonly route: Route<V>;
  handle(request: ComponentRequest, args: V, deps: Deps): Reply | Promise<Reply>;
}

export interface ModalHandler<Deps, V extends readonly unknown[] = readonly unknown[]> {
  readonly route: Route<V>;
  handle(request: ModalRequest, args: V, deps: Deps): Reply | Promise<Reply>;
}

export function onComponent<Deps, V extends readonly unknown[]>(
  route: Route<V>,
  handle: (request: ComponentRequest, args: V, deps: Deps) => Reply | Promise<Reply>,
): ComponentHandler<Deps, V> {
  return { route, handle };
}

export function onModal<Deps, V extends readonly unknown[]>(
  route: Route<V>,
  handle: (request: ModalRequest, args: V, deps: Deps) => Reply | Promise<Reply>,
): ModalHandler<Deps, V> {
  return { route, handle };
}

/** A feature: its commands and the components and forms it answers. One folder under src/commands each. */
export interface Feature<Deps> {
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a feature lists commands of different option types
  readonly commands?: readonly Command<Deps, any>[];
  // biome-ignore lint/suspicious/noExplicitAny: and components of different argument types
  readonly components?: readonly ComponentHandler<Deps, any>[];
  // biome-ignore lint/suspicious/noExplicitAny: and forms of different argument types
  readonly modals?: readonly ModalHandler<Deps, any>[];
}

/** The definition as sent to Discord when registering. */
export function toRegistration(data: CommandData): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return data as RESTPostAPIChatInputApplicationCommandsJSONBody;
}
