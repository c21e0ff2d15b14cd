import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { createScratchDatabase } from '../../src/db/scratch.ts';
import { memoryLogger } from '../helpers/log.ts';
import { startProxy } from '../helpers/tcp-proxy.ts';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('PostgreSQL going away mid-run', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let app: App;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-outage-'));
  const { log, lines } = memoryLogger();

  beforeAll(async () => {
    scratch = await createScratchDatabase(url!, 'pd_outage');
    const target = new URL(url!);
    proxy = await startProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(scratch.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const config = createConfig({
      DATABASE_URL: viaProxy.toString(),
      PENDAMPING_DATA_DIR: dataDir,
      KNOWLEDGE_DIR: 'knowledge',
    });
    app = await openApp(config, log, { ingest: 'sync' });
  });

  afterAll(async () => {
    await app?.close().catch(() => {});
    await proxy?.close();
    await scratch?.drop();
  });

  it('answers, fails cleanly while the server is gone without losing the interaction, and recovers', async () => {
    const ok = await app.answers.answer({ text: 'berapa jumlah sentra ikm di indonesia?' });
    expect(ok.answered).toBe(true);

    await proxy.cut();
    const down = await app.answers.answer({ text: 'apa itu DAK fisik?' });
    expect(down).toMatchObject({ outcome: 'error', errorCode: 'DB_UNAVAILABLE', answered: false });
    expect(down.answer).toMatch(/gangguan/);
    const fallback = join(dataDir, 'interactions-fallback.jsonl');
    expect(existsSync(fallback)).toBe(true);
    expect(readFileSync(fallback, 'utf8')).toContain('apa itu DAK fisik?');
    expect(lines.some((line) => line.code === 'DB_UNAVAILABLE')).toBe(true);

    await proxy.restore();
    const again = await app.answers.answer({ text: 'apa itu DAK fisik?' });
    expect(again.answered).toBe(true);
    // The row that waited in the fallback file is written back once the database answers again.
    let rows: { question: string; outcome: string }[] = [];
    for (let i = 0; i < 50 && rows.length < 3; i++) {
      ({ rows } = await app.db.query<{ question: string; outcome: string }>(
        'select question, outcome from interactions order by id',
      ));
      if (rows.length < 3) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows.map((row) => `${row.outcome}: ${row.question}`).sort()).toEqual([
      'answered: apa itu DAK fisik?',
      'answered: berapa jumlah sentra ikm di indonesia?',
      'error: apa itu DAK fisik?',
    ]);
    // Once each: a later write does not bring it back again.
    await app.answers.answer({ text: 'apa itu merek?' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows: after } = await app.db.query<{ n: string }>(
      "select count(*) as n from interactions where outcome = 'error'",
    );
    expect(Number(after[0]!.n)).toBe(1);
  });

  it('reports a wrong DATABASE_URL as unavailable with a clear message', async () => {
    const { log: quiet } = memoryLogger();
    await expect(
      openPostgres('postgres://postgres@127.0.0.1:1/nowhere', { statementTimeoutMs: 1_000, log: quiet }),
    ).rejects.toMatchObject({
      code: 'DB_UNAVAILABLE',
      userMessage: expect.stringMatching(/tidak bisa dihubungi/),
    });
  });
});
