import type { AnswerService, ConversationTurn } from '../rag/answer-service.ts';
import type { Searcher } from '../rag/types.ts';
import type { EvalQuestion } from './questions.ts';
import { containsFact, firstStatement, percentile } from './score.ts';

export interface EvalRow {
  id: string;
  /** The file the question came from: sets written at different times are compared apart. */
  file: string;
  topic: string;
  style: string;
  answerable: boolean;
  /** A follow-up question, asked after its earlier turns. */
  followUp: boolean;
  answered: boolean;
  confidence: number;
  /** Declined whatever the confidence (live figure, contact, no terms). */
  guarded: boolean;
  factFound: boolean;
  /** The expected fact is in the answer's first sentence (or the list that sentence introduces). */
  factFirst: boolean;
  /** Characters of the answer as the user gets it (sources listed apart). */
  length: number;
  /** 1-based rank of the expected document among retrieved documents, 0 when absent from the top 10. */
  rank: number;
  mode: string;
  /** The question the system answered (a follow-up completed from its turns). */
  resolved: string;
  answer: string;
}

export interface Metrics {
  questions: number;
  answerable: number;
  unanswerable: number;
  factRecall: number;
  /** Share of answerable questions whose expected fact opens the answer. */
  factFirst: number;
  /** Median and 90th-percentile length of answered questions' answers, in characters. */
  medianLength: number;
  p90Length: number;
  recallAt5: number;
  mrr: number;
  declineRate: number;
  /** Answerable questions that were declined: the price of the confidence bar. */
  falseDeclineRate: number;
}

/**
 * Runs every question through the shipped answer service (tools, guards, follow-up completion and
 * all), leaving no interaction record. A follow-up's earlier turns are asked first, in order, and
 * the system's own answers become its history, as in a real conversation.
 */
export async function runEvaluation(
  answers: AnswerService,
  searcher: Searcher,
  questions: EvalQuestion[],
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const question of questions) {
    const history: ConversationTurn[] = [];
    for (const turn of question.turns ?? []) {
      const earlier = await answers.answer({
        text: turn,
        channel: 'eval',
        history: [...history],
        record: false,
      });
      history.push({ question: turn, answer: earlier.answer });
    }
    const result = await answers.answer({ text: question.question, channel: 'eval', history, record: false });
    const resolved = result.resolvedQuestion ?? question.question;
    let rank = 0;
    let factFound = false;
    let factFirst = false;
    if (question.answerable) {
      const { chunks } = await searcher.search(resolved, { k: 30 });
      const docs = [...new Set(chunks.map((chunk) => chunk.path))].slice(0, 10);
      rank = docs.indexOf(question.source) + 1;
      factFound = result.answered && containsFact(result.answer, question.fact);
      factFirst = factFound && containsFact(firstStatement(result.answer), question.fact);
    }
    rows.push({
      id: question.id,
      file: question.file ?? '',
      topic: question.topic,
      style: question.style,
      answerable: question.answerable,
      followUp: (question.turns ?? []).length > 0,
      answered: result.answered,
      confidence: result.confidence,
      guarded: ['no-terms', 'live-figure', 'contact'].includes(result.declineReason ?? ''),
      factFound,
      factFirst,
      length: result.answered ? result.answer.length : 0,
      rank,
      mode: result.mode,
      resolved,
      answer: result.answer,
    });
    options.onProgress?.(rows.length, questions.length);
  }
  return rows;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

export function summarise(rows: EvalRow[]): Metrics {
  const answerable = rows.filter((row) => row.answerable);
  const unanswerable = rows.filter((row) => !row.answerable);
  const lengths = rows.filter((row) => row.answered).map((row) => row.length);
  // Retrieval rank is not defined for a tool's answer's document, so only retrieved answers count there.
  return {
    questions: rows.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    factRecall: ratio(answerable.filter((row) => row.factFound).length, answerable.length),
    factFirst: ratio(answerable.filter((row) => row.factFirst).length, answerable.length),
    medianLength: percentile(lengths, 0.5),
    p90Length: percentile(lengths, 0.9),
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
  const answerable = rows.filter((row) => row.answerable && row.mode !== 'tool');
  const unanswerable = rows.filter((row) => !row.answerable && row.mode !== 'tool');
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
