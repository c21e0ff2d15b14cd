import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTelegramHtml } from '../helpers/telegram-html.ts';
import { startHarness, textOf } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;

describe('a hostile user', () => {
  let h: Harness;
  const user = { id: 7001 };
  beforeAll(async () => {
    h = await startHarness({ rateLimit: { max: 6, windowMs: 60_000 } });
    const since = h.fake.calls.length;
    h.text(user, '/start');
    await h.reply(user.id, since);
    const tapped = h.fake.calls.length;
    h.tap(user, 'consent');
    await h.reply(user.id, tapped);
  });
  afterAll(async () => h?.close());

  async function say(text: string) {
    const since = h.fake.calls.length;
    h.text(user, text);
    const [reply] = await h.reply(user.id, since);
    expect(reply!.status).toBe(200);
    expect(checkTelegramHtml(String(reply!.payload.text)).ok).toBe(true);
    return textOf(reply!);
  }

  it('gets clear messages for binary, oversized, invisible and unknown-command input', async () => {
    expect(await say('\u0000\u0001\u0002\u0003 binary \u0004\u0005')).toMatch(/tidak terbaca sebagai teks/);
    expect(await say(`${'kenapa harga '.repeat(330)}?`)).toMatch(/terlalu panjang/);
    expect(await say('\u200b\u200e\u202e')).toMatch(/kosong|Yang bisa saya bantu/);
    expect(await say('/hack_the_bot')).toMatch(/Yang bisa saya bantu/);
  });

  it('cannot use forged or stale buttons, and the bot keeps running', async () => {
    for (const data of [
      'fb:1:abc',
      'fb:1:99999999',
      'hm:99999999',
      'kr:guidance:y',
      'del:no',
      'xyz',
      'consent:other',
    ]) {
      const since = h.fake.calls.length;
      h.tap(user, data);
      await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === 'answerCallbackQuery'));
    }
    expect(h.logLines.filter((line) => line.msg === 'update failed')).toHaveLength(0);
  });

  it('is slowed down politely, once, when flooding', async () => {
    const since = h.fake.calls.length;
    for (let i = 0; i < 8; i++) h.text(user, `pertanyaan ke-${i} tentang HPP`);
    await h.fake.waitFor((calls) =>
      calls.slice(since).find((c) => /Pelan-pelan/.test(String(c.payload.text))),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = h.fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === user.id);
    expect(sent.filter((c) => /Pelan-pelan/.test(String(c.payload.text)))).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(3);
    // Another user is not affected.
    const other = { id: 7002 };
    const before = h.fake.calls.length;
    h.text(other, '/bantuan');
    const [help] = await h.reply(other.id, before);
    expect(textOf(help!)).toMatch(/Yang bisa saya bantu/);
  });
});
