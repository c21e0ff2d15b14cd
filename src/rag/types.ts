/** One retrieved chunk with its document's metadata and the retrieval score. */
export interface RetrievedChunk {
  chunkId: number;
  path: string;
  title: string;
  section: string;
  content: string;
  topic: string;
  audience: string[];
  source: string;
  asOf: string;
  score: number;
  /** Stemmed terms of the chunk (lexical hits only), used for confidence. */
  terms?: string[];
}

export interface SearchFilters {
  topic?: string;
  /** A chunk matches when it is for any of these audiences (or for "semua"). */
  audience?: string[];
}

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
