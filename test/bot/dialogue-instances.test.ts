import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.ts';
import { type RunningBot, startBot } from '../../src/bot/run.ts';
import { createConfig } from '../../src/config.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { openSharedDatabases } from '../helpers/db.ts';
import { silentLogger } from '../helpers/log.ts';
import { buttons, TOKEN, textOf, users } from './harness.ts';

const SECRET = 'dialogue-secret_42';
const USER = { id: 5101 };
const config = () =>
  createConfig({ KNOWLEDGE_DIR: 'knowledge', PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-dlg-')) });

const botOptions = (fake: FakeTelegram) => ({
  apiRoot: fake.apiRoot,
  pseudonymSecret: 'test-secret-0123456789',
  rateLimit: { max: 50, windowMs: 10_000 },
  outboxIntervalMs: 100,
  typingDelayMs: 10_000,
});

/**
 * One conversation's steps: what the user does, how many messages the bot sends back, and what the last
 * of them must say. A step answered by an instance that does not know the dialogue fails its check.
 */
type Step = { say?: string; tap?: string; replies: number; expect: RegExp; buttons?: string[] };
const CONVERSATION: Step[] = [
  // A question before consent is held; the tap (on another instance) answers it.
  { say: 'apa itu HPP?', replies: 1, expect: /privasi/i, buttons: ['consent', 'privacy:full'] },
  { tap: 'consent', replies: 2, expect: /HPP/ },
  { say: '/kriteria', replies: 1, expect: /rumah tangga/ },
  { say: '500 KK', replies: 1, expect: /usaha sejenis/ },
  {
    say: '120',
    replies: 1,
    expect: /satu desa/,
    buttons: ['kr:singleVillage:y', 'kr:singleVillage:n', 'kr:singleVillage:u'],
  },
  { tap: 'kr:singleVillage:y', replies: 1, expect: /kelompok\/koperasi/ },
  { tap: 'kr:guidance:y', replies: 1, expect: /dikenal masyarakat/ },
  { tap: 'kr:knownToPublic:y', replies: 1, expect: /MEMENUHI keempat kriteria[\s\S]*120 dari 500/ },
  { say: '/hitung impas', replies: 1, expect: /biaya tetap/ },
  // A figure missing: the calculator (reading the guide from the database) asks for it by name.
  { say: 'biaya tetap 5 juta sebulan, harga jual 45rb', replies: 1, expect: /biaya variabel/ },
  { say: 'biaya variabel 20rb per unit', replies: 1, expect: /Rp 5\.000\.000 ÷ Rp 25\.000/ },
];

let nextMessageId = 1;
let nextUpdateId = 700_000;
function updateOf(step: Step) {
  const from = { id: USER.id, is_bot: false, first_name: 'Siti', language_code: 'id' };
  const chat = { id: USER.id, type: 'private', first_name: 'Siti' };
  if (step.tap)
    return {
      update_id: nextUpdateId++,
      callback_query: {
        id: `cq${nextUpdateId}`,
        from,
        chat_instance: 'ci',
        message: { message_id: 1, date: 1, chat, text: 'x' },
        data: step.tap,
      },
    };
  const text = step.say!;
  const command = /^\/\w+/.exec(text);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

const sentTo = (fake: FakeTelegram, since: number) =>
  fake.calls
    .slice(since)
    .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === USER.id && c.status === 200);

/** Checks one step's replies: exactly as many as expected (nothing more arrives), the last one as expected. */
async function checkStep(fake: FakeTelegram, since: number, step: Step, label: string) {
  const replies = await fake
    .waitFor(() => {
      const sent = sentTo(fake, since);
      return sent.length >= step.replies ? sent : undefined;
    }, 20_000)
    .catch(() => {
      const got = sentTo(fake, since).map((c) => textOf(c).slice(0, 80));
      throw new Error(`${label}: expected ${step.replies} replies, got ${JSON.stringify(got)}`);
    });
  const last = replies.at(-1) as RecordedCall;
  expect(textOf(last), label).toMatch(step.expect);
  if (step.buttons) expect(buttons(last), label).toEqual(step.buttons);
  return replies;
}

describe('one conversation, any instance', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  it(`two webhook instances on one ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, updates alternating: every step answered once, in order`, async () => {
    const fake = await startFakeTelegram();
    closers.push(fake.close);
    const shared = await openSharedDatabases('pd_dialogue');
    closers.push(shared.close);
    const instances: RunningBot[] = [];
    for (const db of shared.dbs) {
      const app = await openApp(config(), silentLogger(), { db, ingest: 'if-empty' });
      const running = await startBot(
        TOKEN,
        { answers: app.answers, db, log: silentLogger(), fallback: app.fallback },
        {
          ...botOptions(fake),
          mode: { kind: 'webhook', port: 0, host: '127.0.0.1', secret: SECRET },
        },
      );
      instances.push(running);
      closers.push(running.stop);
    }
    const first = fake.calls.length;
    for (const [i, step] of CONVERSATION.entries()) {
      const since = fake.calls.length;
      const instance = instances[i % 2]!;
      const response = await fetch(`http://127.0.0.1:${instance.port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(updateOf(step)),
      });
      expect(response.status).toBe(200);
      await checkStep(fake, since, step, `step ${i + 1} (${step.say ?? step.tap}) on instance ${i % 2}`);
    }
    // Once each: the whole conversation sent exactly the replies of its steps, no more.
    const total = CONVERSATION.reduce((n, step) => n + step.replies, 0);
    expect(sentTo(fake, first)).toHaveLength(total);
  });

  it('a restart of a polling instance on PGlite forgets nothing: held question, /kriteria step, /hitung guide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-dlg-restart-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const fake = await startFakeTelegram();
    closers.push(fake.close);
    const say = users(fake);
    const cfg = config();

    async function start() {
      const db = await openPglite(dir);
      await migrate(db);
      const app = await openApp(cfg, silentLogger(), { db, ingest: 'if-empty' });
      const running = await startBot(
        TOKEN,
        { answers: app.answers, db, log: silentLogger(), fallback: app.fallback },
        { ...botOptions(fake), mode: { kind: 'polling', concurrency: 4 } },
      );
      return {
        async stop() {
          await running.stop();
          await db.close();
        },
      };
    }
    async function step(s: Step, label: string) {
      const since = fake.calls.length;
      if (s.tap) say.tap(USER, s.tap);
      else say.text(USER, s.say!);
      await checkStep(fake, since, s, label);
    }

    // The steps alternate with restarts: every second step is taken by a freshly started process.
    let bot = await start();
    for (const [i, s] of CONVERSATION.entries()) {
      if (i % 2 === 1) {
        await bot.stop();
        bot = await start();
      }
      await step(s, `step ${i + 1} (${s.say ?? s.tap})${i % 2 === 1 ? ' after a restart' : ''}`);
    }
    await bot.stop();
  });
});
