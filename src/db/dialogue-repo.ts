import type { Database } from './port.ts';

/** One piece of dialogue state: whose (pseudonymous refs), which dialogue, and until when it holds. */
export interface DialogueKey {
  userRef: string;
  /** The chat the dialogue runs in; '' for state of the person in any chat (a question held for consent). */
  chatRef: string;
  kind: string;
}

/** A state larger than this is refused: dialogue state is a step and a few facts, not a document. */
export const MAX_STATE_BYTES = 16_384;

/**
 * The bot's dialogue state in the product's database (008_dialogue.sql), so that any instance can take the
 * next update of a conversation and a restart forgets nothing. Every row has an expiry: reads ignore expired
 * rows, and `sweep` (run at most once a minute from `put`, and by the caller at will) deletes them.
 */
export function createDialogueRepo(
  db: Database,
  options: { sweepEveryMs?: number; now?: () => number } = {},
) {
  const sweepEveryMs = options.sweepEveryMs ?? 60_000;
  const now = options.now ?? Date.now;
  let sweptAt = 0;

  async function sweep(): Promise<number> {
    sweptAt = now();
    const { rows } = await db.query('delete from dialogue_state where expires_at <= now() returning kind');
    return rows.length;
  }

  return {
    /** Every live state of the person: in this chat, and in any chat. */
    async load(
      userRef: string,
      chatRef: string,
    ): Promise<{ chatRef: string; kind: string; state: unknown }[]> {
      const { rows } = await db.query<{ chat_ref: string; kind: string; state: unknown }>(
        `select chat_ref, kind, state from dialogue_state
         where user_ref = $1 and chat_ref in ('', $2) and expires_at > now()`,
        [userRef, chatRef],
      );
      return rows.map((row) => ({
        chatRef: row.chat_ref,
        kind: row.kind,
        state: typeof row.state === 'string' ? JSON.parse(row.state) : row.state,
      }));
    },

    /** Sets (or replaces) a state for `ttlMs` from now. */
    async put(key: DialogueKey, state: unknown, ttlMs: number): Promise<void> {
      const json = JSON.stringify(state);
      if (Buffer.byteLength(json) > MAX_STATE_BYTES)
        throw new RangeError(`dialogue state ${key.kind} is ${Buffer.byteLength(json)} bytes`);
      await db.query(
        `insert into dialogue_state (user_ref, chat_ref, kind, state, expires_at, updated_at)
         values ($1, $2, $3, $4::jsonb, now() + ($5::double precision * interval '1 millisecond'), now())
         on conflict (user_ref, chat_ref, kind) do update
           set state = excluded.state, expires_at = excluded.expires_at, updated_at = now()`,
        [key.userRef, key.chatRef, key.kind, json, ttlMs],
      );
      if (now() - sweptAt >= sweepEveryMs) await sweep();
    },

    /**
     * Removes a live state and returns it, in one statement: of two instances taking the same held
     * question, one gets it.
     */
    async take(key: DialogueKey): Promise<unknown> {
      const { rows } = await db.query<{ state: unknown; live: boolean }>(
        `delete from dialogue_state where user_ref = $1 and chat_ref = $2 and kind = $3
         returning state, expires_at > now() as live`,
        [key.userRef, key.chatRef, key.kind],
      );
      const row = rows[0];
      if (!row?.live) return undefined;
      return typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
    },

    /** Removes a state; true when a live one was there. */
    async remove(key: DialogueKey): Promise<boolean> {
      const { rows } = await db.query<{ live: boolean }>(
        `delete from dialogue_state where user_ref = $1 and chat_ref = $2 and kind = $3
         returning expires_at > now() as live`,
        [key.userRef, key.chatRef, key.kind],
      );
      return Boolean(rows[0]?.live);
    },

    /** /hapus: every dialogue of the person, in every chat. */
    async removeUser(userRef: string): Promise<number> {
      const { rows } = await db.query('delete from dialogue_state where user_ref = $1 returning kind', [
        userRef,
      ]);
      return rows.length;
    },

    sweep,
  };
}

export type DialogueRepo = ReturnType<typeof createDialogueRepo>;
