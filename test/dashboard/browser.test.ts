import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLinks } from '../../src/dashboard/sign-in.ts';
import { startDashboard } from '../../src/dashboard/server.ts';
import { createHandoffsRepo } from '../../src/db/handoffs-repo.ts';
import { createMentorsRepo } from '../../src/db/mentors-repo.ts';
import { parseDocument } from '../../src/ingest/document.ts';
import { ingestDirectory } from '../../src/ingest/pipeline.ts';
import { engines } from '../helpers/db.ts';
import { silentLogger } from '../helpers/log.ts';
import { browserSuiteRuns, requirements } from '../helpers/requirements.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

const BROWSER = requirements().browser;
const SHOTS = process.env.SCREENSHOTS_DIR;
const UNKNOWN = 'berapa biaya sewa stan di pameran Inacraft tahun depan?';
const MISSED = 'sebiji barang modalnya dijumlah dari apa aja?';
const TRAIN = 'apakah boleh jualan tas di dalam kereta api?';

// One browser and one server for the whole file: the flows build on each other like a mentor's morning.
// Skipped (with the run's one notice) where there is no Chromium, unless CI or REQUIRE_BROWSER needs it.
describe.skipIf(!browserSuiteRuns())('mentor workspace in headless Chromium', () => {
  let ws: Workspace;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    // CI installs Debian's chromium; there, without it, this suite must fail, not skip.
    if (!BROWSER.present)
      throw new Error(
        `${BROWSER.path} is missing: apt-get install chromium or set CHROMIUM_PATH (see .ci/run)`,
      );
    ws = await openWorkspace(engines()[0]!);
    server = await startDashboard(ws.app, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: BROWSER.path,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await (
      await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } })
    ).newPage();
    const ask = (text: string, user: string) =>
      ws.app.answers.answer({ text, channel: 'telegram', userRef: user, chatRef: user });
    const hpp = await ask('bagaimana cara menghitung HPP keripik?', 'u-ani');
    const label = await ask('apa saja isi label kemasan pangan?', 'u-budi');
    const unknown = await ask(UNKNOWN, 'u-ani');
    const script = await ask('<script>alert("x")</script> cara hitung HPP?', 'u-eve');

    expect(hpp.answered && label.answered).toBe(true);
    expect(unknown.answered).toBe(false);
    Object.assign(ids, {
      hpp: hpp.interactionId!,
      unknown: unknown.interactionId!,
      script: script.interactionId!,
    });
    await ws.db.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at) values ('u-ani', 'telegram', 777, 'id', now())`,
    );
    const handoff = await createHandoffsRepo(ws.db).create({
      userRef: 'u-ani',
      channel: 'telegram',
      question: UNKNOWN,
      reason: 'declined',
      interactionId: ids.unknown,
    });
    ids.handoff = handoff.id;
    await createMentorsRepo(ws.db).upsert({ telegramId: 424242, name: 'Dewi Lestari', role: 'mentor' });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ws?.close();
  });

  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  it('signs in with a one-time link, which then no longer works', async () => {
    const link = await createSignInLinks(ws.db, ws.app.config, { baseUrl: server.url }).linkFor(424242);
    await page.goto(link!);
    await page.click('#masuk');
    expect(new URL(page.url()).pathname).toBe('/antrian');
    expect(await page.textContent('header')).toContain('Dewi Lestari');
    const other = await browser.newPage();
    await other.goto(link!);
    await other.click('#masuk');
    expect(await other.textContent('main')).toContain('sudah dipakai atau kedaluwarsa');
    await other.close();
  });

  it('filters and searches the conversation list', async () => {
    await page.goto(`${server.url}/percakapan`);
    expect(await page.locator('#daftar tbody tr').count()).toBe(4);
    await page.fill('input[name=cari]', 'keripik');
    await page.click('#saring button');
    const rows = page.locator('#daftar tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('keripik');
    await page.goto(`${server.url}/percakapan`);
    await page.selectOption('select[name=hasil]', 'declined');
    await page.click('#saring button');
    const declined = await page.locator('#daftar tbody tr').allTextContents();
    expect(declined.length).toBeGreaterThan(0);
    for (const row of declined) expect(row).toContain('belum tahu');
    expect(declined.join(' ')).toContain('Inacraft');
    expect(declined.join(' ')).not.toContain('label kemasan');
    await shot('percakapan');
  });

  it('opens a conversation and sees why the bot answered: sources, scores, confidence, mode', async () => {
    await page.goto(`${server.url}/percakapan?cari=keripik`);
    await page.click('#daftar tbody a');
    expect(new URL(page.url()).pathname).toBe(`/percakapan/${ids.hpp}`);
    expect(await page.textContent('#sumber')).toContain('Cara menghitung HPP');
    const why = await page.textContent('#alasan');
    expect(why).toContain('kartu jawaban');
    // What the bot read and which answer card it matched, with its score.
    expect(await page.textContent('#kartu-terdekat')).toMatch(/Cara menghitung HPP\s*menjawab/);
    expect(why).toMatch(/keyakinan \d+%, batas menjawab 50%/);
    await shot('percakapan-detail');
    const { rows } = await ws.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'conversation.open' and target = $1`,
      [`interaction:${ids.hpp}`],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('renders a stored <script> as text and runs no script', async () => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(`${server.url}/percakapan/${ids.script}`);
    expect(await page.textContent('#pertanyaan')).toContain('<script>alert("x")</script>');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('answers a hand-off: the signed reply is queued in the outbox for the artisan chat, then resolved', async () => {
    await page.goto(`${server.url}/antrian`);
    expect(await page.textContent('#antrian')).toContain('Inacraft');
    await page.click(`a[href="/antrian/${ids.handoff}"]`);
    await page.fill(
      'textarea[name=balasan]',
      'Biaya stan Inacraft berbeda tiap tahun; tanyakan ke dinas perindustrian setempat.',
    );
    await shot('antrian');
    await page.click('#kirim');
    expect(await page.isVisible('#terkirim')).toBe(true);
    expect(await page.textContent('#utas')).toContain('tanyakan ke dinas perindustrian');
    const { rows } = await ws.db.query<{ chat_id: string; body: string; sent_at: Date | null }>(
      'select chat_id, body, sent_at from outbox',
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.chat_id)).toBe(777);
    expect(rows[0]!.body).toMatch(/^Balasan dari mentor Dewi Lestari:\n\nBiaya stan Inacraft/);
    expect(rows[0]!.sent_at).toBeNull();
    await page.click('#selesai');
    expect(new URL(page.url()).pathname).toBe('/antrian');
    expect(await page.textContent('main')).not.toContain('Inacraft');
  });

  it('annotates an answer and adds it to knowledge; the same question is then answered from it, also after a re-ingest', async () => {
    const before = await ws.app.answers.answer({ text: UNKNOWN });
    expect(before.answered).toBe(false);
    await page.goto(`${server.url}/percakapan/${ids.unknown}`);
    await page.check('input[name=penilaian][value=wrong]');
    await page.fill('input[name=catatan]', 'Bot belum punya info pameran.');
    await page.fill(
      'textarea[name=jawaban]',
      'Biaya sewa stan di pameran Inacraft berbeda setiap tahun dan menurut ukuran stan. IKM binaan dapat menanyakan stan bersubsidi kepada dinas perindustrian kabupaten atau kota sebelum pendaftaran pameran Inacraft dibuka.',
    );
    await shot('ajari');
    await page.click('#tambah-pengetahuan');
    expect(new URL(page.url()).pathname).toBe('/pengetahuan');
    expect(await page.isVisible('#ditambahkan')).toBe(true);
    expect(await page.textContent('#kurasi')).toContain('Inacraft');

    const after = await ws.app.answers.answer({ text: UNKNOWN });
    expect(after.answered).toBe(true);
    expect(after.sources[0]!.path).toMatch(/^kurasi\//);
    expect(after.sources[0]!.source).toContain('Dewi Lestari');
    expect(after.answer).toContain('dinas perindustrian');

    await ingestDirectory({ db: ws.db, dir: ws.knowledgeDir, log: silentLogger() });
    const again = await ws.app.answers.answer({ text: UNKNOWN });
    expect(again.answered).toBe(true);
    expect(again.sources[0]!.path).toMatch(/^kurasi\//);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kurasi a')]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    const parsed = parseDocument('knowledge/kurasi/x.md', markdown);
    expect(parsed.title).toBe(UNKNOWN);
    expect(parsed.source).toContain('Dewi Lestari');
    const { rows } = await ws.db.query<{ verdict: string; note: string }>(
      'select verdict, note from annotations',
    );
    expect(rows).toEqual([{ verdict: 'wrong', note: 'Bot belum punya info pameran.' }]);
  });

  it('attaches a missed question to the card it asks about; the next such question is answered from the card', async () => {
    const missed = await ws.app.answers.answer({
      text: MISSED,
      channel: 'telegram',
      userRef: 'u-budi',
      chatRef: 'u-budi',
    });
    expect(missed.answered).toBe(false);
    ids.missed = missed.interactionId!;
    await page.goto(`${server.url}/percakapan/${ids.missed}`);
    expect(await page.textContent('#kartu-jejak')).toContain('Kalimat yang bertanya');
    expect(await page.textContent('#kartu-terdekat')).toContain('Cara menghitung HPP');
    await page.selectOption('#jadikan-varian select[name=kartu]', 'uji-hpp-rumus');
    await shot('kartu-varian');
    await page.click('#jadikan-varian button');
    expect(new URL(page.url()).pathname).toBe('/kartu');
    expect(await page.textContent('#ditambah')).toContain('Cara menghitung HPP');
    expect(await page.textContent('#kartu-mentor')).toContain(MISSED);

    const again = await ws.app.answers.answer({
      text: 'sebiji barang modalnya dijumlah dari apa saja ya?',
      record: false,
    });
    expect(again.answered).toBe(true);
    expect(again.mode).toBe('card');
    expect(again.trace?.card).toBe('uji-hpp-rumus');
    expect(again.answer).toContain('tenaga kerja langsung');
  });

  it("saves a mentor's hand-off reply as a new card; a similar question is then answered with it", async () => {
    const train = await ws.app.answers.answer({
      text: TRAIN,
      channel: 'telegram',
      userRef: 'u-budi',
      chatRef: 'u-budi',
    });
    expect(train.answered).toBe(false);
    await ws.db.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at) values ('u-budi', 'telegram', 778, 'id', now())`,
    );
    ids.trainHandoff = (
      await createHandoffsRepo(ws.db).create({
        userRef: 'u-budi',
        channel: 'telegram',
        question: TRAIN,
        reason: 'declined',
        interactionId: train.interactionId!,
      })
    ).id;
    await page.goto(`${server.url}/antrian/${ids.trainHandoff}`);
    await page.fill(
      'textarea[name=balasan]',
      'Berjualan di dalam kereta api tidak diizinkan tanpa kerja sama resmi dengan operator kereta; tawarkan produk ke toko oleh-oleh di stasiun.',
    );
    await page.click('#kirim');
    expect(await page.isVisible('#jadikan-kartu')).toBe(true);
    expect(await page.inputValue('#jadikan-kartu textarea[name=jawab]')).toContain('kerja sama resmi');
    await shot('kartu-baru');
    await page.click('#simpan-kartu');
    expect(new URL(page.url()).pathname).toBe('/kartu');
    expect(await page.textContent('#kartu-mentor')).toContain('kerja sama resmi');

    const after = await ws.app.answers.answer({ text: 'boleh nggak jualan tas di kereta api?' });
    expect(after.answered).toBe(true);
    expect(after.mode).toBe('card');
    expect(after.answer).toContain('kerja sama resmi');
    expect(after.sources[0]!.source).toContain('Dewi Lestari');
  });

  it('exports the filtered conversations as CSV and JSONL', async () => {
    await page.goto(`${server.url}/percakapan?cari=HPP`);
    const listed = await page.locator('#daftar tbody tr').count();
    // Every conversation whose question or answer holds the word: the two that ask about HPP, and any
    // later one whose answer offers an HPP card as a choice.
    const matching = (
      await ws.db.query<{ id: number }>(
        `select id from interactions i where i.search @@ websearch_to_tsquery('simple', 'HPP') order by id`,
      )
    ).rows.map((r) => r.id);
    expect(matching).toEqual(expect.arrayContaining([ids.hpp, ids.script]));
    expect(listed).toBe(matching.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/ekspor.csv"]')]);
    const text = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,created_at,channel,outcome,answered,confidence,mode,topic,language,feedback,question,answer',
    );
    expect(lines).toHaveLength(listed + 1);
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/ekspor.jsonl"]'),
    ]);
    const records = readFileSync((await jsonl.path())!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.id).sort()).toEqual([...matching].sort());
    const { rows } = await ws.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'export'`,
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('uploads a directory CSV and shows the bad lines by number; the good rows are searchable', async () => {
    await page.goto(`${server.url}/direktori`);
    const csv = [
      'nama_sentra,provinsi,kabupaten_kota,produk,jumlah_unit_usaha',
      'Sentra Uji Tas Kulit,Jawa Timur,Kabupaten Sidoarjo,Tas kulit,12',
      'Sentra Salah,Provinsi Antah Berantah,Kota Entah,Batik,5',
      'Sentra Uji Batik,Jawa Tengah,Kota Pekalongan,Batik tulis,40',
    ].join('\n');
    await page.setInputFiles('input[name=berkas]', {
      name: 'direktori.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.click('#unggah button');
    const rejections = await page.locator('#penolakan tbody tr').allTextContents();
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatch(/^3/);
    expect(await page.textContent('#hasil-impor')).toContain('2 sah');
    await shot('direktori');
    await page.fill('input[name=produk]', 'batik');
    await page.click('#cari-sentra button');
    expect(await page.textContent('#sentra')).toContain('Sentra Uji Batik');
    expect(await page.textContent('#sentra')).not.toContain('Sentra Uji Tas Kulit');
  });

  it('draws the analytics as SVG, with the knowledge gaps one click from teaching the bot', async () => {
    await page.goto(`${server.url}/analitik`);
    expect(await page.locator('svg').count()).toBeGreaterThanOrEqual(4);
    const { rows } = await ws.db.query<{ n: number }>('select count(*)::int as n from interactions');
    expect(rows[0]!.n).toBeGreaterThan(4);
    expect(await page.textContent('#jumlah-pertanyaan')).toBe(String(rows[0]!.n));
    expect(await page.textContent('#celah')).toContain('Inacraft');
    await shot('analitik');
  });
});
