import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPseudonymizer } from '../../src/bot/helpers/pseudonym.ts';
import { createHandoffsRepo } from '../../src/db/handoffs-repo.ts';
import type { AnswerRequest } from '../../src/rag/answer-service.ts';
import { checkTelegramHtml } from '../helpers/telegram-html.ts';
import { buttons, startHarness, textOf, type UserSpec } from './harness.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;

const count = async (h: Harness, sql: string, params: unknown[] = []) =>
  Number((await h.db.query<{ n: string }>(`select count(*) as n from (${sql}) t`, params)).rows[0]!.n);

/** Sends a question as a user who already consented and returns the messages of the answer. */
async function askConsented(h: Harness, user: UserSpec, text: string, parts = 1) {
  const since = h.fake.calls.length;
  h.text(user, text);
  return h.reply(user.chat?.id ?? user.id, since, parts);
}

/** Taps the consent button after a held "halo": the thanks and the greeting follow. */
async function consent(h: Harness, user: UserSpec) {
  const since = h.fake.calls.length;
  h.tap(user, 'consent');
  await h.reply(user.id, since, 2);
}

describe('the Telegram bot, end to end over HTTP', () => {
  let h: Harness;
  const requests: AnswerRequest[] = [];
  const LONG = `${'Kalimat uji yang cukup panjang & berisi <tanda> khusus * untuk memecah pesan. '.repeat(130)}Selesai.`;

  beforeAll(async () => {
    h = await startHarness({
      wrapAnswers: (answers) => ({
        async answer(request) {
          requests.push(request);
          // A slow answer (a slow model, say) for the ordering test.
          if (request.text.startsWith('LAMBAT: ')) {
            await new Promise((resolve) => setTimeout(resolve, 1_500));
            request = { ...request, text: request.text.slice('LAMBAT: '.length) };
          }
          const result = await answers.answer(request);
          // A stand-in for a knowledge file with a very long section: the bot must split it, the core need not.
          return request.text.includes('JAWABAN PANJANG') ? { ...result, answer: LONG } : result;
        },
        answerCard: (request) => answers.answerCard!(request),
      }),
    });
  });
  afterAll(async () => h?.close());

  it('stores nothing before consent, asks once, and answers the held question right after the tap', async () => {
    const user = { id: 1001 };
    const since = h.fake.calls.length;
    h.text(user, 'gimana cara ngitung HPP?');
    h.text(user, 'gimana cara ngitung HPP tas kulit?');
    const [prompt] = await h.reply(user.id, since);
    expect(buttons(prompt!)).toEqual(['consent', 'privacy:full']);
    expect(textOf(prompt!)).toMatch(/privasi/i);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Asked once, although two questions came in.
    expect(
      h.fake
        .sent('sendMessage', { chatId: user.id })
        .slice(-2)
        .filter((c) => c.at > prompt!.at),
    ).toHaveLength(0);
    expect(await count(h, 'select 1 from interactions')).toBe(0);
    expect(await count(h, 'select 1 from chat_users')).toBe(0);
    expect(requests).toHaveLength(0);

    const afterPrompt = h.fake.calls.length;
    h.tap(user, 'consent');
    const [thanks, answer] = await h.reply(user.id, afterPrompt, 2);
    expect(textOf(thanks!)).toMatch(/persetujuan/i);
    expect(textOf(answer!)).toMatch(/HPP/);
    expect(requests.at(-1)!.text).toBe('gimana cara ngitung HPP tas kulit?');
    expect(
      await count(h, 'select 1 from chat_users where consented_at is not null and chat_id = $1', [user.id]),
    ).toBe(1);
    expect(await count(h, 'select 1 from interactions')).toBe(1);
  });

  it('answers with Telegram HTML, sources as title, publisher and date, a typing indicator and buttons', async () => {
    const user = { id: 1002 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const since = h.fake.calls.length;
    const [answer] = await askConsented(h, user, 'berapa jumlah sentra ikm di indonesia?');
    const html = String(answer!.payload.text);
    expect(answer!.payload.parse_mode).toBe('HTML');
    expect(checkTelegramHtml(html).ok).toBe(true);
    expect(html).toMatch(/13\.762/);
    expect(html).toMatch(/<b>Sumber<\/b>\n1\. .+\(Republika, 26 Oktober 2022\)/);
    expect(html).not.toMatch(/knowledge\/|\.md\b/);
    expect(
      h.fake.calls.slice(since).some((c) => c.method === 'sendChatAction' && c.payload.action === 'typing'),
    ).toBe(true);
    const data = buttons(answer!);
    expect(data).toHaveLength(3);
    expect(data[0]).toMatch(/^fb:1:\d+$/);
    expect(data[2]).toMatch(/^hm:\d+$/);

    const row = (
      await h.db.query<{
        user_ref: string;
        chat_ref: string;
        update_id: string;
        outcome: string;
        question: string;
      }>('select user_ref, chat_ref, update_id, outcome, question from interactions order by id desc limit 1')
    ).rows[0]!;
    expect(row.outcome).toBe('answered');
    expect(row.update_id).not.toBeNull();
    expect(row.user_ref).not.toContain(String(user.id));
    expect(row.user_ref).toHaveLength(22);
  });

  it('offers "maksudnya yang mana?" as buttons; a tap answers from that card and keeps the pick for a mentor', async () => {
    const user = { id: 1190 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [choice] = await askConsented(h, user, 'bingung soal kemasan kak');
    expect(textOf(choice!)).toMatch(/^Maksudnya yang mana\?/);
    const data = buttons(choice!);
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data.at(-1)).toMatch(/^hm:\d+$/); // a mentor is always one of the choices
    expect(data[0]).toMatch(/^ch:\d+:0$/);
    const interactionId = Number(data[0]!.split(':')[1]);
    const offered = (
      await h.db.query<{ outcome: string; trace: { choices: { cardId: string }[] } | string }>(
        'select outcome, trace from interactions where id = $1',
        [interactionId],
      )
    ).rows[0]!;
    expect(offered.outcome).toBe('clarify');
    const trace = typeof offered.trace === 'string' ? JSON.parse(offered.trace) : offered.trace;
    const cardId = trace.choices[0].cardId as string;

    const since = h.fake.calls.length;
    h.tap(user, data[0]!);
    const [answer] = await h.reply(user.id, since);
    expect(textOf(answer!)).not.toMatch(/Maksudnya yang mana/);
    expect(buttons(answer!)[0]).toMatch(/^fb:1:\d+$/);
    const picked = (
      await h.db.query<{ outcome: string; trace: { card: string; chosenFrom: number } | string }>(
        'select outcome, trace from interactions order by id desc limit 1',
      )
    ).rows[0]!;
    const pickedTrace = typeof picked.trace === 'string' ? JSON.parse(picked.trace) : picked.trace;
    expect(pickedTrace).toMatchObject({ card: cardId, chosenFrom: interactionId });
    expect(
      await count(h, `select 1 from card_variants where card_id = $1 and origin = 'chosen' and not active`, [
        cardId,
      ]),
    ).toBe(1);
  });

  it('sends the last turns with a follow-up question', async () => {
    const user = { id: 1003 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    await askConsented(h, user, 'gimana cara ngitung HPP?');
    await askConsented(h, user, 'kalau untuk keripik?');
    const last = requests.at(-1)!;
    expect(last.text).toBe('kalau untuk keripik?');
    expect(last.history?.map((turn) => turn.question)).toContain('gimana cara ngitung HPP?');
    expect(last.userRef).toBeTruthy();
    expect(last.chatRef).toBeTruthy();
  });

  it("stores 👍 and 👎 (a second tap changes it) and refuses a button of someone else's answer", async () => {
    const user = { id: 1004 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, 'apa itu merek?');
    const id = Number(buttons(answer!)[0]!.split(':')[2]);
    let since = h.fake.calls.length;
    h.tap(user, `fb:1:${id}`);
    await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === 'answerCallbackQuery'));
    expect(
      (await h.db.query<{ value: number }>('select value from feedback where interaction_id = $1', [id]))
        .rows[0]!.value,
    ).toBe(1);
    since = h.fake.calls.length;
    h.tap(user, `fb:-1:${id}`);
    await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === 'answerCallbackQuery'));
    expect(
      (await h.db.query<{ value: number }>('select value from feedback where interaction_id = $1', [id]))
        .rows[0]!.value,
    ).toBe(-1);
    since = h.fake.calls.length;
    h.tap({ id: 9999 }, `fb:1:${id}`);
    const [refused] = [
      await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === 'answerCallbackQuery')),
    ];
    expect(String(refused.payload.text)).toMatch(/tidak tersimpan/);
    expect(
      (await h.db.query<{ value: number }>('select value from feedback where interaction_id = $1', [id]))
        .rows[0]!.value,
    ).toBe(-1);
  });

  it('"Tanya mentor" opens a hand-off; the mentor reply arrives from the outbox; the next message joins the thread', async () => {
    const user = { id: 1005 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, 'bagaimana cara menentukan harga jual?');
    const id = Number(buttons(answer!)[2]!.split(':')[1]);
    let since = h.fake.calls.length;
    h.tap(user, `hm:${id}`);
    const [told] = await h.reply(user.id, since);
    expect(textOf(told!)).toMatch(/mentor/);
    const handoffs = createHandoffsRepo(h.db);
    const open = (await handoffs.listUnresolved()).find((x) => x.interactionId === id)!;
    expect(open.reason).toBe('requested');

    since = h.fake.calls.length;
    const body = 'Coba hitung HPP dulu, lalu tambah margin 30% <ya> & cek harga pesaing.';
    await handoffs.reply({
      handoffId: open.id,
      mentorId: 1,
      mentorName: 'Bu Rina',
      body,
      delivered: `Bu Rina (mentor): ${body}`,
    });
    const [delivered] = await h.reply(user.id, since);
    // Days later, the reply says which question it answers: the question is quoted above it.
    expect(textOf(delivered!)).toBe(`↩️ «bagaimana cara menentukan harga jual?»\n\nBu Rina (mentor): ${body}`);
    await h.fake.waitFor(async () => undefined, 1).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Exactly once, although the loop keeps polling.
    expect(
      h.fake.sent('sendMessage', { chatId: user.id }).filter((c) => textOf(c).includes('Bu Rina')),
    ).toHaveLength(1);

    await askConsented(h, user, 'baik bu, margin 30% itu dari HPP ya?');
    const thread = await handoffs.messages(open.id);
    expect(thread.map((m) => m.author)).toEqual(['mentor', 'user']);
    expect(thread[1]!.body).toBe('baik bu, margin 30% itu dari HPP ya?');
  });

  it('hands a declined question to a mentor automatically and says so', async () => {
    const user = { id: 1006 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, 'berapa harga emas hari ini?');
    expect(textOf(answer!)).toMatch(/mentor/);
    const rows = await h.db.query<{ reason: string }>(
      `select h.reason from handoffs h join interactions i on i.id = h.interaction_id where i.question = 'berapa harga emas hari ini?'`,
    );
    expect(rows.rows.map((r) => r.reason)).toEqual(['declined']);
    expect(buttons(answer!).some((b) => b.startsWith('hm:'))).toBe(false);
  });

  it('/sentra with a shared location lists the nearest clusters', async () => {
    const user = { id: 1007 };
    // The shipped directory has no coordinates; an operator's CSV would.
    await h.db.query(
      `update sentra set latitude = -7.52, longitude = 112.69 where name like '%Tanggulangin%'`,
    );
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [prompt] = await askConsented(h, user, '/sentra');
    expect(JSON.stringify(prompt!.payload.reply_markup)).toContain('request_location');
    const since = h.fake.calls.length;
    // Tanggulangin, Sidoarjo.
    h.message(user, { location: { latitude: -7.5, longitude: 112.7 } });
    const [searching, answer] = await h.reply(user.id, since, 2);
    // The location keyboard has done its job: it is taken away.
    expect(searching!.payload.reply_markup).toEqual({ remove_keyboard: true });
    expect(textOf(answer!)).toMatch(/Sentra dalam direktori/);
    expect(textOf(answer!)).toMatch(/km/);
    expect(requests.at(-1)!.location).toEqual({ latitude: -7.5, longitude: 112.7 });
  });

  it('/sentra with words searches the directory', async () => {
    const user = { id: 1008 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, '/sentra tas di Sidoarjo');
    expect(textOf(answer!)).toMatch(/Sidoarjo/);
  });

  it('/kriteria walks through the facts with buttons to a verdict', async () => {
    const user = { id: 1009 };
    const [q1] = await askConsented(h, user, '/kriteria');
    expect(textOf(q1!)).toMatch(/rumah tangga/);
    const [again] = await askConsented(h, user, 'banyak');
    expect(textOf(again!)).toMatch(/angka/);
    const [q2] = await askConsented(h, user, '500 KK');
    expect(textOf(q2!)).toMatch(/usaha sejenis/);
    const [q3] = await askConsented(h, user, '120');
    expect(buttons(q3!)).toEqual(['kr:singleVillage:y', 'kr:singleVillage:n', 'kr:singleVillage:u']);
    for (const data of ['kr:singleVillage:y', 'kr:guidance:y']) {
      const since = h.fake.calls.length;
      h.tap(user, data);
      await h.reply(user.id, since);
    }
    const since = h.fake.calls.length;
    h.tap(user, 'kr:knownToPublic:y');
    const [verdict] = await h.reply(user.id, since);
    expect(textOf(verdict!)).toMatch(/MEMENUHI keempat kriteria/);
    expect(textOf(verdict!)).toMatch(/120 dari 500 rumah tangga/);
  });

  it('/hitung offers the calculators as buttons; figures sent after a guide are worked out, a missing one asked for', async () => {
    const user = { id: 1090 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [menu] = await askConsented(h, user, '/hitung');
    expect(buttons(menu!)).toEqual([
      'hitung:hpp',
      'hitung:harga',
      'hitung:impas',
      'hitung:susut',
      'hitung:laba',
      'hitung:potongan',
    ]);
    // Rows of two: more labels on one row are cut short on a phone.
    const rows = (menu!.payload.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard;
    expect(rows.map((row) => row.length)).toEqual([2, 2, 2]);
    let since = h.fake.calls.length;
    h.tap(user, 'hitung:impas');
    const [guide] = await h.reply(user.id, since);
    expect(textOf(guide!)).toMatch(/biaya tetap/);
    // Only two of the three figures: the calculator asks for the third by name instead of guessing.
    const [asked] = await askConsented(h, user, 'biaya tetap 5 juta sebulan, harga jual 45rb');
    expect(textOf(asked!)).toMatch(/biaya variabel/);
    expect(textOf(asked!)).not.toMatch(/Titik impas Anda/);
    const [worked] = await askConsented(h, user, 'biaya variabel 20rb per unit');
    expect(textOf(worked!)).toMatch(/200/);
    expect(textOf(worked!)).toMatch(/Rp 5\.000\.000 ÷ Rp 25\.000/);
    // "/hitung hpp" skips the menu.
    since = h.fake.calls.length;
    const [hpp] = await askConsented(h, user, '/hitung hpp');
    expect(textOf(hpp!)).toMatch(/jumlah produksi/);
    expect(h.fake.calls.length).toBeGreaterThan(since);
  });

  it('/hitung penyusutan shows the depreciation guide; the figures sent after it are worked out', async () => {
    const user = { id: 1091 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [guide] = await askConsented(h, user, '/hitung penyusutan');
    expect(textOf(guide!)).toMatch(/^Hitung penyusutan mesin: kirim harga beli mesin/);
    const [worked] = await askConsented(h, user, 'mesin jahit 12 juta, umur 5 tahun');
    expect(textOf(worked!).split('\n')[0]).toBe('Penyusutan mesin jahit Anda Rp 200.000 per bulan.');
  });

  it('the profit and marketplace-fee buttons show their guides; figures sent after each are worked out', async () => {
    const user = { id: 1092 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    let since = h.fake.calls.length;
    h.tap(user, 'hitung:laba');
    const [laba] = await h.reply(user.id, since);
    expect(textOf(laba!)).toMatch(/^Hitung untung bersih:/);
    const [profit] = await askConsented(h, user, 'laku 300 bungkus, harga 55rb, hpp 35rb, ongkos lain 2,5jt');
    expect(textOf(profit!).split('\n')[0]).toBe('Untung bersih Anda Rp 3.500.000 pada periode itu.');
    since = h.fake.calls.length;
    h.tap(user, 'hitung:potongan');
    const [potongan] = await h.reply(user.id, since);
    expect(textOf(potongan!)).toMatch(/^Hitung potongan marketplace:/);
    const [fee] = await askConsented(h, user, 'harga 80rb, admin shopee 10%');
    expect(textOf(fee!).split('\n')[0]).toBe(
      'Uang yang Anda terima Rp 72.000 per unit (potongan 10% = Rp 8.000).',
    );
    // "/hitung potongan" skips the menu, as the others do.
    const [typed] = await askConsented(h, user, '/hitung potongan');
    expect(textOf(typed!)).toMatch(/^Hitung potongan marketplace:/);
  });

  it('/hapus after confirmation leaves no row of that user, and only of that user', async () => {
    const user = { id: 1010 };
    const other = { id: 1011 };
    for (const u of [user, other]) {
      await askConsented(h, u, 'halo');
      await consent(h, u);
    }
    const [answer] = await askConsented(h, user, 'apa itu HPP?');
    await askConsented(h, other, 'apa itu HPP?');
    const id = Number(buttons(answer!)[0]!.split(':')[2]);
    let since = h.fake.calls.length;
    h.tap(user, `fb:1:${id}`);
    await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.method === 'answerCallbackQuery'));
    since = h.fake.calls.length;
    h.tap(user, `hm:${id}`);
    await h.reply(user.id, since);
    const handoffs = createHandoffsRepo(h.db);
    const open = (await handoffs.listUnresolved()).find((x) => x.interactionId === id)!;
    // A mentor reply queued but not yet delivered must go too: flood control keeps it in the outbox.
    h.fake.flood(1, 3, ['sendMessage']);
    await handoffs.reply({ handoffId: open.id, mentorId: 1, mentorName: 'M', body: 'x', delivered: 'x' });
    await h.fake.waitFor((calls) =>
      calls.some((c) => c.status === 429 && String(c.payload.text).endsWith('\n\nx')),
    );
    const userRef = (
      await h.db.query<{ user_ref: string }>('select user_ref from interactions where id = $1', [id])
    ).rows[0]!.user_ref;

    // Kept elsewhere until the user's next steps: an update another instance is still handling (kept with
    // its claim, text and name, for crash recovery), the rate limit's rows, and lines of the fallback file
    // left by a process that stopped during an outage, not written back yet. The other user's stay.
    const otherRef = createPseudonymizer('test-secret-0123456789').user(other.id);
    const pendingUpdate = (u: UserSpec, updateId: number, text: string) =>
      h.db.query(
        `insert into bot_updates (update_id, holder, claimed_at, payload)
         values ($1, 'elsewhere:1:x', now(), $2::jsonb)`,
        [
          updateId,
          JSON.stringify({
            update_id: updateId,
            message: {
              message_id: 1,
              date: 1,
              chat: { id: u.id, type: 'private', first_name: 'Siti' },
              from: { id: u.id, is_bot: false, first_name: 'Siti' },
              text,
            },
          }),
        ],
      );
    await pendingUpdate(user, 990_001, 'HP saya 0812-3456-7890');
    await pendingUpdate(other, 990_002, 'HP saya 0813-1111-2222');
    const fallbackFile = join(h.app.config.dataDir, 'interactions-fallback.jsonl');
    appendFileSync(
      fallbackFile,
      [
        { at: new Date().toISOString(), userRef, question: 'NIK saya 3174012507900003', channel: 'telegram' },
        { at: new Date().toISOString(), kind: 'feedback', userRef, interactionId: id, value: -1 },
        { at: new Date().toISOString(), kind: 'feedback', userRef: otherRef, interactionId: 1, value: 1 },
      ]
        .map((line) => `${JSON.stringify(line)}\n`)
        .join(''),
    );
    expect(await count(h, "select 1 from rate_limit where key in ($1, $1 || ':prompt')", [userRef])).toBe(1);

    const [confirm] = await askConsented(h, user, '/hapus');
    expect(buttons(confirm!)).toEqual(['del:yes', 'del:no']);
    since = h.fake.calls.length;
    h.tap(user, 'del:yes');
    const [done] = await h.reply(user.id, since);
    expect(textOf(done!)).toMatch(/dihapus/);
    for (const table of ['interactions', 'feedback', 'handoffs', 'outbox', 'chat_users'])
      expect(await count(h, `select 1 from ${table} where user_ref = $1`, [userRef])).toBe(0);
    expect(await count(h, 'select 1 from handoff_messages where handoff_id = $1', [open.id])).toBe(0);
    expect(await count(h, 'select 1 from interactions where question = $1', ['apa itu HPP?'])).toBe(1);
    expect(await count(h, "select 1 from bot_updates where payload::text like '%0812-3456-7890%'")).toBe(0);
    expect(await count(h, "select 1 from bot_updates where payload::text like '%0813-1111-2222%'")).toBe(1);
    expect(await count(h, "select 1 from rate_limit where key in ($1, $1 || ':prompt')", [userRef])).toBe(0);
    expect(await count(h, 'select 1 from rate_limit where key = $1', [otherRef])).toBe(1);
    // The lines are gone from the file (or were written back before /hapus, and deleted with the rows).
    const lines = existsSync(fallbackFile) ? readFileSync(fallbackFile, 'utf8') : '';
    expect(lines).not.toContain(userRef);
    if (lines !== '') expect(lines).toContain(otherRef);
    // Consent is gone: the next question asks again and stores nothing.
    const before = await count(h, 'select 1 from interactions');
    const [prompt] = await askConsented(h, user, 'apa itu merek?');
    expect(buttons(prompt!)).toEqual(['consent', 'privacy:full']);
    expect(await count(h, 'select 1 from interactions')).toBe(before);
  });

  it('escapes HTML special characters in questions and answers', async () => {
    const user = { id: 1012 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, '<b>gimana</b> & cara *hitung* HPP <script>?');
    expect(answer!.status).toBe(200);
    expect(checkTelegramHtml(String(answer!.payload.text)).ok).toBe(true);
  });

  it('splits a 10,000-character answer at sentence boundaries under 4,096 characters', async () => {
    const user = { id: 1013 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const since = h.fake.calls.length;
    h.text(user, 'JAWABAN PANJANG tentang HPP');
    const parts = await h.fake.waitFor((calls) => {
      const sent = calls
        .slice(since)
        .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === user.id);
      return sent.some((c) => buttons(c).length > 0) ? sent : undefined;
    });
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const visible = parts.map((p) => {
      const parsed = checkTelegramHtml(String(p.payload.text));
      expect(parsed.ok).toBe(true);
      return parsed.ok ? parsed.text : '';
    });
    for (const text of visible) expect(text.length).toBeLessThanOrEqual(4096);
    expect(visible[0]!.endsWith('memecah pesan.')).toBe(true);
    expect(visible.join(' ')).toContain('Selesai.');
    expect(buttons(parts.at(-1)!).length).toBe(3);
    expect(buttons(parts[0]!)).toEqual([]);
  });

  it('answers every non-text message with what it can read, and edited messages too', async () => {
    const user = { id: 1014 };
    const kinds: Record<string, unknown>[] = [
      { photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] },
      { voice: { file_id: 'v', file_unique_id: 'v', duration: 2 } },
      { audio: { file_id: 'a', file_unique_id: 'a', duration: 2 } },
      { video: { file_id: 'v', file_unique_id: 'v', width: 1, height: 1, duration: 1 } },
      { video_note: { file_id: 'n', file_unique_id: 'n', length: 1, duration: 1 } },
      {
        sticker: {
          file_id: 's',
          file_unique_id: 's',
          type: 'regular',
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
      { document: { file_id: 'd', file_unique_id: 'd', file_name: 'x.pdf' } },
      { animation: { file_id: 'g', file_unique_id: 'g', width: 1, height: 1, duration: 1 } },
      { contact: { phone_number: '+62811', first_name: 'A' } },
      { location: { latitude: -6.2, longitude: 106.8 } },
      {
        poll: {
          id: 'p',
          question: 'q',
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
      { dice: { emoji: '🎲', value: 3 } },
    ];
    for (const kind of kinds) {
      const since = h.fake.calls.length;
      h.message(user, kind);
      const [reply] = await h.reply(user.id, since);
      expect(textOf(reply!)).toMatch(/pesan teks/);
    }
    const since = h.fake.calls.length;
    h.fake.pushUpdate('123456:TEST-token_abc', {
      edited_message: {
        message_id: 1,
        date: 1,
        edit_date: 2,
        chat: { id: user.id, type: 'private' },
        from: { id: user.id, is_bot: false, first_name: 'S' },
        text: 'diubah',
      },
    });
    const [edited] = await h.reply(user.id, since);
    expect(textOf(edited!)).toMatch(/disunting/);
    // Nothing of a user without consent was stored along the way.
    expect(await count(h, 'select 1 from chat_users where chat_id = $1', [user.id])).toBe(0);
  });

  it('speaks English to a user who writes English, Indonesian otherwise', async () => {
    const user = { id: 1022, language: 'en' };
    const [prompt] = await askConsented(
      h,
      user,
      'how do I calculate the production cost of my leather bags?',
    );
    expect(textOf(prompt!)).toMatch(/Before I answer/);
    const [welcome] = await askConsented(h, user, '/start');
    expect(textOf(welcome!)).toMatch(/Hello! I am Pendamping IKM/);
    const [help] = await askConsented(h, { id: 1023 }, '/bantuan');
    expect(textOf(help!)).toMatch(/Yang bisa saya bantu/);
  });

  it("leaves one row for a consented user's non-text message too", async () => {
    const user = { id: 1021 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const since = h.fake.calls.length;
    const { update_id } = h.message(user, {
      sticker: {
        file_id: 's',
        file_unique_id: 's',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    });
    await h.reply(user.id, since);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await h.db.query<{ question: string; outcome: string }>(
      'select question, outcome from interactions where update_id = $1',
      [update_id],
    );
    expect(rows.rows).toEqual([{ question: '[sticker]', outcome: 'rejected' }]);
  });

  it('in a group answers only when mentioned or replied to, in reply to the asker', async () => {
    const group = { id: -100200, type: 'group' as const, title: 'Sentra Tas' };
    const user = { id: 1015, chat: group };
    await askConsented(h, { id: 1015 }, 'halo');
    await consent(h, { id: 1015 });
    const since = h.fake.calls.length;
    h.text(user, 'ada yang tahu cara hitung HPP?');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.fake.calls.slice(since).filter((c) => Number(c.payload.chat_id) === group.id)).toHaveLength(0);
    const { message_id } = h.text(user, `@${h.fake.username} gimana cara hitung HPP?`);
    const [answer] = await h.reply(group.id, since);
    expect(textOf(answer!)).toMatch(/HPP/);
    expect((answer!.payload.reply_parameters as { message_id: number }).message_id).toBe(message_id);
    expect(requests.at(-1)!.text).toBe('gimana cara hitung HPP?');
    expect(textOf(answer!)).not.toMatch(/Siti|1015/);
  });

  it('answers a re-delivered update once, with one row', async () => {
    const user = { id: 1016 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const since = h.fake.calls.length;
    const { update_id, message_id } = h.text(user, 'apa itu label kemasan?');
    await h.reply(user.id, since);
    h.fake.redeliver('123456:TEST-token_abc', {
      update_id,
      message: {
        message_id,
        date: 1,
        chat: { id: user.id, type: 'private' },
        from: { id: user.id, is_bot: false, first_name: 'S' },
        text: 'apa itu label kemasan?',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(
      h.fake.calls
        .slice(since)
        .filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === user.id),
    ).toHaveLength(1);
    expect(await count(h, 'select 1 from interactions where update_id = $1', [update_id])).toBe(1);
  });

  it('waits out a 429 with retry_after and still answers', async () => {
    const user = { id: 1017 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    h.fake.flood(1, 1, ['sendMessage']);
    const since = h.fake.calls.length;
    const started = performance.now();
    h.text(user, 'apa itu HPP?');
    const [answer] = await h.reply(user.id, since);
    const flooded = h.fake.calls.slice(since).find((c) => c.status === 429)!;
    expect(flooded).toBeDefined();
    expect(answer!.at - flooded.at).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('marks a user who blocked the bot (403) and does not retry the mentor reply', async () => {
    const user = { id: 1018 };
    await askConsented(h, user, 'halo');
    await consent(h, user);
    const [answer] = await askConsented(h, user, 'apa itu HPP?');
    const id = Number(buttons(answer!)[0]!.split(':')[2]);
    const handoffs = createHandoffsRepo(h.db);
    const handoff = await handoffs.create({
      userRef: 'x',
      channel: 'telegram',
      question: 'q',
      reason: 'requested',
    });
    await h.db.query(
      'update handoffs set user_ref = (select user_ref from interactions where id = $1) where id = $2',
      [id, handoff.id],
    );
    h.fake.block(user.id);
    const since = h.fake.calls.length;
    await handoffs.reply({
      handoffId: handoff.id,
      mentorId: 1,
      mentorName: 'M',
      body: 'balasan',
      delivered: 'balasan',
    });
    await h.fake.waitFor((calls) => calls.slice(since).find((c) => c.status === 403), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(h.fake.calls.slice(since).filter((c) => c.status === 403)).toHaveLength(1);
    const outbox = await h.db.query<{ failed_at: Date | null; attempts: number }>(
      'select failed_at, attempts from outbox where handoff_id = $1',
      [handoff.id],
    );
    expect(outbox.rows[0]!.failed_at).not.toBeNull();
    expect(
      await count(h, 'select 1 from chat_users where chat_id = $1 and blocked_at is not null', [user.id]),
    ).toBe(1);
    h.fake.unblock(user.id);
  });

  it('keeps one chat in order while a slow answer there does not hold up another chat', async () => {
    const a = { id: 1019 };
    const b = { id: 1020 };
    for (const u of [a, b]) {
      await askConsented(h, u, 'halo');
      await consent(h, u);
    }
    const since = h.fake.calls.length;
    h.text(a, 'LAMBAT: apa itu HPP?');
    h.text(a, 'apa itu merek?');
    await new Promise((resolve) => setTimeout(resolve, 100));
    h.text(b, 'apa itu label kemasan?');
    const [first, second] = await h.reply(a.id, since, 2);
    const [other] = await h.reply(b.id, since, 1);
    expect(textOf(first!)).toMatch(/HPP/);
    expect(first!.at).toBeLessThan(second!.at);
    expect(other!.at).toBeLessThan(first!.at);
  });

  it('registers the command menu in Indonesian and English and writes one log line per update without text', async () => {
    const menus = h.fake.sent('setMyCommands');
    expect(menus).toHaveLength(2);
    expect(menus.map((m) => m.payload.language_code ?? 'default')).toEqual(['default', 'en']);
    const lines = h.logLines.filter((line) => line.msg === 'update handled');
    expect(lines.length).toBeGreaterThan(20);
    const all = JSON.stringify(h.logLines);
    expect(all).not.toContain('gimana cara ngitung HPP');
    expect(all).not.toContain('"1001"');
    expect(all).not.toContain('Siti');
  });
});
