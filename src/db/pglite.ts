import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { AppError } from '../errors.ts';
import { ensureDir } from '../safe-mkdir.ts';
import type { Database, Queryable } from './port.ts';

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is single-process: two processes on one data directory corrupt it. A pid lock file turns
 * that mistake into a clear message instead.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'pendamping.lock');
  try {
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (Number.isFinite(holder) && holder !== process.pid && pidAlive(holder)) {
      throw new AppError('DB_UNAVAILABLE', `The data directory ${dataDir} is in use by process ${holder}`, {
        userMessage: `Basis data di ${dataDir} sedang dipakai proses lain (pid ${holder}). Tutup proses itu dulu, atau pakai PENDAMPING_DATA_DIR lain.`,
      });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/** Opens the embedded engine; `dataDir` undefined means in memory (tests, benchmarks). */
export async function openPglite(dataDir?: string): Promise<Database> {
  let release = () => {};
  if (dataDir) {
    // ensureDir, not mkdirSync(recursive): that spins forever on a path under /proc.
    try {
      ensureDir(dataDir);
    } catch (error) {
      throw new AppError('CONFIG_INVALID', `PENDAMPING_DATA_DIR: cannot create ${dataDir}`, {
        cause: error,
        userMessage: `Konfigurasi tidak valid:\n  PENDAMPING_DATA_DIR: folder ${dataDir} tidak bisa dibuat (${(error as NodeJS.ErrnoException).code ?? error})`,
      });
    }
    release = acquireLock(dataDir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ? join(dataDir, 'pgdata') : undefined, { extensions: { vector } });
  } catch (error) {
    release();
    throw new AppError('DB_UNAVAILABLE', `Could not open the embedded database in ${dataDir ?? 'memory'}`, {
      cause: error,
      userMessage: `Basis data bawaan di ${dataDir} tidak bisa dibuka. Hapus folder itu untuk membuat ulang.`,
    });
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      try {
        const result = await q.query<T>(sql, params);
        return { rows: result.rows };
      } catch (error) {
        throw new AppError('DB_QUERY_FAILED', `Query failed: ${(error as Error).message}`, { cause: error });
      }
    },
  });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: base.query,
    async exec(sql) {
      await pg.exec(sql);
    },
    transaction(fn) {
      return pg.transaction((tx) =>
        fn({
          ...wrap(tx),
          // PGlite's exec runs a whole script (the simple query protocol), like pg's query without parameters.
          async exec(sql) {
            try {
              await tx.exec(sql);
            } catch (error) {
              throw new AppError('DB_QUERY_FAILED', `Script failed: ${(error as Error).message}`, {
                cause: error,
              });
            }
          },
        }),
      );
    },
    async close() {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
