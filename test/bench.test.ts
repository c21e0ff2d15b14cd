import { describe, expect, it } from 'vitest';
import { markdownReport, svgChart } from '../src/bench/report.ts';
import { runBench } from '../src/bench/run.ts';
import { openPglite } from '../src/db/pglite.ts';
import { silentLogger } from './helpers/log.ts';

describe('pendamping bench (tiny corpus: checks the measurement, not the speed)', () => {
  it('measures ingest against bulk insert and each index against an exact scan of the same data', async () => {
    const db = await openPglite();
    const stages: string[] = [];
    try {
      const result = await runBench(db, {
        engine: 'PGlite',
        chunks: 300,
        seed: 7,
        queries: 10,
        dims: 16,
        log: silentLogger(),
        progress: { stage: (name) => stages.push(name), update: () => {} },
      });
      expect(result.chunks).toBe(300);
      expect(result.lexical.recallAt10).toBe(1);
      expect(result.lexicalFiltered.recallAt10).toBe(1);
      expect(result.dense.recallAt10).toBeGreaterThan(0.5);
      for (const pair of [result.lexical, result.dense]) {
        expect(pair.index.p50).toBeGreaterThan(0);
        expect(pair.exact.p95).toBeGreaterThanOrEqual(pair.exact.p50);
        expect(pair.speedup).toBeCloseTo(pair.exact.p50 / pair.index.p50, 0);
      }
      expect(result.ingest.pipelineChunksPerSec).toBeGreaterThan(0);
      expect(result.ingest.ratio).toBeCloseTo(result.ingest.pipelineMs / result.ingest.bulkMs, 0);
      expect(stages).toContain('membangun indeks HNSW');
      const markdown = markdownReport([result], [], {
        command: 'node bin/pendamping.js bench',
        date: '2026-11-23',
        machine: 'test',
        svg: 'b.svg',
      });
      expect(markdown).toMatch(/\| PGlite \| 300 \| BM25 \(GIN \+ sparsevec\) \|/);
      expect(svgChart([result])).toMatch(/^<svg[\s\S]*<\/svg>\n$/);
    } finally {
      await db.close();
    }
  });
});
