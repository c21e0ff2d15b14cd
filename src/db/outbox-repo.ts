import { enqueue } from './handoffs-repo.ts';
import type { Database, Queryable } from './port.ts';

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

/** The oldest pending message of a chat whose earlier messages are all done. */
const NEXT = `select o.id, o.user_ref, o.chat_id, o.body, o.handoff_id, o.attempts from outbox o
  where o.sent_at is null and o.failed_at is null
    and not exists (select 1 from outbox p where p.chat_id = o.chat_id and p.id < o.id
                    and p.sent_at is null and p.failed_at is null)
  order by o.id limit 1`;

interface Row {
  id: string;
  user_ref: string;
  chat_id: string;
  body: string;
  handoff_id: string | null;
  attempts: number;
}

const toMessage = (row: Row): OutboxMessage => ({
  id: Number(row.id),
  userRef: row.user_ref,
  chatId: Number(row.chat_id),
  body: row.body,
  handoffId: row.handoff_id === null ? null : Number(row.handoff_id),
  attempts: row.attempts,
});

/** Records what the sender made of a message; true when the chat's next message may follow. */
async function mark(db: Queryable, id: number, outcome: DeliveryOutcome): Promise<boolean> {
  if (outcome.kind === 'sent')
    await db.query('update outbox set sent_at = now(), attempts = attempts + 1 where id = $1', [id]);
  else if (outcome.kind === 'failed')
    await db.query(
      'update outbox set failed_at = now(), attempts = attempts + 1, last_error = $2 where id = $1',
      [id, outcome.error.slice(0, 500)],
    );
  else
    await db.query('update outbox set attempts = attempts + 1, last_error = $2 where id = $1', [
      id,
      outcome.error.slice(0, 500),
    ]);
  return outcome.kind !== 'retry';
}

const sendSafely = (send: (message: OutboxMessage) => Promise<DeliveryOutcome>, message: OutboxMessage) =>
  send(message).catch((error: unknown): DeliveryOutcome => ({ kind: 'retry', error: String(error) }));

/**
 * The outbox of messages for users' chats, delivered in order per chat, once each. On PostgreSQL,
 * delivery locks the next message (SKIP LOCKED, so several bot instances share the work), sends it while
 * holding the lock, and marks it in the same transaction. PGlite has one connection and one process: a
 * transaction held across a send (a slow Telegram, a 429 that auto-retry waits out) would stall every
 * answer, so there the message is read, sent and marked outside any transaction, one delivery round at a
 * time in the process. Either way a crash between the send and the mark can repeat that one message on
 * restart (at-least-once at that edge).
 */
export function createOutboxRepo(db: Database) {
  let round: Promise<number> | undefined;

  /** PGlite: read, send, mark, with no transaction open while Telegram answers. */
  async function deliverUnlocked(
    send: (message: OutboxMessage) => Promise<DeliveryOutcome>,
    limit: number,
  ): Promise<number> {
    let attempted = 0;
    while (attempted < limit) {
      const row = (await db.query<Row>(NEXT)).rows[0];
      if (!row) break;
      const message = toMessage(row);
      const next = await mark(db, message.id, await sendSafely(send, message));
      attempted++;
      // A message to retry stops this round: its chat's later messages must wait behind it.
      if (!next) break;
    }
    return attempted;
  }

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
      if (db.engine === 'pglite') {
        // One round at a time in the process, so two rounds never send the same message.
        while (round) await round.catch(() => undefined);
        round = deliverUnlocked(send, limit);
        try {
          return await round;
        } finally {
          round = undefined;
        }
      }
      let attempted = 0;
      while (attempted < limit) {
        const done = await db.transaction(async (tx) => {
          const row = (await tx.query<Row>(`${NEXT} for update skip locked`)).rows[0];
          if (!row) return false;
          const message = toMessage(row);
          return (await mark(tx, message.id, await sendSafely(send, message))) ? true : 'stop';
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
