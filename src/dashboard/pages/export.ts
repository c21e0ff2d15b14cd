import { maskPersonal } from '../../text/personal-data.ts';
import type { ConversationRow } from '../../db/workspace-repo.ts';
import type { DashboardDeps } from '../context.ts';
import type { Router } from '../router.ts';
import { filterOf } from './filters.ts';

const COLUMNS = [
  'id',
  'created_at',
  'channel',
  'outcome',
  'answered',
  'confidence',
  'mode',
  'topic',
  'language',
  'feedback',
  'question',
  'answer',
] as const;

/**
 * One CSV cell: quoted, and a leading = + - @ (a formula to a spreadsheet) neutralised with an apostrophe,
 * since questions are typed by anyone.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

function record(row: ConversationRow) {
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    channel: row.channel,
    outcome: row.outcome,
    answered: row.answered,
    confidence: row.confidence,
    mode: row.mode,
    topic: row.topic,
    language: row.language,
    feedback: row.feedback,
    // An export leaves the workspace (a file on a laptop, a spreadsheet): personal data in it is masked.
    question: maskPersonal(row.question).text,
    answer: maskPersonal(row.answer).text,
  };
}

/** Exports of the filtered list, streamed page by page; the export itself is audited. */
export function registerExport(r: Router, deps: DashboardDeps): void {
  const serve = (format: 'csv' | 'jsonl') => async (c: Parameters<Parameters<Router['get']>[2]>[0]) => {
    const filter = filterOf(c);
    await deps.audit.record({
      mentorId: c.get('session')!.mentor.id,
      action: 'export',
      target: format,
      detail: { filter },
    });
    const rows = deps.workspace.all(filter);
    const encoder = new TextEncoder();
    let header = format === 'csv';
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (header) {
          header = false;
          controller.enqueue(encoder.encode(`\uFEFF${COLUMNS.join(',')}\r\n`));
          return;
        }
        const lines: string[] = [];
        for (let i = 0; i < 500; i++) {
          const next = await rows.next();
          if (next.done) break;
          const rec = record(next.value);
          lines.push(
            format === 'csv'
              ? `${COLUMNS.map((col) => csvCell(rec[col])).join(',')}\r\n`
              : `${JSON.stringify(rec)}\n`,
          );
        }
        if (lines.length > 0) controller.enqueue(encoder.encode(lines.join('')));
        else controller.close();
      },
      async cancel() {
        await rows.return(undefined);
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return c.body(stream, 200, {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="percakapan-${stamp}.${format}"`,
    });
  };
  r.get('/ekspor.csv', 'export', serve('csv'));
  r.get('/ekspor.jsonl', 'export', serve('jsonl'));
}
