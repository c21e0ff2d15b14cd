import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTelegramHtml } from '../helpers/telegram-html.ts';
import { buttons, startHarness, textOf, type UserSpec } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;

const count = async (h: Harness, sql: string, params: unknown[] = []) =>
  Number((await h.db.query<{ n: string }>(`select count(*) as n from (${sql}) t`, params)).rows[0]!.n);

/** What a person sees: the visible text of a sent message (its HTML parsed as Telegram would). */
const visible = (call: Parameters<typeof textOf>[0]) => {
  const parsed = checkTelegramHtml(textOf(call));
  return parsed.ok ? parsed.text : textOf(call);
};

const urls = (call: Parameters<typeof textOf>[0]) =>
  (
    (call.payload.reply_markup as { inline_keyboard?: { url?: string }[][] } | undefined)?.inline_keyboard ??
    []
  )
    .flat()
    .map((b) => b.url ?? '');

describe('first contact and everyday details', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  async function send(user: UserSpec, text: string, replies = 1) {
    const since = h.fake.calls.length;
    h.text(user, text);
    return h.reply(user.chat?.id ?? user.id, since, replies);
  }
  async function tap(user: UserSpec, data: string, replies = 1) {
    const since = h.fake.calls.length;
    h.tap(user, data);
    return h.reply(user.id, since, replies);
  }
  async function consented(user: UserSpec) {
    await send(user, '/start');
    await tap(user, 'consent');
  }

  it('/start: the welcome with /hitung and a short notice, the full text one tap away; a question after it gets a one-line reminder', async () => {
    const user = { id: 9101 };
    const [welcome] = await send(user, '/start');
    const text = visible(welcome!);
    expect(text).toMatch(/\/hitung/);
    expect(text).toMatch(/Privasi singkatnya/);
    // Short: the full notice (who reads it, for how long) is not in it.
    expect(text).not.toMatch(/Siapa yang membaca/);
    expect(text.length).toBeLessThan(800);
    expect(buttons(welcome!)).toEqual(['consent', 'privacy:full']);

    const [full] = await tap(user, 'privacy:full');
    expect(visible(full!)).toMatch(/Siapa yang membaca: mentor/);
    expect(buttons(full!)).toEqual(['consent']);

    const [reminder] = await send(user, 'gimana cara ngitung HPP?');
    expect(visible(reminder!)).not.toMatch(/Privasi|Siapa yang membaca/);
    expect(visible(reminder!).length).toBeLessThan(160);
    expect(buttons(reminder!)).toEqual(['consent', 'privacy:full']);
    // The held question is answered after the tap.
    const [, answer] = await tap(user, 'consent', 2);
    expect(visible(answer!)).toMatch(/HPP/);
  });

  it('in a group, a mention before consent gets a link to the private chat, not the notice; the question is answered there', async () => {
    const group = { id: -100900, type: 'group' as const, title: 'Sentra Gerabah' };
    const asker = { id: 9102, chat: group };
    const [link] = await send(asker, `@${h.fake.username} apa itu HPP?`);
    expect(visible(link!)).not.toMatch(/Privasi|Siapa yang membaca|kode samaran/);
    expect(urls(link!)).toEqual([`https://t.me/${h.fake.username}?start=tanya`]);
    expect(await count(h, 'select 1 from chat_users where chat_id = $1', [9102])).toBe(0);

    const [notice, held] = await send({ id: 9102 }, '/start tanya', 2);
    expect(buttons(notice!)).toEqual(['consent', 'privacy:full']);
    expect(visible(held!)).toMatch(/apa itu HPP\?/);
    const [, answer] = await tap({ id: 9102 }, 'consent', 2);
    expect(visible(answer!)).toMatch(/HPP/);
    expect(Number(answer!.payload.chat_id)).toBe(9102);
    // Nothing of it went to the group.
    expect(h.fake.sent('sendMessage', { chatId: group.id })).toHaveLength(1);
  });

  it("works out the issue's keripik conversation in the chat: keeps the bananas, scales them for 300, prices that HPP", async () => {
    const user = { id: 9110 };
    await consented(user);
    const said: string[] = [];
    for (const text of [
      'sy bikin keripik pisang, sebulan 200 bungkus. pisang sebulan 1,5jt, minyak 600rb, plastik+label 400rb, gas 200rb. hpp nya brp?',
      'upah sy sendiri 1jt sebulan',
      'kalau bikin 300 bungkus?',
      'harga jualnya brp kalau mau untung 40%?',
    ]) {
      const [reply] = await send(user, text);
      said.push(visible(reply!));
    }
    expect(said[0]).toContain('pisang Rp 1.500.000 sebulan');
    expect(said[1]).toMatch(/^HPP per bungkus Anda Rp 18\.500\./);
    expect(said[2]).toMatch(/^HPP per bungkus Anda Rp 16\.500\./);
    expect(said[3]).toMatch(/^Harga jual Rp 24\.000 per bungkus/);
  });

  it('a declined answer promises a mentor once and carries no 👍/👎', async () => {
    const user = { id: 9103 };
    await consented(user);
    const [answer] = await send(user, 'berapa harga emas hari ini?');
    expect(visible(answer!).match(/mentor/gi)).toHaveLength(1);
    expect(buttons(answer!)).toEqual([]);
    expect(await count(h, `select 1 from handoffs where question = 'berapa harga emas hari ini?'`)).toBe(1);
  });

  it('a /sentra search the directory cannot read says it found nothing, and hands nothing to a mentor', async () => {
    const user = { id: 9104 };
    await consented(user);
    const before = await count(h, 'select 1 from handoffs');
    for (const [words, said] of [
      ['di Atlantis', 'Atlantis'],
      ['yang bagus', 'yang bagus'],
    ]) {
      const [answer] = await send(user, `/sentra ${words}`);
      expect(visible(answer!)).toMatch(new RegExp(`tidak menemukan sentra untuk "${said}"`));
      expect(buttons(answer!)).toEqual([]);
    }
    expect(await count(h, 'select 1 from handoffs')).toBe(before);
  });

  it('a follow-up is answered without showing how it was understood', async () => {
    const user = { id: 9105 };
    await consented(user);
    await send(user, 'gimana cara ngitung HPP?');
    const [answer] = await send(user, 'kalau untuk keripik?');
    expect(visible(answer!)).not.toMatch(/saya pahami|understood as|dipahami/i);
  });
});

describe('the first message after a deploy', () => {
  let h: Harness;
  let release: () => void = () => undefined;
  beforeAll(async () => {
    const ready = new Promise<void>((resolve) => {
      release = resolve;
    });
    h = await startHarness({ extraDeps: { ready } });
  });
  afterAll(async () => {
    release();
    await h?.close();
  });

  it('is told "sebentar ya" at once while the knowledge loads, and answered when it is ready', async () => {
    const user = { id: 9201 };
    const since = h.fake.calls.length;
    h.text(user, '/start');
    const [wait] = await h.reply(user.id, since);
    expect(visible(wait!)).toMatch(/^Sebentar ya/);
    release();
    const [, welcome] = await h.reply(user.id, since, 2);
    expect(visible(welcome!)).toMatch(/^Halo! Saya Pendamping IKM/);
  });
});
