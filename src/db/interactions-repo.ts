import type { Database } from './port.ts';

export interface InteractionRecord {
  channel: string;
  userRef?: string;
  question: string;
  language: string;
  answer: string;
  answered: boolean;
  confidence: number;
  outcome: string;
  sources: unknown[];
  timings: Record<string, number>;
  error?: string;
}

/** SQL for the interaction log. */
export function createInteractionsRepo(db: Database) {
  return {
    async insert(record: InteractionRecord): Promise<number> {
      const { rows } = await db.query<{ id: string }>(
        `insert into interactions (channel, user_ref, question, language, answer, answered, confidence, outcome, sources, timings, error)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
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
        ],
      );
      return Number(rows[0]!.id);
    },
  };
}
