import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkspaceBench } from '../../src/bench/workspace.ts';
import { indexCurated } from '../../src/dashboard/curate.ts';
import { createCuratedRepo } from '../../src/db/curated-repo.ts';
import type { Database } from '../../src/db/port.ts';
import { ingestDirectory } from '../../src/ingest/pipeline.ts';
import { engines } from '../helpers/db.ts';
import { writeDoc } from '../helpers/knowledge.ts';
import { silentLogger } from '../helpers/log.ts';

describe.each(engines())('curated knowledge on $name', (engine) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await engine.open());
  });
  afterAll(async () => cleanup?.());

  const paths = async () =>
    (await db.query<{ path: string }>('select path from documents order by path')).rows.map((r) => r.path);

  it('indexes curated documents, keeps them through any folder re-ingest, and removes only what was deleted', async () => {
    const repo = createCuratedRepo(db);
    const base = {
      topic: 'pemasaran',
      audience: ['perajin'],
      language: 'id',
      source: 'Mentor uji, 2026-12-02',
      asOf: '2026-12-02',
      interactionId: null,
      mentorId: null,
    };
    const a = await repo.create({
      ...base,
      slug: 'stan',
      title: 'Biaya stan pameran',
      body: '## Biaya stan pameran\n\nBiaya stan pameran berbeda setiap tahun.',
    });
    const b = await repo.create({
      ...base,
      slug: 'stan',
      title: 'Stan bersubsidi',
      body: '## Stan bersubsidi\n\nStan bersubsidi ditanyakan ke dinas perindustrian.',
    });
    expect(a.path).not.toBe(b.path);
    const first = await indexCurated(db, silentLogger());
    expect(first.added).toBe(2);
    expect((await indexCurated(db, silentLogger())).unchanged).toBe(2);

    // A knowledge folder, and even a folder that happens to be called kurasi, never removes them.
    const root = mkdtempSync(join(tmpdir(), 'pd-kurasi-'));
    for (const name of ['knowledge', 'kurasi']) {
      mkdirSync(join(root, name));
      writeDoc(join(root, name), {
        path: 'keuangan/kas.md',
        body: '## Buku kas\n\nBuku kas mencatat uang masuk dan keluar setiap hari.',
      });
      await ingestDirectory({ db, dir: join(root, name), log: silentLogger() });
    }
    expect(await paths()).toEqual(expect.arrayContaining([a.path, b.path, 'knowledge/keuangan/kas.md']));

    await repo.remove(a.id);
    const after = await indexCurated(db, silentLogger());
    expect(after.removed).toBeGreaterThanOrEqual(1);
    expect(await paths()).not.toContain(a.path);
    expect(await paths()).toContain(b.path);
  });

  it('runs the workspace benchmark end to end on a small generated log', async () => {
    const stages: string[] = [];
    const result = await runWorkspaceBench(db, {
      engine: engine.name,
      rows: 3_000,
      queries: 2,
      seed: 7,
      progress: { stage: (name) => stages.push(name), update: () => {} },
    });
    expect(result.interactions).toBeGreaterThanOrEqual(3_000);
    expect(result.rows).toHaveLength(9);
    for (const row of result.rows) {
      expect(row.agreement).toBe(1);
      expect(Number.isFinite(row.index.p95) && Number.isFinite(row.scan.p95)).toBe(true);
    }
    expect(stages[0]).toContain('interaksi sintetis');
  });
});
