import type { AnswerResult } from '../../rag/answer-service.ts';

/** A worked answer longer than this folds its working (characters of the whole answer). */
export const FOLD_AFTER = 350;
/** Working shorter than this is shown: a fold that hides two lines costs a tap for nothing. */
const FOLD_AT_LEAST = 120;

/**
 * A line that asks the reader for something ("... dari lembaga?", "kirim angkanya ...", "send them if ...",
 * "Mohon lengkapi:"): it stays in view below the fold. "Ongkos kirim Rp 15.000" is a cost, not a request.
 */
const ASKS_READER =
  /\?\s*\)?\s*$|(?<!\b(?:ongkos|biaya|jasa|tarif|ongkir)\s)\bkirim\b|\bsend\b|\bmohon lengkapi\b|\bplease complete\b/i;

/**
 * What a reader sees before tapping: a calculation's first paragraph (the result, and the figures it read
 * from the message) stays in view; the working after it (formula, steps, what it means) folds into an
 * expandable quote, so a phone shows the answer, not a page of arithmetic. A line that asks the reader for
 * something ("Mohon lengkapi: ...?", "kirim angkanya ...") stays in view after the fold. Only the tools'
 * answers fold: a card's later paragraph may answer a second question, and that stays in view.
 */
export function foldWorking(result: Pick<AnswerResult, 'answer' | 'mode' | 'outcome'>): {
  shown: string;
  folded?: string;
  after?: string;
} {
  const answer = result.answer.trim();
  const at = answer.indexOf('\n\n');
  if (result.mode !== 'tool' || result.outcome !== 'answered' || at < 0 || answer.length <= FOLD_AFTER)
    return { shown: answer };
  const lines = answer.slice(at).trim().split('\n');
  const asks = lines.filter((line) => ASKS_READER.test(line));
  const folded = lines
    .filter((line) => !ASKS_READER.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (folded.length < FOLD_AT_LEAST) return { shown: answer };
  return {
    shown: answer.slice(0, at).trimEnd(),
    folded,
    ...(asks.length > 0 ? { after: asks.join('\n') } : {}),
  };
}
