import type { Database, Queryable } from './port.ts';

export type HandoffReason = 'declined' | 'requested';
export type HandoffStatus = 'open' | 'answered' | 'resolved';

export interface Handoff {
  id: number;
  interactionId: number | null;
  userRef: string;
  channel: string;
  question: string;
  reason: HandoffReason;
  status: HandoffStatus;
  createdAt: Date;
  answeredAt: Date | null;
  resolvedAt: Date | null;
}

export interface HandoffMessage {
  id: number;
  handoffId: number;
  author: 'user' | 'mentor';
  mentorId: number | null;
  mentorName: string | null;
  body: string;
  createdAt: Date;
}

interface HandoffRow {
  id: string;
  interaction_id: string | null;
  user_ref: string;
  channel: string;
  question: string;
  reason: HandoffReason;
  status: HandoffStatus;
  created_at: Date;
  answered_at: Date | null;
  resolved_at: Date | null;
}

const COLUMNS =
  'id, interaction_id, user_ref, channel, question, reason, status, created_at, answered_at, resolved_at';

function toHandoff(row: HandoffRow): Handoff {
  return {
    id: Number(row.id),
    interactionId: row.interaction_id === null ? null : Number(row.interaction_id),
    userRef: row.user_ref,
    channel: row.channel,
    question: row.question,
    reason: row.reason,
    status: row.status,
    createdAt: new Date(row.created_at),
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
  };
}

/**
 * Hand-offs to human mentors and their threads. A mentor's reply is written together with its outbox
 * row in one transaction, so a reply is never stored without being queued for delivery (or the reverse).
 */
