import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;

/**
 * Hono's html template, typed as synchronous: the pages never interpolate promises. Every interpolated
 * string is escaped; only values that are themselves Html (or raw) pass through.
 */
export const h = (strings: TemplateStringsArray, ...values: unknown[]): Html =>
  html(strings, ...values) as Html;

export { raw };

/** Indonesia's zones by their everyday names; any other zone is shown by its IANA name. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
};

let zone = 'Asia/Jakarta';
let dateFormat = formatFor(zone);

function formatFor(timeZone: string) {
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** The zone the workspace shows times in (WORKSPACE_TIMEZONE; a Dinas office works in WIB, WITA or WIT). */
export function showTimesIn(timeZone: string): void {
  zone = timeZone;
  dateFormat = formatFor(timeZone);
}

/** A date in the workspace's zone, labelled with it ("3 Des 2026, 14.05 WIB"). */
export function when(date: Date): string {
  return `${dateFormat.format(date)} ${ZONE_NAMES[zone] ?? zone}`;
}

/** "3 jam", "2 hari": the age of a waiting hand-off. */
export function age(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} menit`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} jam`;
  return `${Math.round(hours / 24)} hari`;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** A number in Indonesian notation: "1.234", "2,5". */
export function num(value: number, digits = 1): string {
  return digits === 1
    ? NUMBER.format(value)
    : value.toLocaleString('id-ID', { maximumFractionDigits: digits });
}

/** A share (0..1) as a whole percentage: "46%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Where a conversation took place, in words. */
export function channelLabel(channel: string): string {
  return (
    ({ telegram: 'Telegram', cli: 'uji coba (baris perintah)', web: 'web' } as Record<string, string>)[
      channel
    ] ?? channel
  );
}

/** The language of a conversation, in words. */
export function languageLabel(language: string): string {
  return language === 'en' ? 'bahasa Inggris' : 'bahasa Indonesia';
}
