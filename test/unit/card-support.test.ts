import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../src/db/cards-repo.ts';
import { supportSentence } from '../../src/rag/cards/compose.ts';

const card: StoredCard = {
  id: 'gaji-pemilik',
  origin: 'knowledge',
  path: 'knowledge/keuangan/gaji.md',
  title: 'Gaji pemilik',
  section: 'Gaji pemilik',
  jawab: 'Tetapkan gaji tetap yang sanggup dibayar usaha pada bulan sepi.',
  answer: null,
  source: 'test',
  asOf: '2026-12-04',
  variants: [],
};

const support = (sectionText: string) =>
  supportSentence({
    card,
    asking: 'apa manfaatnya buat belanja keluarga?',
    sectionText,
    idf: () => 3,
    minIdf: 2,
  });

describe('the support sentence under a card answer', () => {
  it('adds a whole sentence of the section that holds what the card lacks', () => {
    expect(support('Gaji tetap membuat belanja keluarga bisa direncanakan.')).toBe(
      'Gaji tetap membuat belanja keluarga bisa direncanakan.',
    );
  });

  it('reads a paragraph wrapped over several lines as its whole sentences', () => {
    const wrapped =
      'Gaji dibayar tiap bulan. Tanpa gaji tetap, belanja keluarga sering mengambil modal dan\nakhirnya usaha kehabisan bahan baku.';
    expect(support(wrapped)).toBe(
      'Tanpa gaji tetap, belanja keluarga sering mengambil modal dan akhirnya usaha kehabisan bahan baku.',
    );
  });

  it('never adds a fragment of a list (lower-case start, or ending in ; , or :)', () => {
    const list =
      'Manfaatnya:\n- membuat belanja keluarga teratur;\n- belanja keluarga tidak mengambil modal,';
    expect(support(list)).toBeUndefined();
    expect(support(`${list}\n\nBelanja keluarga jadi bisa direncanakan.`)).toBe(
      'Belanja keluarga jadi bisa direncanakan.',
    );
  });

  it('never adds a sentence about the document, or one that leans on the sentence before it', () => {
    expect(support('Dokumen ini menjelaskan manfaat gaji tetap bagi belanja keluarga.')).toBeUndefined();
    expect(support('Karena itu belanja keluarga bisa direncanakan.')).toBeUndefined();
    expect(support('Karena gaji tetap, belanja keluarga bisa direncanakan.')).toBeUndefined();
    expect(support('Angka itu membuat belanja keluarga bisa direncanakan.')).toBeUndefined();
    expect(
      support(
        'Dokumen ini menjelaskan gaji dan belanja keluarga. Gaji tetap membuat belanja keluarga teratur.',
      ),
    ).toBe('Gaji tetap membuat belanja keluarga teratur.');
  });
});
