import { Api, Bot, BotError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { type FakeTelegram, startFakeTelegram } from '../helpers/fake-telegram.ts';
import { memoryLogger } from '../helpers/log.ts';
import { logLeaks, TOKEN as HARNESS_TOKEN } from '../bot/harness.ts';

const TOKEN = '424242:redaction-test-token_XYZ';
const TEXT = 'nomor KTP saya 3201010101010001, tolong rahasiakan';

const update = (updateId: number) => ({
  update_id: updateId,
  message: {
    message_id: 1,
    date: 1,
    chat: { id: 5151, type: 'private' as const, first_name: 'Siti' },
    from: { id: 5151, is_bot: false, first_name: 'Siti', last_name: 'Perajin', username: 'siti_batik' },
    text: TEXT,
  },
});

/** The product's logger writing into memory, as an operator's log file would receive it. */
function capture(secrets = false) {
  const lines: string[] = [];
  const log = createLogger(
    { log: { level: 'debug' }, ...(secrets ? { telegramToken: TOKEN } : {}) },
    { write: (line: string) => void lines.push(line) },
  );
  return { log, lines };
}

function leaks(lines: string[]) {
  return lines.filter(
    (line) =>
      line.includes(TOKEN) ||
      line.includes('redaction-test-token') ||
      line.includes('3201010101010001') ||
      line.includes('tolong rahasiakan') ||
      line.includes('siti_batik') ||
      line.includes('Perajin'),
  );
}

describe('log redaction at any depth', () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(async () => fake?.close());

  it('hides the token and the message in a BotError from a failing handler (ctx.api, ctx.update)', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
    await bot.init();
    fake.block(5151);
    bot.on('message', async (ctx) => {
      // A real failing send: the fake answers 403 (blocked) with the text in the request payload.
      await ctx.api.sendMessage(ctx.chat.id, `Anda menulis: ${ctx.message.text}`);
    });
    let caught: unknown;
    await bot.handleUpdate(update(1)).catch((error) => (caught = error));
    expect(caught).toBeInstanceOf(BotError);
    for (const secrets of [false, true]) {
      const { log, lines } = capture(secrets);
      log.error({ err: caught }, 'webhook request failed');
      log.error(
        { err: (caught as BotError).error, update: (caught as BotError).ctx.update },
        'update failed',
      );
      log.error(caught as Error);
      log.warn({ nested: { deeper: { ctx: (caught as BotError).ctx } } }, 'deep');
      expect(lines).toHaveLength(4);
      expect(leaks(lines)).toEqual([]);
      // Still useful to an operator: the error types and the Bot API's description survive.
      expect(lines[0]).toContain('BotError');
      expect(lines[1]).toContain('bot was blocked by the user');
    }
  });

  it('hides the token inside a network error URL (https://…/bot<token>/sendMessage) and its stack', async () => {
    const api = new Api(TOKEN, { apiRoot: 'http://127.0.0.1:1' });
    const error = await api.sendMessage(1, TEXT).catch((e: unknown) => e);
    expect(JSON.stringify(String((error as { error?: Error }).error?.message))).toContain(TOKEN);
    const { log, lines } = capture();
    log.error({ err: error }, 'send failed');
    log.info(
      { url: `https://api.telegram.org/bot${TOKEN}/sendMessage` },
      `GET https://api.telegram.org/bot${TOKEN}/getMe`,
    );
    expect(leaks(lines)).toEqual([]);
    expect(lines[0]).toContain('ECONNREFUSED');
  });

  it('is what the tests see too (the test helper logs through the same options)', () => {
    const { log, raw } = memoryLogger();
    log.child({ update: update(2) }).info({ deep: [{ message: update(3).message }] }, 'x');
    expect(raw).toHaveLength(1);
    expect(leaks(raw)).toEqual([]);
  });
  it("the bot harness's logs scan finds a line with the token (every bot suite runs it when it closes)", () => {
    expect(logLeaks([{ msg: 'fine' }, { err: { message: `GET /bot${HARNESS_TOKEN}/getMe` } }])).toHaveLength(
      1,
    );
  });
});
