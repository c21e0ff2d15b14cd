import type { Database } from './port.ts';

export interface InteractionRecord {
  channel: string;
  userRef?: string;
  /** Pseudonymous chat id (groups differ from the user). */
  chatRef?: string;
  /** Telegram's update_id: the idempotency key, unique per channel. */
  updateId?: number;
  mode?: string;
  question: string;
  language: string;
  answer: string;
  answered: boolean;
  confidence: number;
  outcome: string;
  sources: unknown[];
  timings: Record<string, number>;
  error?: string;
  /** What the answering step understood and decided (asking sentence, cards, rules, choices). */
  trace?: unknown;
  /**
   * When the interaction happened (ISO time), if not now: a record written back from the fallback file
   * after an outage keeps the time it was made (see withRecordTime).
   */
  createdAt?: string;
}

/**
 * Stamps every record with the time it was made before it is logged, so that one the database refused
 * (kept in the fallback file during an outage) is written back later with its original time, not the
 * time of the replay.
 */
export function withRecordTime<T extends { record(record: InteractionRecord): Promise<number | null> }>(
  log: T,
): T {
  return { ...log, record: (record) => log.record({ createdAt: new Date().toISOString(), ...record }) };
}

/** SQL for the interaction log. */
export function createInteractionsRepo(db: Database) {
  return {
    /**
     * Inserts one interaction and returns its id. A record whose (channel, update_id) is already stored
     * is not inserted again: the id of the stored row is returned instead.
     */
    async insert(record: InteractionRecord): Promise<number> {
      const { rows } = await db.query<{ id: string }>(
        `insert into interactions (channel, user_ref, question, language, answer, answered, confidence, outcome, sources, timings, error, chat_ref, update_id, mode, trace, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, coalesce($16::timestamptz, now()))
         on conflict (channel, update_id) where update_id is not null do nothing returning id`,
        [
          record.channel,
          record.userRef ?? null,
          record.question,
          record.language,
          record.answer,
          record.answered,
          record.confidence,
          record.outcome,
          JSON.stringify(record.sources),
          JSON.stringify(record.timings),
          record.error ?? null,
          record.chatRef ?? null,
          record.updateId ?? null,
          record.mode ?? null,
          record.trace === undefined ? null : JSON.stringify(record.trace),
          record.createdAt ?? null,
        ],
      );
      if (rows[0]) return Number(rows[0].id);
      const existing = await this.findByUpdate(record.channel, record.updateId!);
      return existing!;
    },

    /** The id of the interaction already stored for this update, if any. */
    async findByUpdate(channel: string, updateId: number): Promise<number | null> {
      const { rows } = await db.query<{ id: string }>(
        'select id from interactions where channel = $1 and update_id = $2',
        [channel, updateId],
      );
      return rows[0] ? Number(rows[0].id) : null;
    },
  };
}
