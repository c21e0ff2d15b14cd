import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingAnswers, startHarness, TOKEN } from './harness.ts';

const SECRET = 'webhook-secret_123';

/** Every text a test sent as a user: none may appear in any log line of this suite. */
const sentTexts: string[] = [];

describe('webhook mode', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let url: string;
  /** The next answers fail this many times (a database or model failure inside the handler). */
  const failing = failingAnswers();
  beforeAll(async () => {
    h = await startHarness({
      mode: {
        kind: 'webhook',
        port: 0,
        host: '127.0.0.1',
        url: 'https://bot.example.org/tg/hook',
        secret: SECRET,
      },
      wrapAnswers: failing.wrap,
    });
    url = `http://127.0.0.1:${h.port}/tg/hook`;
  });
  afterAll(async () => {
    await h?.close();
    // The logs scan: no line of this suite carries the token or a user's words (issue 18).
    const raw = h.logLines.map((line) => JSON.stringify(line));
    expect(raw.length).toBeGreaterThan(10);
    expect(raw.filter((line) => line.includes(TOKEN) || line.includes(SECRET))).toEqual([]);
    for (const text of new Set(sentTexts.filter((t) => t.length >= 8 && !t.startsWith('/'))))
      expect(raw.filter((line) => line.includes(text))).toEqual([]);
  });

  let updateId = 900_000;
  const update = (userId: number, text: string, language = 'id') => {
    sentTexts.push(text);
    return {
      update_id: updateId++,
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: 'private', first_name: 'A' },
        from: { id: userId, is_bot: false, first_name: 'A', language_code: language },
        text,
        ...(text.startsWith('/')
          ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] }
          : {}),
      },
    };
  };
  const tap = (userId: number, data: string) => ({
    update_id: updateId++,
    callback_query: {
      id: `cq${updateId}`,
      from: { id: userId, is_bot: false, first_name: 'A', language_code: 'id' },
      chat_instance: 'ci',
      message: { message_id: 1, date: 1, chat: { id: userId, type: 'private' }, text: 'x' },
      data,
    },
  });
  const post = (body: unknown, secret?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const sentTo = (chatId: number, since: number) =>
    h.fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId && c.status === 200);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

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
    await settle();
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
    await settle();
    const sent = h.fake.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(String(sent[0]!.payload.text)).toMatch(/Pendamping IKM/);
  });

  it('answers an update whose handling failed with an apology in the user language, and its re-delivery once', async () => {
    for (const [user, language, apology] of [
      [3010, 'id', /Maaf, terjadi gangguan/],
      [3011, 'en', /Sorry, something went wrong/],
    ] as const) {
      expect((await post(tap(user, 'consent'), SECRET)).status).toBe(200);
      const question =
        language === 'en'
          ? update(user, 'how do I calculate the cost of goods?', 'en')
          : update(user, 'apa itu HPP?');
      const since = h.fake.calls.length;
      failing.failures.next = 1;
      // Nothing reached the user, so the update is given back: 500 tells Telegram to deliver it again.
      expect((await post(question, SECRET)).status).toBe(500);
      const [sorry] = sentTo(user, since);
      expect(String(sorry?.payload.text)).toMatch(apology);
      expect(sentTo(user, since)).toHaveLength(1);
      // Telegram's retry is handled (it was dropped as a duplicate before), and answered once.
      const retried = h.fake.calls.length;
      expect((await post(question, SECRET)).status).toBe(200);
      const answered = sentTo(user, retried);
      expect(answered).toHaveLength(1);
      expect(String(answered[0]!.payload.text)).not.toMatch(apology);
      // A third delivery of the answered update is not answered again.
      const third = h.fake.calls.length;
      expect((await post(question, SECRET)).status).toBe(200);
      await settle();
      expect(sentTo(user, third)).toHaveLength(0);
    }
    const failed = h.logLines.filter((line) => line.msg === 'update failed');
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it('gives an update that keeps failing up after three attempts (Telegram is told to stop)', async () => {
    const user = 3012;
    expect((await post(tap(user, 'consent'), SECRET)).status).toBe(200);
    const question = update(user, 'bagaimana cara mengurus izin PIRT?');
    failing.failures.next = 3;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(question, SECRET)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
    failing.failures.next = 0;
  });

  it('answers malformed JSON with 400 and a body above the limit with 413, and keeps answering', async () => {
    expect((await post('{"update_id": 1, "message": ', SECRET)).status).toBe(400);
    expect((await post('not json at all', SECRET)).status).toBe(400);
    expect((await post('', SECRET)).status).toBe(400);
    // 2 MB with a Content-Length: refused before it is read.
    const big = JSON.stringify({ update_id: updateId++, junk: 'x'.repeat(2_000_000) });
    expect((await post(big, SECRET)).status).toBe(413);
    // 2 MB sent chunked (no Content-Length): reading stops at the limit.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const piece = 'y'.repeat(64_000);
      req.write(`{"update_id": ${updateId++}, "junk": "`);
      let written = 0;
      const more = () => {
        while (written < 2_000_000) {
          written += piece.length;
          if (!req.write(piece)) return void req.once('drain', more);
        }
        req.end('"}');
      };
      more();
    }).catch(() => 413);
    expect(chunked).toBe(413);
    const logged = h.logLines.filter((line) => line.msg === 'webhook request refused').map((l) => l.code);
    expect(logged).toContain('WEBHOOK_BODY_NOT_JSON');
    expect(logged).toContain('WEBHOOK_BODY_TOO_LARGE');
    const since = h.fake.calls.length;
    expect((await post(update(3020, '/bantuan'), SECRET)).status).toBe(200);
    expect(sentTo(3020, since)).toHaveLength(1);
  });

  it('acknowledges and logs updates of the wrong shape; none reaches a handler or throws', async () => {
    const user = 3030;
    expect((await post(tap(user, 'consent'), SECRET)).status).toBe(200);
    const base = () =>
      update(user, 'apa itu HPP?') as { update_id: number; message: Record<string, unknown> };
    const huge = base();
    (huge.message.from as { id: number }).id = 1e21;
    (huge.message.chat as { id: number }).id = 1e21;
    const noFrom = base();
    delete noFrom.message.from;
    const numberText = base();
    numberText.message.text = 12345 as unknown as string;
    const objectText = base();
    objectText.message.text = { toString: 'x' } as unknown as string;
    const cases = [
      huge,
      noFrom,
      numberText,
      objectText,
      { update_id: 1.5 },
      { update_id: 'x' },
      [],
      42,
      null,
    ];
    const since = h.fake.calls.length;
    const failedBefore = h.logLines.filter((line) => line.msg === 'update failed').length;
    for (const body of cases) expect((await post(body, SECRET)).status).toBe(200);
    await settle();
    expect(h.fake.calls.slice(since).filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    expect(h.logLines.filter((line) => line.msg === 'update failed')).toHaveLength(failedBefore);
    const invalid = h.logLines.filter((line) => line.code === 'UPDATE_INVALID');
    expect(invalid.length).toBeGreaterThanOrEqual(cases.length);
    expect(JSON.stringify(invalid)).toMatch(/message\.from/);
    expect(JSON.stringify(invalid)).toMatch(/message\.text/);
  });

  it('answers health checks and 404s other paths', async () => {
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${h.port}/other`, { method: 'POST' })).status).toBe(404);
  });
});
