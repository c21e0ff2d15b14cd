import type { StoredCard } from '../../db/cards-repo.ts';
import { splitSentences } from '../sentences.ts';
import { ANAPHORIC, META } from '../unit-score.ts';
import { termsOf } from './matcher.ts';

export { saysNotHeld } from './not-held.ts';

const termsOfId = (text: string) => termsOf(text, false);

/** A sentence that opens with a reason or a result of the sentence before it ("Karena ...", "Sehingga ..."). */
const LEANS_BACK = /^(karena|sebab|sehingga|maka)\b/i;

/**
 * A sentence of the card's own section that holds question words the card's answer lacks (the
 * second half of "INTAKO singkatan dari apa? Trus ketuanya siapa?"), when those words are rare
 * enough to be what was asked; undefined when the card's answer covers the question.
 */
export function supportSentence(input: {
  card: StoredCard;
  asking: string;
  sectionText: string;
  idf: (term: string) => number;
  minIdf: number;
}): string | undefined {
  const covered = new Set(termsOfId(`${input.card.jawab} ${input.card.section}`));
  const missing = new Set(termsOfId(input.asking).filter((term) => !covered.has(term)));
  if (missing.size === 0) return undefined;
  let best: { sentence: string; weight: number } | undefined;
  for (const line of paragraphLines(input.sectionText)) {
    const text = line
      .replace(/^\s*([-*•]|\d+\.)\s+/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (!text || text.startsWith('#') || text.startsWith('|')) continue;
    for (const sentence of splitSentences(text)) {
      // A list item's fragment ("membuat belanja teratur;") reads as a broken sentence after the answer.
      if (sentence.length > 320 || /[:;,]$/.test(sentence) || /^\p{Ll}/u.test(sentence)) continue;
      // What the document is about ("Dokumen ini menceritakan ..."), and a sentence that leans on the one
      // before it ("Angka itu ...", "Karena ...") say nothing to the asker after the card's answer.
      if (META.test(sentence) || ANAPHORIC.test(sentence) || LEANS_BACK.test(sentence)) continue;
      const hits = new Set(termsOfId(sentence).filter((term) => missing.has(term)));
      const weight = [...hits].reduce((sum, term) => sum + input.idf(term), 0);
      if (weight >= input.minIdf && (!best || weight > best.weight)) best = { sentence, weight };
    }
  }
  return best?.sentence;
}

/**
 * The section's lines with a paragraph's wrapped lines joined ("Direktur IKM Kimia, Sandang, Kerajinan dan" +
 * "Industri Aneka ..." is one sentence); a blank line, a list item, a heading or a table row starts a new one.
 */
export function paragraphLines(text: string): string[] {
  const out: string[] = [];
  const opens = (line: string) => line.trim() === '' || /^\s*([-*•]|\d+\.)\s+|^\s*[#|]/.test(line);
  for (const line of text.split('\n')) {
    const last = out.at(-1);
    if (last === undefined || opens(line) || last.trim() === '' || /^\s*[#|]/.test(last)) out.push(line);
    else out[out.length - 1] = `${last.trimEnd()} ${line.trim()}`;
  }
  return out;
}
