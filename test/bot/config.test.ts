import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../src/config.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { isAppError } from '../../src/errors.ts';
import { createLogger } from '../../src/logger.ts';
import { createInteractionLog } from '../../src/rag/interaction-log.ts';
import { memoryLogger } from '../helpers/log.ts';

const record = (n: number) => ({
  channel: 'telegram',
  updateId: 500 + n,
  question: `q${n}`,
  language: 'id',
  answer: 'a',
  answered: true,
  confidence: 1,
  outcome: 'answered',
  sources: [],
  timings: {},
});

describe('bot settings, logger and the interaction fallback', () => {
  it('parses polling and webhook modes as a discriminated union', () => {
    expect(createConfig({}).bot.mode).toEqual({ kind: 'polling', concurrency: 32 });
    const webhook = createConfig({
      BOT_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-1',
      PORT: '9000',
      WEBHOOK_URL: 'https://bot.example.org/tg',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
    });
    expect(webhook.bot.mode).toEqual({
      kind: 'webhook',
      port: 9000,
      host: '0.0.0.0',
      url: 'https://bot.example.org/tg',
      secret: 'abc_DEF-1',
    });
    expect(webhook.bot.apiRoot).toBe('http://127.0.0.1:8081');
  });

  it('refuses a webhook without a secret, a secret Telegram would refuse, and bad numbers, naming each', () => {
    const message = (env: Record<string, string>) => {
      try {
        createConfig(env);
        return '';
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('CONFIG_INVALID');
        return (error as Error).message;
      }
    };
    expect(message({ BOT_MODE: 'webhook' })).toMatch(/TELEGRAM_WEBHOOK_SECRET/);
    expect(message({ BOT_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: 'has space' })).toMatch(
      /TELEGRAM_WEBHOOK_SECRET/,
    );
    expect(message({ BOT_MODE: 'push' })).toMatch(/BOT_MODE/);
    expect(message({ PORT: '70000' })).toMatch(/PORT/);
    expect(message({ BOT_RATE_LIMIT: '-1' })).toMatch(/BOT_RATE_LIMIT/);
    expect(message({ PSEUDONYM_SECRET: 'short' })).toMatch(/PSEUDONYM_SECRET/);
  });

  it('fails at once on a LOG_FILE it cannot open, and creates missing folders otherwise', () => {
    const started = performance.now();
    expect(() => createLogger({ log: { level: 'info', file: '/proc/nonexistent/x.log' } })).toThrow(
      /LOG_FILE/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    const file = join(mkdtempSync(join(tmpdir(), 'pd-log-')), 'a', 'b', 'bot.log');
    const log = createLogger({ log: { level: 'info', file } });
    log.info({ text: 'rahasia', token: 'x' }, 'hello');
    const telegramError = Object.assign(new Error('Bad Request'), {
      payload: { chat_id: 4242, text: 'pesan pribadi' },
    });
    log.error({ err: telegramError }, 'update failed');
    const line = readFileSync(file, 'utf8');
    expect(line).toContain('hello');
    expect(line).not.toContain('rahasia');
    expect(line).toContain('update failed');
    expect(line).not.toContain('pesan pribadi');
    expect(line).not.toContain('4242');
  });

  it('writes fallback rows back once each when the database returns', async () => {
    const db = await openPglite();
    await migrate(db);
    const dir = mkdtempSync(join(tmpdir(), 'pd-fb-'));
    const fallbackFile = join(dir, 'interactions-fallback.jsonl');
    // Two rows written while the database was down (one of them twice, as a retried update would be).
    writeFileSync(
      fallbackFile,
      `${[record(1), record(2), record(2)].map((r) => JSON.stringify({ at: 'x', ...r })).join('\n')}\nnot json\n`,
    );
    const { log } = memoryLogger();
    const interactions = createInteractionLog(db, { fallbackFile, log });
    expect(await interactions.record(record(3))).not.toBeNull();
    const written = await interactions.replayFallback!();
    const again = await interactions.replayFallback!();
    const { rows } = await db.query<{ question: string }>(
      'select question from interactions order by question',
    );
    expect(rows.map((r) => r.question)).toEqual(['q1', 'q2', 'q3']);
    expect(written + again).toBeLessThanOrEqual(3);
    expect(existsSync(fallbackFile) || existsSync(`${fallbackFile}.replaying`)).toBe(false);
    await db.close();
  });

  it("writes the bot's kept writes back in order, with their time, once; sets aside a refused line; /hapus drops a user's lines", async () => {
    const db = await openPglite();
    await migrate(db);
    const dir = mkdtempSync(join(tmpdir(), 'pd-fb-'));
    const fallbackFile = join(dir, 'interactions-fallback.jsonl');
    const { log } = memoryLogger();
    const interactions = createInteractionLog(db, { fallbackFile, log });
    const { journal } = interactions;
    const a = (await interactions.record({ ...record(1), userRef: 'ua' }))!;
    const b = (await interactions.record({ ...record(2), userRef: 'ub' }))!;
    // Kept during an outage, in this order: a vote, then a change of mind; a hand-off; a consent; a vote of
    // someone who then deleted their data; a vote on an answer that does not exist in this form (refused).
    const line = (at: string, write: object) => `${JSON.stringify({ at, ...write })}\n`;
    writeFileSync(
      fallbackFile,
      line('2026-01-01T10:00:00Z', { kind: 'feedback', userRef: 'ua', interactionId: a, value: 1 }) +
        line('2026-01-01T10:00:05Z', { kind: 'feedback', userRef: 'ua', interactionId: a, value: -1 }) +
        line('2026-01-01T10:00:06Z', {
          kind: 'handoff',
          userRef: 'ua',
          channel: 'telegram',
          interactionId: a,
        }) +
        line('2026-01-01T10:00:07Z', {
          kind: 'consent',
          userRef: 'uc',
          channel: 'telegram',
          chatId: 7,
          language: 'id',
        }) +
        line('2026-01-01T10:00:08Z', { kind: 'feedback', userRef: 'ub', interactionId: b, value: 1 }) +
        line('2026-01-01T10:00:09Z', { kind: 'feedback', userRef: 'ua', interactionId: 'x', value: 1 }),
    );
    expect(journal.forget('ub')).toBe(1);
    // Read twice (a crash mid-replay reads the same lines again): still once each.
    writeFileSync(`${fallbackFile}.copy`, readFileSync(fallbackFile));
    const first = await interactions.replayFallback!();
    writeFileSync(fallbackFile, readFileSync(`${fallbackFile}.copy`));
    journal.forget('ub');
    const second = await journal.replay();
    const iso = (d: Date) => new Date(d).toISOString();
    const votes = await db.query<{ interaction_id: string; value: number; created_at: Date }>(
      'select interaction_id, value, created_at from feedback order by interaction_id',
    );
    expect(votes.rows.map((r) => [Number(r.interaction_id), Number(r.value), iso(r.created_at)])).toEqual([
      [a, -1, '2026-01-01T10:00:05.000Z'],
    ]);
    const handoffs = await db.query<{ question: string; created_at: Date }>(
      'select question, created_at from handoffs',
    );
    expect(handoffs.rows.map((r) => [r.question, iso(r.created_at)])).toEqual([
      ['q1', '2026-01-01T10:00:06.000Z'],
    ]);
    const users = await db.query<{ consented_at: Date }>(
      "select consented_at from chat_users where user_ref = 'uc'",
    );
    expect(users.rows.map((r) => iso(r.consented_at))).toEqual(['2026-01-01T10:00:07.000Z']);
    expect({ first, second }).toEqual({ first: 4, second: 4 });
    expect(readFileSync(`${fallbackFile}.rejected`, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    expect(existsSync(fallbackFile)).toBe(false);
    // The refused lines hold the person's data too: /hapus reaches them.
    expect(journal.forget('ua')).toBe(2);
    expect(readFileSync(`${fallbackFile}.rejected`, 'utf8')).toBe('');
    await db.close();
  });
});
