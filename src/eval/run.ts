import type { Logger } from '../logger.ts';
import { createAnswerService } from '../rag/answer-service.ts';
import type { Tools } from '../rag/tools.ts';
import type { Searcher } from '../rag/types.ts';
import { type EvalQuestion, normaliseForMatch } from './questions.ts';

export interface EvalRow {
  id: string;
  topic: string;
  style: string;
  answerable: boolean;
  answered: boolean;
  confidence: number;
  /** Declined whatever the confidence (live figure, contact, no terms). */
  guarded: boolean;
  factFound: boolean;
  /** 1-based rank of the expected document among retrieved documents, 0 when absent from the top 10. */
  rank: number;
}

export interface Metrics {
  questions: number;
  answerable: number;
  unanswerable: number;
  factRecall: number;
  recallAt5: number;
  mrr: number;
  declineRate: number;
  /** Answerable questions that were declined: the price of the confidence bar. */
  falseDeclineRate: number;
}

/** Runs every question through retrieval and the answer service (nothing is written to the interaction log). */
export async function runEvaluation(
  searcher: Searcher,
  questions: EvalQuestion[],
  options: {
    minConfidence: number;
    log: Logger;
    onProgress?: (done: number, total: number) => void;
    /** The structured tools, so that questions they answer are evaluated as the product answers them. */
    tools?: Tools;
  },
): Promise<EvalRow[]> {
  const service = createAnswerService({
    searcher,
    log: options.log,
    minConfidence: options.minConfidence,
    tools: options.tools,
  });
  const rows: EvalRow[] = [];
  for (const question of questions) {
    const result = await service.answer({ text: question.question, channel: 'eval' });
    let rank = 0;
    let factFound = false;
    if (question.answerable) {
      const { chunks } = await searcher.search(question.question, { k: 30 });
      const docs = [...new Set(chunks.map((chunk) => chunk.path))].slice(0, 10);
      rank = docs.indexOf(question.source) + 1;
      factFound =
        result.answered && normaliseForMatch(result.answer).includes(normaliseForMatch(question.fact));
    }
    rows.push({
      id: question.id,
      topic: question.topic,
      style: question.style,
      answerable: question.answerable,
      answered: result.answered,
      confidence: result.confidence,
      guarded: ['no-terms', 'live-figure', 'contact'].includes(result.declineReason ?? ''),
      factFound,
      rank,
    });
    options.onProgress?.(rows.length, questions.length);
  }
  return rows;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export function summarise(rows: EvalRow[]): Metrics {
  const answerable = rows.filter((row) => row.answerable);
  const unanswerable = rows.filter((row) => !row.answerable);
  return {
    questions: rows.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    factRecall: ratio(answerable.filter((row) => row.factFound).length, answerable.length),
    recallAt5: ratio(answerable.filter((row) => row.rank >= 1 && row.rank <= 5).length, answerable.length),
    mrr: ratio(
      answerable.reduce((sum, row) => sum + (row.rank > 0 ? 1 / row.rank : 0), 0),
      answerable.length,
    ),
    declineRate: ratio(unanswerable.filter((row) => !row.answered).length, unanswerable.length),
    falseDeclineRate: ratio(answerable.filter((row) => !row.answered).length, answerable.length),
  };
}

/** For each candidate bar: the share of answerable questions still answered, and of unanswerable ones declined. */
export function sweep(rows: EvalRow[], bars: number[]) {
  const answerable = rows.filter((row) => row.answerable);
  const unanswerable = rows.filter((row) => !row.answerable);
  return bars.map((bar) => ({
    bar,
    answeredShare: ratio(
      answerable.filter((row) => !row.guarded && row.confidence >= bar).length,
      answerable.length,
    ),
    declineRate: ratio(
      unanswerable.filter((row) => row.guarded || row.confidence < bar).length,
      unanswerable.length,
    ),
  }));
}
