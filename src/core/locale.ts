/** Every user-facing text exists in both languages; Korean is the source language. */
export type Locale = 'ko' | 'en';
export const LOCALES: readonly Locale[] = ['ko', 'en'];

export interface Localized {
  ko: string;
  en: string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'ko' || value === 'en';
}

/** Discord sends locales like `ko`, `en-US`, `en-GB`: Korean for Korean users, English otherwise. */
export function toLocale(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
