import { afterEach, describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../src/bot/helpers/pseudonym.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import type { RecordedCall } from '../helpers/fake-telegram.ts';
import { startHarness } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;

const refs = createPseudonymizer('test-secret-0123456789');
const QUESTIONS = [
  'apa itu HPP?',
  'berapa jumlah sentra ikm di indonesia?',
  'bagaimana cara daftar merek dagang?',
  'syarat sertifikasi halal untuk usaha kecil apa saja?',
  'gimana cara menghitung harga jual?',
  'apa itu SNI?',
];

/** Users who consented earlier (their rows as the consent button writes them). */
async function consented(db: Database, ids: number[]) {
  for (const id of ids)
    await db.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at)
       values ($1, 'telegram', $2, 'id', now()) on conflict do nothing`,
      [refs.user(id), id],
    );
}

/**
 * Per chat, what the bot tried to send (any status) and what arrived (200): a chat's answer arrived when every
 * text tried arrived, and a text that arrived twice is a duplicate.
 */
function tally(calls: RecordedCall[], chats: number[]) {
  const tried = new Map<number, Set<string>>();
  const arrived = new Map<number, string[]>();
  for (const call of calls) {
    if (call.method !== 'sendMessage') continue;
    const chat = Number(call.payload.chat_id);
    const text = String(call.payload.text);
    if (!tried.has(chat)) tried.set(chat, new Set());
    tried.get(chat)!.add(text);
    if (call.status === 200) arrived.set(chat, [...(arrived.get(chat) ?? []), text]);
  }
  let delivered = 0;
  let twice = 0;
  for (const chat of chats) {
    const got = arrived.get(chat) ?? [];
    const all = tried.get(chat) ?? new Set();
    if (all.size > 0 && [...all].every((text) => got.includes(text))) delivered++;
    if (new Set(got).size < got.length) twice++;
  }
  return { delivered, twice };
}

/** Answers waiting in the outbox (none where answers are not queued: the code before this change). */
const pendingAnswers = async (db: Database) =>
  Number(
    (
      await db
        .query<{ n: string }>(
          'select count(*) as n from outbox where update_id is not null and sent_at is null and failed_at is null',
        )
        .catch(() => ({ rows: [{ n: '0' }] }))
    ).rows[0]!.n,
  );

/** Until every chat's answer arrived and no answer is left in the outbox, or the time is up. */
async function waitAll(h: Harness, chats: number[], timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (tally(h.fake.calls, chats).delivered === chats.length && (await pendingAnswers(h.db)) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the bot's answers go through the durable outbox", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('30% of sendMessage answered 429: 150 of 150 questions answered, each once', async () => {
    const h = await startHarness();
    closers.push(h.close);
    const chats = Array.from({ length: 150 }, (_, i) => 61_000 + i);
    await consented(h.db, chats);
    // With this salt, 2 answers are refused four times in a row (what auto-retry's three retries give up on).
    h.fake.floodShare(0.3, 1, { salt: 'd' });
    for (const [i, id] of chats.entries()) h.text({ id }, QUESTIONS[i % QUESTIONS.length]!);
    await waitAll(h, chats, 60_000);
    const refused = h.fake.calls.filter((c) => c.method === 'sendMessage' && c.status === 429).length;
    const sent = h.fake.calls.filter((c) => c.method === 'sendMessage').length;
    const { delivered, twice } = tally(h.fake.calls, chats);
    console.log(`30% 429: ${refused} of ${sent} sends refused; answered ${delivered} of 150; twice ${twice}`);
    expect(refused / sent).toBeGreaterThan(0.2);
    expect({ delivered, twice }).toEqual({ delivered: 150, twice: 0 });
  }, 120_000);

  it('retry_after of 75 s: 20 of 20 answers arrive after the wait, once, not before it', async () => {
    const scale = 0.02; // 75 s of Telegram's time is 1.5 s here; the 429 and its retry_after are real
    const h = await startHarness({ outboxRetryAfterScale: scale });
    closers.push(h.close);
    const chats = Array.from({ length: 20 }, (_, i) => 62_000 + i);
    await consented(h.db, chats);
    h.fake.floodShare(1, 75);
    for (const [i, id] of chats.entries()) h.text({ id }, QUESTIONS[i % QUESTIONS.length]!);
    // Every chat's first send was refused; Telegram accepts again from here on.
    await h.fake.waitFor(
      (calls) =>
        chats.every((chat) => calls.some((c) => c.status === 429 && Number(c.payload.chat_id) === chat)),
      30_000,
    );
    h.fake.floodShare(0, 0);
    await waitAll(h, chats, 30_000);
    const { delivered, twice } = tally(h.fake.calls, chats);
    // No chat was sent to again before retry_after had passed.
    let early = 0;
    for (const chat of chats) {
      const sends = h.fake.calls.filter(
        (c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chat,
      );
      const first429 = sends.find((c) => c.status === 429);
      const retried = sends.filter((c) => first429 && c.at > first429.at);
      if (first429 && retried.some((c) => c.at - first429.at < 75_000 * scale - 50)) early++;
    }
    console.log(`retry_after 75 s: answered ${delivered} of 20; twice ${twice}; retried early ${early}`);
    expect({ delivered, twice, early }).toEqual({ delivered: 20, twice: 0, early: 0 });
  }, 90_000);

  it('an answer held by a long retry_after is delivered by the next process after a restart, once', async () => {
    const db = await openPglite();
    await migrate(db);
    closers.push(() => db.close());
    const first = await startHarness({ db, outboxRetryAfterScale: 0.02 });
    const chats = [63_001, 63_002, 63_003];
    await consented(db, chats);
    first.fake.floodShare(1, 75);
    for (const [i, id] of chats.entries()) first.text({ id }, QUESTIONS[i]!);
    await first.fake.waitFor(
      (calls) =>
        chats.every((chat) => calls.some((c) => c.status === 429 && Number(c.payload.chat_id) === chat)),
      30_000,
    );
    const pending = await db.query<{ n: string }>(
      'select count(*) as n from outbox where update_id is not null and sent_at is null',
    );
    expect(Number(pending.rows[0]!.n)).toBeGreaterThanOrEqual(chats.length);
    // The first process stops before Telegram allows; a new one (its own fake: nothing is refused) sends.
    await first.close();
    const second = await startHarness({ db, outboxRetryAfterScale: 0.02 });
    closers.push(second.close);
    await waitAll(second, chats, 30_000);
    expect(await pendingAnswers(db)).toBe(0);
    expect(tally(second.fake.calls, chats)).toEqual({ delivered: 3, twice: 0 });
  }, 90_000);
});
