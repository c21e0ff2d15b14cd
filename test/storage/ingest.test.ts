import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchRepo } from '../../src/db/search-repo.ts';
import type { Database } from '../../src/db/port.ts';
import { ingestDirectory } from '../../src/ingest/pipeline.ts';
import { createLexicalSearcher } from '../../src/rag/lexical.ts';
import { engines } from '../helpers/db.ts';
import { writeDoc, writeKnowledge } from '../helpers/knowledge.ts';
import { memoryLogger } from '../helpers/log.ts';

const DOCS = [
  {
    path: 'keuangan/hpp.md',
    title: 'Menghitung HPP',
    body: 'Pengantar HPP.\n\n## Rumus HPP\n\nHPP adalah bahan baku ditambah tenaga kerja langsung dan overhead.\n\n## Contoh HPP tas\n\nSatu tas kulit memakai bahan Rp 180.000 dan upah Rp 60.000.',
  },
  {
    path: 'kemasan/label.md',
    title: 'Label kemasan pangan',
    topic: 'kemasan',
    body: '## Isi label\n\nLabel makanan memuat nama produk, berat bersih, dan tanggal kedaluwarsa.',
  },
  {
    path: 'program/sentra.md',
    title: 'Kriteria sentra IKM',
    topic: 'programme',
    audience: 'pejabat',
    body: '## Kriteria sentra\n\nUsaha sejenis minimal 20 persen dari rumah tangga desa. Jumlah sentra 13.762.',
  },
];

