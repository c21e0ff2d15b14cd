import type { IngestReport } from '../ingest/pipeline.ts';
import type { AnswerResult } from '../rag/answer-service.ts';
import { MESSAGES } from '../rag/messages.ts';

/** The answer as a person reads it in a terminal: the text, then the numbered sources. */
export function formatAnswer(result: AnswerResult): string {
  if (result.sources.length === 0) return result.answer;
  const label = MESSAGES[result.language].sources;
  const sources = result.sources.map(
    (source) =>
      `[${source.n}] ${source.title} — ${source.section} (${source.source}; per ${source.asOf}) · ${source.path}`,
  );
  return `${result.answer}\n\n${label}:\n${sources.join('\n')}`;
}

/** The JSON shape of `pendamping ask --json`, one object per question. */
export function answerJson(result: AnswerResult) {
  return {
    question: result.question,
    answer: result.answer,
    answered: result.answered,
    confidence: result.confidence,
    sources: result.sources.map(({ n, title, path, section, score }) => ({ n, title, path, section, score })),
    timings: result.timings,
    outcome: result.outcome,
    language: result.language,
    mode: result.mode,
    ...(result.resolvedQuestion && result.resolvedQuestion !== result.question
      ? { resolvedQuestion: result.resolvedQuestion }
      : {}),
    ...(result.kind ? { kind: result.kind } : {}),
    ...(result.errorCode ? { errorCode: result.errorCode } : {}),
  };
}

export function formatIngestSummary(report: IngestReport): string {
  const parts = [
    `${report.scanned} berkas`,
    `${report.added} baru`,
    `${report.updated} berubah`,
    `${report.unchanged} tetap`,
    `${report.removed} dihapus`,
    `${report.chunksInserted} potongan ditulis`,
    `${report.chunksKept} dipertahankan`,
    `${report.chunksDeleted} dibuang`,
    `${report.failed.length} gagal`,
    `${report.ms} ms`,
  ];
  return `Ingest selesai: ${parts.join(', ')}.`;
}
