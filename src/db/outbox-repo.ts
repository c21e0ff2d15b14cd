import { enqueue } from './handoffs-repo.ts';
import type { Database, Queryable } from './port.ts';

export interface OutboxMessage {
  id: number;
  userRef: string;
  chatId: number;
  body: string;
  handoffId: number | null;
  attempts: number;
  /** Set for the bot's own answers: the update they answer (null for a mentor's reply). */
  updateId: number | null;
  parseMode: string | null;
  /** The other sendMessage fields of an answer (reply_markup, reply_parameters, ...). */
  extra: Record<string, unknown> | null;
}

/** What the sender made of one message: delivered, never deliverable (blocked bot, chat gone), or try later. */
export type DeliveryOutcome =
  | { kind: 'sent'; messageId?: number }
  | { kind: 'failed'; error: string }
  | { kind: 'retry'; error: string; retryAfterMs?: number };

/** How long a sender may hold a message before another may take it (a send, with auto-retry's waits). */
export const LEASE_SECONDS = 300;

const COLUMNS =
  'o.id, o.user_ref, o.chat_id, o.body, o.handoff_id, o.attempts, o.update_id, o.parse_mode, o.extra';

/**
 * The oldest pending message of a chat whose earlier messages are all done, that is due (past its
 * retry_after) and that no live sender holds. Earlier messages still pending, held or not yet due, keep the
 * chat's later messages waiting: a chat's messages arrive in order. Two streams are ordered apart: mentors'
 * replies, and the bot's answers (a mentor's reply waiting out a 429 does not hold up the answer to a new
 * question, as before answers were queued).
 */
const DUE = `o.sent_at is null and o.failed_at is null
    and (o.not_before is null or o.not_before <= now())
    and (o.leased_until is null or o.leased_until < now())
    and not exists (select 1 from outbox p where p.chat_id = o.chat_id and p.id < o.id
                    and p.sent_at is null and p.failed_at is null
                    and (p.update_id is null) = (o.update_id is null))`;

interface Row {
  id: string;
  user_ref: string;
  chat_id: string;
  body: string;
  handoff_id: string | null;
  attempts: number;
  update_id: string | null;
  parse_mode: string | null;
  extra: Record<string, unknown> | string | null;
}

const toMessage = (row: Row): OutboxMessage => ({
  id: Number(row.id),
  userRef: row.user_ref,
  chatId: Number(row.chat_id),
  body: row.body,
  handoffId: row.handoff_id === null ? null : Number(row.handoff_id),
  attempts: row.attempts,
  updateId: row.update_id === null ? null : Number(row.update_id),
  parseMode: row.parse_mode,
  extra: typeof row.extra === 'string' ? JSON.parse(row.extra) : row.extra,
});

/**
 * Once an answer is delivered (or given up), its text is not needed: only its key stays, so a re-delivered
 * update does not queue it again. Answers quote sources and the user's own words; they are not kept twice
 * (the interaction log has them). Mentors' replies keep theirs (the workspace shows what was sent).
 */
const FORGET_ANSWER = `body = case when update_id is null then body else '' end,
  extra = case when update_id is null then extra end`;

/** Records what the sender made of a message (and lets go of it); true when the chat's next may follow. */
async function mark(db: Queryable, id: number, outcome: DeliveryOutcome): Promise<boolean> {
  if (outcome.kind === 'sent')
    await db.query(
      `update outbox set sent_at = now(), attempts = attempts + 1, message_id = $2, leased_until = null,
         leased_by = null, ${FORGET_ANSWER} where id = $1`,
      [id, outcome.messageId ?? null],
    );
  else if (outcome.kind === 'failed')
    await db.query(
      `update outbox set failed_at = now(), attempts = attempts + 1, last_error = $2, leased_until = null,
         leased_by = null, ${FORGET_ANSWER} where id = $1`,
      [id, outcome.error.slice(0, 500)],
    );
  else
    await db.query(
      `update outbox set attempts = attempts + 1, last_error = $2, leased_until = null, leased_by = null,
         not_before = case when $3::int > 0 then now() + $3::int * interval '1 millisecond' else null end
       where id = $1`,
      [id, outcome.error.slice(0, 500), Math.round(outcome.retryAfterMs ?? 0)],
    );
  return outcome.kind !== 'retry';
}

const sendSafely = (send: (message: OutboxMessage) => Promise<DeliveryOutcome>, message: OutboxMessage) =>
  send(message).catch((error: unknown): DeliveryOutcome => ({ kind: 'retry', error: String(error) }));

/** The result of queuing an answer: a new row, one already queued for this update and place, or refused. */
export type AnswerQueued =
  | { kind: 'queued'; id: number }
  | { kind: 'existing'; id: number; sent: boolean }
  | { kind: 'not-consented' };

/**
 * The outbox of messages for users' chats, delivered in order per chat, once each: mentors' replies (queued
 * by the workspace) and the bot's own answers (queued while an update is handled). A sender takes one
 * message with a lease (one statement: the chat's next due message, marked as held until the lease ends),
 * sends it with no transaction open, and marks it; several senders and several instances share the work and
 * never send the same message twice while its holder lives. A holder that dies mid-send loses the message
 * when its lease ends (or at once, when its death is known: see releaseHeldBy), and the message is sent
 * then: at-least-once at that one edge, as Telegram has no idempotency key.
 */
