import type { ComponentType } from 'discord-api-types/v10';
import type { Locale } from './locale.js';

/** Who is asking, and where. Built by an adapter (Discord or console) from what it received. */
export interface Actor {
  userId: string;
  /** Null in a DM. */
  guildId: string | null;
  channelId: string | null;
  locale: Locale;
  /** The member's permissions in the channel as Discord sends them (a bit field); absent when unknown. */
  permissions?: bigint;
  /** The member's role ids in the guild, when known. */
  roleIds?: readonly string[];
  /** The name the member goes by here (nickname, display name or username), when known. */
  displayName?: string;
}

/** An attachment given as a command option: only what Discord said about it, not its bytes. */
export interface AttachmentOption {
  id: string;
  filename: string;
  size: number;
  url: string;
  contentType?: string;
}

export type OptionValue = string | number | boolean | AttachmentOption;

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

export type ClickableComponent = ComponentType.Button | ComponentType.StringSelect;

export interface ComponentRequest extends Actor {
  customId: string;
  /** What was used: a button or a select menu. */
  componentType: ClickableComponent;
  /** Selected values for a select menu; empty for a button. */
  values: readonly string[];
  /** The message the component is on. */
  messageId?: string;
  /** The custom_ids on that message as Discord sent it: a click must match one of them. */
  messageCustomIds?: readonly string[];
}

export interface ModalRequest extends Actor {
  customId: string;
  /** Text input values by their custom_id. */
  fields: Readonly<Record<string, string>>;
  messageId?: string;
}