for (const engine of engines()) {
  describe(`ingestion and BM25 on ${engine.name}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    const dir = writeKnowledge(DOCS);
    const { log, lines } = memoryLogger();

    beforeAll(async () => {
      ({ db, cleanup } = await engine.open());
    });
    afterAll(async () => cleanup?.());

    it('ingests every document and a second run does no work', async () => {
      const first = await ingestDirectory({ db, dir, log });
      expect(first).toMatchObject({ added: 3, updated: 0, removed: 0, failed: [] });
      expect(first.chunksInserted).toBe(5);
      const second = await ingestDirectory({ db, dir, log });
      expect(second).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: 3,
        chunksInserted: 0,
        chunksDeleted: 0,
      });
    });

    /** Compares the database's BM25 ranking and scores with a reference computed here from the stored term counts. */
    async function expectReferenceBm25(query: string) {
      const searcher = createLexicalSearcher(createSearchRepo(db));
      const result = await searcher.search(query, { k: 10 });
      const { rows } = await db.query<{
        id: string;
        terms: string[];
        term_freqs: Record<string, number> | string;
        token_count: number;
      }>('select id, terms, term_freqs, token_count from chunks');
      const { rows: termRows } = await db.query<{ id: number; term: string }>('select id, term from terms');
      const idOf = new Map(termRows.map((row) => [row.term, row.id]));
      const n = rows.length;
      const avg = rows.reduce((sum, row) => sum + row.token_count, 0) / n;
      const df = (term: string) => rows.filter((row) => row.terms.includes(term)).length;
      const expected = rows
        .map((row) => {
          const freqs = typeof row.term_freqs === 'string' ? JSON.parse(row.term_freqs) : row.term_freqs;
          let score = 0;
          for (const q of result.queryTerms) {
            const tf = freqs[String(idOf.get(q.term))] ?? 0;
            if (!tf) continue;
            const idf = Math.log(1 + (n - df(q.term) + 0.5) / (df(q.term) + 0.5));
            score += idf * q.weight * ((tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * row.token_count) / avg)));
          }
          return { id: Number(row.id), score };
        })
        .filter((row) => row.score > 0)
        .sort((a, b) => b.score - a.score);
      expect(result.chunks.map((chunk) => chunk.chunkId)).toEqual(expected.map((row) => row.id));
      for (const [i, chunk] of result.chunks.entries())
        expect(chunk.score).toBeCloseTo(expected[i]!.score, 4);
      return result;
    }

    it('scores exactly like a reference BM25 computed in JavaScript', async () => {
      const result = await expectReferenceBm25('tas kulit bahan');
      expect(result.chunks[0]!.section).toBe('Contoh HPP tas');
    });

    it('filters by topic and audience in SQL', async () => {
      const searcher = createLexicalSearcher(createSearchRepo(db));
      const all = await searcher.search('sentra label HPP', { k: 10 });
      expect(new Set(all.chunks.map((chunk) => chunk.topic)).size).toBeGreaterThan(1);
      const onlyLabel = await searcher.search('sentra label HPP', { k: 10, filters: { topic: 'kemasan' } });
      expect(onlyLabel.chunks.length).toBeGreaterThan(0);
      expect(onlyLabel.chunks.every((chunk) => chunk.topic === 'kemasan')).toBe(true);
      const officials = await searcher.search('sentra label HPP', {
        k: 10,
        filters: { audience: ['pejabat'] },
      });
      expect(officials.chunks.map((chunk) => chunk.path)).toEqual(['knowledge/program/sentra.md']);
    });

    it('keeps unchanged chunks of an edited document and drops removed documents', async () => {
      const before = await db.query<{ id: string; section: string }>(
        "select c.id, c.section from chunks c join documents d on d.id = c.document_id where d.path = 'knowledge/keuangan/hpp.md'",
      );
      const rumus = before.rows.find((row) => row.section === 'Rumus HPP')!;
      writeDoc(dir, { ...DOCS[0]!, body: DOCS[0]!.body.replace('Rp 60.000', 'Rp 65.000') });
      rmSync(join(dir, 'kemasan/label.md'));
      const report = await ingestDirectory({ db, dir, log });
      expect(report).toMatchObject({ added: 0, updated: 1, removed: 1, chunksInserted: 1, chunksKept: 2 });
      const after = await db.query<{ id: string; section: string; content: string }>(
        "select c.id, c.section, c.content from chunks c join documents d on d.id = c.document_id where d.path = 'knowledge/keuangan/hpp.md'",
      );
      expect(after.rows.find((row) => row.section === 'Rumus HPP')!.id).toBe(rumus.id);
      expect(after.rows.find((row) => row.section === 'Contoh HPP tas')!.content).toContain('Rp 65.000');
      const { rows } = await db.query<{ n: string }>(
        "select count(*) as n from documents where path like '%label.md'",
      );
      expect(Number(rows[0]!.n)).toBe(0);
      const stats = await db.query<{ chunk_count: number }>('select chunk_count from corpus_stats');
      const count = await db.query<{ n: string }>('select count(*) as n from chunks');
      expect(Number(stats.rows[0]!.chunk_count)).toBe(Number(count.rows[0]!.n));
      const dfCheck = await db.query<{ bad: string }>(
        `select count(*) as bad from terms t where t.df <> (select count(*) from chunks c where c.terms @> array[t.term])`,
      );
      expect(Number(dfCheck.rows[0]!.bad)).toBe(0);
    });

    it('re-bakes every chunk when the average length drifts, and stays exact', async () => {
      const long = Array.from(
        { length: 60 },
        (_, i) => `Kalimat panjang nomor ${i} tentang kulit sapi, bahan tas, dan harga.`,
      ).join(' ');
      writeDoc(dir, { path: 'keuangan/panjang.md', title: 'Dokumen panjang', body: `## Panjang\n\n${long}` });
      const report = await ingestDirectory({ db, dir, log });
      expect(report.rebaked).toBe(true);
      await expectReferenceBm25('tas kulit bahan harga');
      rmSync(join(dir, 'keuangan/panjang.md'));
      expect((await ingestDirectory({ db, dir, log })).rebaked).toBe(true);
      await expectReferenceBm25('upah tas');
    });

    it('reports a malformed file with its path and reason, ingests the rest, and keeps the stored copy', async () => {
      writeFileSync(
        join(dir, 'program/sentra.md'),
        '---\ntitle: [unclosed\n---\nbody text here that is long enough',
      );
      writeFileSync(join(dir, 'keuangan/biner.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe]));
      writeFileSync(
        join(dir, 'keuangan/tanpa-topik.md'),
        '---\ntitle: Tanpa topik\naudience: perajin\nlanguage: id\nsource: x y z\nas_of: 2026-01-01\n---\n\nIsi dokumen yang cukup panjang untuk diuji.',
      );
      writeDoc(dir, {
        path: 'pemasaran/foto.md',
        title: 'Foto produk',
        topic: 'pemasaran',
        body: '## Cahaya\n\nFoto produk di dekat jendela.',
      });
      const report = await ingestDirectory({ db, dir, log });
      expect(report.added).toBe(1);
      const reasons = Object.fromEntries(report.failed.map((failure) => [failure.path, failure.reason]));
      expect(Object.keys(reasons).sort()).toEqual([
        'knowledge/keuangan/biner.md',
        'knowledge/keuangan/tanpa-topik.md',
        'knowledge/program/sentra.md',
      ]);
      expect(reasons['knowledge/keuangan/biner.md']).toMatch(/binary/);
      expect(reasons['knowledge/keuangan/tanpa-topik.md']).toMatch(/topic/);
      expect(reasons['knowledge/program/sentra.md']).toMatch(/YAML/);
      const { rows } = await db.query<{ n: string }>(
        "select count(*) as n from documents where path = 'knowledge/program/sentra.md'",
      );
      expect(Number(rows[0]!.n)).toBe(1);
      expect(
        lines.some(
          (line) => line.code === 'KNOWLEDGE_INVALID' && line.path === 'knowledge/keuangan/biner.md',
        ),
      ).toBe(true);
    });
  });
}
