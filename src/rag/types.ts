import type { RetrievedChunk, SearchFilters } from '../db/search-repo.ts';

export type { RetrievedChunk, SearchFilters };

export interface SearchResult {
  chunks: RetrievedChunk[];
  /** Weighted query terms after normalisation and expansion, for the composer and confidence. */
  queryTerms: QueryTerm[];
}

export interface QueryTerm {
  term: string;
  /** IDF of the term in the corpus (the maximum for terms the corpus does not have). */
  idf: number;
  /** 1 for terms of the question; below 1 for glossary expansions and typo corrections. */
  weight: number;
  /** The question's own word this term came from, when it is an expansion or correction. */
  from?: string;
  known: boolean;
}

export interface Searcher {
  search(text: string, options?: { k?: number; filters?: SearchFilters }): Promise<SearchResult>;
}
