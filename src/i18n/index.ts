import type { Locale } from '../core/locale.js';
import { UserError } from '../core/userError.js';
import { en } from './en.js';
import { ko, type MessageKey } from './ko.js';

export type { MessageKey };

/** The `{name}` placeholders of a message, read from the Korean text's own type. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type PlaceholdersOf<K extends MessageKey> = Placeholders<(typeof ko)[K]>;

/** The values a message needs: exactly its placeholders, so a missing or misspelt one fails to compile. */
export type VarsOf<K extends MessageKey> = { [P in PlaceholdersOf<K>]: string | number };
type VarsArgument<K extends MessageKey> = [PlaceholdersOf<K>] extends [never] ? [vars?: Record<never, never>] : [vars: VarsOf<K>];

/** Each English message has the same placeholders as its Korean source; a key that differs is named here by the compiler. */
type Mismatched = {
  [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [PlaceholdersOf<K>] ? ([PlaceholdersOf<K>] extends [Placeholders<(typeof en)[K]>] ? never : K) : K;
}[MessageKey];
const placeholdersMatch: [Mismatched] extends [never] ? true : Mismatched = true;
void placeholdersMatch;

const tables: Record<Locale, Record<MessageKey, string>> = { ko, en };

function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A message in the member's language with its placeholders filled. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[vars]: VarsArgument<K>): string {
  return fill(tables[locale][key], vars ?? {});
}

/** A user error carrying a checked key and its values; the router words it. */
export function userError<K extends MessageKey>(key: K, ...[vars]: VarsArgument<K>): UserError {
  return new UserError(key, vars ?? {});
}

/** Words a UserError (its key was checked where it was created). */
export function describeUserError(locale: Locale, error: UserError): string {
  const template = (tables[locale] as Record<string, string>)[error.key];
  return template === undefined ? error.key : fill(template, error.vars);
}
