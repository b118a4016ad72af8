import { ApplicationCommandType, type APIApplicationCommand } from 'discord-api-types/v10';
import { FormErrors, unknownCommand } from './errors.js';
import type { SnowflakeGenerator } from './snowflake.js';
import { validateCommand, validateCommandList } from './validate.js';

type Obj = Record<string, unknown>;

/** Registered application commands, global and per guild, with Discord's upsert-by-name semantics. */
export class CommandStore {
  private readonly global: APIApplicationCommand[] = [];
  private readonly guilds = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly applicationId: string,
    private readonly ids: SnowflakeGenerator,
  ) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return guildId === null ? this.global : (this.guilds.get(guildId) ?? []);
  }

  /** `PUT .../commands`: replaces the whole list, keeping ids of commands whose name and type are unchanged. */
  overwrite(guildId: string | null, body: unknown): APIApplicationCommand[] {
    validateCommandList(body);
    const previous = this.list(guildId);
    const next = (body as Obj[]).map((raw) => {
      const old = previous.find((c) => c.name === raw.name && c.type === (raw.type ?? ApplicationCommandType.ChatInput));
      return this.build(guildId, raw, old?.id);
    });
    this.set(guildId, next);
    return next;
  }

  /** `POST .../commands`: creates, or replaces a command with the same name and type. */
  create(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    const errors = new FormErrors();
    validateCommand(errors, [], body);
    errors.throwIfAny();
    const raw = body as Obj;
    const list = [...this.list(guildId)];
    const index = list.findIndex((c) => c.name === raw.name && c.type === (raw.type ?? ApplicationCommandType.ChatInput));
    const command = this.build(guildId, raw, index >= 0 ? list[index]?.id : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    this.set(guildId, list);
    return { command, created: index < 0 };
  }

  get(guildId: string | null, id: string): APIApplicationCommand {
    const command = this.list(guildId).find((c) => c.id === id);
    if (!command) throw unknownCommand();
    return command;
  }

  edit(guildId: string | null, id: string, body: unknown): APIApplicationCommand {
    const current = this.get(guildId, id);
    const merged = { ...current, ...(body as Obj) };
    const errors = new FormErrors();
    validateCommand(errors, [], merged);
    errors.throwIfAny();
    const command = this.build(guildId, merged, id);
    this.set(
      guildId,
      this.list(guildId).map((c) => (c.id === id ? command : c)),
    );
    return command;
  }

  delete(guildId: string | null, id: string): void {
    this.get(guildId, id);
    this.set(
      guildId,
      this.list(guildId).filter((c) => c.id !== id),
    );
  }

  /** The command a user would see under `name` in `guildId`: guild commands shadow global ones. */
  find(name: string, guildId: string | null, type = ApplicationCommandType.ChatInput): APIApplicationCommand | undefined {
    const match = (c: APIApplicationCommand): boolean => c.name === name && c.type === type;
    return (guildId !== null ? this.list(guildId).find(match) : undefined) ?? this.global.find(match);
  }

  private set(guildId: string | null, list: APIApplicationCommand[]): void {
    if (guildId === null) this.global.splice(0, this.global.length, ...list);
    else this.guilds.set(guildId, list);
  }

  private build(guildId: string | null, raw: Obj, id: string | undefined): APIApplicationCommand {
    const type = (raw.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
    return {
      id: id ?? this.ids.next(),
      application_id: this.applicationId,
      version: this.ids.next(),
      type,
      name: String(raw.name),
      name_localizations: (raw.name_localizations as APIApplicationCommand['name_localizations']) ?? null,
      description: typeof raw.description === 'string' ? raw.description : '',
      description_localizations: (raw.description_localizations as APIApplicationCommand['description_localizations']) ?? null,
      ...(Array.isArray(raw.options) && raw.options.length > 0 ? { options: raw.options as APIApplicationCommand['options'] } : {}),
      default_member_permissions: (raw.default_member_permissions as string | null | undefined) ?? null,
      nsfw: raw.nsfw === true,
      ...(guildId !== null ? { guild_id: guildId } : {}),
      integration_types: (raw.integration_types as APIApplicationCommand['integration_types']) ?? [0],
      contexts: (raw.contexts as APIApplicationCommand['contexts']) ?? null,
      ...(raw.dm_permission !== undefined && guildId === null ? { dm_permission: raw.dm_permission === true } : {}),
    };
  }
}
