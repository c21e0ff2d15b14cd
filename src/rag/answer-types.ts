/**
 * The shape of a composed extractive answer. Kept apart from extractive.ts so render.ts can use it
 * without importing the composer that imports it.
 */
import type { RetrievedChunk } from './types.ts';

export interface Citation {
  n: number;
  chunk: RetrievedChunk;
}

export interface Extract {
  /** Plain text with [n] markers after each sentence. */
  text: string;
  citations: Citation[];
  /** The knowledge says outright that it does not hold what was asked. */
  absent?: boolean;
}
