import { afterEach, describe, expect, it } from 'vitest';
import { createPseudonymizer } from '../../src/bot/helpers/pseudonym.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database, Queryable, Transaction } from '../../src/db/port.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { createScratchDatabase } from '../../src/db/scratch.ts';
import { silentLogger } from '../helpers/log.ts';
import { startProxy } from '../helpers/tcp-proxy.ts';
import { startHarness } from './harness.ts';

const refs = createPseudonymizer('test-secret-0123456789');
const USERS = Array.from({ length: 50 }, (_, i) => 81_000 + i);
const QUESTIONS = [
  'apa itu HPP?',
  'bagaimana cara daftar merek dagang?',
  'apa itu SNI?',
  'cara urus PIRT gimana?',
];
/** How long the database is cut while questions arrive (the issue asks for at least 10 s). */
const CUT_MS = 10_500;

/**
 * The embedded database behind a switch: while `down`, every statement fails as a dropped connection does
 * (PGlite has no server to stop; the PostgreSQL case below cuts a real server through a TCP proxy).
 */
function switchable(db: Database) {
  const state = { down: false, refused: 0 };
  const refuse = () => {
    state.refused++;
    return Promise.reject(new Error('Connection terminated unexpectedly'));
  };
  const guard = <T extends Queryable>(q: T): Queryable => ({
    query: (sql, params) => (state.down ? refuse() : q.query(sql, params)),
  });
  const wrapped: Database = {
    engine: db.engine,
    ...guard(db),
    exec: (sql) => (state.down ? refuse() : db.exec(sql)),
    transaction: (fn) =>
      state.down
        ? refuse()
        : db.transaction((tx) =>
            fn({ ...guard(tx), exec: (sql) => (state.down ? refuse() : tx.exec(sql)) } as Transaction),
          ),
    close: () => db.close(),
  };
  return { db: wrapped, state };
}

type Harness = Awaited<ReturnType<typeof startHarness>>;

