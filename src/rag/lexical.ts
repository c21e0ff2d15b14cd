import type { SearchRepo } from '../db/search-repo.ts';
import { analyze, isDictionaryWord, surfaceTokens } from '../text/analyze.ts';
import { idf, K1, sparseLiteral } from '../text/bm25.ts';
import { createVocabulary } from '../text/fuzzy.ts';
import type { QueryTerm, RetrievedChunk, Searcher, SearchFilters, SearchResult } from './types.ts';

const CORRECTION_WEIGHT = 0.8;
const EXPANSION_WEIGHT = 0.5;

/** Terms in at most this share of chunks narrow candidates through the GIN index. */
const RARE_SHARE = 0.05;

type IdTerm = QueryTerm & { id?: number; df?: number };

interface Caches {
  version: number;
  /** Chunk count at that version (it changes only with the version). */
  n: number;
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

const publicTerms = (terms: IdTerm[]): QueryTerm[] => terms.map(({ id: _id, df: _df, ...term }) => term);

/**
 * BM25 over Indonesian stems, computed inside the database. Query words the corpus does not know
 * are corrected to the nearest known word (typos), and glossary acronyms add their expansion at a
 * lower weight; both are visible in the result's queryTerms.
 */
export function createLexicalSearcher(repo: SearchRepo): Searcher & {
  prepare(text: string): Promise<IdTerm[]>;
  analyse(text: string): Promise<QueryTerm[]>;
  rank(prepared: IdTerm[], k: number, filters?: SearchFilters, exact?: boolean): Promise<RetrievedChunk[]>;
} {
  let caches: Caches | undefined;

  /** Reloads the vocabulary and glossary only when the corpus version moved. */
  async function load(): Promise<Caches> {
    const corpus = await repo.corpus();
    if (!caches || caches.version !== corpus.version) {
      caches = {
        version: corpus.version,
        n: corpus.chunkCount,
        vocabulary: createVocabulary(await repo.vocabulary()),
        glossary: parseGlossary(await repo.glossaryHeadings()),
      };
    }
    return caches;
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
      terms.set(term, {
        term,
        id: hit?.id,
        df: hit?.df,
        idf: idf(hit?.df ?? 0, n),
        weight: 1,
        known: Boolean(hit),
      });
      // A real word the knowledge lacks ("pandan") is not a typo of one it has ("pangan").
      if (!hit && !isDictionaryWord(term)) {
        const corrected = vocabulary.correct(term);
        if (corrected) extra.push({ term: corrected, weight: CORRECTION_WEIGHT, from: term });
      }
      // A long expansion ("DJKI" -> four words) shares the acronym's weight rather than multiplying it,
      // so a glossary entry does not outrank the document that answers.
      const expansions = glossary.get(term) ?? [];
      const share = EXPANSION_WEIGHT * Math.min(1, 2 / Math.max(1, expansions.length));
      for (const expansion of expansions) extra.push({ term: expansion, weight: share, from: term });
    }
    // One word read as several ("marketplace" -> "marketplace lokapasar", "untung" -> "laba untung")
    // gives alternatives: the later ones search as before but are judged through the first, so the
    // knowledge needs to hold one of them, not all.
    const tokens = [...new Set(surfaceTokens(text))];
    const mappings = tokens.map((token) => analyze(token, { slang: true, english: true }));
    for (const mapped of mappings) {
      if (mapped.length < 2) continue;
      for (const alternative of mapped.slice(1)) {
        const term = terms.get(alternative);
        const elsewhere = mappings.some((other) => other !== mapped && other.includes(alternative));
        if (term && alternative !== mapped[0] && !elsewhere && !term.from) term.from = mapped[0];
      }
    }
    // An English word the documents use as it is ("brand", "reseller") is searched as written too,
    // beside its Indonesian mapping ("merek"): the knowledge says both.
    for (const [i, token] of tokens.entries()) {
      const mapped = mappings[i]!;
      if (mapped.length === 0) continue;
      for (const written of analyze(token, { slang: true }))
        if (!terms.has(written) && !mapped.includes(written))
          extra.push({ term: written, weight: EXPANSION_WEIGHT, from: mapped[0]! });
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
        df: hit.df,
        idf: idf(hit.df, n),
        weight: entry.weight,
        from: entry.from,
        known: true,
      });
    }
    return [...terms.values()];
  }

  /**
   * Exact BM25 top-k without scanning every chunk for common words. Pass 1 scores only chunks that
   * contain an informative term (found through the GIN index). A chunk holding none of them can
   * score at most the sum of the common terms' ceilings (idf x weight x (k1 + 1)); when the k-th
   * score of pass 1 is above that ceiling, pass 1 is the exact answer, otherwise a full scan runs.
   */
  async function rank(
    prepared: IdTerm[],
    k: number,
    filters?: SearchFilters,
    exact = false,
  ): Promise<RetrievedChunk[]> {
    const usable = prepared.filter((term) => term.id !== undefined);
    if (usable.length === 0) return [];
    const entries = new Map(usable.map((term) => [term.id! - 1, term.idf * term.weight]));
    const query = { vector: sparseLiteral(entries), terms: usable.map((term) => term.term) };
    if (exact) return repo.bm25(query, k, filters, true);
    // prepare() has just loaded the corpus state; no second round trip on the hot path.
    const { n } = caches ?? (await load());
    const rare = usable.filter((term) => (term.df ?? 0) <= Math.max(1, RARE_SHARE * n));
    const common = usable.filter((term) => !rare.includes(term));
    if (rare.length === 0) return repo.bm25(query, k, filters, true);
    const first = await repo.bm25({ vector: query.vector, terms: rare.map((term) => term.term) }, k, filters);
    if (common.length === 0) return first;
    const ceiling = common.reduce((sum, term) => sum + term.idf * term.weight * (K1 + 1), 0);
    if (first.length === k && first.at(-1)!.score > ceiling) return first;
    return repo.bm25(query, k, filters, true);
  }

  async function search(
    text: string,
    options: Parameters<Searcher['search']>[1] = {},
  ): Promise<SearchResult> {
    const prepared = await prepare(text);
    return {
      chunks: await rank(prepared, options.k ?? 8, options.filters),
      queryTerms: publicTerms(prepared),
    };
  }

  return { search, prepare, rank, analyse: async (text: string) => publicTerms(await prepare(text)) };
}
