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

export function containsFact(text: string, fact: string): boolean {
  return normaliseForMatch(text).includes(normaliseForMatch(fact));
}

/** The value below which the given share of sorted values lie (nearest rank). */
export function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}
