import { SparseVector } from 'pgvector';

/** Okapi BM25 parameters (Robertson & Zaragoza's usual defaults). */
export const K1 = 1.2;
export const B = 0.75;
/** Fixed dimension of every BM25 sparse vector; term ids are dimensions (1-based, below this). */
export const SPARSE_DIM = 1 << 24;

/** Document-side BM25 weight of one term: its saturated, length-normalised frequency. */
export function termWeight(tf: number, length: number, avgLength: number): number {
  const norm = avgLength > 0 ? 1 - B + (B * length) / avgLength : 1;
  return (tf * (K1 + 1)) / (tf + K1 * norm);
}

/** BM25's IDF with the +1 inside the log, so that a term in every chunk still scores >= 0. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A chunk's weights as a pgvector sparsevec literal: {id:weight,...}/dim. */
export function documentVector(termIdFreqs: Map<number, number>, length: number, avgLength: number): string {
  const entries = new Map<number, number>();
  for (const [id, tf] of termIdFreqs) entries.set(id - 1, termWeight(tf, length, avgLength));
  return sparseLiteral(entries);
}

/** Builds a sparsevec literal from 0-based index -> value, through pgvector's own serialiser. */
export function sparseLiteral(entries: Map<number, number>): string {
  const sorted = new Map([...entries].sort((a, b) => a[0] - b[0]));
  return new SparseVector(sorted, SPARSE_DIM).toPostgres();
}
