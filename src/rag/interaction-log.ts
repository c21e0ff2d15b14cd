import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InteractionRecord } from '../db/interactions-repo.ts';
import { createInteractionsRepo } from '../db/interactions-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';

const MAX_STORED_QUESTION = 100_000;

export interface InteractionLog {
  /**
   * Never throws: a record the database refuses goes to the fallback file instead. Returns the stored
   * row's id, or null when it went to the fallback file.
   */
  record(record: InteractionRecord): Promise<number | null>;
}

/**
 * Writes every interaction to the database; when the database is down, appends it as a JSON line to
 * a fallback file so that nothing is lost, and logs where it went.
 */
export function createInteractionLog(
  db: Database,
  options: { fallbackFile: string; log: Logger },
): InteractionLog {
  const repo = createInteractionsRepo(db);
  return {
    async record(record) {
      // PostgreSQL text cannot hold NUL; keep the rest of a binary message visible instead of losing it.
      const question = record.question.replaceAll('\u0000', '\uFFFD');
      const stored = {
        ...record,
        question:
          question.length > MAX_STORED_QUESTION
            ? `${question.slice(0, MAX_STORED_QUESTION)}… [${question.length} characters]`
            : question,
      };
      try {
        return await repo.insert(stored);
      } catch (error) {
        try {
          mkdirSync(dirname(options.fallbackFile), { recursive: true });
          appendFileSync(
            options.fallbackFile,
            `${JSON.stringify({ at: new Date().toISOString(), ...stored })}\n`,
          );
          options.log.error(
            { err: error, fallbackFile: options.fallbackFile },
            'interaction saved to fallback file',
          );
        } catch (fileError) {
          options.log.fatal(
            { err: fileError, interaction: stored },
            'interaction could not be saved anywhere',
          );
        }
        return null;
      }
    },
  };
}
