import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgvector from 'pgvector';
import { createEmbeddingsRepo } from '../db/embeddings-repo.ts';
import { migrate } from '../db/migrate.ts';
import type { Database } from '../db/port.ts';
import { createSearchRepo } from '../db/search-repo.ts';
import { ingestDirectory } from '../ingest/pipeline.ts';
import type { Logger } from '../logger.ts';
import { createLexicalSearcher } from '../rag/lexical.ts';
import { syntheticVectors, writeSyntheticCorpus } from './corpus.ts';
import { rng } from '../util/rng.ts';

export interface LatencyStats {
  p50: number;
  p95: number;
  mean: number;
}

export interface SearchBench {
  index: LatencyStats;
  exact: LatencyStats;
  /** exact p50 / index p50: how many times faster the index path is. */
  speedup: number;
  recallAt10: number;
}

export interface BenchResult {
  engine: string;
  chunks: number;
  ingest: {
    pipelineChunksPerSec: number;
    bulkChunksPerSec: number;
    ratio: number;
    pipelineMs: number;
    bulkMs: number;
  };
  lexical: SearchBench;
  lexicalFiltered: SearchBench;
  /** End to end through the searcher: query analysis, term lookup and the SQL. */
  lexicalEndToEnd: LatencyStats;
  dense: SearchBench & { dims: number; buildMs: number };
  denseFiltered: SearchBench;
}

