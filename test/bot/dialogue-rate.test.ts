import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import type { Clock } from '../../src/bot/helpers/rate-limit.ts';
import { type RunningBot, startBot } from '../../src/bot/run.ts';
import { createConfig } from '../../src/config.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import type { AnswerRequest } from '../../src/rag/answer-service.ts';
import { type FakeTelegram, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { memoryLogger } from '../helpers/log.ts';
import { TOKEN, textOf, users } from './harness.ts';

/** The limiter's own time: `sleep` moves it on at once, so nothing here waits for real. */
function virtualClock(): Clock & { at(ms: number): void } {
  let now = 1_000_000;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
    at(ms) {
      now = Math.max(now, ms);
    },
  };
}

/** Polls a condition on the bot's log and requests (which the fake's own waiting does not watch). */
async function until(condition: () => boolean, timeoutMs = 30_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the rate limit fits a person and never drops a message without a word', () => {
  let fake: FakeTelegram;
  let db: Database;
  let app: App;
  let running: RunningBot;
  const clock = virtualClock();
  const requests: AnswerRequest[] = [];
  const { log, lines } = memoryLogger();
  let say: ReturnType<typeof users>;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    say = users(fake);
    db = await openPglite();
    await migrate(db);
    const config = createConfig({
      KNOWLEDGE_DIR: 'knowledge',
      PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-rate-')),
    });
    app = await openApp(config, log, { db, ingest: 'if-empty' });
    running = await startBot(
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
        mode: { kind: 'polling', concurrency: 8 },
        pseudonymSecret: 'test-secret-0123456789',
        // The product's default: BOT_RATE_LIMIT and BOT_RATE_WINDOW_MS unset.
        rateLimit: createConfig({}).bot.rateLimit,
        clock,
        typingDelayMs: 10_000,
        outboxIntervalMs: 100,
      },
    );
  });
  afterAll(async () => {
    await running?.stop();
    await fake?.close();
    await db?.close();
  });

  async function consent(user: { id: number }) {
    let since = fake.calls.length;
    say.text(user, '/start');
    await fake.waitFor(() => fake.sent('sendMessage', { chatId: user.id }).slice(-1)[0]?.at, 20_000);
    since = fake.calls.length;
    say.tap(user, 'consent');
    await fake.waitFor((calls) =>
      calls.slice(since).find((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === user.id),
    );
  }

  const repliesTo = (chatId: number, since: number) =>
    fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId && c.status === 200);

  it('12 messages in 40 seconds, half of them answers to its prompts: every one answered', async () => {
    const user = { id: 8101 };
    await consent(user);
    const start = clock.now();
    // [what the person sends, what the answer to it says]
    const script: [string, RegExp][] = [
      ['/kriteria', /rumah tangga/],
      ['500 KK', /usaha sejenis/], // prompt
      ['120', /satu desa/], // prompt (then three taps finish the check)
      ['/sentra', /tempat dan\/atau produknya/],
      ['tas di Sidoarjo', /Sidoarjo/], // prompt
      ['/hitung impas', /biaya tetap/],
      ['biaya tetap 5 juta sebulan, harga jual 45rb', /biaya variabel/], // prompt
      ['biaya variabel 20rb per unit', /Rp 5\.000\.000 ÷ Rp 25\.000/],
      ['apa itu merek?', /merek/i],
      ['/kriteria', /rumah tangga/],
      ['300 KK', /usaha sejenis/], // prompt
      ['40', /satu desa/], // prompt
    ];
    for (const [i, [text, expected]] of script.entries()) {
      clock.at(start + Math.round((i * 40_000) / 12));
      const since = fake.calls.length;
      say.text(user, text);
      const replies = await fake
        .waitFor(() => {
          const sent = repliesTo(user.id, since);
          return sent.some((c) => expected.test(textOf(c))) ? sent : undefined;
        }, 20_000)
        .catch(() => {
          throw new Error(
            `message ${i + 1} (${text}) not answered: ${JSON.stringify(repliesTo(user.id, since).map(textOf))}`,
          );
        });
      expect(replies.map(textOf).join('\n')).not.toMatch(/Pelan-pelan|Terlalu banyak/);
      if (text === '120')
        for (const tap of ['kr:singleVillage:y', 'kr:guidance:y', 'kr:knownToPublic:y']) {
          const before = fake.calls.length;
          say.tap(user, tap);
          await fake.waitFor(() => repliesTo(user.id, before)[0]);
        }
    }
    expect(lines.filter((line) => String(line.msg).startsWith('rate limited'))).toEqual([]);
  });

  it('a burst of twelve questions at once: the allowance at once, the rest answered in turn after one notice, or refused with one notice saying until when', async () => {
    const user = { id: 8102 };
    await consent(user);
    const since = fake.calls.length;
    const updates: number[] = [];
    for (let i = 1; i <= 12; i++) updates.push(say.text(user, `apa itu HPP? (${i})`).update_id);
    // Settled when each message has been answered or refused in the log.
    const refused = () =>
      new Set(
        lines.filter((line) => line.msg === 'rate limited; refused').map((line) => Number(line.updateId)),
      );
    const answered = () => new Set(requests.map((request) => request.updateId));
    await until(() => updates.every((id) => answered().has(id) || refused().has(id)));
    await until(() => repliesTo(user.id, since).length >= 11);
    const texts = repliesTo(user.id, since).map(textOf);
    const deferredNotices = texts.filter((text) => /^Pelan-pelan ya/.test(text));
    const refusedNotices = texts.filter((text) => /^Terlalu banyak pesan/.test(text));
    // Six in a row at once (the /start before took one); then one every five seconds, as long as a
    // message would wait at most 20 s: four more. The last three are refused.
    expect(updates.filter((id) => answered().has(id))).toEqual(updates.slice(0, 9));
    expect(updates.filter((id) => refused().has(id))).toEqual(updates.slice(9));
    expect(deferredNotices).toHaveLength(1);
    expect(deferredNotices[0]).toMatch(/5 detik/);
    expect(refusedNotices).toHaveLength(1);
    // Every answer arrived: nine answers and two notices, and nothing else.
    expect(texts).toHaveLength(11);
  });
});
