import type { Database } from './port.ts';

/** 👍 / 👎 on an answer: one per answer, a second tap changes it. */
export function createFeedbackRepo(db: Database) {
  return {
    /**
     * Stores the user's vote on one of their own answers; false when the interaction is not theirs
     * (a forged or stale button) or no longer exists (deleted with /hapus).
     */
    async set(interactionId: number, userRef: string, value: 1 | -1, at?: string): Promise<boolean> {
      // `at`: a tap kept in the fallback file during an outage and written back later; it does not
      // replace a vote given after it.
      const { rows } = await db.query(
        `insert into feedback (interaction_id, user_ref, value, created_at)
         select id, $2, $3, coalesce($4::timestamptz, now()) from interactions where id = $1 and user_ref = $2
         on conflict (interaction_id) do update set value = excluded.value, created_at = excluded.created_at
           where feedback.created_at <= excluded.created_at
         returning interaction_id`,
        [interactionId, userRef, value, at ?? null],
      );
      return rows.length > 0;
    },

    async get(interactionId: number): Promise<number | null> {
      const { rows } = await db.query<{ value: number }>(
        'select value from feedback where interaction_id = $1',
        [interactionId],
      );
      return rows[0] ? Number(rows[0].value) : null;
    },
  };
}

export type FeedbackRepo = ReturnType<typeof createFeedbackRepo>;
