import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type Locale = 'id' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const LOCALES: Record<Locale, Record<MessageKey, string>> = { id, en };

/** A translator for one locale; {name} placeholders are filled from params. */
export function translator(locale: Locale): Translate {
  const table = LOCALES[locale];
  return (key, params) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && params[name] !== undefined ? String(params[name]) : whole,
    );
}

/** Indonesian first: English only for a Telegram client set to English. */
export function localeOf(languageCode: string | undefined): Locale {
  return languageCode?.toLowerCase().startsWith('en') ? 'en' : 'id';
}
