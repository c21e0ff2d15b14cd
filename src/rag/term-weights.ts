import { analyze } from '../text/analyze.ts';
import { DISCOURSE_TERMS } from '../text/discourse.ts';
import type { QuestionKind } from './question-kind.ts';
import type { QueryTerm } from './types.ts';

/**
 * The question's terms as the composer weighs them. An acronym's glossary expansion shares the
 * acronym's weight among its words (they say one thing, not five), and conversational words
 * ("takut", "sebenernya") count little: they are how the user asks, not what.
 */
export function termWeights(queryTerms: QueryTerm[]): Map<string, number> {
  const weights = new Map<string, number>();
  const expansions = new Map<string, number>();
  for (const term of queryTerms)
    if (term.from) expansions.set(term.from, (expansions.get(term.from) ?? 0) + 1);
  for (const term of queryTerms) {
    let weight = term.idf * term.weight;
    if (term.from && (expansions.get(term.from) ?? 1) > 1) weight /= expansions.get(term.from)!;
    if (DISCOURSE_TERMS.has(term.term)) weight *= 0.2;
    weights.set(term.term, Math.max(weights.get(term.term) ?? 0, weight));
  }
  return weights;
}

/**
 * The query terms one part of a message asks with (one of its questions, its asking sentence): its
 * own words, and what they were corrected, expanded or mapped to.
 */
export function termsOf(part: string, queryTerms: QueryTerm[]): QueryTerm[] {
  const asked = new Set(analyze(part, { slang: true, english: true }));
  return queryTerms.filter((term) => asked.has(term.from ?? term.term));
}

/**
 * Words that ask for the kind of answer rather than name the topic: "mulai dari kapan", "tahun
 * berapa", "jumlahnya berapa", "lokasinya di mana". The answer holds a date, a figure or a place
 * instead of these words, so they count little when sentences are chosen.
 */
const KIND_WORDS: Partial<Record<QuestionKind, ReadonlySet<string>>> = {
  time: new Set(['mulai', 'sejak', 'kapan', 'tanggal', 'tahun', 'waktu', 'kala']),
  amount: new Set(['jumlah', 'banyak', 'besar']),
  place: new Set(['lokasi', 'alamat', 'letak', 'tempat']),
  person: new Set(['nama']),
};

/** "Selain logo, ...", "besides photos and prices, ...": what the user already has, not what they ask. */
const BESIDES = /\b(?:selain|kecuali|besides|apart from|other than|except(?: for)?)\s+([^,?.;]{1,60})/gi;

/**
 * The question's words that name what the user sets aside ("Selain foto dan harga, informasi apa
 * ..."): an answer about them is the one the user did not ask for, so they count little in choosing
 * sentences (retrieval still uses them to find the right document).
 */
export function setAside(question: string): Set<string> {
  const out = new Set<string>();
  for (const match of question.matchAll(BESIDES))
    for (const term of analyze(match[1]!, { slang: true, english: true })) out.add(term);
  return out;
}

/**
 * The weights the composer chooses sentences by: the question's terms (see termWeights), with what
 * the user sets aside and the words that only ask for the kind of answer counting little.
 */
export function composerWeights(
  question: string,
  queryTerms: QueryTerm[],
  kind: QuestionKind,
): Map<string, number> {
  const weights = termWeights(queryTerms);
  for (const term of setAside(question)) if (weights.has(term)) weights.set(term, weights.get(term)! * 0.25);
  for (const term of KIND_WORDS[kind] ?? [])
    if (weights.has(term)) weights.set(term, weights.get(term)! * 0.3);
  return weights;
}
