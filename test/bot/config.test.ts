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
});
