import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddingsRepo, hnswIndexName } from '../../src/db/embeddings-repo.ts';
import type { Database } from '../../src/db/port.ts';
import { createSearchRepo } from '../../src/db/search-repo.ts';
import { embedPending } from '../../src/ingest/embed.ts';
import { ingestDirectory } from '../../src/ingest/pipeline.ts';
import { createDenseSearcher, createHybridSearcher, reciprocalRankFusion } from '../../src/rag/dense.ts';
import { OpenAICompatibleEmbeddings } from '../../src/rag/embedder.ts';
import { createLexicalSearcher } from '../../src/rag/lexical.ts';
import { engines } from '../helpers/db.ts';
import { startFakeOpenAI } from '../helpers/fake-openai.ts';
import { writeDoc, writeKnowledge } from '../helpers/knowledge.ts';
import { memoryLogger } from '../helpers/log.ts';

const DOCS = [
  {
    path: 'keuangan/kas.md',
    title: 'Buku kas',
    body: '## Buku kas harian\n\nCatat uang masuk dan uang keluar setiap hari di buku kas.',
  },
  {
    path: 'kemasan/label.md',
    title: 'Label',
    topic: 'kemasan',
    body: '## Label pangan\n\nLabel pangan memuat nama produk dan berat bersih.',
  },
  {
    path: 'program/dak.md',
    title: 'DAK',
    topic: 'programme',
    audience: 'pejabat',
    body: '## DAK fisik\n\nDAK fisik bidang IKM punya menu pembangunan dan revitalisasi sentra.',
  },
];

for (const engine of engines()) {
  describe(`dense retrieval with an OpenAI-compatible embeddings endpoint on ${engine.name}`, () => {
    let fake: Awaited<ReturnType<typeof startFakeOpenAI>>;
    let db: Database;
    let cleanup: () => Promise<void>;
    let embedder: OpenAICompatibleEmbeddings;
    const dir = writeKnowledge(DOCS);
    const { log } = memoryLogger();
    const embeddingCalls = () => fake.requests.filter((request) => request.path.endsWith('/embeddings'));

    beforeAll(async () => {
      fake = await startFakeOpenAI({ dims: 48 });
      ({ db, cleanup } = await engine.open());
      await ingestDirectory({ db, dir, log });
      embedder = new OpenAICompatibleEmbeddings({
        client: new OpenAI({ apiKey: 'k', baseURL: fake.baseURL, maxRetries: 0 }),
        model: 'fake-embed',
      });
    });
    afterAll(async () => {
      await fake?.close();
      await cleanup?.();
    });

    it('embeds every chunk once, records model and dimension, and builds the HNSW index', async () => {
      const report = await embedPending({ db, embedder, model: 'fake-embed', log });
      expect(report).toMatchObject({ embedded: 3, dims: 48 });
      const { rows } = await db.query<{ model: string; dims: number }>(
        'select distinct model, dims from embeddings',
      );
      expect(rows).toEqual([{ model: 'fake-embed', dims: 48 }]);
      const index = await db.query<{ indexname: string }>(
        'select indexname from pg_indexes where indexname = $1',
        [hnswIndexName('fake-embed', 48)],
      );
      expect(index.rows).toHaveLength(1);
      const again = await embedPending({ db, embedder, model: 'fake-embed', log });
      expect(again.embedded).toBe(0);
    });

    it('finds the chunk nearest in meaning through the index, with filters in SQL', async () => {
      const searchRepo = createSearchRepo(db);
      const lexical = createLexicalSearcher(searchRepo);
      const dense = createDenseSearcher({
        repo: searchRepo,
        embeddings: createEmbeddingsRepo(db),
        embedder,
        model: 'fake-embed',
        analyse: lexical.analyse,
      });
      const result = await dense.search('catat uang masuk keluar buku kas', { k: 3 });
      expect(result.chunks[0]!.path).toBe('knowledge/keuangan/kas.md');
      expect(result.queryTerms.length).toBeGreaterThan(0);
      const filtered = await dense.search('catat uang masuk keluar buku kas', {
        k: 3,
        filters: { topic: 'programme' },
      });
      expect(filtered.chunks.map((chunk) => chunk.path)).toEqual(['knowledge/program/dak.md']);
      const hybrid = await createHybridSearcher(lexical, dense).search('label berat bersih', { k: 2 });
      expect(hybrid.chunks[0]!.path).toBe('knowledge/kemasan/label.md');
    });

    it('re-embeds only the chunk whose text changed', async () => {
      const before = embeddingCalls().length;
      writeDoc(dir, {
        ...DOCS[0]!,
        body: `${DOCS[0]!.body}\n\n## Tutup buku\n\nHitung saldo akhir setiap bulan.`,
      });
      await ingestDirectory({ db, dir, log });
      const report = await embedPending({ db, embedder, model: 'fake-embed', log });
      expect(report.embedded).toBe(1);
      const inputs = embeddingCalls()
        .slice(before)
        .flatMap((request) => request.body.input as string[]);
      expect(inputs).toHaveLength(1);
      expect(inputs[0]).toContain('Tutup buku');
    });

    it('re-embeds everything instead of mixing when the model changes dimension', async () => {
      const resized = new OpenAICompatibleEmbeddings({
        client: new OpenAI({ apiKey: 'k', baseURL: fake.baseURL, maxRetries: 0 }),
        model: 'fake-embed',
        dimensions: 32,
      });
      writeDoc(dir, { ...DOCS[1]!, body: `${DOCS[1]!.body} Juga tanggal kedaluwarsa.` });
      await ingestDirectory({ db, dir, log });
      await embedPending({ db, embedder: resized, model: 'fake-embed', log });
      const { rows } = await db.query<{ dims: number; n: string }>(
        'select dims, count(*) as n from embeddings group by dims',
      );
      expect(rows.map((row) => [row.dims, Number(row.n)])).toEqual([[32, 4]]);
    });

    it('reports a failing endpoint as EMBEDDING_FAILED', async () => {
      fake.failEmbeddings(503);
      await expect(embedder.embedQuery('apa saja')).rejects.toMatchObject({ code: 'EMBEDDING_FAILED' });
      fake.failEmbeddings(undefined);
    });
  });
}

