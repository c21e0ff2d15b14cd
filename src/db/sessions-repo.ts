import { createHash, randomBytes } from 'node:crypto';
import { type Mentor, toMentor } from './mentors-repo.ts';
import type { Database } from './port.ts';

/** Only hashes of secrets are stored: a copy of the database does not let anyone in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export interface Session {
  mentor: Mentor;
  csrf: string;
  expiresAt: Date;
}

/** One-time sign-in tokens and browser sessions. */
export function createSessionsRepo(db: Database) {
  return {
    /** A new one-time token for an active person; returns the token itself (shown once, never stored). */
    async issueToken(mentorId: number, ttlMs: number): Promise<string> {
      const token = newSecret();
      await db.query(
        `insert into signin_tokens (token_hash, mentor_id, expires_at)
         values ($1, $2, now() + ($3::double precision * interval '1 millisecond'))`,
        [hashSecret(token), mentorId, ttlMs],
      );
      return token;
    },

    /**
     * Uses a token: returns the person it was issued to, or null when it is unknown, expired, already
     * used, or the person has been switched off. The update is the check, so two concurrent uses cannot
     * both succeed.
     */
    async consumeToken(token: string): Promise<Mentor | null> {
      if (!token || token.length > 200) return null;
      const { rows } = await db.query<{ mentor_id: string }>(
        `update signin_tokens set used_at = now()
         where token_hash = $1 and used_at is null and expires_at > now() returning mentor_id`,
        [hashSecret(token)],
      );
      if (!rows[0]) return null;
      const found = await db.query<Parameters<typeof toMentor>[0]>(
        'select id, telegram_id, name, role, active, created_at from mentors where id = $1 and active',
        [rows[0].mentor_id],
      );
      return found.rows[0] ? toMentor(found.rows[0]) : null;
    },

    /** Opens a session; returns the cookie value (random) and the session's CSRF token. */
    async open(mentorId: number, ttlMs: number): Promise<{ id: string; csrf: string }> {
      const id = newSecret();
      const csrf = newSecret();
      await db.query(
        `insert into sessions (id_hash, mentor_id, csrf, expires_at)
         values ($1, $2, $3, now() + ($4::double precision * interval '1 millisecond'))`,
        [hashSecret(id), mentorId, csrf, ttlMs],
      );
      // Expired rows are swept here rather than by a timer: sign-ins are rare, and the table stays small.
      await db.query('delete from sessions where expires_at < now()');
      await db.query(`delete from signin_tokens where expires_at < now() - interval '1 day'`);
      return { id, csrf };
    },

    /** The session behind a cookie, with the person's current role (a role change applies at once). */
    async get(id: string): Promise<Session | null> {
      if (!id || id.length > 200) return null;
      const { rows } = await db.query<Parameters<typeof toMentor>[0] & { csrf: string; expires_at: Date }>(
        `select m.id, m.telegram_id, m.name, m.role, m.active, m.created_at, s.csrf, s.expires_at
         from sessions s join mentors m on m.id = s.mentor_id
         where s.id_hash = $1 and s.expires_at > now() and m.active`,
        [hashSecret(id)],
      );
      const row = rows[0];
      return row ? { mentor: toMentor(row), csrf: row.csrf, expiresAt: new Date(row.expires_at) } : null;
    },

    async close(id: string): Promise<void> {
      await db.query('delete from sessions where id_hash = $1', [hashSecret(id)]);
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
