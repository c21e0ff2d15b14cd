import { detectLanguage } from '../text/analyze.ts';
import { answerMoneyQuestion, moneyOffer, type Turn } from './hitung.ts';
import type { FinanceSource } from './sources.ts';

/** The Hitung bareng answer in the shape the answering core's tools return. */
export interface HitungToolAnswer {
  tool: 'hitung';
  answer: string;
  answered: boolean;
  source: FinanceSource;
}

/**
 * A money question with the artisan's figures (or a reply that continues one) answered by the calculators,
 * with the knowledge document it follows as its source. Asking back for a missing figure is an answer too:
 * the conversation goes on, nobody needs to hand it to a mentor.
 */
export function hitungToolAnswer(question: string, history: Turn[] = []): HitungToolAnswer | undefined {
  const lang = detectLanguage(question) === 'en' ? 'en' : 'id';
  const money = answerMoneyQuestion(question, lang, history);
  if (!money) return undefined;
  return { tool: 'hitung', answer: money.text, answered: true, source: money.worked.source };
}

/** The line appended to a knowledge answer about money that carried no figures ("" when none applies). */
export function hitungOffer(question: string): string {
  const lang = detectLanguage(question) === 'en' ? 'en' : 'id';
  const offer = moneyOffer(question, lang);
  return offer ? `\n\n${offer}` : '';
}
