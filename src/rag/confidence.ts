import { DISCOURSE_TERMS } from '../text/discourse.ts';
import { termsOf } from './term-weights.ts';
import type { QueryTerm, RetrievedChunk } from './types.ts';

/** The least share of a message's content weight its asking sentence must carry to be judged alone. */
const FOCUS_SHARE = 0.2;

/**
 * Whether a message's asking sentence carries a real part of its question: at least two content
 * words and a FOCUS_SHARE of the content weight ("memperbaiki hubungan" after a story about a
 * husband does not; "mengemas produk yang mudah pecah supaya aman dikirim" after a story does).
 */
export function focusCarries(message: QueryTerm[], focus: QueryTerm[]): boolean {
  // A word the knowledge never holds ("Plered", a typo) weighs as its correction, or not at all:
  // at the corpus's highest IDF, a story's place names would drown any asking sentence.
  const weight = (terms: QueryTerm[]) =>
    contentTerms(terms).reduce((sum, term) => {
      if (term.known) return sum + term.idf;
      const via = terms.filter((t) => t.from === term.term && t.known).map((t) => t.idf * t.weight);
      return sum + (via.length > 0 ? Math.max(...via) : 0);
    }, 0);
  return contentTerms(focus).length >= 2 && weight(focus) >= FOCUS_SHARE * weight(message);
}

const YEAR = /^(19|20)\d{2}$/;

/** What the question asks about: its own words, less figures and the way it is said. */
function contentTerms(queryTerms: QueryTerm[]): QueryTerm[] {
  const own = queryTerms.filter((term) => !term.from);
  // A year is not the user's own figure but a limit on what is asked ("pagu DAK tahun 2026"): the
  // knowledge must hold it too. Other figures are the user's data.
  const content = own.filter(
    (term) => (YEAR.test(term.term) || !/^\d[\d.,]*$/.test(term.term)) && !DISCOURSE_TERMS.has(term.term),
  );
  return content.length > 0 ? content : own;
}

export interface ConfidenceOptions {
  language?: 'id' | 'en';
  /** The asking sentence of a message that tells its story around it. */
  focus?: string;
  /** Words written as names: a name the knowledge does not hold is a subject it does not cover. */
  names?: readonly string[];
  /** The action a how-to asks to be shown (see askedAction). */
  action?: string;
  /** The questions of a message that asks several (see questionParts). */
  questions?: readonly string[];
}

/**
 * Share of the question's content (IDF mass of its topic words, not its figures or conversational
 * words) that the best document's top chunks contain: 1 when every informative word is there, near
 * 0 when only common words match. The best chunk's neighbours from the same document count too,
 * since an answer may draw on the next section. A word counts through its typo correction or
 * glossary expansion at that term's lower weight. Calibrated with `pendamping eval --sweep`.
 */
export function confidence(
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
  options: ConfidenceOptions = {},
): number {
  const judged = topicCoverage(queryTerms, chunks, options);
  // A how-to asks for an action ("cara memperbaiki mesin jahit"): a document that holds the objects
  // but never the action talks about them for another reason (their cost, not their repair).
  if (!options.action || !chunks[0]) return judged;
  const top = chunks[0];
  const action = options.action;
  const held = chunks
    .slice(0, 3)
    .filter((chunk) => chunk.path === top.path)
    .some((chunk) =>
      action.startsWith('per')
        ? chunk.content.toLowerCase().includes(action)
        : (chunk.terms ?? []).includes(action),
    );
  return held ? judged : Math.round(judged * ACTION_MISSING * 1000) / 1000;
}

/** What confidence keeps when the best document never names the action a how-to asks for. */
const ACTION_MISSING = 0.7;

function topicCoverage(
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
  options: ConfidenceOptions,
): number {
  const names = new Set(options.names ?? []);
  let all = coverage(queryTerms, chunks, options.language, names);
  // A message that asks two things is supported when the knowledge holds one of them whole: the
  // answer leads with that one, and the other is not held against it.
  for (const part of options.questions ?? []) {
    const terms = termsOf(part, queryTerms);
    if (contentTerms(terms).some((term) => !term.from))
      all = Math.max(all, coverage(terms, chunks, options.language, names));
  }
  if (!options.focus) return all;
  // A long message is judged on its asking sentence too: the story around it is the user's, not
  // the knowledge's, to hold.
  const focused = termsOf(options.focus, queryTerms);
  // The asking sentence must carry a real part of the question ("memperbaiki hubungan" after a
  // story about a husband does not): its content weight against the whole message's.
  if (!focusCarries(queryTerms, focused)) return all;
  return Math.max(all, coverage(focused, chunks, options.language, names));
}

function coverage(
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
  language: 'id' | 'en' | undefined,
  names: ReadonlySet<string>,
): number {
  const top = chunks[0];
  const content = contentTerms(queryTerms);
  // An English word the corpus lacks is more often a gap in the word mapping than a topic the
  // knowledge lacks, so it weighs less, unless it is written as a name ("Japan", "Kredivo"): a name
  // the knowledge does not hold is a subject it does not cover.
  const own = (term: QueryTerm) =>
    (language === 'en' && !term.known && !names.has(term.term) ? 0.6 : 1) * term.idf;
  // A word read as several ("buyer" -> "pembeli", "buyer") is one word of the question: it weighs
  // as its most telling reading, and any reading the knowledge holds supports it.
  const readings = (term: QueryTerm) => [
    term,
    ...queryTerms.filter((other) => other.from === term.term && other.weight === 1),
  ];
  const mass = (term: QueryTerm) => Math.max(...readings(term).map(own));
  const total = content.reduce((sum, term) => sum + mass(term), 0);
  if (!top || total === 0) return 0;
  const sameDocument = chunks.slice(0, 3).filter((chunk) => chunk.path === top.path);
  const chunkTerms = new Set(sameDocument.flatMap((chunk) => chunk.terms ?? []));
  let covered = 0;
  for (const term of content) {
    if (readings(term).some((reading) => chunkTerms.has(reading.term))) {
      covered += mass(term);
      continue;
    }
    // A name is not a typo: "Japan" corrected to "jalan" supports nothing.
    if (names.has(term.term)) continue;
    const via = queryTerms.filter((t) => t.from === term.term && chunkTerms.has(t.term));
    if (via.length > 0) covered += mass(term) * Math.max(...via.map((t) => t.weight));
  }
  return Math.round((covered / total) * 1000) / 1000;
}