export function createOutboxRepo(db: Database) {
  /**
   * Outcomes of sends that could not be recorded (the database went away between the send and its mark):
   * recorded before anything else is taken, so a message that was sent is neither sent again nor left held.
   */
  const unmarked = new Map<number, DeliveryOutcome>();

  async function markOrKeep(id: number, outcome: DeliveryOutcome): Promise<void> {
    try {
      await mark(db, id, outcome);
    } catch (error) {
      unmarked.set(id, outcome);
      throw error;
    }
  }

  async function flushUnmarked(): Promise<void> {
    for (const [id, outcome] of [...unmarked]) {
      await mark(db, id, outcome);
      unmarked.delete(id);
    }
  }

  /** Takes the chat's (or any chat's) next due message for `holder`, or null. */
  async function take(holder: string, chatId?: number, id?: number): Promise<OutboxMessage | null> {
    await flushUnmarked();
    const where = [DUE];
    const params: unknown[] = [holder, LEASE_SECONDS];
    if (chatId !== undefined) {
      params.push(chatId);
      where.push(`o.chat_id = $${params.length}`);
    }
    if (id !== undefined) {
      params.push(id);
      where.push(`o.id = $${params.length}`);
    }
    const { rows } = await db.query<Row>(
      `update outbox o set leased_until = now() + $2::int * interval '1 second', leased_by = $1
       where o.id = (select o.id from outbox o where ${where.join(' and ')} order by o.id limit 1
                     for update skip locked)
       returning ${COLUMNS}`,
      params,
    );
    return rows[0] ? toMessage(rows[0]) : null;
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

    /**
     * Queues one of the bot's messages answering an update, for a user who consented (nothing is written
     * about anyone else). The (update, seq) pair makes it idempotent: an update handled again after a crash
     * finds its messages already queued.
     */
    async enqueueAnswer(input: {
      userRef: string;
      chatId: number;
      body: string;
      updateId: number;
      seq: number;
      parseMode?: string;
      extra?: Record<string, unknown>;
    }): Promise<AnswerQueued> {
      const { rows } = await db.query<{
        inserted: string | null;
        existing: string | null;
        sent: boolean | null;
        consented: boolean;
      }>(
        `with consented as (
           select 1 from chat_users where user_ref = $1 and consented_at is not null
         ), ins as (
           insert into outbox (user_ref, chat_id, body, update_id, seq, parse_mode, extra)
           select $1, $2, $3, $4, $5, $6, $7 where exists (select 1 from consented)
           on conflict (update_id, seq) where update_id is not null do nothing
           returning id
         )
         select (select id from ins) as inserted,
           (select id from outbox where update_id = $4 and seq = $5) as existing,
           (select sent_at is not null or failed_at is not null from outbox where update_id = $4 and seq = $5) as sent,
           exists (select 1 from consented) as consented`,
        [
          input.userRef,
          input.chatId,
          input.body,
          input.updateId,
          input.seq,
          input.parseMode ?? null,
          input.extra ? JSON.stringify(input.extra) : null,
        ],
      );
      const row = rows[0]!;
      if (row.inserted !== null) return { kind: 'queued', id: Number(row.inserted) };
      if (row.existing !== null)
        return { kind: 'existing', id: Number(row.existing), sent: Boolean(row.sent) };
      return { kind: 'not-consented' };
    },

    /** Delivers up to `limit` due messages of any chat; returns how many were attempted. */
    async deliver(
      send: (message: OutboxMessage) => Promise<DeliveryOutcome>,
      limit = 20,
      holder = 'outbox',
    ): Promise<number> {
      let attempted = 0;
      while (attempted < limit) {
        const message = await take(holder);
        if (!message) break;
        const outcome = await sendSafely(send, message);
        await markOrKeep(message.id, outcome);
        attempted++;
        // A message to retry at once ends the round (it would be taken again); one that waits for its
        // retry_after or backoff lets the other chats' messages go on.
        if (outcome.kind === 'retry' && !outcome.retryAfterMs) break;
      }
      return attempted;
    },

    /**
     * Delivers the chat's due messages in order up to and including message `untilId`, through `send`;
     * returns the outcome of `untilId` when it was attempted (null when it is not due yet, or held).
     */
    async deliverChat(
      chatId: number,
      untilId: number,
      send: (message: OutboxMessage) => Promise<DeliveryOutcome>,
      holder: string,
    ): Promise<DeliveryOutcome | null> {
      for (;;) {
        const message = await take(holder, chatId);
        if (!message || message.id > untilId) {
          // Taken past the one waited for (a later message): give it back for the timer to send.
          if (message)
            await db.query('update outbox set leased_until = null, leased_by = null where id = $1', [
              message.id,
            ]);
          return null;
        }
        const outcome = await sendSafely(send, message);
        await markOrKeep(message.id, outcome);
        const next = outcome.kind !== 'retry';
        if (message.id === untilId) return outcome;
        if (!next) return null;
      }
    },

    /** Messages held by senders that are known to be dead are given back at once. */
    async releaseHeldBy(isDead: (holder: string) => boolean): Promise<number> {
      const { rows } = await db.query<{ leased_by: string }>(
        'select distinct leased_by from outbox where leased_until > now() and leased_by is not null',
      );
      const dead = rows.map((row) => row.leased_by).filter(isDead);
      if (dead.length === 0) return 0;
      const released = await db.query(
        `update outbox set leased_until = null, leased_by = null
         where leased_by = any($1::text[]) and sent_at is null and failed_at is null returning id`,
        [dead],
      );
      return released.rows.length;
    },

    /** Sent or failed answers older than the update claims that protect them from being queued again. */
    async pruneAnswers(olderThanHours = 72): Promise<number> {
      const { rows } = await db.query(
        `delete from outbox where update_id is not null and (sent_at is not null or failed_at is not null)
           and created_at < now() - ($1::int * interval '1 hour') returning id`,
        [olderThanHours],
      );
      return rows.length;
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
