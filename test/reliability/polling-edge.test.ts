import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failingAnswers, startHarness, TOKEN, textOf } from '../bot/harness.ts';

/**
 * Long polling (the default mode): an update whose handling failed is answered with an apology and given
 * back, so a re-delivery (Telegram sends it again when the offset was not confirmed, e.g. after a crash) is
 * answered once; updates of the wrong shape from getUpdates never reach a handler.
 */
describe('polling: failed and malformed updates', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  const failing = failingAnswers();
  const texts: string[] = [];
  beforeAll(async () => {
    h = await startHarness({
      wrapAnswers: failing.wrap,
    });
  });
  afterAll(async () => {
    await h?.close();
    const raw = h.logLines.map((line) => JSON.stringify(line));
    expect(raw.filter((line) => line.includes(TOKEN))).toEqual([]);
    for (const text of texts) expect(raw.filter((line) => line.includes(text))).toEqual([]);
  });

  const sentTo = (chatId: number, since: number) =>
    h.fake.calls
      .slice(since)
      .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId && c.status === 200);

  async function consent(user: { id: number }) {
    const since = h.fake.calls.length;
    h.tap(user, 'consent');
    await h.reply(user.id, since);
  }

  it('apologises for a failed update and answers its re-delivery once', async () => {
    const user = { id: 8101 };
    await consent(user);
    const text = 'apa itu HPP dan cara menghitungnya?';
    texts.push(text);
    failing.failures.next = 1;
    const since = h.fake.calls.length;
    const { update_id, message_id } = h.text(user, text);
    const [sorry] = await h.reply(user.id, since);
    expect(textOf(sorry!)).toMatch(/Maaf, terjadi gangguan/);
    const message = {
      message_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: 'private', first_name: 'Siti' },
      from: { id: user.id, is_bot: false, first_name: 'Siti', language_code: 'id' },
      text,
    };
    const again = h.fake.calls.length;
    h.fake.redeliver(TOKEN, { update_id, message });
    const [answer] = await h.reply(user.id, again);
    expect(textOf(answer!)).not.toMatch(/Maaf, terjadi gangguan/);
    // Once answered, a further re-delivery is a duplicate.
    const third = h.fake.calls.length;
    h.fake.redeliver(TOKEN, { update_id, message });
    const probe = h.fake.calls.length;
    h.text(user, '/bantuan');
    await h.reply(user.id, probe);
    expect(sentTo(user.id, third)).toHaveLength(1);
  });

  it('ignores updates of the wrong shape from getUpdates, without an error, and keeps answering', async () => {
    const user = { id: 8102 };
    await consent(user);
    const failedBefore = h.logLines.filter((line) => line.msg === 'update failed').length;
    const since = h.fake.calls.length;
    const base = { message_id: 77, date: 1, chat: { id: user.id, type: 'private' } };
    const from = { id: user.id, is_bot: false, first_name: 'Siti' };
    h.fake.pushUpdate(TOKEN, {
      message: { ...base, from: { ...from, id: 1e21 }, text: 'harga kerupuk berapa' },
    });
    h.fake.pushUpdate(TOKEN, { message: { ...base, text: '/kriteria' } });
    h.fake.pushUpdate(TOKEN, { message: { ...base, from, text: 12345 } });
    h.fake.pushUpdate(TOKEN, { callback_query: { id: 'c', from: { ...from, id: -1e300 }, data: 'consent' } });
    const probe = h.fake.calls.length;
    h.text(user, '/bantuan');
    await h.reply(user.id, probe);
    expect(sentTo(user.id, since)).toHaveLength(1);
    expect(h.logLines.filter((line) => line.msg === 'update failed')).toHaveLength(failedBefore);
    expect(h.logLines.filter((line) => line.code === 'UPDATE_INVALID').length).toBeGreaterThanOrEqual(4);
  });
});