async function consentAll(direct: Queryable) {
  for (const id of USERS)
    await direct.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at)
       values ($1, 'telegram', $2, 'id', now())`,
      [refs.user(id), id],
    );
}

/**
 * 150 questions from 50 consented users: 50 before, 50 during a cut of at least CUT_MS, 50 after. `direct`
 * reads the stored rows past the cut (the same database, not through the switch or the proxy).
 */
async function measureOutage(
  h: Harness,
  direct: Queryable,
  outage: { cut(): unknown; restore(): unknown },
  options: { waitMs?: number } = {},
) {
  const asked: { updateId: number; phase: 'before' | 'cut' | 'after' }[] = [];
  /** How long each asker of the cut waited for their first reply (ms). */
  const waitedInCut: number[] = [];
  const round = async (phase: 'before' | 'cut' | 'after', n: number) => {
    const since = h.fake.calls.length;
    const askedAt = performance.now();
    for (const [i, id] of USERS.entries())
      asked.push({
        updateId: h.text({ id }, `${QUESTIONS[(i + n) % QUESTIONS.length]!}`).update_id,
        phase,
      });
    // Every asker hears back (the answer, or at worst an apology) before the next round.
    await h.fake
      .waitFor(
        (calls) =>
          USERS.every((id) =>
            calls
              .slice(since)
              .some(
                (c) => c.method === 'sendMessage' && c.status === 200 && Number(c.payload.chat_id) === id,
              ),
          ),
        options.waitMs ?? 60_000,
      )
      .catch((error) => {
        const silent = USERS.filter(
          (id) =>
            !h.fake.calls
              .slice(since)
              .some(
                (c) => c.method === 'sendMessage' && c.status === 200 && Number(c.payload.chat_id) === id,
              ),
        );
        throw new Error(`${phase}: ${silent.length} askers heard nothing (${String(error)})`);
      });
    if (phase === 'cut')
      for (const id of USERS) {
        const first = h.fake.calls
          .slice(since)
          .find((c) => c.method === 'sendMessage' && c.status === 200 && Number(c.payload.chat_id) === id);
        waitedInCut.push(first!.at - askedAt);
      }
    return h.fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && c.status === 200 && c.payload.reply_markup !== undefined)
      .length;
  };

  await round('before', 0);
  // Three of the askers' answers from before the cut, to be rated and handed off during it.
  const [up, down, handedOff] = await Promise.all(
    USERS.slice(0, 3).map(async (id) => {
      const { rows } = await direct.query<{ id: string }>(
        "select id from interactions where user_ref = $1 and channel = 'telegram' order by id limit 1",
        [refs.user(id)],
      );
      return { user: id, interactionId: Number(rows[0]!.id) };
    }),
  );
  const cutAt = new Date();
  await outage.cut();
  const answeredInCut = await round('cut', 1);
  const taps = await tapDuringCut(h, { up: up!, down: down!, handedOff: handedOff! });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, CUT_MS - (Date.now() - cutAt.getTime()))));
  await outage.restore();
  const backAt = new Date();
  const answeredAfter = await round('after', 2);

  // The rows kept in the fallback file go back when the database answers again (after the next insert).
  const ids = asked.map((a) => a.updateId);
  const stored = async () =>
    (
      await direct.query<{ update_id: string; created_at: Date }>(
        "select update_id, created_at from interactions where channel = 'telegram' and update_id = any($1::bigint[])",
        [ids],
      )
    ).rows;
  const end = Date.now() + 30_000;
  while ((await stored()).length < ids.length && Date.now() < end)
    await new Promise((resolve) => setTimeout(resolve, 250));
  const rows = await stored();
  const byUpdate = new Map<number, Date[]>();
  for (const row of rows)
    byUpdate.set(Number(row.update_id), [
      ...(byUpdate.get(Number(row.update_id)) ?? []),
      new Date(row.created_at),
    ]);
  const cutAsked = asked.filter((a) => a.phase === 'cut');
  const keptTime = cutAsked.filter((a) => {
    const at = byUpdate.get(a.updateId)?.[0];
    return at !== undefined && at >= new Date(cutAt.getTime() - 1_000) && at <= backAt;
  }).length;
  const writes = await tapsStored(direct, { up: up!, down: down!, handedOff: handedOff! });
  const inCut = (at: Date | undefined) =>
    at !== undefined && at >= new Date(cutAt.getTime() - 1_000) && at <= backAt;
  const logged = (msg: string) => h.logLines.filter((line) => line.msg === msg).length;
  if (process.env.H20_DEBUG) {
    const counts = new Map<string, number>();
    for (const line of h.logLines) {
      const key = `${line.level} ${line.msg} ${JSON.stringify((line.err as { message?: string })?.message ?? '')} ${line.msg === 'update failed' ? JSON.stringify((line.err as { stack?: string })?.stack ?? '').slice(0, 900) : ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(
      [...counts]
        .filter(([k]) => !k.startsWith('30'))
        .map(([k, n]) => `${n} ${k}`)
        .join('\n'),
    );
  }
  return {
    asked: asked.length,
    askedInCut: cutAsked.length,
    cutSeconds: Number(((backAt.getTime() - cutAt.getTime()) / 1000).toFixed(1)),
    claimsFailed: logged('update claim failed; relying on the in-memory claim'),
    savedToFallback: logged('interaction saved to fallback file'),
    stored: byUpdate.size,
    twice: [...byUpdate.values()].filter((at) => at.length > 1).length,
    storedFromTheCut: cutAsked.filter((a) => byUpdate.has(a.updateId)).length,
    cutRowsWithTheirTime: keptTime,
    answeredInCut,
    answeredAfter,
    waitedInCutMs: {
      median: Math.round(waitedInCut.sort((a, b) => a - b)[waitedInCut.length >> 1]!),
      max: Math.round(waitedInCut.at(-1)!),
    },
    tapsToldKept: taps,
    tapsStored: {
      consent: writes.consent.length,
      consentInCut: writes.consent.filter(inCut).length,
      up: writes.up.map((row) => row.value),
      upInCut: writes.up.filter((row) => inCut(row.at)).length,
      down: writes.down.map((row) => row.value),
      downInCut: writes.down.filter((row) => inCut(row.at)).length,
      handoffs: writes.handoffs.length,
      handoffsInCut: writes.handoffs.filter(inCut).length,
    },
  };
}

/** A person who has not consented yet: taps the consent button during the cut. */
const NEWCOMER = 89_999;

/**
 * During the cut: a newcomer taps ✅ Saya setuju, one asker taps 👍 and another 👎 under an answer from
 * before the cut, and a third taps 🙋 Tanya mentor. Returns what each was told (the callback's toast, or the
 * message for the hand-off), once each tap was answered.
 */
