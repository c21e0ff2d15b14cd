import { type HitungToolAnswer, hitungToolAnswer } from '../../src/finance/tool.ts';
import type { Dialogue, Expected } from './dialogues-2026-12.ts';

/** How one turn came out: as expected, a wrong figure stated as a result, or another miss. */
export type Outcome =
  | 'pass'
  | 'wrong-figure'
  | 'asked-instead'
  | 'wrong-question'
  | 'no-answer'
  | 'no-reading'
  | 'incomplete'
  | 'taken';

export interface TurnResult {
  say: string;
  expect: Expected;
  answer: string;
  outcome: Outcome;
}

/** What the retrieval side answers when the calculators do not take the message. */
const NOT_OURS = '(jawaban dari dokumen)';

const isQuestionBack = (lead: string) =>
  /^(Untuk menghitung|To work out)\b/.test(lead) || /\?\s*$/.test(lead);

/** The line that shows how the figures were read ("Saya baca: ..."), or "". */
const readingLine = (answer: string) => answer.split('\n').find((l) => /^(Saya baca|I read):/.test(l)) ?? '';

function judge(expect: Expected, money: HitungToolAnswer | undefined): Outcome {
  if ('notMine' in expect) {
    if (!money) return 'pass';
    return isQuestionBack(money.answer.split('\n')[0] ?? '') ? 'taken' : 'wrong-figure';
  }
  if (!money) return 'no-answer';
  const lead = money.answer.split('\n')[0] ?? '';
  if ('result' in expect) {
    if (
      !expect.result.every((s) => lead.includes(s)) ||
      (expect.leadLacks ?? []).some((s) => lead.includes(s))
    )
      return isQuestionBack(lead) ? 'asked-instead' : 'wrong-figure';
    const reading = readingLine(money.answer);
    if (!(expect.reads ?? []).every((s) => reading.includes(s))) return 'no-reading';
    return (expect.also ?? []).every((s) => money.answer.includes(s)) ? 'pass' : 'incomplete';
  }
  if (!isQuestionBack(lead)) return 'wrong-figure';
  return expect.asks.every((s) => money.answer.includes(s)) ? 'pass' : 'wrong-question';
}

/**
 * Plays one dialogue turn by turn as the terminal chat and the bot do: the answering core's tool gets the
 * message and the earlier turns of the conversation.
 */
export function playDialogue(dialogue: Dialogue): TurnResult[] {
  const history: { question: string; answer: string }[] = [];
  return dialogue.turns.map(({ say, expect }) => {
    const money = hitungToolAnswer(say, [...history]);
    const answer = money?.answer ?? NOT_OURS;
    history.push({ question: say, answer });
    return { say, expect, answer, outcome: judge(expect, money) };
  });
}
