import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, openApp } from '../../src/app.ts';
import type { BotDeps } from '../../src/bot/context.ts';
import { type RunningBot, startBot } from '../../src/bot/run.ts';
import { type BotMode, createConfig, type TranscribeSettings } from '../../src/config.ts';
import type { AnswerService } from '../../src/rag/answer-service.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { memoryLogger } from '../helpers/log.ts';

export const TOKEN = '123456:TEST-token_abc';
let nextMessageId = 1;
/** Texts the tests sent as users (long enough to be a person's words): none may appear in a log line. */
const spoken = new Set<string>();

/**
 * The logs scan (issue 18): log lines that carry the bot token or a text a user sent. Every harness runs it
 * when it closes, so a leak fails the suite that caused it.
 */
export function logLeaks(lines: Record<string, unknown>[]): string[] {
  const needles = [TOKEN, ...[...spoken].filter((text) => text.trim().length >= 12 && !text.startsWith('/'))];
  return lines
    .map((line) => JSON.stringify(line))
    .filter((line) =>
      needles.some((needle) => line.includes(needle) || line.includes(JSON.stringify(needle).slice(1, -1))),
    );
}

/**
 * The real bot, long polling a fake Bot API server over HTTP, on the real answering core with the shipped
 * knowledge in an in-memory PGlite. Tests talk to it as Telegram users would.
 */
export async function startHarness(
  options: {
    db?: Database;
    extraDeps?: Partial<BotDeps>;
    rateLimit?: { max: number; windowMs: number };
    /** Wraps the real answer service (to record requests, or to stand in a very long answer). */
    wrapAnswers?: (answers: AnswerService) => AnswerService;
    mode?: BotMode;
    /** A transcription endpoint for voice notes (the tests' fake). */
    transcribe?: TranscribeSettings;
    /** Scales Telegram's retry_after in the outbox (a 75 s wait in a test). */
    outboxRetryAfterScale?: number;
  } = {},
) {
  const fake = await startFakeTelegram();
  const db = options.db ?? (await openPglite());
  if (!options.db) await migrate(db);
  const { log, lines } = memoryLogger();
  const config = createConfig({
    KNOWLEDGE_DIR: 'knowledge',
    PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-bot-')),
  });
  const app: App = await openApp(config, log, { db, ingest: 'if-empty' });
  // As the product does (src/cli/bot.ts), the card index is read before the first answer; a fresh data
  // directory builds it (about 5 s here, more on a loaded CI runner), which no test's wait should include.
  await app.cards.current();
  const running: RunningBot = await startBot(
    TOKEN,
    {
      answers: options.wrapAnswers ? options.wrapAnswers(app.answers) : app.answers,
      db,
      log,
      fallback: app.fallback,
      ...options.extraDeps,
    },
    {
      apiRoot: fake.apiRoot,
      mode: options.mode ?? { kind: 'polling', concurrency: 8 },
      pseudonymSecret: 'test-secret-0123456789',
      rateLimit: options.rateLimit ?? { max: 50, windowMs: 10_000 },
      globalSendRate: 30,
      outboxIntervalMs: 100,
      // Every answer shows "typing…" in the tests, however fast, so that the indicator is checked.
      typingDelayMs: 0,
      transcribe: options.transcribe,
      outboxRetryAfterScale: options.outboxRetryAfterScale,
    },
  );
  return {
    fake,
    db,
    app,
    bot: running.bot,
    port: running.port,
    logLines: lines,
    ...users(fake),
    async close() {
      const t0 = performance.now();
      await running.stop();
      if (process.env.DEBUG_HARNESS) console.log('bot stopped', performance.now() - t0);
      await fake.close();
      if (process.env.DEBUG_HARNESS) console.log('fake closed', performance.now() - t0);
      if (!options.db) await db.close();
      const leaks = logLeaks(lines);
      if (leaks.length > 0)
        throw new Error(
          `${leaks.length} log line(s) carry the token or a user's text:\n${leaks.slice(0, 3).join('\n')}`,
        );
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** A held "halo", then the consent button: the thanks and the greeting follow. */
export async function greetAndConsent(h: Harness, user: UserSpec) {
  let since = h.fake.calls.length;
  h.text(user, 'halo');
  await h.reply(user.id, since);
  since = h.fake.calls.length;
  h.tap(user, 'consent');
  await h.reply(user.id, since, 2);
}

export interface UserSpec {
  id: number;
  language?: string;
  chat?: { id: number; type: 'private' | 'group' | 'supergroup'; title?: string };
}

function chatOf(user: UserSpec) {
  return user.chat ?? { id: user.id, type: 'private' as const, first_name: 'Siti' };
}

function fromOf(user: UserSpec) {
  return {
    id: user.id,
    is_bot: false,
    first_name: 'Siti',
    last_name: 'Perajin',
    language_code: user.language ?? 'id',
  };
}

/** Builders for the updates a Telegram user produces. */
export function users(fake: FakeTelegram) {
  function message(user: UserSpec, fields: Record<string, unknown>) {
    const message_id = nextMessageId++;
    const update_id = fake.pushUpdate(TOKEN, {
      message: {
        message_id,
        date: Math.floor(Date.now() / 1000),
        chat: chatOf(user),
        from: fromOf(user),
        ...fields,
      },
    });
    return { update_id, message_id };
  }
  return {
    text(user: UserSpec, text: string, extra: Record<string, unknown> = {}) {
      spoken.add(text);
      const entities: Record<string, unknown>[] = [];
      const command = /^\/\w+(@\w+)?/.exec(text);
      if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
      for (const m of text.matchAll(/@\w+/g))
        if (!command || m.index >= command[0].length)
          entities.push({ type: 'mention', offset: m.index, length: m[0].length });
      return message(user, { text, ...(entities.length ? { entities } : {}), ...extra });
    },
    message,
    tap(user: UserSpec, data: string, messageId = 1) {
      return fake.pushUpdate(TOKEN, {
        callback_query: {
          id: `cq${nextMessageId++}`,
          from: fromOf(user),
          chat_instance: 'ci1',
          message: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            chat: chatOf(user),
            text: 'x',
          },
          data,
        },
      });
    },
    /** Waits for the n-th sendMessage to a chat sent after `since` (a call index) and returns it. */
    async reply(chatId: number, since: number, n = 1, timeoutMs = 20_000): Promise<RecordedCall[]> {
      return fake.waitFor((calls) => {
        const sent = calls
          .slice(since)
          .filter(
            (c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId && c.status === 200,
          );
        return sent.length >= n ? sent : undefined;
      }, timeoutMs);
    },
  };
}

/** Button callback data of a sent message. */
export function buttons(call: RecordedCall): string[] {
  const markup = call.payload.reply_markup as
    | { inline_keyboard?: { callback_data?: string }[][] }
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '');
}

export const textOf = (call: RecordedCall) => String(call.payload.text);

/**
 * An answer service whose next `failures.next` answers throw (a database lost mid-answer), for the tests
 * of how a failed update is apologised for and retried: set `failures.next`, pass `wrap` as wrapAnswers.
 */
export function failingAnswers() {
  const failures = { next: 0 };
  const wrap = (answers: AnswerService): AnswerService => ({
    ...answers,
    async answer(request) {
      if (failures.next > 0) {
        failures.next--;
        throw new Error('database connection lost while answering');
      }
      return answers.answer(request);
    },
  });
  return { failures, wrap };
}
