import { MESSAGES } from '../rag/messages.ts';
import { splitSentences } from '../rag/sentences.ts';
import { normaliseForMatch } from './questions.ts';

/** The answer as a user reads it: no framing note, no citation markers, no bullets. */
export function answerBody(answer: string): string {
  return answer
    .replace(MESSAGES.en.englishNote, '')
    .replace(/\s*\[\d+\]/g, '')
    .replace(/^• /gm, '')
    .trim();
}

/**
 * The answer's first statement: its first sentence, and when that sentence introduces a list
 * ("... wajib memuat:") the list it introduces, since the list is what the sentence states.
 */
export function firstStatement(answer: string): string {
  const lines = answerBody(answer).split('\n');
  const first = splitSentences(lines[0] ?? '')[0] ?? '';
  if (!first.endsWith(':') || lines.length === 1 || splitSentences(lines[0]!).length > 1) return first;
  const list: string[] = [first];
  for (const line of lines.slice(1)) {
    if (!answer.includes(`• ${line}`)) break;
    list.push(line);
  }
  return list.join('\n');
}

/**
 * Whether the text states the fact, word by word: the fact must start a word ("DAK" is not found in
 * "tidak", "10 miliar" not in "100 miliar"). It may carry a suffix ("bahan bakunya") unless it is short
 * (an acronym such as "KUR" is not "kurang") or ends in a digit ("10" is not "100").
 */
export function containsFact(text: string, fact: string): boolean {
  const haystack = normaliseForMatch(text);
  const needle = normaliseForMatch(fact);
  if (!needle) return false;
  const wordChar = /[\p{L}\p{N}]/u;
  const closed = needle.length <= 4 || /\p{N}$/u.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (wordChar.test(needle[0]!) && before !== undefined && wordChar.test(before)) continue;
    if (closed && wordChar.test(needle.at(-1)!) && after !== undefined && wordChar.test(after)) continue;
    return true;
  }
  return false;
}

/** The value below which the given share of sorted values lie (nearest rank). */
export function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
