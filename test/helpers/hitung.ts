import { hitungToolAnswer } from '../../src/finance/tool.ts';

/**
 * Plays a conversation through the chat's money tool, as the terminal chat and the bot do. A turn the
 * calculator leaves to the knowledge answers "(dokumen)".
 */
export function play(...turns: string[]): string[] {
  const history: { question: string; answer: string }[] = [];
  return turns.map((question) => {
    const answer = hitungToolAnswer(question, [...history])?.answer ?? '(dokumen)';
    history.push({ question, answer });
    return answer;
  });
}

/** An answer's first line: the result the calculator leads with. */
export const lead = (answer: string) => answer.split('\n')[0];
