import pg from 'pg';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Database, Queryable } from './port.ts';

/** SQLSTATEs and socket errors that mean "the server is gone", not "the query is wrong". */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

function toAppError(error: unknown): AppError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (
    UNAVAILABLE.has(code) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
  ) {
    return new AppError('DB_UNAVAILABLE', `PostgreSQL is unavailable: ${message}`, {
      cause: error,
      userMessage: 'Basis data sedang tidak bisa dihubungi. Coba lagi sebentar lagi.',
    });
  }
  return new AppError('DB_QUERY_FAILED', `Query failed: ${message}`, { cause: error });
}

/**
 * Vectors travel as text (pgvector's toSql) with explicit casts, and only scores come back, so no
 * custom type parsers are needed on either engine.
 *
 * Opens a pooled connection to PostgreSQL + pgvector. Idle-client errors (a server restart) are
 * logged, not thrown, so the process survives and the next query reconnects.
 */
export async function openPostgres(
  url: string,
  options: { statementTimeoutMs: number; log: Logger },
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    application_name: 'pendamping-ikm',
  });
  pool.on('error', (error) =>
    options.log.error({ err: error, code: 'DB_UNAVAILABLE' }, 'idle PostgreSQL client failed'),
  );

  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      try {
        const result = await q.query(sql, params);
        return { rows: result.rows as T[] };
      } catch (error) {
        throw toAppError(error);
      }
    },
  });
  const base = wrap(pool);
  try {
    await base.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  return {
    engine: 'postgres',
    query: base.query,
    async exec(sql) {
      await base.query(sql);
    },
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw toAppError(error);
      }
      try {
        await client.query('begin');
        const tx = wrap(client);
        // A query without parameters goes over pg's simple query protocol: a script runs whole, unsplit.
        const result = await fn({ ...tx, exec: async (sql) => void (await tx.query(sql)) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error instanceof AppError ? error : toAppError(error);
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
