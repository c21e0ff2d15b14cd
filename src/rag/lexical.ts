import type { SearchRepo } from '../db/search-repo.ts';
import { analyze } from '../text/analyze.ts';
import { idf, sparseLiteral } from './bm25.ts';
import { createVocabulary } from './fuzzy.ts';
import type { QueryTerm, Searcher, SearchResult } from './types.ts';

const CORRECTION_WEIGHT = 0.8;
const EXPANSION_WEIGHT = 0.5;

type IdTerm = QueryTerm & { id?: number };

interface Caches {
  version: number;
  vocabulary: ReturnType<typeof createVocabulary>;
  glossary: Map<string, string[]>;
}

/** "DAK — Dana Alokasi Khusus" -> ["dak"] expands to the analysed expansion, and back. */
export function parseGlossary(headings: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const heading of headings) {
    const [left, right] = heading.split(/\s+[—–]\s+/, 2);
    if (!left || !right) continue;
    const key = analyze(left);
    const expansion = analyze(right);
    if (key.length === 1 && expansion.length > 0) map.set(key[0]!, expansion);
  }
  return map;
}

const publicTerms = (terms: IdTerm[]): QueryTerm[] => terms.map(({ id: _id, ...term }) => term);

/**
 * BM25 over Indonesian stems, computed inside the database. Query words the corpus does not know
 * are corrected to the nearest known word (typos), and glossary acronyms add their expansion at a
 * lower weight; both are visible in the result's queryTerms.
 */
export function createLexicalSearcher(
  repo: SearchRepo,
): Searcher & { prepare(text: string): Promise<IdTerm[]>; analyse(text: string): Promise<QueryTerm[]> } {
  let caches: Caches | undefined;

  async function load(): Promise<Caches & { n: number }> {
    const corpus = await repo.corpus();
    if (!caches || caches.version !== corpus.version) {
      caches = {
        version: corpus.version,
        vocabulary: createVocabulary(await repo.vocabulary()),
        glossary: parseGlossary(await repo.glossaryHeadings()),
      };
    }
    return { ...caches, n: corpus.chunkCount };
  }

  async function prepare(text: string): Promise<IdTerm[]> {
    const { vocabulary, glossary, n } = await load();
    // English words are mapped too: artisans mix them in ("packaging", "branding") and some ask in English.
    const original = [...new Set(analyze(text, { slang: true, english: true }))];
    const known = await repo.lookupTerms(original);
    const terms = new Map<string, IdTerm>();
    const extra: { term: string; weight: number; from: string }[] = [];
    for (const term of original) {
      const hit = known.get(term);
      terms.set(term, { term, id: hit?.id, idf: idf(hit?.df ?? 0, n), weight: 1, known: Boolean(hit) });
      if (!hit) {
        const corrected = vocabulary.correct(term);
        if (corrected) extra.push({ term: corrected, weight: CORRECTION_WEIGHT, from: term });
      }
      for (const expansion of glossary.get(term) ?? [])
        extra.push({ term: expansion, weight: EXPANSION_WEIGHT, from: term });
    }
    // The reverse direction: a question that spells out "harga pokok produksi" also searches "hpp".
    for (const [acronym, expansion] of glossary) {
      if (!terms.has(acronym) && expansion.length > 1 && expansion.every((word) => terms.has(word)))
        extra.push({ term: acronym, weight: EXPANSION_WEIGHT, from: expansion[0]! });
    }
    const extraKnown = await repo.lookupTerms(
      extra.map((entry) => entry.term).filter((term) => !terms.has(term)),
    );
    for (const entry of extra) {
      const hit = extraKnown.get(entry.term);
      if (!hit || terms.has(entry.term)) continue;
      terms.set(entry.term, {
        term: entry.term,
        id: hit.id,
        idf: idf(hit.df, n),
        weight: entry.weight,
        from: entry.from,
        known: true,
      });
    }
    return [...terms.values()];
  }

  async function search(
    text: string,
    options: Parameters<Searcher['search']>[1] = {},
  ): Promise<SearchResult> {
    const prepared = await prepare(text);
    const queryTerms = publicTerms(prepared);
    const usable = prepared.filter((term) => term.id !== undefined);
    if (usable.length === 0) return { chunks: [], queryTerms };
    const entries = new Map(usable.map((term) => [term.id! - 1, term.idf * term.weight]));
    const chunks = await repo.bm25(
      { vector: sparseLiteral(entries), terms: usable.map((term) => term.term) },
      options.k ?? 8,
      options.filters,
    );
    return { chunks, queryTerms };
  }

  return { search, prepare, analyse: async (text: string) => publicTerms(await prepare(text)) };
}