async function tapDuringCut(
  h: Harness,
  t: Record<'up' | 'down' | 'handedOff', { user: number; interactionId: number }>,
) {
  const since = h.fake.calls.length;
  h.tap({ id: NEWCOMER }, 'consent');
  h.tap({ id: t.up.user }, `fb:1:${t.up.interactionId}`);
  h.tap({ id: t.down.user }, `fb:-1:${t.down.interactionId}`);
  h.tap({ id: t.handedOff.user }, `hm:${t.handedOff.interactionId}`);
  const toldTo = (calls: typeof h.fake.calls, chat: number, method: string) =>
    calls
      .slice(since)
      .filter((c) => c.method === method && c.status === 200)
      .filter((c) => method === 'answerCallbackQuery' || Number(c.payload.chat_id) === chat)
      .map((c) => String(c.payload.text ?? ''));
  await h.fake
    .waitFor(
      (calls) =>
        toldTo(calls, 0, 'answerCallbackQuery').length >= 4 &&
        toldTo(calls, NEWCOMER, 'sendMessage').length >= 1 &&
        toldTo(calls, t.handedOff.user, 'sendMessage').length >= 1,
      15_000,
    )
    .catch(() => undefined); // An apology instead of the answers expected: the assertions below say which.
  const toasts = toldTo(h.fake.calls, 0, 'answerCallbackQuery');
  return {
    consent: toldTo(h.fake.calls, NEWCOMER, 'sendMessage'),
    feedback: toasts.filter((text) => /penilaian/.test(text)),
    handoff: toldTo(h.fake.calls, t.handedOff.user, 'sendMessage'),
  };
}

/** The taps of the cut as the database holds them after it (waits up to 30 s for the replay). */
async function tapsStored(
  direct: Queryable,
  t: Record<'up' | 'down' | 'handedOff', { user: number; interactionId: number }>,
) {
  const read = async () => ({
    consent: (
      await direct.query<{ consented_at: Date }>(
        'select consented_at from chat_users where user_ref = $1 and consented_at is not null',
        [refs.user(NEWCOMER)],
      )
    ).rows.map((row) => new Date(row.consented_at)),
    up: await votes(direct, t.up.interactionId),
    down: await votes(direct, t.down.interactionId),
    handoffs: (
      await direct.query<{ created_at: Date }>(
        "select created_at from handoffs where interaction_id = $1 and reason = 'requested'",
        [t.handedOff.interactionId],
      )
    ).rows.map((row) => new Date(row.created_at)),
  });
  const end = Date.now() + 30_000;
  let rows = await read();
  while (
    [rows.consent, rows.up, rows.down, rows.handoffs].some((list) => list.length === 0) &&
    Date.now() < end
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    rows = await read();
  }
  return rows;
}

async function votes(direct: Queryable, interactionId: number) {
  const { rows } = await direct.query<{ value: number; created_at: Date }>(
    'select value, created_at from feedback where interaction_id = $1',
    [interactionId],
  );
  return rows.map((row) => ({ value: Number(row.value), at: new Date(row.created_at) }));
}

/** The 150 questions stored once, the 50 of the cut with their time, and the taps of the cut kept. */
function expectEverythingKept(result: Awaited<ReturnType<typeof measureOutage>>) {
  expect({ stored: result.stored, twice: result.twice, keptTime: result.cutRowsWithTheirTime }).toEqual({
    stored: 150,
    twice: 0,
    keptTime: 50,
  });
  expectTapsKept(result);
}

/** The taps of the cut: each stored once, with its time inside the cut, and the person told honestly. */
function expectTapsKept(result: Awaited<ReturnType<typeof measureOutage>>) {
  expect(result.tapsStored).toEqual({
    consent: 1,
    consentInCut: 1,
    up: [1],
    upInCut: 1,
    down: [-1],
    downInCut: 1,
    handoffs: 1,
    handoffsInCut: 1,
  });
  // Told what happened: noted now, stored once the system is back (not the generic apology).
  expect(result.tapsToldKept.consent.join('\n')).toMatch(/persetujuan Anda sudah kami catat.*gangguan/s);
  expect(result.tapsToldKept.feedback).toHaveLength(2);
  for (const text of result.tapsToldKept.feedback) expect(text).toMatch(/gangguan.*dicatat/);
  expect(result.tapsToldKept.handoff.join('\n')).toMatch(/mentor sudah kami catat.*antrean/s);
}

