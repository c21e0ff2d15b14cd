import type { QueryTerm, RetrievedChunk } from './types.ts';

/**
 * Share of the question's IDF mass that the best chunk contains: 1 when every informative word of
 * the question is in the chunk, near 0 when only common words match. A word counts through its typo
 * correction or glossary expansion at that term's lower weight. Calibrated against test/eval.
 */
export function confidence(queryTerms: QueryTerm[], top: RetrievedChunk | undefined): number {
  const originals = queryTerms.filter((term) => !term.from);
  const total = originals.reduce((sum, term) => sum + term.idf, 0);
  if (!top || total === 0) return 0;
  const chunkTerms = new Set(top.terms ?? []);
  let covered = 0;
  for (const term of originals) {
    if (chunkTerms.has(term.term)) {
      covered += term.idf;
      continue;
    }
    const via = queryTerms.filter((t) => t.from === term.term && chunkTerms.has(t.term));
    if (via.length > 0) covered += term.idf * Math.max(...via.map((t) => t.weight));
  }
  return Math.round((covered / total) * 1000) / 1000;
}
