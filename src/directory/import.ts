import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { createSentraRepo } from '../db/sentra-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import { countControls } from '../text/control.ts';
import type { AreaIndex } from './areas.ts';
import { canonicalHeader, rawRowSchema, type SentraRecord, toRecord } from './record.ts';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** Rejections kept with their details; beyond this only the count grows (50 MB of junk is a lot of lines). */
const MAX_REPORTED = 1_000;

export interface ImportReport {
  file: string;
  encoding: 'utf-8' | 'windows-1252';
  rows: number;
  valid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: { line: number; reason: string }[];
  /** Problems with the file as a whole (missing columns, encoding). */
  warnings: string[];
  ms: number;
}

/** Decodes UTF-8 (with or without BOM); a file that is mostly invalid UTF-8 is read as Windows-1252, as Excel writes it. */
export function decodeCsv(buffer: Buffer): { text: string; encoding: ImportReport['encoding'] } {
  const utf8 = new TextDecoder('utf-8').decode(buffer);
  const bad = (utf8.match(/\uFFFD/g) ?? []).length;
  const highBytes = buffer.reduce((n, byte) => n + (byte >= 0x80 ? 1 : 0), 0);
  if (bad > 0 && bad >= highBytes * 0.5 && !buffer.includes(0)) {
    return { text: new TextDecoder('windows-1252').decode(buffer), encoding: 'windows-1252' };
  }
  return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
}

/**
 * Imports a sentra directory CSV: every row is validated (zod) and its places checked against the
 * official area list; good rows are upserted by their stable key, bad rows are reported with their
 * line and reason and never stop the others. Re-importing the same file changes nothing.
 */
export async function importDirectoryCsv(options: {
  db: Database;
  file: string;
  areas: AreaIndex;
  log: Logger;
  source?: string;
  synthetic?: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportReport> {
  const started = performance.now();
  const size = statSync(options.file).size;
  const report: ImportReport = {
    file: options.file,
    encoding: 'utf-8',
    rows: 0,
    valid: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
    warnings: [],
    ms: 0,
  };
  const reject = (line: number, reason: string) => {
    report.rejected++;
    if (report.rejections.length < MAX_REPORTED) report.rejections.push({ line, reason });
  };
  if (size > MAX_IMPORT_BYTES) {
    report.warnings.push(
      `file is ${Math.round(size / 2 ** 20)} MB; the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MB`,
    );
    return report;
  }
  const { text, encoding } = decodeCsv(readFileSync(options.file));
  report.encoding = encoding;
  if (encoding !== 'utf-8')
    report.warnings.push(
      'file is not UTF-8; read as Windows-1252 (Excel). Save as "CSV UTF-8" to avoid this.',
    );

  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const [header, ...body] = parsed.data;
  const fields = (header ?? []).map((name) => canonicalHeader(name));
  const missing = ['name', 'product'].filter((field) => !fields.includes(field));
  if (!fields.includes('province') && !fields.includes('province_code')) missing.push('province');
  if (!fields.includes('regency') && !fields.includes('regency_code')) missing.push('regency');
  if (missing.length > 0) {
    report.warnings.push(
      `missing column(s): ${missing.join(', ')} (found: ${(header ?? []).join(', ') || 'nothing'})`,
    );
    report.rows = body.length;
    report.rejected = body.length;
    return report;
  }
  // Papa reports the row index; a quoted field can span lines, so keep the physical line where each row starts.
  const lineOfRow = rowStartLines(text, parsed.data.length);

  const records = new Map<string, { record: SentraRecord; line: number }>();
  const source = options.source ?? `Impor ${basename(options.file)}`;
  for (const [index, cells] of body.entries()) {
    const line = lineOfRow[index + 1] ?? index + 2;
    report.rows++;
    const joined = cells.join('');
    if (joined.includes('\uFFFD')) {
      reject(line, 'invalid characters (wrong encoding?)');
      continue;
    }
    if (countControls(joined) > 0) {
      reject(line, 'binary data, not text');
      continue;
    }
    if (cells.length !== header!.length) {
      reject(line, `expected ${header!.length} columns, found ${cells.length}`);
      continue;
    }
    const raw: Record<string, string> = {};
    for (const [i, field] of fields.entries()) if (field && cells[i] !== undefined) raw[field] = cells[i]!;
    const row = rawRowSchema.safeParse(raw);
    if (!row.success) {
      reject(
        line,
        row.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; '),
      );
      continue;
    }
    const record = toRecord(row.data, options.areas, { source, synthetic: options.synthetic });
    if ('error' in record) {
      reject(line, record.error);
      continue;
    }
    const earlier = records.get(record.key);
    if (earlier) {
      reject(line, `duplicate of line ${earlier.line} (same place and name: ${record.key})`);
      continue;
    }
    records.set(record.key, { record, line });
    if (index % 5_000 === 0) options.onProgress?.(index, body.length);
  }
  report.valid = records.size;

  const repo = createSentraRepo(options.db);
  const list = [...records.values()].map((entry) => entry.record);
  await options.db.transaction(async (tx) => {
    for (let i = 0; i < list.length; i += 500) {
      const result = await repo.upsert(list.slice(i, i + 500), tx);
      report.inserted += result.inserted;
      report.updated += result.updated;
    }
  });
  if (report.inserted + report.updated > 0) await repo.analyze();
  report.unchanged = report.valid - report.inserted - report.updated;
  report.ms = Math.round(performance.now() - started);
  options.onProgress?.(body.length, body.length);
  options.log.info({ ...report, rejections: undefined, file: options.file }, 'directory import finished');
  if (report.rejected > 0) {
    options.log.warn(
      {
        code: 'DIRECTORY_ROWS_REJECTED',
        file: options.file,
        rejected: report.rejected,
        first: report.rejections.slice(0, 5),
      },
      'directory rows rejected',
    );
  }
  return report;
}

/** Physical line number (1-based) where each CSV record starts, honouring quoted newlines and skipping blank lines. */
export function rowStartLines(text: string, count: number): number[] {
  const starts: number[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length && starts.length < count) {
    const end = text.indexOf('\n', i);
    const segment = text.slice(i, end === -1 ? text.length : end);
    if (segment.trim() === '') {
      line++;
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    starts.push(line);
    let quoted = false;
    for (; i < text.length; i++) {
      const char = text[i];
      if (char === '"') quoted = !quoted;
      else if (char === '\n') {
        line++;
        if (!quoted) {
          i++;
          break;
        }
      }
    }
  }
  return starts;
}
