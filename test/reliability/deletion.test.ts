import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCurated } from '../../src/dashboard/curate.ts';
import { silentLogger } from '../helpers/log.ts';
import { createDashboard, type Dashboard } from '../../src/dashboard/server.ts';
import { SESSION_COOKIE } from '../../src/dashboard/sign-in.ts';
import { createMentorsRepo } from '../../src/db/mentors-repo.ts';
import type { Database } from '../../src/db/port.ts';
import { createSessionsRepo } from '../../src/db/sessions-repo.ts';
import { buttons, startHarness, type UserSpec } from '../bot/harness.ts';
import { requester } from '../dashboard/workspace.ts';

type Harness = Awaited<ReturnType<typeof startHarness>>;

/** A NIK, a phone number and an e-mail address, each written the way people type them. */
const NIK = '3174012507900003';
const PHONE = '0812-3456-7890';
const EMAIL = 'siti.perajin@contoh.co.id';
const VALUES = [NIK, PHONE, EMAIL];
/** The phone's digits alone: a copy that lost its dashes is still the same number. */
const PHONE_DIGITS = PHONE.replace(/\D/g, '');
const QUESTION = `Bagaimana cara daftar pameran Inacraft untuk usaha batik saya? NIK saya ${NIK}, nomor WA ${PHONE}, email ${EMAIL}`;

