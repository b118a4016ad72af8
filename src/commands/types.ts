import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIEmbed,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Locale } from '../content/types.js';
import type { Logger } from '../logger.js';
import type { DailyService } from '../daily/service.js';
import type { Stores } from '../db/stores.js';

/** Who is asking, and where. Built by an adapter (Discord or console) from what it received. */
export interface Actor {
  userId: string;
  /** Null in a DM. */
  guildId: string | null;
  channelId: string | null;
  locale: Locale;
  /** The member's guild permissions as Discord sends them (a bit field), when known. */
  permissions?: bigint;
  /** The name the member goes by here (nickname, display name or username), when known. */
  displayName?: string;
}

export type OptionValue = string | number | boolean;

export interface CommandRequest extends Actor {
  command: string;
  subcommand?: string;
  options: Readonly<Record<string, OptionValue>>;
  /** Display names of users given as options, by id. */
  userNames?: Readonly<Record<string, string>>;
}

export interface AutocompleteRequest extends CommandRequest {
  focused: { name: string; value: string };
}

export interface ComponentRequest extends Actor {
  customId: string;
  /** Selected values for a select menu; empty for a button. */
  values: readonly string[];
  /** The message the component is on. */
  messageId?: string;
}

export interface Attachment {
  name: string;
  data: Buffer;
  description?: string;
}

/** What a handler returns: plain Discord API payload data, no discord.js objects. */
export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: Attachment[];
}

export type Reply =
  /** A new message answering the interaction. */
  | { type: 'message'; ephemeral: boolean; message: MessagePayload }
  /** Replace the message the clicked component is on. */
  | { type: 'update'; message: MessagePayload };

/** What every handler may use: the stores, the time and a logger. Injected so tests control them. */
export interface Context {
  stores: Stores;
  now: () => Date;
  log: Logger;
  /** A number in [0, 1): which question, which shuffle. Injected so tests can fix it. */
  random: () => number;
  /** The daily poster, where the bot can post (Discord or the console). */
  daily?: DailyService;
}

export interface Command {
  /**
   * Acknowledge at once before executing, for handlers that wait on Discord or render images:
   * 'ephemeral' when every answer is private, 'public' when the answer is for the channel.
   */
  defer?: 'ephemeral' | 'public';
  /** The definition sent to Discord when registering, with `ko` localizations. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(request: CommandRequest, context: Context): Reply | Promise<Reply>;
  autocomplete?(request: AutocompleteRequest, context: Context): APIApplicationCommandOptionChoice[];
}

/** Handles the components whose custom_id names it (`v1:<name>:...`). */
export interface ComponentHandler {
  name: string;
  handle(request: ComponentRequest, args: readonly string[], context: Context): Reply | Promise<Reply>;
}
