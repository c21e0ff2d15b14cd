import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './port.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: serialises migrations when several instances start against one PostgreSQL. */
const LOCK_KEY = 7_310_442;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number.parseInt(file, 10),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

/** PostgreSQL's code for a table that does not exist (both engines report it). */
const UNDEFINED_TABLE = '42P01';

/**
 * The versions already applied. Most starts have nothing to apply: one query says so (instead of a
 * transaction per migration), and the table is created only when that query finds none; on a warm
 * PGlite the `create table if not exists` before it cost as much as the query itself.
 */
async function appliedVersions(db: Database): Promise<Set<number>> {
  try {
    const { rows } = await db.query<{ version: number }>('select version from schema_migrations');
    return new Set(rows.map((row) => Number(row.version)));
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== UNDEFINED_TABLE) throw error;
    await db.exec(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    return new Set();
  }
}

/**
 * Applies pending migrations in order, each in its own transaction. A file runs whole, as one script:
 * PGlite's exec and pg's simple query protocol both take several statements, so nothing splits the SQL.
 * On PostgreSQL a transaction-level advisory lock makes concurrent starts safe: the second instance
 * waits, then sees the version applied.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  const done = await appliedVersions(db);
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !done.has(m.version))) {
    const ran = await db.transaction(async (tx) => {
      if (db.engine === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const { rows } = await tx.query('select 1 from schema_migrations where version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