/** Every text, varchar, text[] and jsonb column of every table: where each value is found, "table.column". */
async function scanDatabase(db: Database, needles: string[]): Promise<Record<string, string[]>> {
  const { rows: columns } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public'
        and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'tsvector')
      order by table_name, column_name`,
  );
  const found: Record<string, string[]> = {};
  for (const { table_name, column_name } of columns) {
    const { rows } = await db.query<{ v: string | null }>(
      `select "${column_name}"::text as v from "${table_name}" where "${column_name}" is not null`,
    );
    for (const needle of needles) {
      if (!rows.some((row) => row.v?.includes(needle))) continue;
      found[needle] = [...(found[needle] ?? []), `${table_name}.${column_name}`];
    }
  }
  return found;
}

describe('/hapus after the curated-document path (issue 18)', () => {
  let h: Harness;
  let dashboard: Dashboard;
  let request: ReturnType<typeof requester>;
  let cookie: string;
  let csrf: string;

  beforeAll(async () => {
    h = await startHarness();
    dashboard = createDashboard(h.app);
    request = requester(dashboard);
    const mentor = await createMentorsRepo(h.db).upsert({
      telegramId: 9_001,
      name: 'Dewi Mentor',
      role: 'mentor',
    });
    const session = await createSessionsRepo(h.db).open(mentor.id, 3_600_000);
    cookie = `${SESSION_COOKIE}=${session.id}`;
    csrf = session.csrf;
  }, 120_000);
  afterAll(async () => h?.close());

  async function say(user: UserSpec, text: string, parts = 1) {
    const since = h.fake.calls.length;
    h.text(user, text);
    return h.reply(user.id, since, parts);
  }

  it('finds the NIK, the phone number and the e-mail nowhere in the database or the export', async () => {
    const user = { id: 4_242 };
    await say(user, 'halo');
    let since = h.fake.calls.length;
    h.tap(user, 'consent');
    await h.reply(user.id, since, 2);
    await say(user, QUESTION);
    const { rows } = await h.db.query<{ id: string }>(
      'select id from interactions where question = $1 order by id desc limit 1',
      [QUESTION],
    );
    const interactionId = Number(rows[0]!.id);

    // The user asks for a mentor, so that a hand-off exists to make a card from.
    const { rows: handoffRows } = await h.db.query<{ id: string }>(
      `insert into handoffs (interaction_id, user_ref, channel, question, reason)
       select id, user_ref, channel, question, 'declined' from interactions where id = $1 returning id`,
      [interactionId],
    );
    const handoffId = Number(handoffRows[0]!.id);

    // A mentor opens the conversation and accepts the title the form offers, then adds the answer to knowledge.
    const view = await request(`/percakapan/${interactionId}`, { cookie });
    expect(view.status).toBe(200);
    const html = await view.text();
    const title = /name="judul"[^>]*value="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(title.length).toBeGreaterThan(0);
    const decoded = title.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
    const taught = await request(`/percakapan/${interactionId}/ajari`, {
      cookie,
      form: {
        _csrf: csrf,
        penilaian: 'wrong',
        catatan: 'Belum ada info pameran.',
        jawaban:
          'Pendaftaran pameran Inacraft dibuka setiap awal tahun. IKM binaan dapat menanyakan stan bersubsidi kepada dinas perindustrian kabupaten atau kota sebelum pendaftaran dibuka.',
        judul: decoded,
        topik: 'pemasaran',
        pembaca: 'perajin',
        aksi: 'pengetahuan',
      },
    });
    expect(taught.status).toBe(303);
    // Another user asks something similar and is answered from the new document (its title is a source).
    const other = { id: 4_243 };
    await say(other, 'halo');
    since = h.fake.calls.length;
    h.tap(other, 'consent');
    await h.reply(other.id, since, 2);
    await say(other, 'bagaimana cara daftar pameran Inacraft?');
    // The same question as a card, from the hand-off ("Jadikan kartu").
    const card = await request(`/antrian/${handoffId}/kartu`, {
      cookie,
      form: {
        _csrf: csrf,
        jawab: 'Tanyakan stan bersubsidi Inacraft ke dinas perindustrian kabupaten atau kota Anda.',
      },
    });
    expect(card.status).toBe(303);
    // The mentor searches for the phone number and exports what was found.
    const searched = await request(`/ekspor.csv?cari=${encodeURIComponent(PHONE)}`, { cookie });
    expect(searched.status).toBe(200);
    await searched.text();

    const before = await scanDatabase(h.db, [...VALUES, PHONE_DIGITS]);
    // The values were stored (the scan sees them, so a miss after /hapus is real).
    expect(before[NIK]).toEqual(expect.arrayContaining(['interactions.question']));
    const WORDS = 'daftar pameran Inacraft untuk usaha batik saya';
    const words = await scanDatabase(h.db, [WORDS]);
    console.log('the rest of the question before /hapus:', JSON.stringify(words));
    expect(words[WORDS]).toEqual(expect.arrayContaining(['curated_documents.title', 'interactions.sources']));
    console.log('before /hapus:', JSON.stringify(before));

    since = h.fake.calls.length;
    h.text(user, '/hapus');
    const [confirm] = await h.reply(user.id, since);
    expect(buttons(confirm!)).toEqual(['del:yes', 'del:no']);
    since = h.fake.calls.length;
    h.tap(user, 'del:yes');
    await h.reply(user.id, since);

    const after = await scanDatabase(h.db, [...VALUES, PHONE_DIGITS]);
    console.log('after /hapus:', JSON.stringify(after));
    expect(after).toEqual({});
    // The rest of the question (masked, it was the draft title the mentor accepted) is gone as well.
    expect(await scanDatabase(h.db, [WORDS])).toEqual({});

    for (const format of ['csv', 'jsonl']) {
      const exported = await request(`/ekspor.${format}`, { cookie });
      expect(exported.status).toBe(200);
      const body = await exported.text();
      for (const value of [...VALUES, PHONE_DIGITS]) expect(body, `${format} export`).not.toContain(value);
    }
    // The curated document is still there for other users, with the mentor's answer.
    const docs = await h.db.query<{ title: string; body: string }>(
      'select title, body from curated_documents',
    );
    expect(docs.rows).toHaveLength(1);
    expect(docs.rows[0]!.body).toContain('dinas perindustrian');
    const markdown = await request('/pengetahuan/1.md', { cookie });
    const text = await markdown.text();
    for (const value of VALUES) expect(text).not.toContain(value);
  }, 120_000);

  it('also removes copies stored raw before masking existed (curated document, index, mentor card, audit)', async () => {
    const user = { id: 4_343 };
    const nik = '3578021203880007';
    const phone = '+62 857 1234 5678';
    const email = 'budi.tenun@contoh.id';
    const words = 'stan pameran tenun ikat khas Sumba';
    const question = `Berapa biaya ${words}? NIK ${nik}, HP ${phone}, surel ${email}`;
    await say(user, 'halo');
    let since = h.fake.calls.length;
    h.tap(user, 'consent');
    await h.reply(user.id, since, 2);
    await say(user, question);
    const { rows } = await h.db.query<{ id: string }>('select id from interactions where question = $1', [
      question,
    ]);
    const interactionId = Number(rows[0]!.id);
    // What the code before masking stored: the question as the title, heading, card and audit detail.
    await h.db.query(
      `insert into curated_documents (path, title, topic, audience, language, source, as_of, body, interaction_id)
       values ('kurasi/lama-99.md', $1, 'pemasaran', '{perajin}', 'id', 'Mentor uji, 2026-12-01', '2026-12-01', $2, $3)`,
      [
        question,
        `## ${question}\n\nBiaya stan pameran daerah ditanyakan ke dinas perindustrian setempat.`,
        interactionId,
      ],
    );
    await h.db.query(
      `insert into answer_cards (id, origin, path, title, section, jawab, source, as_of)
       values ('mentor-lama-1', 'mentor', 'mentor:mentor-lama-1', 'Jawaban mentor', $1, 'Tanyakan ke dinas perindustrian setempat.', 'Mentor', '2026-12-01')`,
      [question],
    );
    await h.db.query(
      `insert into card_variants (card_id, kind, text, origin) values ('mentor-lama-1', 'mentor', $1, 'mentor')`,
      [question],
    );
    await h.db.query(`insert into audit_log (action, target, detail) values ('export', 'csv', $1)`, [
      JSON.stringify({ filter: { q: phone } }),
    ]);
    await indexCurated(h.db, silentLogger());
    const needles = [nik, phone, email, words];
    const before = await scanDatabase(h.db, needles);
    expect(before[nik]).toEqual(
      expect.arrayContaining(['curated_documents.title', 'chunks.section', 'terms.term']),
    );

    since = h.fake.calls.length;
    h.text(user, '/hapus');
    await h.reply(user.id, since);
    since = h.fake.calls.length;
    h.tap(user, 'del:yes');
    await h.reply(user.id, since);

    expect(await scanDatabase(h.db, needles)).toEqual({});
    // The mentor's answer stays, under a title that no longer is the user's question.
    const { rows: docs } = await h.db.query<{ title: string; body: string; interaction_id: string | null }>(
      `select title, body, interaction_id from curated_documents where path = 'kurasi/lama-99.md'`,
    );
    expect(docs[0]!.interaction_id).toBeNull();
    expect(docs[0]!.body).toContain('dinas perindustrian setempat');
    const { rows: indexed } = await h.db.query<{ n: string }>(
      `select count(*) as n from chunks c join documents d on d.id = c.document_id where d.path = 'kurasi/lama-99.md'`,
    );
    expect(Number(indexed[0]!.n)).toBeGreaterThan(0);
  }, 120_000);
});
