import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunker.ts';
import { parseDocument } from '../../src/ingest/document.ts';

const front =
  'title: Judul\ntopic: keuangan\naudience: [perajin, mentor]\nlanguage: id\nsource: "Sumber, 2026"\nas_of: 2026-01-01';

describe('parseDocument', () => {
  it('accepts valid front matter and normalises audience and dates', () => {
    const doc = parseDocument('k/a.md', `---\n${front}\n---\n\nIsi dokumen yang cukup panjang.`);
    expect(doc).toMatchObject({
      title: 'Judul',
      topic: 'keuangan',
      audience: ['perajin', 'mentor'],
      as_of: '2026-01-01',
    });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['no front matter', 'Isi saja tanpa apa-apa', /missing YAML front matter/],
    [
      'bad topic',
      `---\n${front.replace('keuangan', 'resep')}\n---\nIsi dokumen yang cukup panjang.`,
      /topic must be one of/,
    ],
    [
      'unknown field',
      `---\n${front}\nauthor: x\n---\nIsi dokumen yang cukup panjang.`,
      /unknown field\(s\) author/,
    ],
    [
      'bad date',
      `---\n${front.replace('2026-01-01', 'kemarin')}\n---\nIsi dokumen yang cukup panjang.`,
      /as_of: expected a date/,
    ],
    ['broken YAML', '---\ntitle: [x\n---\nIsi dokumen yang cukup panjang.', /not valid YAML/],
    ['empty body', `---\n${front}\n---\n`, /no body/],
  ])('rejects %s with a reason', (_name, text, reason) => {
    expect(() => parseDocument('k/a.md', text)).toThrow(reason);
  });

  it('rejects binary and invalid UTF-8', () => {
    expect(() => parseDocument('k/a.md', Buffer.from([0x2d, 0x00, 0x01]))).toThrow(/binary/);
    expect(() => parseDocument('k/a.md', Buffer.from([0x2d, 0x2d, 0x2d, 0xc3, 0x28]))).toThrow(/UTF-8/);
  });
});

describe('chunkDocument', () => {
  it('cuts along ## headings, keeps ### with its parent, and treats the intro as its own chunk', () => {
    const chunks = chunkDocument({
      title: 'T',
      body: 'Pengantar.\n\n## Satu\n\nA.\n\n### Sub\n\nB.\n\n## Dua\n\nC.',
    });
    expect(chunks.map((chunk) => [chunk.section, chunk.content])).toEqual([
      ['T', 'Pengantar.'],
      ['Satu', 'A.\n\n### Sub\n\nB.'],
      ['Dua', 'C.'],
    ]);
  });

  it('splits an over-long section at paragraph boundaries', () => {
    const paragraphs = ['satu', 'dua', 'tiga'].map((word) => `${word} `.repeat(150).trim());
    const chunks = chunkDocument({ title: 'T', body: `## Panjang\n\n${paragraphs.join('\n\n')}` });
    expect(chunks.length).toBe(3);
    expect(chunks.every((chunk) => chunk.section === 'Panjang')).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.contentHash)).size).toBe(3);
  });
});
