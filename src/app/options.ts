import { ApplicationCommandOptionType as T } from 'discord-api-types/v10';
import type { CommandData } from '../core/command.js';
import type { OptionValue } from '../core/requests.js';

type OptionDefinition = NonNullable<CommandData['options']>[number];

/** The option definitions a request's values are checked against (the subcommand's, when it has one). */
export function definitionsFor(data: CommandData, subcommand: string | undefined): readonly OptionDefinition[] | undefined {
  const options = data.options ?? [];
  const subcommands = options.filter((o) => o.type === T.Subcommand);
  if (subcommands.length === 0) return subcommand === undefined ? options : undefined;
  const chosen = subcommands.find((o) => o.name === subcommand);
  return chosen && 'options' in chosen ? (chosen.options ?? []) : chosen ? [] : undefined;
}

function fits(definition: OptionDefinition, value: OptionValue): boolean {
  switch (definition.type) {
    case T.String: {
      if (typeof value !== 'string') return false;
      if ('max_length' in definition && definition.max_length !== undefined && value.length > definition.max_length) return false;
      if ('min_length' in definition && definition.min_length !== undefined && value.length < definition.min_length) return false;
      break;
    }
    case T.Integer:
    case T.Number: {
      if (typeof value !== 'number' || !Number.isFinite(value) || (definition.type === T.Integer && !Number.isInteger(value))) return false;
      if ('min_value' in definition && definition.min_value !== undefined && value < definition.min_value) return false;
      if ('max_value' in definition && definition.max_value !== undefined && value > definition.max_value) return false;
      break;
    }
    case T.Boolean:
      return typeof value === 'boolean';
    case T.User:
    case T.Channel:
    case T.Role:
    case T.Mentionable:
      return typeof value === 'string' && /^\d{17,20}$/.test(value);
    case T.Attachment:
      return typeof value === 'object' && value !== null && typeof value.url === 'string';
    default:
      return false;
  }
  if ('choices' in definition && definition.choices && definition.choices.length > 0) return definition.choices.some((choice) => choice.value === value);
  return true;
}

/**
 * Checks a request's options against the command's own definition, so a handler can rely on the
 * types its definition declares: the name of the first option that does not fit, or undefined.
 */
export function invalidOption(data: CommandData, subcommand: string | undefined, options: Readonly<Record<string, OptionValue>>): string | undefined {
  const definitions = definitionsFor(data, subcommand);
  if (!definitions) return subcommand ?? data.name;
  for (const [name, value] of Object.entries(options)) {
    const definition = definitions.find((d) => d.name === name);
    if (!definition || !fits(definition, value)) return name;
  }
  return definitions.find((d) => 'required' in d && d.required === true && !(d.name in options))?.name;
}
