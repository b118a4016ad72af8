import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, type APIApplicationCommandBasicOption, type APIApplicationCommandOption } from 'discord-api-types/v10';
import type { CommandData } from '../core/command.js';
import type { OptionValue } from '../core/requests.js';
import type { MessageKey } from '../i18n/index.js';

export interface ParsedLine {
  subcommand?: string;
  options: Record<string, OptionValue>;
}

export type ParseResult = { ok: true; value: ParsedLine } | { ok: false; problem: Problem };

/** What was wrong with the line, as a message key for the person's language. */
export interface Problem {
  key: MessageKey;
  vars: Record<string, string | number>;
}

/** Splits on spaces, keeping "quoted text" (and key:"quoted text") together. */
export function tokenize(line: string): string[] {
  const tokens: string[] = [];
  for (const match of line.matchAll(/(?:[^\s"]+|"[^"]*")+/g)) tokens.push(match[0].replace(/"/g, ''));
  return tokens;
}

const truthy = new Set(['true', 'yes', 'y', '1', 'on', '예', '네']);
const falsy = new Set(['false', 'no', 'n', '0', 'off', '아니오', '아니요']);

const bad = (option: APIApplicationCommandBasicOption, raw: string, expected: string): { problem: Problem } => ({
  problem: { key: 'console.badValue', vars: { option: option.name, value: raw, expected } },
});

function convert(option: APIApplicationCommandBasicOption, raw: string): OptionValue | { problem: Problem } {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      const lower = raw.toLowerCase();
      if (truthy.has(lower)) return true;
      if (falsy.has(lower)) return false;
      return bad(option, raw, 'true/false');
    }
    case ApplicationCommandOptionType.Integer:
      return /^-?\d+$/.test(raw) ? Number(raw) : bad(option, raw, '1, 2, 3…');
    case ApplicationCommandOptionType.Number:
      return Number.isFinite(Number(raw)) ? Number(raw) : bad(option, raw, '1.5');
    case ApplicationCommandOptionType.Attachment: {
      // The console attaches a local file: `/notes add file:./week3.md`.
      const path = resolve(raw);
      return { id: '0', filename: basename(path), size: existsSync(path) ? statSync(path).size : 0, url: pathToFileURL(path).href };
    }
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Channel:
    case ApplicationCommandOptionType.Role:
    case ApplicationCommandOptionType.Mentionable:
      // Accept a mention (<@123>, <#123>) or a bare id.
      return raw.replace(/^<[@#]?[!&]?(\d+)>$/, '$1');
    default:
      return raw;
  }
}

function optionNamed(options: readonly APIApplicationCommandBasicOption[], name: string) {
  return options.find((option) => option.name === name || Object.values(option.name_localizations ?? {}).includes(name));
}

const isSubcommand = (option: APIApplicationCommandOption) => option.type === ApplicationCommandOptionType.Subcommand;

/**
 * Reads `key:value` options by name and bare words positionally, in the order the
 * definition lists them, so `/summary nlp section:klue` and `/summary nlp klue` both work.
 */
export function parseArguments(data: CommandData, words: readonly string[], defaultSubcommand?: string): ParseResult {
  let definitions = (data.options ?? []) as readonly APIApplicationCommandOption[];
  const rest = [...words];
  let subcommand: string | undefined;

  if (definitions.some(isSubcommand)) {
    const named = (name: string | undefined) =>
      definitions.find((option) => isSubcommand(option) && (option.name === name || Object.values(option.name_localizations ?? {}).includes(name ?? '')));
    // `/quiz nlp` means `/quiz practice nlp`: a line that names no subcommand gets the default one.
    const first = named(rest[0]);
    if (first) rest.shift();
    const chosen = first ?? named(defaultSubcommand);
    const names = definitions
      .filter(isSubcommand)
      .map((option) => option.name)
      .join('|');
    if (!chosen || chosen.type !== ApplicationCommandOptionType.Subcommand) {
      return { ok: false, problem: { key: 'console.needsSubcommand', vars: { command: data.name, choices: names } } };
    }
    subcommand = chosen.name;
    definitions = chosen.options ?? [];
  }
  const basic = definitions as readonly APIApplicationCommandBasicOption[];

  const options: Record<string, OptionValue> = {};
  const positional: string[] = [];
  for (const word of rest) {
    const colon = word.indexOf(':');
    const option = colon > 0 ? optionNamed(basic, word.slice(0, colon)) : undefined;
    if (option) {
      const value = convert(option, word.slice(colon + 1));
      if (typeof value === 'object' && 'problem' in value) return { ok: false, problem: value.problem };
      options[option.name] = value;
    } else {
      positional.push(word);
    }
  }
  for (const option of basic) {
    if (positional.length === 0) break;
    if (option.name in options) continue;
    const value = convert(option, positional.shift()!);
    if (typeof value === 'object' && 'problem' in value) return { ok: false, problem: value.problem };
    options[option.name] = value;
  }
  if (positional.length > 0) {
    return { ok: false, problem: { key: 'console.unexpected', vars: { words: positional.join(' '), command: data.name } } };
  }
  const missing = basic.filter((option) => option.required && !(option.name in options));
  if (missing.length > 0) {
    const names = missing.map((option) => option.name).join(', ');
    return { ok: false, problem: { key: 'console.missing', vars: { options: names, command: data.name } } };
  }
  return { ok: true, value: subcommand === undefined ? { options } : { subcommand, options } };
}
