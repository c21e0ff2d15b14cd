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
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Query read timeout/i.test(
      message,
    )
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
    // The server applies statement_timeout; one that accepts the connection and then never answers (hung,
    // or a network that drops packets without a reset) does not, and every query would wait for ever. The
    // client gives up a little after the server would have, and the connection is thrown away.
    query_timeout: options.statementTimeoutMs + 1_000,
    application_name: 'pendamping-ikm',
  });
  pool.on('error', (error) =>
    options.log.error({ err: error, code: 'DB_UNAVAILABLE' }, 'idle PostgreSQL client failed'),
  );

  const breaker = createBreaker(url, options.log);
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: <T>(sql: string, params?: unknown[]) =>
      breaker.run(async () => ({ rows: (await q.query(sql, params)).rows as T[] })),
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
      const client = await breaker.run(() => pool.connect());
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const tx = wrap(client);
        // A query without parameters goes over pg's simple query protocol: a script runs whole, unsplit.
        const result = await fn({ ...tx, exec: async (sql) => void (await tx.query(sql)) });
        await client.query('commit');
        return result;
      } catch (error) {
        const failure = error instanceof AppError ? error : toAppError(error);
        // A connection that timed out or dropped is not given back to the pool (a stalled one would hang
        // the next query on it); nor is one whose rollback failed.
        if (failure.code === 'DB_UNAVAILABLE') broken = failure;
        else await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
        throw failure;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      breaker.close();
      await pool.end();
    },
  };
}

const timedOut = (error: unknown) =>
  (error as { code?: string }).code === 'ETIMEDOUT' ||
  /Query read timeout|timeout exceeded when trying to connect/i.test((error as Error)?.message ?? '');

/** How long the probe of a breaker that is open waits for the server, and between two tries. */
const PROBE_TIMEOUT_MS = 2_000;
const PROBE_EVERY_MS = 100;

/**
 * A server that accepts connections and never answers makes every query wait for its timeout (seconds
 * each), and the pool's five connections turn a burst of updates into minutes of waiting. After a query
 * timed out, queries fail at once (DB_UNAVAILABLE, so every caller takes its outage path: the fallback
 * file, memory) while a probe apart from the pool (a fresh connection and `select 1`, 2 s at most, every
 * tenth of a second) tries the server; when it answers, queries go to it again. A refused or reset connection
 * fails fast by itself and does not open the breaker.
 */
function createBreaker(url: string, log: Logger) {
  let open = false;
  let closed = false;
  let probing = false;
  const probe = async () => {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      application_name: 'pendamping-ikm-probe',
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
    } finally {
      // Not awaited: ending a connection to a server that does not answer waits too.
      void client.end().catch(() => undefined);
    }
  };
  const probeUntilBack = async () => {
    while (open && !closed) {
      try {
        await probe();
        if (open) log.warn({ code: 'DB_AVAILABLE' }, 'PostgreSQL answers again');
        open = false;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS).unref());
      }
    }
    probing = false;
  };
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (open)
        throw new AppError('DB_UNAVAILABLE', 'PostgreSQL is unavailable: it did not answer in time', {
          userMessage: 'Basis data sedang tidak bisa dihubungi. Coba lagi sebentar lagi.',
        });
      try {
        return await work();
      } catch (error) {
        if (timedOut(error) && !open && !closed) {
          log.error({ err: error, code: 'DB_UNAVAILABLE' }, 'PostgreSQL did not answer in time');
          open = true;
          if (!probing) {
            probing = true;
            void probeUntilBack();
          }
        }
        throw error instanceof AppError ? error : toAppError(error);
      }
    },
    close() {
      closed = true;
      open = false;
    },
  };
}