export function createHandoffsRepo(db: Database) {
  return {
    /** Opens a hand-off; one open hand-off per interaction (a second request returns the first). */
    async create(input: {
      userRef: string;
      channel: string;
      question: string;
      reason: HandoffReason;
      interactionId?: number;
      /** When it was asked for (a request kept in the fallback file during an outage); default now. */
      createdAt?: string;
    }): Promise<Handoff> {
      return db.transaction(async (tx) => {
        if (input.interactionId !== undefined) {
          const { rows } = await tx.query<HandoffRow>(
            `select ${COLUMNS} from handoffs where interaction_id = $1 and status <> 'resolved' limit 1`,
            [input.interactionId],
          );
          if (rows[0]) return toHandoff(rows[0]);
        }
        const { rows } = await tx.query<HandoffRow>(
          `insert into handoffs (interaction_id, user_ref, channel, question, reason, created_at)
           values ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now())) returning ${COLUMNS}`,
          [
            input.interactionId ?? null,
            input.userRef,
            input.channel,
            input.question,
            input.reason,
            input.createdAt ?? null,
          ],
        );
        return toHandoff(rows[0]!);
      });
    },

    async get(id: number): Promise<Handoff | null> {
      const { rows } = await db.query<HandoffRow>(`select ${COLUMNS} from handoffs where id = $1`, [id]);
      return rows[0] ? toHandoff(rows[0]) : null;
    },

    /** The latest hand-off of one answer, if it was handed off. */
    async latestForInteraction(interactionId: number): Promise<Handoff | null> {
      const { rows } = await db.query<HandoffRow>(
        `select ${COLUMNS} from handoffs where interaction_id = $1 order by id desc limit 1`,
        [interactionId],
      );
      return rows[0] ? toHandoff(rows[0]) : null;
    },

    /** Hand-offs not yet resolved, oldest first (the mentors' queue). */
    async listUnresolved(limit = 100): Promise<Handoff[]> {
      const { rows } = await db.query<HandoffRow>(
        `select ${COLUMNS} from handoffs where status <> 'resolved' order by created_at, id limit $1`,
        [limit],
      );
      return rows.map(toHandoff);
    },

    /** The user's most recent hand-off a mentor has answered and not yet resolved: where their next words go. */
    async latestAnsweredFor(userRef: string): Promise<Handoff | null> {
      const { rows } = await db.query<HandoffRow>(
        `select ${COLUMNS} from handoffs where user_ref = $1 and status = 'answered'
         order by answered_at desc, id desc limit 1`,
        [userRef],
      );
      return rows[0] ? toHandoff(rows[0]) : null;
    },

    async messages(handoffId: number): Promise<HandoffMessage[]> {
      const { rows } = await db.query<{
        id: string;
        handoff_id: string;
        author: 'user' | 'mentor';
        mentor_id: string | null;
        mentor_name: string | null;
        body: string;
        created_at: Date;
      }>(
        `select id, handoff_id, author, mentor_id, mentor_name, body, created_at
         from handoff_messages where handoff_id = $1 order by id`,
        [handoffId],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        handoffId: Number(row.handoff_id),
        author: row.author,
        mentorId: row.mentor_id === null ? null : Number(row.mentor_id),
        mentorName: row.mentor_name,
        body: row.body,
        createdAt: new Date(row.created_at),
      }));
    },

    /** The artisan's answer to a mentor, appended to the thread. */
    async addUserMessage(handoffId: number, body: string): Promise<void> {
      await db.query(`insert into handoff_messages (handoff_id, author, body) values ($1, 'user', $2)`, [
        handoffId,
        body,
      ]);
    },

    /**
     * A mentor's reply: stored in the thread and queued in the outbox for the artisan's chat, in one
     * transaction. Returns the outbox id, or null when the user has no deliverable chat (no consent, or
     * deleted with /hapus), in which case nothing is stored.
     */
    async reply(input: {
      handoffId: number;
      mentorId: number;
      mentorName: string;
      body: string;
      /** The text delivered to the artisan (the body signed with the mentor's name, in their language). */
      delivered: string;
    }): Promise<number | null> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ user_ref: string; chat_id: string | null }>(
          `select h.user_ref, u.chat_id from handoffs h left join chat_users u on u.user_ref = h.user_ref
           where h.id = $1 for update of h`,
          [input.handoffId],
        );
        const target = rows[0];
        if (!target || target.chat_id === null) return null;
        await tx.query(
          `insert into handoff_messages (handoff_id, author, mentor_id, mentor_name, body)
           values ($1, 'mentor', $2, $3, $4)`,
          [input.handoffId, input.mentorId, input.mentorName, input.body],
        );
        await tx.query(
          `update handoffs set status = 'answered', answered_at = now() where id = $1 and status <> 'resolved'`,
          [input.handoffId],
        );
        return enqueue(tx, {
          userRef: target.user_ref,
          chatId: Number(target.chat_id),
          body: input.delivered,
          handoffId: input.handoffId,
        });
      });
    },

    async resolve(handoffId: number, mentorId: number): Promise<boolean> {
      const { rows } = await db.query(
        `update handoffs set status = 'resolved', resolved_at = now(), resolved_by = $2
         where id = $1 and status <> 'resolved' returning id`,
        [handoffId, mentorId],
      );
      return rows.length > 0;
    },
  };
}

/** Queues a message for a chat inside the caller's transaction; returns the outbox id. */
export async function enqueue(
  tx: Queryable,
  input: { userRef: string; chatId: number; body: string; handoffId?: number },
): Promise<number> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into outbox (user_ref, chat_id, body, handoff_id) values ($1, $2, $3, $4) returning id',
    [input.userRef, input.chatId, input.body, input.handoffId ?? null],
  );
  return Number(rows[0]!.id);
}

export type HandoffsRepo = ReturnType<typeof createHandoffsRepo>;

/**
 * A hand-off the user asked for under one of their own answers ("🙋 Tanya mentor"), with that answer's
 * question; undefined when the answer is not theirs or no longer stored. The bot opens it at once; the
 * fallback journal, with the time it was asked, when the database returns after an outage.
 */
export async function requestHandoff<Own extends { question: string }>(
  users: { ownInteraction(id: number, userRef: string): Promise<Own | null> },
  handoffs: Pick<HandoffsRepo, 'create'>,
  request: { userRef: string; channel: string; interactionId: number; createdAt?: string },
): Promise<{ own: Own; handoff: Handoff } | undefined> {
  const own = await users.ownInteraction(request.interactionId, request.userRef);
  if (!own) return undefined;
  const handoff = await handoffs.create({ ...request, question: own.question, reason: 'requested' });
  return { own, handoff };
}
