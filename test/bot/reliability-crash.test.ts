import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../src/db/scratch.ts';
import { startFakeOpenAI } from '../helpers/fake-openai.ts';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { modelAnswersEnv } from '../helpers/knowledge.ts';

const TOKEN = '4040:crash-token';
const USERS = Array.from({ length: 40 }, (_, i) => 71_000 + i);
const QUESTION = 'gimana cara ngitung HPP?';
const ANSWER = 'HPP adalah harga pokok produksi. [1]';

/** `pendamping bot`, the product's own process, against the fakes. */
function runBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/pendamping.js', 'bot'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-5000);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, exited, stderr: () => stderr };
}

const sentTo = (calls: RecordedCall[], chat: number, since = 0) =>
  calls
    .slice(since)
    .filter((c) => c.method === 'sendMessage' && c.status === 200 && Number(c.payload.chat_id) === chat);
/** The answer to the question: the model's text (the question is the only one asked by the model here). */
const answersTo = (calls: RecordedCall[], chat: number, since: number) =>
  sentTo(calls, chat, since).filter((c) => String(c.payload.text).includes('harga pokok produksi'));

let nextMessageId = 1;
function say(fake: FakeTelegram, user: number, text: string) {
  return fake.pushUpdate(TOKEN, {
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user, type: 'private', first_name: 'Siti' },
      from: { id: user, is_bot: false, first_name: 'Siti', language_code: 'id' },
      text,
    },
  });
}
function tap(fake: FakeTelegram, user: number, data: string) {
  return fake.pushUpdate(TOKEN, {
    callback_query: {
      id: `cq${nextMessageId++}`,
      from: { id: user, is_bot: false, first_name: 'Siti', language_code: 'id' },
      chat_instance: 'ci',
      message: { message_id: 1, date: 1, chat: { id: user, type: 'private', first_name: 'Siti' }, text: 'x' },
      data,
    },
  });
}

/**
 * kill -9 during a burst of 40 questions: the bot process is killed while answers are being written (the
 * model takes a while, so most are in flight), and a new process starts on the same database. Telegram
 * re-delivers every update whose offset was not confirmed (the fake's getUpdates does what Telegram does).
 * Every question must be answered exactly once across the two processes.
 */
/**
 * Right after the kill: how many users already had their answer, and how many sends Telegram accepted in
 * the last 250 ms before it. The process may have died before it could record those as sent (forty
 * answers share the embedded database's one connection, so recording one can wait that long). That is
 * the one edge where a message can go twice: Telegram has no idempotency key.
 */
function atKill(telegram: FakeTelegram, since: number, killedAt: number) {
  return {
    answeredBeforeKill: USERS.filter((u) => answersTo(telegram.calls, u, since).length > 0).length,
    sentAtTheKill: telegram.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && c.status === 200 && killedAt - c.at < 250).length,
  };
}

/** After the restart, once every user has an answer (and a little longer, so that a second send shows). */
async function answersAfterRestart(telegram: FakeTelegram, since: number) {
  await telegram
    .waitFor((calls) => USERS.every((u) => answersTo(calls, u, since).length > 0), 120_000)
    .catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const counts = USERS.map((u) => answersTo(telegram.calls, u, since).length);
  return {
    counts,
    lost: counts.filter((n) => n === 0).length,
    twice: counts.filter((n) => n > 1).length,
    once: counts.filter((n) => n === 1).length,
  };
}

