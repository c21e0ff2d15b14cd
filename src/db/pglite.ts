import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
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

/** A lock file just created by another process may not hold its pid yet; this long, it is abandoned. */
const EMPTY_LOCK_GRACE_MS = 5_000;

function inUse(dataDir: string, holder: number | undefined): AppError {
  const who = holder ? `process ${holder}` : 'another process that is starting';
  return new AppError('DB_UNAVAILABLE', `The data directory ${dataDir} is in use by ${who}`, {
    userMessage: `Basis data di ${dataDir} sedang dipakai proses lain${holder ? ` (pid ${holder})` : ''}. Tutup proses itu dulu, atau pakai PENDAMPING_DATA_DIR lain.`,
  });
}

/** The pid in a lock file; undefined when the file is empty or unreadable (being written, or gone). */
function readHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite is single-process: two processes on one data directory corrupt it. The lock is an exclusive
 * create (open with 'wx'), so of two processes starting in the same moment exactly one gets it; the
 * other is told which pid holds the directory. A lock left by a process that died (its pid no longer
 * runs) is taken over: it is first renamed aside, which only one process can do, and put back if it
 * turns out to be a live holder's.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'pendamping.lock');
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return () => {
        if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppError('CONFIG_INVALID', `PENDAMPING_DATA_DIR: cannot create ${lockPath}`, {
          cause: error,
          userMessage: `Konfigurasi tidak valid:\n  PENDAMPING_DATA_DIR: berkas kunci ${lockPath} tidak bisa dibuat (${(error as NodeJS.ErrnoException).code ?? error})`,
        });
      }
    }
    const holder = readHolder(lockPath);
    // This process opened the directory before (in-process tests open and close it in turn).
    if (holder === process.pid) return () => {};
    if (holder !== undefined && pidAlive(holder)) throw inUse(dataDir, holder);
    if (holder === undefined) {
      let age = 0;
      try {
        age = Date.now() - statSync(lockPath).mtimeMs;
      } catch {
        continue; // gone: try again
      }
      if (age < EMPTY_LOCK_GRACE_MS) throw inUse(dataDir, undefined);
    }
    // Stale: move it aside (atomic; of several processes only one succeeds) and check what was moved.
    const aside = `${lockPath}.${process.pid}.stale`;
    try {
      renameSync(lockPath, aside);
    } catch {
      continue; // another process moved it first: try again
    }
    const moved = readHolder(aside);
    if (moved !== undefined && moved !== holder && pidAlive(moved)) {
      // A live process had taken the lock between the read and the rename: give it back.
      try {
        linkSync(aside, lockPath);
      } catch {
        // Someone holds the path again; either way the directory is in use.
      }
      rmSync(aside, { force: true });
      throw inUse(dataDir, moved);
    }
    rmSync(aside, { force: true });
  }
  throw inUse(dataDir, readHolder(lockPath));
}

/**
 * Server settings on top of PGlite's own start parameters. PostgreSQL's default 128 MB of shared
 * buffers is set up (and zeroed, inside WebAssembly memory) at every start, for a database that holds
 * a few tens of MB and is read through the operating system's file cache anyway: 16 MB starts about
 * 40 ms of CPU faster and holds about 130 MB less memory.
 */
const SETTINGS = ['shared_buffers=16MB'];

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
    release = acquireDataDirLock(dataDir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ? join(dataDir, 'pgdata') : undefined, {
      extensions: { vector },
      startParams: [...PGlite.defaultStartParams, ...SETTINGS.flatMap((setting) => ['-c', setting])],
    });
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
