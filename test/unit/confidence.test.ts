import { describe, expect, it } from 'vitest';
import { confidence, focusCarries } from '../../src/rag/confidence.ts';
import { askedAction } from '../../src/rag/question-kind.ts';
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

  it('doubts a how-to whose best document holds the objects but never the action asked', () => {
    expect(askedAction('Bagaimana cara memperbaiki mesin jahit yang sering macet?')).toBe('perbaik');
    expect(askedAction('gimana cara menghitung hpp keripik?')).toBe('hitung');
    // Not a how-to, or no action of its own after "cara": nothing is required.
    expect(askedAction('Berapa biaya mesin jahit?')).toBeUndefined();
    expect(askedAction('cara daftar merek gimana?')).toBeUndefined();
    const asked = ['mesin', 'jahit', 'benang'].map(term);
    const costs = {
      ...chunk(['mesin', 'jahit', 'benang', 'baik']),
      content: 'Sebaiknya mesin jahit disusutkan.',
    };
    // "sebaiknya" shares the stem "baik" but does not say how to repair anything.
    expect(confidence(asked, [costs], { action: 'perbaik' })).toBeCloseTo(0.7, 3);
    const repair = { ...costs, content: 'Perbaikan mesin jahit: ganti jarum dan atur tegangan benang.' };
    expect(confidence(asked, [repair], { action: 'perbaik' })).toBe(1);
    expect(confidence(asked, [chunk(['mesin', 'jahit', 'benang'])], { action: 'hitung' })).toBeCloseTo(
      0.7,
      3,
    );
    expect(confidence(asked, [chunk(['mesin', 'jahit', 'benang', 'hitung'])], { action: 'hitung' })).toBe(1);
  });

  it('judges an asking sentence against the story words the knowledge holds, not names it never saw', () => {
    const unknown = (text: string): QueryTerm => ({ term: text, idf: 6.7, weight: 1, known: false });
    const asking = ['kemas', 'aman', 'kirim', 'ekspedisi'].map(term);
    // Place names and a craft the knowledge lacks weigh nothing against what is asked ...
    const story = [...['gerabah', 'plered', 'purwakarta', 'keramik'].map(unknown), term('pecah')];
    expect(focusCarries([...story, ...asking], asking)).toBe(true);
    // ... while a story the knowledge does hold still outweighs a two-word afterthought.
    const heldStory = ['suami', 'istri', 'rumah', 'tangga', 'uang', 'modal', 'pinjam', 'bank', 'toko'].map(
      term,
    );
    const afterthought = ['perbaik', 'hubung'].map(term);
    expect(focusCarries([...heldStory, ...afterthought], afterthought)).toBe(false);
    // A typo weighs as its correction.
    const typo = unknown('ekspedsi');
    const correction: QueryTerm = { term: 'ekspedisi', idf: 4, weight: 0.8, from: 'ekspedsi', known: true };
    expect(
      focusCarries([...heldStory, typo, correction, term('kirim')], [typo, correction, term('kirim')]),
    ).toBe(true);
  });

  it('supports a message that asks two things when the knowledge holds one of them whole', () => {
    const held = ['intako', 'singkat', 'koperasi'];
    const asked = ['intako', 'ketua', 'tahun', '2020', 'periode', 'pilih'].map(term);
    const questions = ['INTAKO itu singkatan dari apa?', 'Trus ketuanya siapa pas periode pilih tahun 2020?'];
    const chunks = [chunk(held)];
    expect(confidence(asked, chunks)).toBeLessThan(0.5);
    expect(confidence(asked, chunks, { questions })).toBe(1);
    // One question is judged as before.
    expect(confidence(asked, chunks, { questions: [] })).toBeLessThan(0.5);
  });
});
