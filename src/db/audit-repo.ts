import { maskDeep, maskPersonal } from '../text/personal-data.ts';
import type { Database, Queryable } from './port.ts';

export interface AuditEntry {
  id: number;
  at: Date;
  mentorId: number | null;
  mentorName: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
}

/** Who opened which conversation, who exported what, who changed knowledge or people. */
export function createAuditRepo(db: Database) {
  return {
    async record(entry: {
      mentorId: number | null;
      action: string;
      target?: string;
      detail?: Record<string, unknown>;
    }): Promise<void> {
      // A detail can hold what a mentor typed (a search for a phone number): personal data is masked.
      await db.query('insert into audit_log (mentor_id, action, target, detail) values ($1, $2, $3, $4)', [
        entry.mentorId,
        entry.action,
        entry.target === undefined ? null : maskPersonal(entry.target).text,
        JSON.stringify(maskDeep(entry.detail ?? {})),
      ]);
    },

    /** /hapus: each of the texts (longest first) replaced with `marker` in targets and details. */
    async forgetTexts(tx: Queryable, texts: string[], marker: string): Promise<number> {
      if (texts.length === 0) return 0;
      const { rows } = await tx.query<{ id: string; target: string | null; detail: unknown }>(
        `select id, target, detail from audit_log
          where exists (select 1 from unnest($1::text[]) t
                         where position(t in coalesce(target, '')) > 0)
             or exists (select 1 from unnest($2::text[]) t where position(t in detail::text) > 0)`,
        // jsonb's text form escapes quotes, backslashes and line breaks as JSON does.
        [texts, texts.map((text) => JSON.stringify(text).slice(1, -1))],
      );
      const replace = (value: string) => texts.reduce((out, text) => out.replaceAll(text, marker), value);
      const walk = (value: unknown): unknown => {
        if (typeof value === 'string') return replace(value);
        if (Array.isArray(value)) return value.map(walk);
        if (value && typeof value === 'object')
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [replace(k), walk(v)]));
        return value;
      };
      for (const row of rows) {
        const detail = typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail;
        await tx.query('update audit_log set target = $2, detail = $3 where id = $1', [
          row.id,
          row.target === null ? null : replace(row.target),
          JSON.stringify(walk(detail)),
        ]);
      }
      return rows.length;
    },

    async recent(limit = 100): Promise<AuditEntry[]> {
      const { rows } = await db.query<{
        id: string;
        at: Date;
        mentor_id: string | null;
        name: string | null;
        action: string;
        target: string | null;
        detail: Record<string, unknown> | string;
      }>(
        `select a.id, a.at, a.mentor_id, m.name, a.action, a.target, a.detail
         from audit_log a left join mentors m on m.id = a.mentor_id order by a.at desc, a.id desc limit $1`,
        [limit],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        at: new Date(row.at),
        mentorId: row.mentor_id === null ? null : Number(row.mentor_id),
        mentorName: row.name,
        action: row.action,
        target: row.target,
        detail: typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail,
      }));
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
