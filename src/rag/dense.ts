import type { Embeddings } from '@langchain/core/embeddings';
import pgvector from 'pgvector';
import type { EmbeddingsRepo } from '../db/embeddings-repo.ts';
import type { SearchRepo } from '../db/search-repo.ts';
import type { QueryTerm, RetrievedChunk, Searcher, SearchResult } from './types.ts';

/** Dense retrieval: the question's embedding against the model's HNSW index. */
export function createDenseSearcher(deps: {
  repo: SearchRepo;
  embeddings: EmbeddingsRepo;
  embedder: Embeddings;
  model: string;
  /** Lexical query analysis supplies queryTerms, which confidence needs in every mode. */
  analyse: (text: string) => Promise<QueryTerm[]>;
}): Searcher {
  return {
    async search(text, options = {}): Promise<SearchResult> {
      const [dims] = await deps.embeddings.dimensions(deps.model);
      const vector = await deps.embedder.embedQuery(text);
      const queryTerms = await deps.analyse(text);
      if (!dims || vector.length !== dims) return { chunks: [], queryTerms };
      const chunks = await deps.repo.dense(
        { vector: pgvector.toSql(vector) as string, model: deps.model, dims },
        options.k ?? 8,
        options.filters,
      );
      return { chunks, queryTerms };
    },
  };
}

/** Reciprocal rank fusion (Cormack et al., k = 60): robust to the two scores' different scales. */
export function reciprocalRankFusion(lists: RetrievedChunk[][], k = 60): RetrievedChunk[] {
  const fused = new Map<number, { chunk: RetrievedChunk; score: number }>();
  for (const list of lists) {
    list.forEach((chunk, rank) => {
      const entry = fused.get(chunk.chunkId) ?? { chunk: { ...chunk, terms: chunk.terms }, score: 0 };
      entry.score += 1 / (k + rank + 1);
      entry.chunk.terms ??= chunk.terms;
      fused.set(chunk.chunkId, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ chunk, score }) => ({ ...chunk, score }));
}

/** Lexical and dense results fused by RRF; used only where the evaluation shows it beats both. */
export function createHybridSearcher(lexical: Searcher, dense: Searcher): Searcher {
  return {
    async search(text, options = {}) {
      const k = options.k ?? 8;
      const [a, b] = await Promise.all([
        lexical.search(text, { ...options, k: k * 2 }),
        dense.search(text, { ...options, k: k * 2 }),
      ]);
      return { chunks: reciprocalRankFusion([a.chunks, b.chunks]).slice(0, k), queryTerms: a.queryTerms };
    },
  };
}
