import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCurated } from '../../src/dashboard/curate.ts';
import { startDashboard } from '../../src/dashboard/server.ts';
import { createCardsRepo } from '../../src/db/cards-repo.ts';
import { createCuratedRepo } from '../../src/db/curated-repo.ts';
import { createWorkspaceRepo } from '../../src/db/workspace-repo.ts';
import { engines } from '../helpers/db.ts';
import { silentLogger } from '../helpers/log.ts';
import { browserSuiteRuns, requirements } from '../helpers/requirements.ts';
import { openWorkspace, requester, type Workspace } from './workspace.ts';

const BROWSER = requirements().browser;
/** A way of asking that a mentor added to the shipped card: the search finds mentors' variants too. */
const MENTOR_VARIANT = 'modal sebiji barang dijumlah dari apa aja?';

/** The test knowledge (workspace.ts), a curated document beside it, and a mentor's variant on the card. */
async function seed(ws: Workspace) {
  const answered = await ws.app.answers.answer({
    text: 'bagaimana cara menghitung HPP keripik?',
    channel: 'telegram',
    userRef: 'u-kb',
    chatRef: 'u-kb',
  });
  const mentor = await ws.as('mentor');
  await createCuratedRepo(ws.db).create({
    title: 'Biaya stan pameran Inacraft',
    topic: 'pemasaran',
    audience: ['perajin'],
    language: 'id',
    source: 'Mentor Pendamping IKM: Dewi, 2026-12-01',
    asOf: '2026-12-01',
    body: '## Biaya stan pameran Inacraft\n\nBiaya stan Inacraft berbeda tiap tahun; tanyakan ke Dinas Perindustrian setempat untuk subsidi stan.',
    slug: 'biaya-stan-pameran-inacraft',
    interactionId: answered.interactionId!,
    mentorId: mentor.mentor.id,
  });
  await indexCurated(ws.db, silentLogger());
  await createCardsRepo(ws.db).addVariant({
    cardId: 'uji-hpp-rumus',
    text: MENTOR_VARIANT,
    origin: 'mentor',
    createdBy: 'Dewi',
  });
  return mentor;
}

describe.each(engines())('shipped knowledge for mentors to read ($name)', (engine) => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await openWorkspace(engine);
    await seed(ws);
  }, 120_000);
  afterAll(async () => ws?.close());

  it('lists the shipped documents with their card counts, not the curated ones', async () => {
    const docs = await createWorkspaceRepo(ws.db).shippedDocuments();
    expect(docs.map((d) => [d.title, d.topic, d.source, d.asOf, d.cards])).toEqual([
      ['Label kemasan pangan', 'kemasan', 'Uji, 2026', '2026-01-01', 0],
      ['Cara menghitung HPP', 'keuangan', 'Uji, 2026', '2026-01-01', 1],
    ]);
    // The curated document is in the index (the bot answers from it) but is not shipped knowledge.
    const { rows } = await ws.db.query<{ n: string }>(
      `select count(*) as n from documents where path like 'kurasi/%'`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
    expect((await createWorkspaceRepo(ws.db).shippedDocuments('LABEL')).map((d) => d.title)).toEqual([
      'Label kemasan pangan',
    ]);
  });

  it('finds a card by a word in any of its ways of asking, its answers or its section, with the section text', async () => {
    const cards = createCardsRepo(ws.db);
    for (const word of ['Sebiji', 'overhead', 'units made', 'cara menghitung hpp']) {
      const found = await cards.browse({ word });
      expect(found.total, word).toBe(1);
      expect(found.cards[0]!.id).toBe('uji-hpp-rumus');
    }
    const [card] = (await cards.browse({ word: 'ngitung hpp' })).cards;
    expect(card!.section).toBe('Cara menghitung HPP');
    expect(card!.jawab).toMatch(/^HPP per produk = /);
    expect(card!.answer).toMatch(/^Cost of goods per unit/);
    expect(card!.variants.map((v) => v.kind)).toEqual(['tanya', 'chat', 'cerita', 'en', 'mentor']);
    expect(card!.sectionText).toContain('Rp 5.000 per bungkus');
    expect(card!.sectionText).not.toContain('```kartu');
    expect(await cards.browse({ word: 'inacraft' })).toEqual({ cards: [], total: 0 });
    expect((await cards.browse({ path: card!.path })).total).toBe(1);
    expect(card!.path).toMatch(/keuangan\/hpp\.md$/);
  });

  it("reads a cited section's title and stems in one query (the nearest documents of a declined question)", async () => {
    const repo = createWorkspaceRepo(ws.db);
    const [card] = (await createCardsRepo(ws.db).browse({ word: 'overhead' })).cards;
    const parts = await repo.sectionTerms([
      { path: card!.path, section: 'Cara menghitung HPP' },
      { path: card!.path, section: 'Bagian yang tidak ada' },
    ]);
    expect([...parts.keys()]).toEqual([`${card!.path}\u0000Cara menghitung HPP`]);
    const part = parts.get(`${card!.path}\u0000Cara menghitung HPP`)!;
    expect(part.title).toBe('Cara menghitung HPP');
    expect(part.terms).toEqual(expect.arrayContaining(['hpp', 'biaya', 'bungkus']));
    expect(await repo.sectionTerms([])).toEqual(new Map());
  });

  it('is read-only and for mentors: no form posts anywhere from it, and an official is refused', async () => {
    const request = requester(ws.dashboard);
    const mentor = await ws.as('mentor');
    const html = await (await request('/pengetahuan/bawaan?q=hpp', { cookie: mentor.cookie })).text();
    const main = html.slice(html.indexOf('<main>'));
    expect(main).toContain('Cara menghitung HPP');
    expect(main).not.toMatch(/method="post"|<textarea|<select/i);
    expect(main.match(/<input[^>]*>/g)).toEqual([expect.stringContaining('name="q"')]);
    const official = await ws.as('official');
    expect((await request('/pengetahuan/bawaan', { cookie: official.cookie })).status).toBe(403);
    expect((await request('/pengetahuan/bawaan?dok=999999', { cookie: mentor.cookie })).status).toBe(404);
  });
});

