import type { IngestReport } from '../ingest/pipeline.ts';
import type { AnswerResult } from '../rag/answer-service.ts';
import { MESSAGES } from '../rag/messages.ts';

/** The answer as a person reads it in a terminal: the text, then the numbered sources. */
export function formatAnswer(result: AnswerResult): string {
  if (result.sources.length === 0) return result.answer;
  const label = MESSAGES[result.language].sources;
  const sources = result.sources.map(
    (source) =>
      `[${source.n}] ${source.title} — ${source.section} (${source.source}${source.asOf ? `; per ${source.asOf}` : ''}) · ${source.path}`,
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
    ...(result.choices ? { choices: result.choices } : {}),
    ...(result.trace ? { trace: result.trace } : {}),
  };
}

/**
 * `ask --explain`: how the answer was reached. The asking sentence and the story around it, the cards
 * and chunks matched with their scores, and every named rule that fired with its effect.
 */
export function formatExplain(result: AnswerResult): string {
  const t = result.trace;
  const lines = ['', '── penjelasan (--explain) ──'];
  lines.push(`hasil: ${result.outcome} · mode: ${result.mode} · keyakinan: ${result.confidence.toFixed(2)}`);
  if (result.resolvedQuestion && result.resolvedQuestion !== result.question)
    lines.push(`dipahami sebagai: ${result.resolvedQuestion}`);
  if (!t) {
    lines.push('(tanpa jejak: dijawab sebelum pencarian, misalnya oleh alat, penjaga, atau sapaan)');
    return lines.join('\n');
  }
  lines.push(`kalimat bertanya: ${t.asking ?? '(seluruh pesan)'}`);
  if (t.context) lines.push(`cerita (pemecah seri saja): ${t.context}`);
  lines.push('kartu terdekat:');
  for (const card of t.cards)
    lines.push(
      `  ${card.score.toFixed(3)}  ${card.id}${card.id === t.card ? '  ← menjawab' : ''}  § ${card.section}  ~ "${card.matched}"`,
    );
  if (t.cards.length === 0) lines.push('  (tidak ada)');
  lines.push('potongan teratas (BM25):');
  for (const chunk of t.chunks) lines.push(`  ${chunk.score.toFixed(3)}  ${chunk.path} § ${chunk.section}`);
  lines.push('aturan yang berlaku:');
  for (const fired of t.rules) lines.push(`  ${fired.rule}: ${fired.effect}`);
  if (t.rules.length === 0) lines.push('  (tidak ada)');
  return lines.join('\n');
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
