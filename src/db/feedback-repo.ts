import type { Database } from './port.ts';

/** 👍 / 👎 on an answer: one per answer, a second tap changes it. */
export function createFeedbackRepo(db: Database) {
  return {
    /**
     * Stores the user's vote on one of their own answers; false when the interaction is not theirs
     * (a forged or stale button) or no longer exists (deleted with /hapus).
     */
    async set(interactionId: number, userRef: string, value: 1 | -1): Promise<boolean> {
      const { rows } = await db.query(
        `insert into feedback (interaction_id, user_ref, value)
         select id, $2, $3 from interactions where id = $1 and user_ref = $2
         on conflict (interaction_id) do update set value = excluded.value, created_at = now()
         returning interaction_id`,
        [interactionId, userRef, value],
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