describe.skipIf(!browserSuiteRuns())('a mentor browses the shipped knowledge in headless Chromium', () => {
  let ws: Workspace;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let cookie: string;

  beforeAll(async () => {
    if (!BROWSER.present)
      throw new Error(`${BROWSER.path} is missing: apt-get install chromium or set CHROMIUM_PATH`);
    ws = await openWorkspace(engines()[0]!);
    cookie = (await seed(ws)).cookie;
    server = await startDashboard(ws.app, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: BROWSER.path,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ws?.close();
  });

  it("searches for a word and sees the card's ways of asking, its answers and the document's section", async () => {
    const [name, value] = cookie.split('=') as [string, string];
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    // From the navigation: the curated documents, with the shipped knowledge one tab away.
    await page.goto(`${server.url}/antrian`);
    await page.click('header nav a[href="/pengetahuan"]');
    expect(await page.textContent('#kurasi')).toContain('Biaya stan pameran Inacraft');
    await page.click('nav.tabs a[href="/pengetahuan/bawaan"]');
    expect(await page.textContent('#jumlah')).toMatch(/2 dokumen dengan 1 kartu jawaban/);
    const rows = await page.locator('#bawaan tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).not.toContain('Inacraft');
    expect(rows[1]).toMatch(/Cara menghitung HPP[\s\S]*keuangan[\s\S]*Uji, 2026[\s\S]*1 Jan 2026[\s\S]*1/);

    await page.fill('#cari-pengetahuan input[name=q]', 'ngitung');
    await page.click('#cari-pengetahuan button');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ngitung');
    const card = page.locator('.kartu');
    expect(await card.count()).toBe(1);
    expect(await card.locator('h3').innerText()).toBe('Cara menghitung HPP');
    const variants = await card.locator('ul.varian li').allInnerTexts();
    expect(variants).toEqual([
      'baku Bagaimana cara menghitung HPP?',
      'gaya chat ngitung hpp gmn kak',
      'dengan cerita Saya bikin keripik 100 bungkus sebulan. Bagaimana menghitung HPP per bungkus?',
      'bahasa Inggris How do I calculate my cost of goods?',
      `ditambahkan mentor ${MENTOR_VARIANT}`,
    ]);
    expect(await card.locator('mark').allInnerTexts()).toEqual(['ngitung']);
    expect(await card.locator('.jawab').innerText()).toMatch(
      /Jawaban langsung: HPP per produk = \(bahan baku \+ tenaga kerja langsung \+ overhead\)/,
    );
    expect(await card.locator('.answer').innerText()).toMatch(/Dalam bahasa Inggris: Cost of goods per unit/);
    // The cited section, one tap away.
    const section = card.locator('details.bagian');
    expect(await section.locator('.pre').isVisible()).toBe(false);
    await section.locator('summary').click();
    expect(await section.locator('.pre').innerText()).toContain(
      'biaya Rp 500.000 untuk 100 bungkus keripik berarti HPP Rp 5.000 per bungkus',
    );
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);

    // The document's own page lists its cards; a word found nowhere says so.
    await card.locator('a[href^="/pengetahuan/bawaan?dok="]').click();
    expect(await page.textContent('h1')).toBe('Cara menghitung HPP');
    expect(await page.textContent('#dokumen')).toMatch(
      /Topik keuangan · Sumber: Uji, 2026 · Tanggal data: 1 Jan 2026/,
    );
    expect(await page.locator('.kartu').count()).toBe(1);
    await page.fill('#cari-pengetahuan input[name=q]', 'inacraft');
    await page.click('#cari-pengetahuan button');
    expect(await page.textContent('main')).toContain('Tidak ada kartu jawaban yang memuat kata ini.');
    await context.close();
  }, 120_000);
});
