import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TOKEN } from './harness.ts';

const SECRET = 'webhook-secret_123';

describe('webhook mode', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let url: string;
  beforeAll(async () => {
    h = await startHarness({
      mode: {
        kind: 'webhook',
        port: 0,
        host: '127.0.0.1',
        url: 'https://bot.example.org/tg/hook',
        secret: SECRET,
      },
    });
    url = `http://127.0.0.1:${h.port}/tg/hook`;
  });
  afterAll(async () => h?.close());

  let updateId = 900_000;
  const update = (userId: number, text: string) => ({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'A' },
      from: { id: userId, is_bot: false, first_name: 'A' },
      text,
      ...(text.startsWith('/')
        ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] }
        : {}),
    },
  });
  const post = (body: unknown, secret?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: JSON.stringify(body),
    });

  it('registers the webhook with its secret and does not poll', () => {
    const [set] = h.fake.sent('setWebhook');
    expect(set!.payload.url).toBe('https://bot.example.org/tg/hook');
    expect(set!.payload.secret_token).toBe(SECRET);
    expect(h.fake.webhookOf(TOKEN)?.secret).toBe(SECRET);
    expect(h.fake.sent('getUpdates')).toHaveLength(0);
  });

  it('refuses a request without the secret header or with a wrong one (401) and does nothing', async () => {
    const before = h.fake.calls.length;
    const missing = await post(update(3001, '/start'));
    const wrong = await post(update(3001, '/start'), 'not-the-secret');
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.calls.slice(before).filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    expect(
      Number((await h.db.query<{ n: string }>('select count(*) as n from bot_updates')).rows[0]!.n),
    ).toBe(0);
  });

  it('handles an update with the right secret, and a re-delivered one once', async () => {
    const before = h.fake.calls.length;
    const start = update(3002, '/start');
    const ok = await post(start, SECRET);
    expect(ok.status).toBe(200);
    const again = await post(start, SECRET);
    expect(again.status).toBe(200);
    await h.fake.waitFor((calls) => calls.slice(before).find((c) => c.method === 'sendMessage'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = h.fake.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.payload.text)).toMatch(/Pendamping IKM/);
  });

  it('answers health checks and 404s other paths', async () => {
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${h.port}/other`, { method: 'POST' })).status).toBe(404);
  });
});