async function crashDuringBurst(database: Record<string, string>) {
  const telegram = await startFakeTelegram();
  const openai = await startFakeOpenAI();
  const children: ChildProcess[] = [];
  try {
    openai.setChat({ kind: 'slow', delayMs: 0, content: ANSWER });
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-crash-')),
      ...modelAnswersEnv(openai.baseURL),
      BOT_CONCURRENCY: '64',
      LOG_LEVEL: 'warn',
      ...database,
    };
    const first = runBot(env);
    children.push(first.child);
    await telegram.waitFor((calls) => calls.find((c) => c.method === 'getUpdates'), 180_000);
    // Everyone consents first (a held greeting, then the tap).
    for (const user of USERS) say(telegram, user, 'halo');
    await telegram.waitFor((calls) => USERS.every((u) => sentTo(calls, u).length >= 1), 60_000);
    for (const user of USERS) tap(telegram, user, 'consent');
    await telegram.waitFor((calls) => USERS.every((u) => sentTo(calls, u).length >= 3), 60_000);

    const since = telegram.calls.length;
    const chatRequests = () => openai.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
    const base = chatRequests();
    // The model takes 0.3 s for the first question and 80 ms more for each next one: answers go out over
    // three seconds.
    openai.setChat({ kind: 'slow', delayMs: (n) => 300 + Math.max(0, n - base) * 80, content: ANSWER });
    const questions = USERS.map((user) => {
      const message = {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user, type: 'private', first_name: 'Siti' },
        from: { id: user, is_bot: false, first_name: 'Siti', language_code: 'id' },
        text: QUESTION,
      };
      return { update_id: telegram.pushUpdate(TOKEN, { message }), message };
    });
    // Every question is with the model and the first answers are out: kill -9, at a moment that owes
    // nothing to any one send (a crash at the instant Telegram accepts a message, before it is recorded as
    // sent, sends it again: see below).
    await telegram.waitFor(() => chatRequests() >= base + USERS.length, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    first.child.kill('SIGKILL');
    const killedAt = performance.now();
    await first.exited;
    const killed = atKill(telegram, since, killedAt);

    // Telegram re-delivers what was not confirmed; here every question comes again besides, answered or
    // not (as after a lost confirmation): those answered before the kill must not be answered again.
    for (const update of questions) telegram.redeliver(TOKEN, update);
    const second = runBot(env);
    children.push(second.child);
    const { counts, ...answered } = await answersAfterRestart(telegram, since);
    const result = { ...killed, ...answered };
    second.child.kill('SIGTERM');
    await second.exited;
    if (process.env.H20_DEBUG) {
      const lostUsers = USERS.filter((_, i) => counts[i] === 0);
      const { openPglite } = await import('../../src/db/pglite.ts');
      const db = await openPglite(env.PENDAMPING_DATA_DIR);
      for (const u of lostUsers) {
        const q = questions[USERS.indexOf(u)]!;
        console.log(
          'LOST',
          u,
          q.update_id,
          JSON.stringify(
            telegram.calls
              .slice(since)
              .filter((c) => Number(c.payload.chat_id) === u)
              .map((c) => [c.method, c.status, String(c.payload.text ?? '').slice(0, 60)]),
          ),
        );
        console.log((await db.query('select * from bot_updates where update_id = $1', [q.update_id])).rows);
        console.log(
          (
            await db.query(
              'select id, update_id, seq, sent_at, failed_at, attempts, last_error, not_before, leased_until, leased_by from outbox where chat_id = $1',
              [u],
            )
          ).rows,
        );
        console.log(
          (
            await db.query('select id, outcome, update_id from interactions where update_id = $1', [
              q.update_id,
            ])
          ).rows,
        );
      }
      await db.close();
      console.log(second.stderr());
    }
    return { ...result, stderr: second.stderr() };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await telegram.close();
    await openai.close();
  }
}

const SECRET = 'crash-webhook-secret';

/** A free local port for the webhook server. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * One delivery as Telegram makes it: a POST of the update with the secret header. The status, or 0 when
 * the connection died before an answer (the process was killed): Telegram delivers again until 200.
 */
