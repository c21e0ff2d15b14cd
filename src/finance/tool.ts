import { type QuestionKind, questionKind } from '../rag/question-kind.ts';
import { detectLanguage } from '../text/analyze.ts';
import { splitAsking } from '../text/lexicon.ts';
import { cashSurplus } from './cash.ts';
import { discountedPrice } from './discount.ts';
import { answerMoneyQuestion, moneyOffer, type Turn } from './hitung.ts';
import { readMoneyFacts } from './read.ts';
import type { FinanceSource } from './sources.ts';

/** The Hitung bareng answer in the shape the answering core's tools return. */
export interface HitungToolAnswer {
  tool: 'hitung';
  answer: string;
  answered: boolean;
  source: FinanceSource;
  /** It worked nothing out: it asks the user for a figure it lacks. */
  asksBack: boolean;
}

/**
 * A money question with the artisan's figures (or a reply that continues one) answered by the calculators,
 * with the knowledge document it follows as its source. Asking back for a missing figure is an answer too:
 * the conversation goes on, nobody needs to hand it to a mentor.
 */
export function hitungToolAnswer(
  question: string,
  history: readonly Turn[] = [],
): HitungToolAnswer | undefined {
  // Whether the message is a calculation is the reader's call, not a pattern's: it finds the user's figures
  // (a number word with no unit, "campur jd satu", is none), a reply to the calculator's own question, or a
  // how-to the calculators answer with the user's numbers ("gimana ngitung potongan admin shopee").
  const lang = moneyLanguage(question);
  // "masuk 14,5 jt, keluar ... sisa kas brp?": the cash left, not a profit (money.cash-left)
  const cash = cashSurplus(question, lang);
  if (cash)
    return { tool: 'hitung', answer: cash.text, answered: true, source: cash.source, asksBack: false };
  // "diskon grosir 25% ... harga per biji jd brp?" with no cost given: the price after the discount
  const discounted = history.length === 0 ? discountedPrice(question, lang) : undefined;
  if (discounted)
    return {
      tool: 'hitung',
      answer: discounted.text,
      answered: true,
      source: discounted.source,
      asksBack: false,
    };
  const money = answerMoneyQuestion(question, lang, history);
  if (!money) return undefined;
  const asksBack = money.worked.missing.length > 0 || money.worked.ambiguous.length > 0;
  // "kenapa tenaga sendiri harus dihitung di hpp? ... bahan 300rb jadi 30 bungkus": a message that only asks
  // why, or what something is, is the knowledge's to answer; a calculator that could only ask for figures,
  // or work out a figure without the very cost asked about, does not answer it. Worked out whole ("kok
  // rugi? hpp 22rb jual 20rb"), the figures are the answer.
  if ((asksBack || money.worked.notIncluded?.length) && asksOnlyWhyOrWhat(question)) return undefined;
  return {
    tool: 'hitung',
    answer: asksBack || history.length > 0 ? money.text : withOtherCalculations(question, money.text, lang),
    answered: true,
    source: money.worked.source,
    asksBack,
  };
}

/**
 * The message asks for a reason or a definition ("kenapa ...?", "apa bedanya ... sama ...?") and for no
 * figure: a part of no kind of its own is the rest of a question split at "sama". A question that holds
 * figures itself ("what is the break-even point if my fixed costs are 4 million ...?") asks a calculation.
 */
function asksOnlyWhyOrWhat(question: string): boolean {
  const questions = splitAsking(question).questions;
  if (questions.some((q) => /\d/.test(q) || OWN_FIGURE.test(q))) return false;
  const kinds = questions.map(questionKind);
  return (
    kinds.some((k) => WHY_OR_WHAT.includes(k)) &&
    kinds.every((k) => WHY_OR_WHAT.includes(k) || k === 'general')
  );
}
const WHY_OR_WHAT: QuestionKind[] = ['reason', 'definition'];
/** "What is my cost per wallet?": a question for the artisan's own figure, not for what a word means. */
const OWN_FIGURE = /\b(what|how much)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:my|our)\b/i;

const EN_MONEY =
  /\b(price|cost|costs|break[- ]?even|materials?|rent|month|million|thousand|per|piece|selling|profit|margin|markup|fixed|variable|what|how|my|the|is|and|if)\b/gi;
const ID_MONEY =
  /\b(harga|biaya|bahan|sewa|bulan|sebulan|juta|ribu|rb|jt|untung|modal|berapa|brp|kalau|kalo|dan|yang|yg|saya|aku|tas|bungkus)\b/gi;

