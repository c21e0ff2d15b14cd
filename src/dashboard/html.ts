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

const dateFormat = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** Dates shown in UTC, labelled, so that mentors in different zones read the same time. */
export function when(date: Date): string {
  return `${dateFormat.format(date)} UTC`;
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