async function post(port: number, update: unknown): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
      signal: AbortSignal.timeout(120_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Delivers until 200 (or gives up after a minute), as Telegram does. */
async function deliver(port: number, update: unknown): Promise<number[]> {
  const statuses: number[] = [];
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const status = await post(port, update);
    statuses.push(status);
    if (status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return statuses;
}

async function untilListening(port: number, child: ChildProcess) {
  const end = Date.now() + 180_000;
  while (Date.now() < end && child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the webhook server did not start');
}

/**
 * The same crash in webhook mode: Telegram POSTs each update (the 40 questions at once, as its parallel
 * connections do) and takes only a 200 as delivered; kill -9 while answers are being written; a new process
 * on the same database and port; every update whose POST did not get 200 is POSTed again until it does.
 */
async function crashDuringWebhookBurst(database: Record<string, string>) {
  const telegram = await startFakeTelegram();
  const openai = await startFakeOpenAI();
  const children: ChildProcess[] = [];
  try {
    openai.setChat({ kind: 'slow', delayMs: 0, content: ANSWER });
    const port = await freePort();
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      BOT_MODE: 'webhook',
      PORT: String(port),
      WEBHOOK_HOST: '127.0.0.1',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-crash-wh-')),
      ...modelAnswersEnv(openai.baseURL),
      LOG_LEVEL: 'warn',
      ...database,
    };
    const first = runBot(env);
    children.push(first.child);
    await untilListening(port, first.child);
    let updateId = 500_000;
    const message = (user: number, text: string) => ({
      update_id: updateId++,
      message: {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user, type: 'private', first_name: 'Siti' },
        from: { id: user, is_bot: false, first_name: 'Siti', language_code: 'id' },
        text,
      },
    });
    // Everyone consents first (a held greeting, then the tap).
    await Promise.all(USERS.map((user) => deliver(port, message(user, 'halo'))));
    await Promise.all(
      USERS.map((user) =>
        deliver(port, {
          update_id: updateId++,
          callback_query: {
            id: `cq${nextMessageId++}`,
            from: { id: user, is_bot: false, first_name: 'Siti', language_code: 'id' },
            chat_instance: 'ci',
            message: {
              message_id: 1,
              date: 1,
              chat: { id: user, type: 'private', first_name: 'Siti' },
              text: 'x',
            },
            data: 'consent',
          },
        }),
      ),
    );
    await telegram.waitFor((calls) => USERS.every((u) => sentTo(calls, u).length >= 3), 60_000);

    const since = telegram.calls.length;
    const chatRequests = () => openai.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
    const base = chatRequests();
    openai.setChat({ kind: 'slow', delayMs: (n) => 300 + Math.max(0, n - base) * 80, content: ANSWER });
    const questions = USERS.map((user) => message(user, QUESTION));
    const firstTries = questions.map((update) => post(port, update));
    await telegram.waitFor(() => chatRequests() >= base + USERS.length, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    first.child.kill('SIGKILL');
    const killedAt = performance.now();
    await first.exited;
    const statuses = await Promise.all(firstTries);
    const killed = atKill(telegram, since, killedAt);

    const second = runBot(env);
    children.push(second.child);
    await untilListening(port, second.child);
    // Telegram delivers again every update it did not get 200 for, until it does.
    const unconfirmed = questions.filter((_, i) => statuses[i] !== 200);
    const again = await Promise.all(unconfirmed.map((update) => deliver(port, update)));
    const { counts: _counts, ...answered } = await answersAfterRestart(telegram, since);
    const result = {
      confirmedBeforeKill: statuses.filter((status) => status === 200).length,
      ...killed,
      redelivered: unconfirmed.length,
      redeliveriesUntil200: again.map((tries) => tries.length).reduce((a, b) => a + b, 0),
      neverConfirmed: again.filter((tries) => tries.at(-1) !== 200).length,
      ...answered,
    };
    second.child.kill('SIGTERM');
    await second.exited;
    return { ...result, stderr: second.stderr() };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await telegram.close();
    await openai.close();
  }
}

/**
 * After the restart: the kill fell inside the burst, none lost, and a second send only for one Telegram
 * accepted in the instant before the kill.
 */
function expectAnsweredOnce(
  result: { answeredBeforeKill: number; lost: number; twice: number; sentAtTheKill: number },
  stderr: string,
) {
  expect(result.answeredBeforeKill).toBeLessThan(40);
  expect(result.lost, stderr).toBe(0);
  expect(result.twice, stderr).toBeLessThanOrEqual(result.sentAtTheKill);
}

describe('kill -9 during a burst of 40 questions', () => {
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
  });

  it('on PGlite: 40 of 40 answered exactly once after the restart', async () => {
    const { stderr, ...result } = await crashDuringBurst({});
    console.log('kill -9, PGlite:', JSON.stringify(result));
    expect(result.answeredBeforeKill).toBeGreaterThan(0);
    expectAnsweredOnce(result, stderr);
  }, 420_000);

  it('webhook mode on PGlite: every update POSTed again until 200; 40 of 40 answered exactly once', async () => {
    const { stderr, ...result } = await crashDuringWebhookBurst({});
    console.log('kill -9, webhook, PGlite:', JSON.stringify(result));
    expect(result.redelivered).toBeGreaterThan(0);
    expect(result.neverConfirmed, stderr).toBe(0);
    expectAnsweredOnce(result, stderr);
  }, 420_000);

  it.skipIf(!process.env.DATABASE_URL)(
    'webhook mode on PostgreSQL: every update POSTed again until 200; 40 of 40 answered exactly once',
    async () => {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'pd_crash_wh');
      drops.push(scratch.drop);
      const { stderr, ...result } = await crashDuringWebhookBurst({ DATABASE_URL: scratch.url });
      console.log('kill -9, webhook, PostgreSQL:', JSON.stringify(result));
      expect(result.neverConfirmed, stderr).toBe(0);
      expectAnsweredOnce(result, stderr);
    },
    420_000,
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'on PostgreSQL: 40 of 40 answered exactly once after the restart',
    async () => {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'pd_crash');
      drops.push(scratch.drop);
      const { stderr, ...result } = await crashDuringBurst({ DATABASE_URL: scratch.url });
      console.log('kill -9, PostgreSQL:', JSON.stringify(result));
      expectAnsweredOnce(result, stderr);
    },
    420_000,
  );
});