/** Short money questions carry few words; the money words themselves say which language they are in. */
function moneyLanguage(question: string): 'id' | 'en' {
  const en = question.match(EN_MONEY)?.length ?? 0;
  const id = (question.match(ID_MONEY)?.length ?? 0) + (question.match(ID_AMOUNT)?.length ?? 0);
  // "beli kain 1 kodi (20 lembar) 1,6jt, ongkos jahit 15rb per potong": amounts in rb/jt and no English word
  // of its own are Indonesian, whatever a short message's words look like to the language guess
  if (detectLanguage(question) === 'en') return id >= 2 && !EN_ONLY.test(question) ? 'id' : 'en';
  return en >= 2 && id === 0 ? 'en' : 'id';
}
/** Amounts written the Indonesian way ("15rb", "1,6jt", "2 ribu"). */
const ID_AMOUNT = /\d\s*(rb|jt|ribu|juta)\b/gi;
/** Words only an English sentence has. */
const EN_ONLY = /\b(the|is|are|my|our|what|how|and|each|i|we|you|it|of|to|for|with|sell|sells|cost|costs)\b/i;

/** The line appended to a knowledge answer about money that carried no figures ("" when none applies). */
export function hitungOffer(question: string): string {
  const lang = moneyLanguage(question);
  const offer = moneyOffer(question, lang);
  return offer ? `\n\n${offer}` : '';
}

/**
 * Whether a question gives its own money figures ("bulan ini laku 300, harga 55rb, ..."): such a question is
 * about the artisan's numbers, not today's market prices, so the "no live prices" guard must not decline it
 * ("berapa harga kulit hari ini?" gives none and is still declined).
 */
export function givesOwnFigures(question: string): boolean {
  const facts = readMoneyFacts(question, moneyLanguage(question));
  // an amount nothing names ("harga sy ikut tetangga, kadang 350rb") is still the artisan's own figure
  return facts.items.length > 0 || facts.ambiguous.length > 0 || facts.loose.some((f) => f.kind === 'money');
}

/**
 * A calculator's question back in two lines, to follow a knowledge answer: what it still needs (without
 * the explanations in brackets) and the reply line, which lets the next message with figures continue
 * the calculation. Undefined when it asks only what an ambiguous figure meant.
 */
export function briefAskBack(text: string): string | undefined {
  const lines = text.split('\n');
  const reply = lines.find((line) => /^(?:Balas saja dengan angkanya|Just reply with the figure)/.test(line));
  const needs = lines
    .filter((line) => line.startsWith('• ') && !line.includes('?'))
    .map((line) =>
      line
        .slice(2)
        .replace(/\s*\([^)]*\)/g, '')
        .replace(/[.;:]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  const head = lines[0]?.trim() ?? '';
  if (!reply || !head) return undefined;
  if (head.endsWith(':')) return needs.length > 0 ? `${head} ${needs.join('; ')}.\n${reply}` : undefined;
  return `${head}\n${reply}`;
}

/** The line under a result that says how the figures were read ("Saya baca: ..."). */
const READING = /^(?:Saya baca|I read): /;

/**
 * "Sebulan hrs laku brp bungkus biar ga rugi? trs klo sebulan laku 400, mesinnya balik modal brp bulan?":
 * the message's own calculation first, then each question worked out with the story's figures when its
 * result is not already said (a payback beside a break-even, not the HPP inside a profit). Every result
 * asked leads: the first line says them all, and each further working follows under the first one.
 */
function withOtherCalculations(question: string, whole: string, lang: 'id' | 'en'): string {
  const { context, questions } = splitAsking(question);
  if (questions.length < 2 || questions.length > 3) return whole;
  const [lead, ...rest] = whole.split('\n');
  const leads = [lead!];
  const workings = [rest.join('\n')];
  for (const asked of questions) {
    const other = answerMoneyQuestion(`${context} ${asked}`.trim(), lang);
    if (!other || other.worked.missing.length > 0 || other.worked.ambiguous.length > 0) continue;
    const [otherLead = '', ...otherRest] = other.text.split('\n');
    const figures = otherLead.match(/\d[\d.,]*\d|\d/g) ?? [];
    const said = [...leads, ...workings].join('\n');
    // a figure is said when it stands whole ("50 pcs" is not said by "Rp 500.000")
    const saidWhole = (f: string) =>
      new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, '\\$&')}(?![.,]?\\d)`).test(said);
    if (figures.length === 0 || figures.every(saidWhole)) continue;
    leads.push(otherLead);
    // a reading line the first working already shows is not said twice
    const own = otherRest.filter((line) => !(READING.test(line) && said.includes(line)));
    workings.push(own.join('\n').replace(/^\n+/, ''));
  }
  return `${leads.join(' ')}\n${workings.join('\n\n')}`;
}
