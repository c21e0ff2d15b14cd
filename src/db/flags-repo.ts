import type { Flag } from '../ingest/flags.ts';
import type { Queryable } from './port.ts';

export interface StoredFlag extends Flag {
  path: string;
}

/** SQL for the lines that ingest kept out of the quotable text (see src/ingest/flags.ts). */
export function createFlagsRepo(db: Queryable) {
  return {
    /** Replaces the flags of these documents (and removes those of `removedPaths`), in the ingest's transaction. */
    async replace(
      tx: Queryable,
      docs: { path: string; flags: Flag[] }[],
      removedPaths: string[],
    ): Promise<void> {
      const paths = [...docs.map((doc) => doc.path), ...removedPaths];
      if (paths.length === 0) return;
      await tx.query('delete from content_flags where path = any($1)', [paths]);
      const rows = docs.flatMap((doc) => doc.flags.map((flag) => ({ path: doc.path, ...flag })));
      if (rows.length === 0) return;
      await tx.query(
        `insert into content_flags (path, rule, kind, line, card_id, excerpt)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[])`,
        [
          rows.map((row) => row.path),
          rows.map((row) => row.rule),
          rows.map((row) => row.kind),
          rows.map((row) => row.line),
          rows.map((row) => row.card ?? null),
          rows.map((row) => row.text),
        ],
      );
    },

    async list(path?: string): Promise<StoredFlag[]> {
      const { rows } = await db.query<{
        path: string;
        rule: string;
        kind: Flag['kind'];
        line: number;
        card_id: string | null;
        excerpt: string;
      }>(
        `select path, rule, kind, line, card_id, excerpt from content_flags
          where $1::text is null or path = $1 order by path, line, id`,
        [path ?? null],
      );
      return rows.map((row) => ({
        path: row.path,
        rule: row.rule,
        kind: row.kind,
        line: Number(row.line),
        ...(row.card_id ? { card: row.card_id } : {}),
        text: row.excerpt,
      }));
    },
  };
}
