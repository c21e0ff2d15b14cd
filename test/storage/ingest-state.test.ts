import { appendFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import type { IngestReport } from '../../src/ingest/pipeline.ts';
import { engines } from '../helpers/db.ts';
import { memoryLogger } from '../helpers/log.ts';

for (const engine of engines()) {
  describe(`a start with an unchanged knowledge folder on ${engine.name}`, () => {
    it('does not read the folder again; a changed file is read on the next start', async () => {
      const root = mkdtempSync(join(tmpdir(), 'pd-ingest-state-'));
      const dir = join(root, 'knowledge');
      mkdirSync(join(dir, 'keuangan'), { recursive: true });
      cpSync('knowledge/keuangan/buku-kas-harian.md', join(dir, 'keuangan/buku-kas-harian.md'));
      const { db, cleanup } = await engine.open();
      const { log } = memoryLogger();
      const config = createConfig({ KNOWLEDGE_DIR: dir, PENDAMPING_DATA_DIR: join(root, 'data') });
      const start = async () => {
        const reports: IngestReport[] = [];
        const app = await openApp(config, log, { db, ingest: 'sync', onIngest: (r) => reports.push(r) });
        const answered = (await app.answers.answer({ text: 'kolom buku kas harian apa saja?' })).outcome;
        return { reports, answered };
      };
      try {
        const first = await start();
        expect(first.reports).toHaveLength(1);
        expect(first.reports[0]!.added).toBe(1);
        const second = await start();
        expect(second.reports).toEqual([]);
        expect(second.answered).toBe(first.answered);
        appendFileSync(join(dir, 'keuangan/buku-kas-harian.md'), '\nSatu paragraf baru tentang buku kas.\n');
        const third = await start();
        expect(third.reports).toHaveLength(1);
        expect(third.reports[0]!.updated).toBe(1);
      } finally {
        await cleanup();
      }
    });
  });
}
