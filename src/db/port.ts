/** The smallest surface the repositories need; both engines implement it. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** A transaction's handle: parameterised queries, and scripts of several statements (migrations). */
export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters, in this transaction, unsplit. */
  exec(sql: string): Promise<void>;
}

/**
 * One database port over two engines: PGlite (embedded, the default) and PostgreSQL through `pg`.
 * All SQL lives in repository modules and uses $1-style parameters, which both engines accept.
 */
export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
