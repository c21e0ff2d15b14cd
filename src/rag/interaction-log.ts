import { appendFileSync, existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createChatUsersRepo } from '../db/chat-users-repo.ts';
import { createFeedbackRepo } from '../db/feedback-repo.ts';
import { createHandoffsRepo, requestHandoff } from '../db/handoffs-repo.ts';
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
 * A write the bot could not make while the database was down, kept in the fallback file with the time it
 * was asked for (`at`) and written back in the order it was made. Every kind is idempotent when written
 * back (a consent keeps its first time, a vote does not replace a later one, a hand-off is one per
 * interaction), so a line read twice after a crash mid-replay is still stored once.
 */
export type FallbackWrite =
  | { kind: 'consent'; userRef: string; channel: string; chatId: number; language: string }
  | { kind: 'feedback'; userRef: string; interactionId: number; value: 1 | -1 }
  | { kind: 'handoff'; userRef: string; channel: string; interactionId: number };

type Line = ({ kind?: 'interaction' } & InteractionRecord) | FallbackWrite;

/**
 * The one fallback file of a database (interactions-fallback.jsonl in the data directory): every write path
 * of the question flow and the bot (interactions, consent, feedback, hand-offs) appends to
 * it when the database refuses, and it is written back in order, once each, when the database answers.
 */
export interface FallbackJournal {
  /** Appends a write (stamped with now as its time); false when even the file could not take it. */
  keep(write: FallbackWrite, error?: unknown): boolean;
  /** Writes the waiting lines back to the database, in order; returns how many were written. */
  replay(): Promise<number>;
  /** Whether lines are waiting. */
  pending(): boolean;
  /** /hapus: drops the lines of this user (or of their private chat) not written back yet; how many. */
  forget(userRef: string, chatRef?: string): number;
}

function ownedBy(line: Line, userRef: string, chatRef?: string): boolean {
  const row = line as { userRef?: string | null; chatRef?: string | null };
  return row.userRef === userRef || (chatRef !== undefined && row.chatRef === chatRef);
}