describe('a database outage while questions arrive', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  /** A bot on an embedded database that the test can switch off and on (`state.down`). */
  async function switchedHarness() {
    const base = await openPglite();
    await migrate(base);
    closers.push(() => base.close());
    const { db, state } = switchable(base);
    const h = await startHarness({ db });
    closers.push(h.close);
    return { base, state, h };
  }

  it('150 questions, 50 of them during a 10.5 s cut: 150 of 150 stored once, at the time they were asked', async () => {
    const { base, state, h } = await switchedHarness();
    await consentAll(base);
    const result = await measureOutage(h, base, {
      cut: () => {
        state.down = true;
      },
      restore: () => {
        state.down = false;
      },
    });
    console.log(
      'outage (PGlite, switched off):',
      JSON.stringify({ refusedStatements: state.refused, ...result }),
    );
    expect(state.refused).toBeGreaterThan(50);
    expectEverythingKept(result);
  }, 240_000);

  it('a /kriteria dialogue started during the cut goes on, and its step is in the database after it', async () => {
    const { base, state, h } = await switchedHarness();
    const user = { id: USERS[0]! };
    await consentAll(base);
    const say = async (text: string) => {
      const since = h.fake.calls.length;
      h.text(user, text);
      const [reply] = await h.reply(user.id, since);
      return String(reply!.payload.text);
    };
    await say('apa itu HPP?'); // seen before the cut: its consent is known to the process
    state.down = true;
    const started = await say('/kriteria');
    const second = await say('500');
    state.down = false;
    const third = await say('120');
    const { rows } = await base.query<{ state: { step: string; facts: Record<string, number> } }>(
      "select state from dialogue_state where user_ref = $1 and kind = 'criteria'",
      [refs.user(user.id)],
    );
    const stored = rows.map((row) => (typeof row.state === 'string' ? JSON.parse(row.state) : row.state));
    console.log('dialogue across the cut:', JSON.stringify({ started, second, third, stored }));
    expect(state.refused).toBeGreaterThan(0);
    expect(started).toMatch(/berapa/i);
    expect(second).toMatch(/usaha sejenis/);
    expect(third).toMatch(/satu desa/);
    expect(stored).toMatchObject([
      { step: 'singleVillage', facts: { households: 500, similarBusinesses: 120 } },
    ]);
  }, 120_000);

  /**
   * A scratch database on DATABASE_URL, migrated and with every user consented, read directly by the test;
   * the bot (harness) reaches it only through a TCP proxy the test can cut or stall.
   */
  async function botBehindProxy(name: string, statementTimeoutMs: number) {
    const url = process.env.DATABASE_URL!;
    const scratch = await createScratchDatabase(url, name);
    closers.push(() => scratch.drop());
    const direct = await openPostgres(scratch.url, { statementTimeoutMs: 30_000, log: silentLogger() });
    closers.push(() => direct.close());
    await migrate(direct);
    const target = new URL(url);
    const proxy = await startProxy(target.hostname, Number(target.port || 5432));
    closers.push(proxy.close);
    const viaProxy = new URL(scratch.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const db = await openPostgres(viaProxy.toString(), { statementTimeoutMs, log: silentLogger() });
    closers.push(() => db.close());
    const h = await startHarness({ db });
    closers.push(h.close);
    await consentAll(direct);
    return { direct, proxy, h };
  }

  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL that accepts connections and never answers (a stalling proxy) during 150 questions: everyone hears back, 150 of 150 stored once, at their time',
    async () => {
      // The product's default statement timeout (DB_STATEMENT_TIMEOUT_MS): a stalled server never applies it.
      const { direct, proxy, h } = await botBehindProxy('pd_bot_stall', 15_000);
      const result = await measureOutage(
        h,
        direct,
        { cut: proxy.stall, restore: proxy.unstall },
        // Bounded, not timed: an asker who has heard nothing after three minutes is taken as never.
        { waitMs: 180_000 },
      );
      console.log('outage (PostgreSQL, proxy stalls):', JSON.stringify(result));
      expect(result.claimsFailed).toBeGreaterThanOrEqual(50);
      expectEverythingKept(result);
    },
    600_000,
  );

  // Without DATABASE_URL this case is skipped and the run ends with the loud notice of
  // test/helpers/global-setup.ts; with CI=1 (as .ci/run sets) a missing server fails the run instead.
  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL cut through a TCP proxy (connections reset, new ones refused) for 10.5 s during 150 questions: 150 of 150 stored once, at the time they were asked',
    async () => {
      const { direct, proxy, h } = await botBehindProxy('pd_bot_outage', 30_000);
      const result = await measureOutage(h, direct, { cut: proxy.cut, restore: proxy.restore });
      console.log('outage (PostgreSQL, proxy cut):', JSON.stringify(result));
      // The cut was real: every question asked in it found the database gone.
      expect(result.claimsFailed).toBeGreaterThanOrEqual(50);
      expectEverythingKept(result);
    },
    240_000,
  );
});
