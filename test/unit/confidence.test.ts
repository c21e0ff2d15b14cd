import { describe, expect, it } from 'vitest';
import { confidence } from '../../src/rag/confidence.ts';
import type { QueryTerm, RetrievedChunk } from '../../src/rag/types.ts';

const chunk = (terms: string[]): RetrievedChunk => ({
  chunkId: 1,
  path: 'knowledge/dak.md',
  title: 'DAK',
  section: 'Pagu DAK',
  content: '',
  topic: 'programme',
  audience: ['semua'],
  source: 'Sumber',
  asOf: '2024-01-01',
  score: 10,
  terms,
});
const term = (text: string): QueryTerm => ({ term: text, idf: 2, weight: 1, known: true });

describe('confidence', () => {
  it('counts a year the question limits itself to, but not the user’s other figures', () => {
    const asked = ['pagu', 'dak', 'sidoarjo', '2026'].map(term);
    // The knowledge holds the topic but not that year: part of the question is unsupported.
    expect(confidence(asked, [chunk(['pagu', 'dak', 'sidoarjo', '2021'])])).toBeCloseTo(0.75, 3);
    expect(confidence(asked, [chunk(['pagu', 'dak', 'sidoarjo', '2026'])])).toBe(1);
    // A plain figure ("150rb", "40 tas") is the user's data, never required of the knowledge.
    const figures = ['hpp', 'tas', '150000', '40'].map(term);
    expect(confidence(figures, [chunk(['hpp', 'tas'])])).toBe(1);
  });
});
