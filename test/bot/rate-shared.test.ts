import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { type Clock, createRateLimiter } from '../../src/bot/helpers/rate-limit.ts';
import { type RunningBot, startBot } from '../../src/bot/run.ts';
import { createConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/port.ts';
import { createRateLimitRepo } from '../../src/db/rate-limit-repo.ts';
import { createSharedRateLimiter } from '../../src/bot/middlewares/rate-limit.ts';
import type { AnswerRequest } from '../../src/rag/answer-service.ts';
import { type FakeTelegram, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { openSharedDatabases } from '../helpers/db.ts';
import { memoryLogger, silentLogger } from '../helpers/log.ts';
import { rng } from '../../src/util/rng.ts';
import { TOKEN, textOf } from './harness.ts';

const SECRET = 'rate-secret_42';
const ENGINE = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

/** Time that stands still: every message of a burst arrives at the same moment, and a wait ends at once. */
function frozenClock(at = 5_000_000): Clock {
  return { now: () => at, sleep: async () => undefined };
}

/** Polls a condition on what the instances logged and asked (a condition, not a timing). */
async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 1_000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not settled: ${what}`);
}

describe(`the rate limit's window in the database (${ENGINE})`, () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  it("decides every message as the process's own limiter does, for a random stream of arrivals", async () => {
    const shared = await openSharedDatabases('pd_rate');
    closers.push(shared.close);
    const repo = createRateLimitRepo(shared.dbs[0]);
    let now = 1_000_000;
    const clock: Clock = { now: () => now, sleep: async () => undefined };
    const local = createRateLimiter({ burst: 6, windowMs: 30_000, maxDelayMs: 20_000, clock });
    const shape = { intervalMs: 5_000, toleranceMs: 25_000, maxDelayMs: 20_000, keepMs: 60_000 };
    const random = rng(17);
    const seen: string[] = [];
    for (let i = 0; i < 300; i++) {
      now += Math.floor(random() * 4_000);
      const key = random() < 0.7 ? 'u1' : 'u2:prompt';
      // Some messages waited in their chat's queue before the limiter saw them.
      const arrivedAt = now - (random() < 0.2 ? Math.floor(random() * 25_000) : 0);
      const expected = local.decide(key, arrivedAt);
      const turn = await repo.takeTurn(key, now, arrivedAt, shape);
      const got =
        turn.decision === 'go'
          ? { kind: 'go' }
          : turn.decision === 'wait'
            ? { kind: 'wait', ms: turn.delayMs, tell: turn.tell }
            : { kind: 'refuse', retryMs: turn.delayMs, tell: turn.tell };
      expect(got, `message ${i}`).toEqual(expected);
      seen.push(turn.decision);
    }
    // The stream exercised all three outcomes.
    expect(new Set(seen)).toEqual(new Set(['go', 'wait', 'refuse']));
  });

  it('lets two handles racing for one person take exactly the burst between them', async () => {
    const shared = await openSharedDatabases('pd_rate');
    closers.push(shared.close);
    const [a, b] = shared.dbs.map((db) => createRateLimitRepo(db));
    const shape = { intervalMs: 5_000, toleranceMs: 25_000, maxDelayMs: 20_000, keepMs: 60_000 };
    const turns = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a! : b!).takeTurn('racer', 9_000_000, 9_000_000, shape)),
    );
    const count = (kind: string) => turns.filter((t) => t.decision === kind).length;
    // Six at once, then four that wait 5..20 s, then ten refused; one notice each for the waiting and the refused.
    expect([count('go'), count('wait'), count('refuse')]).toEqual([6, 4, 10]);
    expect(turns.filter((t) => t.tell)).toHaveLength(2);
    expect(
      turns
        .filter((t) => t.decision === 'wait')
        .map((t) => t.delayMs)
        .sort((x, y) => x - y),
    ).toEqual([5_000, 10_000, 15_000, 20_000]);
  });

  it("falls back to the process's own window when the database cannot be reached, and says so in the log", async () => {
    const { log, lines } = memoryLogger();
    const down = {
      query: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    } as unknown as Database;
    const limiter = createSharedRateLimiter({
      db: down,
      burst: 2,
      windowMs: 10_000,
      clock: frozenClock(),
      log,
    });
    const kinds = [];
    for (let i = 0; i < 4; i++) kinds.push((await limiter.decide('u-down')).kind);
    expect(kinds).toEqual(['go', 'go', 'wait', 'wait']);
    expect(lines.filter((line) => line.code === 'RATE_LIMIT_DB')).toHaveLength(4);
  });

  it('two webhook instances on one database count one window: the burst once, not once per instance', async () => {
    const fake: FakeTelegram = await startFakeTelegram();
    closers.push(fake.close);
    const shared = await openSharedDatabases('pd_rate');
    closers.push(shared.close);
    const { log, lines } = memoryLogger();
    const requests: AnswerRequest[] = [];
    const clock = frozenClock();
    const instances: RunningBot[] = [];
    for (const db of shared.dbs) {
      const app = await openApp(
        createConfig({
          KNOWLEDGE_DIR: 'knowledge',
          PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-rate-shared-')),
        }),
        silentLogger(),
        { db, ingest: 'if-empty' },
      );
      const running = await startBot(
        TOKEN,
        {
          answers: {
            answer: (request) => {
              requests.push(request);
              return app.answers.answer(request);
            },
            answerCard: app.answers.answerCard,
          },
          db,
          log,
          fallback: app.fallback,
        },
        {
          apiRoot: fake.apiRoot,
          pseudonymSecret: 'test-secret-0123456789',
          // Three in a row, then one every ten seconds; a message that would wait over 20 s is refused.
          rateLimit: { max: 3, windowMs: 30_000 },
          clock,
          outboxIntervalMs: 100,
          typingDelayMs: 10_000,
          mode: { kind: 'webhook', port: 0, host: '127.0.0.1', secret: SECRET },
        },
      );
      instances.push(running);
      closers.push(running.stop);
    }

    const user = { id: 6101, is_bot: false, first_name: 'Siti', language_code: 'id' };
    const chat = { id: user.id, type: 'private', first_name: 'Siti' };
    let updateId = 810_000;
    let messageId = 1;
    const refused = () =>
      new Set(
        lines.filter((line) => line.msg === 'rate limited; refused').map((line) => Number(line.updateId)),
      );
    const answered = () => new Set(requests.map((request) => request.updateId));
    async function post(instance: number, update: Record<string, unknown>) {
      const response = await fetch(`http://127.0.0.1:${instances[instance]!.port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify({ update_id: updateId, ...update }),
      });
      expect(response.status).toBe(200);
      return updateId++;
    }
    const text = (instance: number, words: string) =>
      post(instance, {
        message: {
          message_id: messageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: user,
          text: words,
        },
      });

    // A question before consent (held, and counted), then the tap on the other instance answers it.
    const held = await text(0, 'apa itu HPP?');
    await post(1, {
      callback_query: {
        id: 'cq-rate',
        from: user,
        chat_instance: 'ci',
        message: { message_id: 1, date: 1, chat, text: 'x' },
        data: 'consent',
      },
    });
    await until(() => answered().has(held), 'the held question');
    const since = fake.calls.length;
    // Six more, alternating between the instances, all at the same moment.
    const burst: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const id = await text(i % 2, `apa itu merek? (${i})`);
      burst.push(id);
      await until(() => answered().has(id) || refused().has(id), `message ${i}`);
    }
    // Shared: two more at once (the held question took the first), two after a wait, two refused. Each
    // instance counting alone would have let all six through (three each), refusing none.
    expect(burst.filter((id) => answered().has(id))).toEqual(burst.slice(0, 4));
    expect(burst.filter((id) => refused().has(id))).toEqual(burst.slice(4));
    const waited = lines.filter((line) => line.msg === 'rate limited; answered later');
    expect(waited.map((line) => [Number(line.updateId), line.waitMs])).toEqual([
      [burst[2], 10_000],
      [burst[3], 20_000],
    ]);
    await until(
      () => fake.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.status === 200).length >= 6,
      'the replies',
    );
    const texts = fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && c.status === 200)
      .map(textOf);
    // Four answers, one "answered in a moment" and one "not answered for N seconds": nothing silent.
    expect(texts.filter((t) => /^Pelan-pelan ya/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /^Terlalu banyak pesan/.test(t))).toHaveLength(1);
    expect(texts).toHaveLength(6);
  }, 120_000);
});
