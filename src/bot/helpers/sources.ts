import type { AnswerSource } from '../../rag/answer-service.ts';

const MONTHS =
  '(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December)';
const DATE = new RegExp(`\\b(?:\\d{1,2}\\s+${MONTHS}\\s+\\d{4}|${MONTHS}\\s+\\d{4}|(?:19|20)\\d{2})\\b`, 'i');

/**
 * One source as a reader wants it: a short title, the publisher and the date of the publication, e.g.
 * "Jumlah sentra IKM dan unit usaha di Indonesia (Republika, 26 Oktober 2022)". Never the file path, and
 * never the date the knowledge file was written (as_of is used only for the directory and tools, whose
 * source line carries no date of its own).
 */
export function formatSource(source: AnswerSource): string {
  const title = shortTitle(source.title);
  const first = source.source.split(';')[0]!.trim();
  const compiled = /disusun\s+(?:oleh\s+)?([^;,]+)/i.exec(source.source);
  const publisher = compiled
    ? capitalise(compiled[1]!.trim())
    : first
        .split(',')[0]!
        .replace(/\s*\(.*$/, '')
        .trim();
  const date = DATE.exec(first)?.[0] ?? (source.path.startsWith('tool:') ? source.asOf : '');
  const meta = [publisher, date].filter((part) => part && part !== title).join(', ');
  return meta ? `${title} (${meta})` : title;
}

function shortTitle(title: string): string {
  const head = title.split(/\s+[-–—:]\s+/)[0]!.trim();
  return head.length > 80 ? `${head.slice(0, 77).trimEnd()}…` : head;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
