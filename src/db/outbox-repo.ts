import { enqueue } from './handoffs-repo.ts';
import type { Database } from './port.ts';

export interface OutboxMessage {
  id: number;
  userRef: string;
  chatId: number;
  body: string;
  handoffId: number | null;
  attempts: number;
}

/** What the sender made of one message: delivered, never deliverable (blocked bot, chat gone), or try later. */
export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'failed'; error: string }
  | { kind: 'retry'; error: string };

/**
 * The outbox of messages for users' chats. Delivery takes the oldest pending message of a chat whose
 * earlier messages are all done, locks it (SKIP LOCKED, so several bot instances share the work), sends it
 * while holding the lock, and marks it in the same transaction: in order per chat, once each. A crash
 * between the send and the commit can repeat that one message on restart (at-least-once at that edge).
 */
export function createOutboxRepo(db: Database) {
  return {
    async enqueue(input: {
      userRef: string;
      chatId: number;
      body: string;
      handoffId?: number;
    }): Promise<number> {
      return enqueue(db, input);
    },

    /** Delivers up to `limit` pending messages; returns how many were attempted. */
    async deliver(send: (message: OutboxMessage) => Promise<DeliveryOutcome>, limit = 20): Promise<number> {
      let attempted = 0;
      while (attempted < limit) {
        const done = await db.transaction(async (tx) => {
          const { rows } = await tx.query<{
            id: string;
            user_ref: string;
            chat_id: string;
            body: string;
            handoff_id: string | null;
            attempts: number;
          }>(
            `select o.id, o.user_ref, o.chat_id, o.body, o.handoff_id, o.attempts from outbox o
             where o.sent_at is null and o.failed_at is null
               and not exists (select 1 from outbox p where p.chat_id = o.chat_id and p.id < o.id
                               and p.sent_at is null and p.failed_at is null)
             order by o.id limit 1 for update skip locked`,
          );
          const row = rows[0];
          if (!row) return false;
          const message: OutboxMessage = {
            id: Number(row.id),
            userRef: row.user_ref,
            chatId: Number(row.chat_id),
            body: row.body,
            handoffId: row.handoff_id === null ? null : Number(row.handoff_id),
            attempts: row.attempts,
          };
          const outcome = await send(message).catch(
            (error: unknown): DeliveryOutcome => ({ kind: 'retry', error: String(error) }),
          );
          if (outcome.kind === 'sent')
            await tx.query('update outbox set sent_at = now(), attempts = attempts + 1 where id = $1', [
              message.id,
            ]);
          else if (outcome.kind === 'failed')
            await tx.query(
              'update outbox set failed_at = now(), attempts = attempts + 1, last_error = $2 where id = $1',
              [message.id, outcome.error.slice(0, 500)],
            );
          else {
            await tx.query('update outbox set attempts = attempts + 1, last_error = $2 where id = $1', [
              message.id,
              outcome.error.slice(0, 500),
            ]);
            return 'stop';
          }
          return true;
        });
        if (done === false) break;
        attempted++;
        // A message to retry stops this round: its chat's later messages must wait behind it.
        if (done === 'stop') break;
      }
      return attempted;
    },

    async pendingCount(): Promise<number> {
      const { rows } = await db.query<{ n: string }>(
        'select count(*) as n from outbox where sent_at is null and failed_at is null',
      );
      return Number(rows[0]!.n);
    },
  };
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
