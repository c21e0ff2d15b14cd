import { appendFileSync, existsSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InteractionRecord } from '../db/interactions-repo.ts';
import { createInteractionsRepo } from '../db/interactions-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import { ensureDir } from '../safe-mkdir.ts';

const MAX_STORED_QUESTION = 100_000;

export interface InteractionLog {
  /**
   * Never throws: a record the database refuses goes to the fallback file instead. Returns the stored
   * row's id, or null when it went to the fallback file.
   */
  record(record: InteractionRecord): Promise<number | null>;
  /**
   * Writes the rows waiting in the fallback file back to the database, once each; returns how many.
   * Called after every successful insert and by long-running processes on a timer.
   */
  replayFallback?(): Promise<number>;
}

/**
 * Writes every interaction to the database; when the database is down, appends it as a JSON line to
 * a fallback file so that nothing is lost, and writes those lines back when the database returns.
 */
export function createInteractionLog(
  db: Database,
  options: { fallbackFile: string; log: Logger },
): InteractionLog {
  const repo = createInteractionsRepo(db);
  const file = options.fallbackFile;
  // The file is renamed before it is read, so a row that fails again while replaying goes to a fresh
  // fallback file and a second replay (this process or another) never reads the same line twice.
  const replaying = `${file}.replaying`;
  let pending = existsSync(file) || existsSync(replaying);
  let running: Promise<number> | undefined;

  function append(target: string, line: string) {
    ensureDir(dirname(target));
    appendFileSync(target, line);
  }

  async function replay(): Promise<number> {
    if (!existsSync(replaying)) {
      if (!existsSync(file)) {
        pending = false;
        return 0;
      }
      renameSync(file, replaying);
    }
    const lines = readFileSync(replaying, 'utf8').split('\n').filter(Boolean);
    let written = 0;
    for (let i = 0; i < lines.length; i++) {
      let row: InteractionRecord & { at?: string };
      try {
        row = JSON.parse(lines[i]!);
      } catch {
        options.log.error({ fallbackFile: file, line: i + 1 }, 'unreadable fallback line skipped');
        continue;
      }
      try {
        const { at: _at, ...record } = row;
        await repo.insert(record);
        written++;
      } catch (error) {
        // The database went away again: keep this line and the rest for the next replay.
        append(file, `${lines.slice(i).join('\n')}\n`);
        options.log.warn({ err: error, left: lines.length - i }, 'fallback replay interrupted');
        break;
      }
    }
    unlinkSync(replaying);
    pending = existsSync(file);
    if (written > 0) options.log.info({ written }, 'fallback interactions written back to the database');
    return written;
  }

  function replayOnce(): Promise<number> {
    running ??= replay()
      .catch((error) => {
        options.log.error({ err: error, fallbackFile: file }, 'fallback replay failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

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
        const id = await repo.insert(stored);
        if (pending) void replayOnce();
        return id;
      } catch (error) {
        try {
          append(file, `${JSON.stringify({ at: new Date().toISOString(), ...stored })}\n`);
          pending = true;
          options.log.error({ err: error, fallbackFile: file }, 'interaction saved to fallback file');
        } catch (fileError) {
          options.log.fatal(
            { err: fileError, interaction: { ...stored, question: undefined, answer: undefined } },
            'interaction could not be saved anywhere',
          );
        }
        return null;
      }
    },
    replayFallback: () => (pending ? replayOnce() : Promise.resolve(0)),
  };
}
