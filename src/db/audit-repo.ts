import type { Database } from './port.ts';

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
      await db.query('insert into audit_log (mentor_id, action, target, detail) values ($1, $2, $3, $4)', [
        entry.mentorId,
        entry.action,
        entry.target ?? null,
        JSON.stringify(entry.detail ?? {}),
      ]);
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