export function stats(samples: number[]): LatencyStats {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function recall(found: number[][], truth: number[][]): number {
  let hits = 0;
  let total = 0;
  found.forEach((ids, i) => {
    const expected = new Set(truth[i]!.slice(0, 10));
    total += expected.size;
    hits += ids.slice(0, 10).filter((id) => expected.has(id)).length;
  });
  return total === 0 ? 1 : Math.round((hits / total) * 1000) / 1000;
}

/**
 * Runs every query through the indexed path and the exact path, in turn, and reports both latencies
 * and how much of the exact top 10 the indexed path found.
 */
async function comparePaths<Q>(
  label: string,
  queries: Q[],
  progress: BenchProgress,
  run: (query: Q, exact: boolean) => Promise<{ chunkId: number }[]>,
): Promise<SearchBench> {
  progress.stage(label);
  const index: number[] = [];
  const exact: number[] = [];
  const found: number[][] = [];
  const truth: number[][] = [];
  for (const [i, query] of queries.entries()) {
    const [a, ta] = await time(() => run(query, false));
    const [b, tb] = await time(() => run(query, true));
    index.push(ta);
    exact.push(tb);
    found.push(a.map((chunk) => chunk.chunkId));
    truth.push(b.map((chunk) => chunk.chunkId));
    progress.update(i + 1, queries.length);
  }
  const indexStats = stats(index);
  const exactStats = stats(exact);
  return {
    index: indexStats,
    exact: exactStats,
    speedup: Math.round((exactStats.p50 / indexStats.p50) * 10) / 10,
    recallAt10: recall(found, truth),
  };
}

export interface BenchProgress {
  stage(name: string): void;
  update(done: number, total: number): void;
}

/**
 * One benchmark run on one engine and corpus size: ingest through the real pipeline against a plain
 * bulk insert of the same rows, then lexical and dense retrieval through their indexes against an
 * exact scan of the same data, each pair measured in the same run on the same machine.
 */
export async function runBench(
  db: Database,
  options: {
    engine: string;
    chunks: number;
    seed: number;
    queries: number;
    dims: number;
    log: Logger;
    progress: BenchProgress;
  },
): Promise<BenchResult> {
  const { progress } = options;
  await migrate(db);
  const root = mkdtempSync(join(tmpdir(), 'pd-bench-'));
  try {
    progress.stage(`korpus ${options.chunks.toLocaleString('id-ID')} potongan`);
    const corpus = writeSyntheticCorpus(root, options.chunks, options.seed, (d, t) => progress.update(d, t));

    progress.stage('ingest (pipeline)');
    const [report, pipelineMs] = await time(() =>
      ingestDirectory({ db, dir: corpus.dir, log: options.log, onProgress: (d, t) => progress.update(d, t) }),
    );
    if (report.failed.length > 0) throw new Error(`synthetic corpus rejected: ${report.failed[0]!.reason}`);

    progress.stage('ingest (bulk insert baseline)');
    await db.exec('drop table if exists bench_bulk; create table bench_bulk (like chunks including all)');
    const rows = (
      await db.query<Record<string, unknown>>(
        'select document_id, ord, section, content, content_hash, token_count, terms, term_freqs, bm25::text as bm25, topic, audience from chunks order by id',
      )
    ).rows;
    const [, bulkMs] = await time(async () => {
      for (let i = 0; i < rows.length; i += 1_000) {
        const batch = rows.slice(i, i + 1_000);
        await db.query(
          `insert into bench_bulk (document_id, ord, section, content, content_hash, token_count, terms, term_freqs, bm25, topic, audience)
           select r.document_id, r.ord, r.section, r.content, r.content_hash, r.token_count,
                  array(select jsonb_array_elements_text(r.terms)), r.term_freqs, r.bm25::sparsevec, r.topic,
                  array(select jsonb_array_elements_text(r.audience))
           from jsonb_to_recordset($1::jsonb) as r(document_id bigint, ord int, section text, content text, content_hash text,
                token_count int, terms jsonb, term_freqs jsonb, bm25 text, topic text, audience jsonb)`,
          [JSON.stringify(batch)],
        );
        progress.update(Math.min(i + 1_000, rows.length), rows.length);
      }
    });
    await db.exec('drop table bench_bulk');
    const chunks = rows.length;

    const repo = createSearchRepo(db);
    const searcher = createLexicalSearcher(repo);
    const random = rng(options.seed + 1);
    const texts = Array.from({ length: options.queries }, () => {
      const words = corpus.samples[Math.floor(random() * corpus.samples.length)]!.split(' ');
      const start = Math.floor(random() * Math.max(1, words.length - 3));
      return words.slice(start, start + 2 + Math.floor(random() * 2)).join(' ');
    });

    const lexicalPair = (label: string, filters?: { topic: string }) =>
      comparePaths(label, texts, progress, async (text, exact) =>
        searcher.rank(await searcher.prepare(text), 10, filters, exact),
      );
    const lexical = await lexicalPair('BM25: GIN + batas skor vs scan');
    const lexicalFiltered = await lexicalPair('BM25 dengan filter topik', { topic: 'kemasan' });

    progress.stage('BM25 ujung ke ujung');
    const endToEnd: number[] = [];
    for (const [i, text] of texts.entries()) {
      endToEnd.push((await time(() => searcher.search(text, { k: 10 })))[1]);
      progress.update(i + 1, texts.length);
    }

    progress.stage(`vektor sintetis ${options.dims} dimensi`);
    const { rows: ids } = await db.query<{ id: string }>('select id from chunks order by id');
    const { vectors, queries } = syntheticVectors(ids.length, options.dims, options.seed + 2);
    const embeddings = createEmbeddingsRepo(db);
    const model = 'bench-synthetic';
    for (let i = 0; i < ids.length; i += 2_000) {
      await embeddings.upsert(
        model,
        ids.slice(i, i + 2_000).map((row, j) => ({
          chunkId: Number(row.id),
          contentHash: 'synthetic',
          vector: Array.from(vectors[i + j]!),
        })),
      );
      progress.update(Math.min(i + 2_000, ids.length), ids.length);
    }
    progress.stage('membangun indeks HNSW');
    const [, buildMs] = await time(() => embeddings.ensureIndex(model, options.dims));
    if (db.engine === 'postgres') await db.query('analyze embeddings');

    const densePair = (label: string, filters?: { topic: string }) =>
      comparePaths(label, queries.slice(0, options.queries), progress, (q, exact) =>
        repo.dense(
          { vector: pgvector.toSql(Array.from(q)) as string, model, dims: options.dims },
          10,
          filters,
          exact,
        ),
      );
    const dense = await densePair('HNSW vs scan eksak');
    const denseFiltered = await densePair('HNSW dengan filter topik (iterative scan)', { topic: 'kemasan' });

    const perSec = (n: number, ms: number) => Math.round(n / (ms / 1000));
    return {
      engine: options.engine,
      chunks,
      ingest: {
        pipelineChunksPerSec: perSec(chunks, pipelineMs),
        bulkChunksPerSec: perSec(chunks, bulkMs),
        ratio: Math.round((pipelineMs / bulkMs) * 10) / 10,
        pipelineMs: Math.round(pipelineMs),
        bulkMs: Math.round(bulkMs),
      },
      lexical,
      lexicalFiltered,
      lexicalEndToEnd: stats(endToEnd),
      dense: { ...dense, dims: options.dims, buildMs: Math.round(buildMs) },
      denseFiltered,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
