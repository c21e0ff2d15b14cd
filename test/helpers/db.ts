import { afterEach } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { createScratchDatabase } from '../../src/db/scratch.ts';
import { silentLogger } from './log.ts';

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; closed and dropped by the returned cleanup. */
  open(): Promise<{ db: Database; cleanup: () => Promise<void> }>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI always sets it). */
export function engines(): TestEngine[] {
  const list: TestEngine[] = [
    {
      name: 'pglite',
      async open() {
        const db = await openPglite();
        await migrate(db);
        return { db, cleanup: () => db.close() };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url) {
    list.push({
      name: 'postgres',
      async open() {
        const scratch = await createScratchDatabase(url, 'pd_test');
        const db = await openPostgres(scratch.url, { statementTimeoutMs: 30_000, log: silentLogger() });
        await migrate(db);
        return {
          db,
          async cleanup() {
            await db.close();
            await scratch.drop();
          },
        };
      },
    });
  }
  return list;
}

/**
 * For a describe block: `open()` gives each test its own fresh database on this engine, closed (and
 * dropped) after the test.
 */
export function freshDatabases(engine: TestEngine): () => Promise<Database> {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
  return async () => {
    const opened = await engine.open();
    cleanup = opened.cleanup;
    return opened.db;
  };
}

/**
 * Two handles on one fresh, migrated database, as two bot instances would hold: PGlite gives the same
 * handle twice (two processes cannot share its directory); with DATABASE_URL, a scratch PostgreSQL
 * database and a pool each, dropped by `close()`.
 */
export async function openSharedDatabases(
  prefix: string,
): Promise<{ dbs: [Database, Database]; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite();
    await migrate(db);
    return { dbs: [db, db], close: () => db.close() };
  }
  const scratch = await createScratchDatabase(url, prefix);
  const open = () => openPostgres(scratch.url, { statementTimeoutMs: 30_000, log: silentLogger() });
  const a = await open();
  await migrate(a);
  const b = await open();
  return {
    dbs: [a, b],
    async close() {
      await a.close();
      await b.close();
      await scratch.drop();
    },
  };
}
