import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { openPostgres } from '../../src/db/postgres.ts';
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
        const name = `pd_test_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const testUrl = new URL(url);
        testUrl.pathname = `/${name}`;
        const db = await openPostgres(testUrl.toString(), {
          statementTimeoutMs: 30_000,
          log: silentLogger(),
        });
        await migrate(db);
        return {
          db,
          async cleanup() {
            await db.close();
            const dropper = new pg.Client({ connectionString: url });
            await dropper.connect();
            await dropper.query(`drop database if exists ${name} with (force)`);
            await dropper.end();
          },
        };
      },
    });
  }
  return list;
}

export function databaseUrlFor(name: string): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