export function createFallbackJournal(
  db: Database,
  options: { fallbackFile: string; log: Logger },
): FallbackJournal & { keepInteraction(record: InteractionRecord): void } {
  const interactions = createInteractionsRepo(db);
  const users = createChatUsersRepo(db);
  const feedback = createFeedbackRepo(db);
  const handoffs = createHandoffsRepo(db);
  const file = options.fallbackFile;
  // The file is renamed before it is read, so a row that fails again while replaying goes to a fresh
  // fallback file and a second replay (this process or another) never reads the same line twice.
  const replaying = `${file}.replaying`;
  let pending = existsSync(file) || existsSync(replaying);
  let running: Promise<number> | undefined;
  /** Users forgotten (/hapus) while a replay had already read its lines. */
  const forgotten: { userRef: string; chatRef?: string }[] = [];

  function append(target: string, line: string) {
    ensureDir(dirname(target));
    appendFileSync(target, line);
  }

  /** Appends one line to the fallback file, stamped with now as the time it was asked for. */
  function appendStamped(value: FallbackWrite | InteractionRecord) {
    append(file, `${JSON.stringify({ at: new Date().toISOString(), ...value })}\n`);
    pending = true;
  }

  async function apply(line: Line & { at?: string }): Promise<void> {
    const at = line.at;
    switch (line.kind) {
      case 'consent':
        await users.consent({ ...line, at });
        return;
      case 'feedback':
        if (!(await feedback.set(line.interactionId, line.userRef, line.value, at)))
          options.log.info(
            { code: 'FALLBACK_FEEDBACK_GONE' },
            'kept feedback for an answer no longer stored',
          );
        return;
      case 'handoff': {
        const request = { userRef: line.userRef, channel: line.channel, interactionId: line.interactionId };
        if (!(await requestHandoff(users, handoffs, { ...request, createdAt: at })))
          options.log.info({ code: 'FALLBACK_HANDOFF_GONE' }, 'kept hand-off for an answer no longer stored');
        return;
      }
      default: {
        const {
          at: _at,
          kind: _kind,
          ...record
        } = line as InteractionRecord & { at?: string; kind?: string };
        await interactions.insert(record);
      }
    }
  }

  const reachable = () =>
    db.query('select 1').then(
      () => true,
      () => false,
    );

  async function replay(): Promise<number> {
    if (!existsSync(replaying)) {
      if (!existsSync(file)) {
        pending = false;
        return 0;
      }
      renameSync(file, replaying);
    }
    forgotten.length = 0;
    const lines = readFileSync(replaying, 'utf8').split('\n').filter(Boolean);
    let written = 0;
    for (let i = 0; i < lines.length; i++) {
      let row: Line & { at?: string };
      try {
        row = JSON.parse(lines[i]!);
      } catch {
        options.log.error({ fallbackFile: file, line: i + 1 }, 'unreadable fallback line skipped');
        continue;
      }
      if (forgotten.some((user) => ownedBy(row, user.userRef, user.chatRef))) continue;
      try {
        await apply(row);
        written++;
      } catch (error) {
        if (await reachable()) {
          // The database answers but refuses this line: set it aside instead of blocking the rest for ever.
          append(`${file}.rejected`, `${lines[i]}\n`);
          options.log.error(
            { err: error, fallbackFile: file, line: i + 1 },
            'fallback line refused; set aside',
          );
          continue;
        }
        // The database went away again: keep this line and the rest for the next replay.
        const rest = lines
          .slice(i)
          .filter((line) => !forgotten.some((user) => lineOwnedBy(line, user.userRef, user.chatRef)));
        if (rest.length > 0) append(file, `${rest.join('\n')}\n`);
        options.log.warn({ err: error, left: rest.length }, 'fallback replay interrupted');
        break;
      }
    }
    unlinkSync(replaying);
    pending = existsSync(file);
    if (written > 0) options.log.info({ written }, 'fallback rows written back to the database');
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

  function lineOwnedBy(text: string, userRef: string, chatRef?: string): boolean {
    try {
      return ownedBy(JSON.parse(text), userRef, chatRef);
    } catch {
      return false;
    }
  }

  const journal: FallbackJournal = {
    keep(write, error) {
      try {
        appendStamped(write);
        options.log.error(
          { err: error, fallbackFile: file, kind: write.kind },
          'write saved to fallback file',
        );
        return true;
      } catch (fileError) {
        options.log.fatal({ err: fileError, kind: write.kind }, 'write could not be saved anywhere');
        return false;
      }
    },
    replay: () => (journal.pending() ? replayOnce() : Promise.resolve(0)),
    // Also lines another process on this data directory left (a stat; this runs once per write or sweep).
    pending: () => (pending ||= existsSync(file) || existsSync(replaying)),
    forget(userRef, chatRef) {
      forgotten.push({ userRef, chatRef });
      let dropped = 0;
      for (const target of [file, replaying, `${file}.rejected`]) {
        if (!existsSync(target)) continue;
        const lines = readFileSync(target, 'utf8').split('\n').filter(Boolean);
        const kept = lines.filter((line) => !lineOwnedBy(line, userRef, chatRef));
        dropped += lines.length - kept.length;
        if (kept.length < lines.length) writeFileSync(target, kept.length > 0 ? `${kept.join('\n')}\n` : '');
      }
      return dropped;
    },
  };
  return Object.assign(journal, {
    /** For the interaction log: an interaction line, as it always was (no kind). */
    keepInteraction(record: InteractionRecord): void {
      appendStamped(record);
    },
  });
}

/**
 * Writes every interaction to the database; when the database is down, appends it as a JSON line to
 * a fallback file so that nothing is lost, and writes those lines back when the database returns.
 */
export function createInteractionLog(
  db: Database,
  options: { fallbackFile: string; log: Logger },
): InteractionLog & { journal: FallbackJournal } {
  const repo = createInteractionsRepo(db);
  const journal = createFallbackJournal(db, options);

  return {
    // The bot keeps its own writes (consent, feedback, hand-offs) here, in one order with the interactions.
    journal,
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
        if (journal.pending()) void journal.replay();
        return id;
      } catch (error) {
        try {
          journal.keepInteraction(stored);
          options.log.error(
            { err: error, fallbackFile: options.fallbackFile },
            'interaction saved to fallback file',
          );
        } catch (fileError) {
          options.log.fatal(
            { err: fileError, interaction: { ...stored, question: undefined, answer: undefined } },
            'interaction could not be saved anywhere',
          );
        }
        return null;
      }
    },
    replayFallback: () => journal.replay(),
  };
}
