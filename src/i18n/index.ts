import type { Locale } from '../content/types.js';
import { en } from './en.js';
import { ko, type MessageKey } from './ko.js';

export type { MessageKey };
export type Vars = Record<string, string | number>;

const tables: Record<Locale, Record<MessageKey, string>> = { ko, en };

/** Looks up a message and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function t(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

/** Discord sends locales like `ko`, `en-US`, `en-GB`: Korean for Korean users, English otherwise. */
export function toLocale(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