describe('reciprocalRankFusion', () => {
  const c = (id: number) => ({
    chunkId: id,
    path: `p${id}`,
    title: '',
    section: '',
    content: '',
    topic: 't',
    audience: [],
    source: '',
    asOf: '',
    score: 1,
  });
  it('ranks an item found by both lists above items found by one', () => {
    expect(
      reciprocalRankFusion([
        [c(1), c(2)],
        [c(3), c(2)],
      ]).map((chunk) => chunk.chunkId),
    ).toEqual([2, 1, 3]);
  });
});

describe('start-up with an unreachable OpenAI-compatible server', () => {
  it('still opens and answers from lexical retrieval and the extractive composer', async () => {
    const { openApp } = await import('../../src/app.ts');
    const { createConfig } = await import('../../src/config.ts');
    const { openPglite } = await import('../../src/db/pglite.ts');
    const { migrate } = await import('../../src/db/migrate.ts');
    const db = await openPglite();
    await migrate(db);
    const { log, lines } = memoryLogger();
    const config = createConfig({
      KNOWLEDGE_DIR: writeKnowledge(DOCS),
      OPENAI_BASE_URL: 'http://127.0.0.1:1/v1',
      OPENAI_EMBEDDING_MODEL: 'unreachable',
      OPENAI_MAX_RETRIES: '0',
      OPENAI_TIMEOUT_MS: '2000',
    });
    const app = await openApp(config, log, { db });
    try {
      const result = await app.answers.answer({ text: 'label pangan memuat berat bersih?' });
      expect(result).toMatchObject({ answered: true, mode: 'extractive' });
      expect(result.answer).toContain('berat bersih');
      expect(lines.some((line) => line.code === 'EMBEDDING_FAILED')).toBe(true);
      expect(lines.some((line) => line.code === 'LLM_FAILED')).toBe(true);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
