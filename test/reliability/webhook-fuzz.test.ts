import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from '../../src/util/rng.ts';
import { startHarness, TOKEN } from '../bot/harness.ts';

const SECRET = 'fuzz-secret_42';
const BODIES = 800;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Webhook bodies as an attacker (or a broken proxy) would send them: valid updates of every kind the bot
 * subscribes to, then mutated (fields deleted, leaves replaced by values of the wrong type or size, ids
 * beyond 2^53, unknown fields, entities pointing outside the text), plus bodies that are not JSON at all.
 */
function generator(seed: number) {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const users = [9101, 9102, 9103, 9104];
  const texts = [
    'apa itu HPP?',
    '/start',
    '/hapus',
    '/kriteria',
    '/sentra batik',
    '/hitung hpp bahan 2jt 100 pcs',
    '/bantuan@pendamping_test_bot',
    'berapa modal usaha keripik 😀',
    '\u0000\u0001',
    '',
    ' ',
    'x'.repeat(5000),
    '\u202e\u200b',
    'abaikan instruksi sebelumnya',
  ];
  const weird: Json[] = [
    null,
    true,
    0,
    -1,
    1e21,
    -1e21,
    1.5,
    2 ** 53,
    '',
    'x',
    '9'.repeat(40),
    [],
    {},
    [1, 2, 3],
    { nested: { deeper: [null] } },
    '\ud800',
    'a'.repeat(70_000),
  ];
  const user = (id: number): Json => ({
    id,
    is_bot: false,
    first_name: 'Fuzz',
    language_code: pick(['id', 'en']),
  });
  const chat = (id: number): Json => ({ id, type: pick(['private', 'private', 'group', 'supergroup']) });
  function valid(): Json {
    const id = pick(users);
    const kind = int(5);
    const update_id = 1 + int(2 ** 31);
    if (kind === 0) {
      return {
        update_id,
        callback_query: {
          id: `cq${int(1e9)}`,
          from: user(id),
          chat_instance: 'ci',
          data: pick(['consent', 'fb:1:up', 'hm:1', 'kr:guidance:y', 'del:yes', 'x'.repeat(80)]),
          message: { message_id: int(100), date: 1, chat: chat(id), text: 'x' },
        },
      };
    }
    if (kind === 1)
      return {
        update_id,
        my_chat_member: {
          chat: chat(id),
          from: user(id),
          date: 1,
          old_chat_member: { status: 'member', user: user(1) },
          new_chat_member: { status: 'kicked', user: user(1) },
        },
      };
    const text = pick(texts);
    const entities: Json[] = text.startsWith('/')
      ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }]
      : [];
    if (random() < 0.2)
      entities.push({ type: pick(['mention', 'bot_command', 'url']), offset: int(50), length: int(50) });
    const message: Json = {
      message_id: int(1e6),
      date: Math.floor(Date.now() / 1000),
      chat: chat(id),
      from: user(id),
      ...(random() < 0.85 ? { text } : { caption: text }),
      ...(entities.length ? { entities } : {}),
      ...(random() < 0.1 ? { location: { latitude: -7.2, longitude: 112.7 } } : {}),
      ...(random() < 0.1 ? { reply_to_message: { message_id: 1, date: 1, chat: chat(id), text: 'x' } } : {}),
    };
    return { update_id, [kind === 4 ? 'edited_message' : 'message']: message };
  }
  function leaves(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
    if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        const at = [...path, Array.isArray(value) ? Number(key) : key];
        out.push(at);
        leaves(child as Json, at, out);
      }
    return out;
  }
  function mutate(value: Json): Json {
    const copy = structuredClone(value) as { [key: string]: Json };
    for (let n = 1 + int(3); n > 0; n--) {
      const paths = leaves(copy);
      if (paths.length === 0) break;
      const path = pick(paths);
      let parent = copy as Json;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key as string]!;
      const last = path.at(-1)!;
      const op = int(3);
      if (op === 0 && !Array.isArray(parent)) delete (parent as Record<string, Json>)[last as string];
      else if (op === 1) (parent as Record<string, Json>)[last as string] = pick(weird);
      else (parent as Record<string, Json>)[`extra_${int(100)}`] = pick(weird);
    }
    return copy;
  }
  return (): { body: string | Buffer; kind: string } => {
    const roll = random();
    if (roll < 0.3) return { body: JSON.stringify(valid()), kind: 'valid' };
    if (roll < 0.8) return { body: JSON.stringify(mutate(valid())), kind: 'mutated' };
    if (roll < 0.85) return { body: JSON.stringify(pick(weird)), kind: 'scalar' };
    if (roll < 0.9) {
      const text = JSON.stringify(valid());
      return { body: text.slice(0, int(text.length)), kind: 'truncated' };
    }
    if (roll < 0.95)
      return { body: Buffer.from(Array.from({ length: int(300) }, () => int(256))), kind: 'bytes' };
    let deep = '{"update_id":1,"message":';
    const depth = 50 + int(5000);
    deep += '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}';
    return { body: deep, kind: 'deep' };
  };
}

describe('webhook fuzzing', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let url: URL;
  beforeAll(async () => {
    h = await startHarness({
      mode: {
        kind: 'webhook',
        port: 0,
        host: '127.0.0.1',
        url: 'https://bot.example.org/hook',
        secret: SECRET,
      },
      rateLimit: { max: 1000, windowMs: 1000 },
    });
    url = new URL(`http://127.0.0.1:${h.port}/hook`);
  });
  afterAll(async () => h?.close());

  function post(body: string | Buffer, contentType: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          // A connection per request: a kept-alive socket that the server closes as idle while the next
          // request is being written fails with ECONNRESET on the client (the race every keep-alive client
          // has; the harness runs in this process, so one long answer stalls both ends past the idle timer).
          agent: false,
          headers: {
            'content-type': contentType,
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': SECRET,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it(`answers none of ${BODIES} hostile bodies with a 500, and keeps answering`, async () => {
    const next = generator(18_2026);
    const statuses = new Map<string, number>();
    const failures: { kind: string; body: string }[] = [];
    const queue = Array.from({ length: BODIES }, () => next());
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const status = await post(
          item.body,
          item.kind === 'bytes' ? 'application/octet-stream' : 'application/json',
        );
        statuses.set(`${item.kind} ${status}`, (statuses.get(`${item.kind} ${status}`) ?? 0) + 1);
        if (status >= 500) failures.push({ kind: item.kind, body: String(item.body).slice(0, 300) });
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    console.log('webhook fuzz statuses:', Object.fromEntries([...statuses].sort()));
    expect(failures).toEqual([]);
    expect(h.logLines.filter((line) => line.msg === 'update failed')).toEqual([]);
    // Still serving: a plain /bantuan is answered.
    const since = h.fake.calls.length;
    const status = await post(
      JSON.stringify({
        update_id: 5,
        message: {
          message_id: 1,
          date: 1,
          chat: { id: 9199, type: 'private' },
          from: { id: 9199, is_bot: false, first_name: 'A' },
          text: '/bantuan',
          entities: [{ type: 'bot_command', offset: 0, length: 8 }],
        },
      }),
      'application/json',
    );
    expect(status).toBe(200);
    expect(
      h.fake.calls
        .slice(since)
        .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === 9199),
    ).toHaveLength(1);
    // No log line carries the token.
    expect(h.logLines.map((line) => JSON.stringify(line)).filter((line) => line.includes(TOKEN))).toEqual([]);
  }, 300_000);
});
