import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard } from '../../src/dashboard/server.ts';
import { importDirectoryCsv } from '../../src/directory/import.ts';
import { createHandoffsRepo } from '../../src/db/handoffs-repo.ts';
import { engines } from '../helpers/db.ts';
import { silentLogger } from '../helpers/log.ts';
import { browserSuiteRuns, requirements } from '../helpers/requirements.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

const BROWSER = requirements().browser;
const SHOTS = process.env.SCREENSHOTS_DIR;

/**
 * Words and figures written for developers, not for a mentor at a Dinas office. Each pattern is matched
 * against the visible text of every workspace page.
 */
const DEVELOPER_WORDS: [string, RegExp][] = [
  ['"Mode:" (the answering path)', /\bMode\b/],
  ['timings in code names', /answerMs|retrieveMs|\b\d+ ms\b/],
  ['"p90"', /\bp\d\d\b/],
  ['"hand-off"', /hand-?off/i],
  ['raw values', /\b(none|null|undefined|NaN|open|answered|resolved|declined|handed_off|telegram|cli)\b/],
  ['English decimals ("0.46")', /(^|[^\d.])\d+\.\d(?!\d)|\b0\.\d+/],
  ['English thousands ("1,234")', /\b\d{1,3}(,\d{3})+\b/],
  [
    'audit codes ("conversation.open", "interaction:3")',
    /\b[a-z]+\.(open|reply|resolve|add|change|import|export|variant|create|accept)\b|\b(interaction|handoff|mentor|card|variant):\S/,
  ],
  ['card and file ids', /\buji-[a-z-]+\b|\.md\b|\bkurasi\//],
  ['"ingest", "card", "chunk", "score"', /\b(ingest|card|chunk|score|Skor)\b/i],
];

const PAGES = [
  '/antrian',
  'handoff',
  '/percakapan',
  'answered',
  'declined',
  '/analitik',
  '/pengetahuan',
  '/pengetahuan/bawaan',
  '/pengetahuan/bawaan?q=hpp',
  '/kartu',
  '/direktori',
  '/orang',
];

describe.skipIf(!browserSuiteRuns())('every workspace page on a phone and a laptop', () => {
  let ws: Workspace;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let cookie: string;
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    if (!BROWSER.present)
      throw new Error(`${BROWSER.path} is missing: apt-get install chromium or set CHROMIUM_PATH`);
    ws = await openWorkspace(engines()[0]!);
    server = await startDashboard(ws.app, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: BROWSER.path,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const ask = (text: string, user: string) =>
      ws.app.answers.answer({ text, channel: 'telegram', userRef: user, chatRef: user });
    const answered = await ask('bagaimana cara menghitung HPP keripik untuk 100 bungkus?', 'u-ani');
    await ask('apa saja isi label kemasan pangan?', 'u-budi');
    const declined = await ask(
      'sy perajin tas yg mau ikut pameran Inacraft gmn caranya kak, berapa biaya sewa stan?',
      'u-ani',
    );
    await ask('biaya stan di pameran inacraft brp ya', 'u-budi');
    await ws.app.answers.answer({
      text: 'cara menghitung HPP',
      channel: 'cli',
      userRef: 'u-cli',
      chatRef: 'u-cli',
    });
    // Some days back, with feedback, so that the charts have more than one bar.
    await ws.db.query(`update interactions set created_at = now() - ((id % 4) * interval '1 day')`);
    await ws.db.query('insert into feedback (interaction_id, value) values ($1, 1), ($2, -1)', [
      answered.interactionId,
      declined.interactionId,
    ]);
    await ws.db.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at) values ('u-ani', 'telegram', 777, 'id', now())`,
    );
    const handoffs = createHandoffsRepo(ws.db);
    const handoff = await handoffs.create({
      userRef: 'u-ani',
      channel: 'telegram',
      question: 'sy perajin tas yg mau ikut pameran Inacraft gmn caranya kak, berapa biaya sewa stan?',
      reason: 'declined',
      interactionId: declined.interactionId!,
    });
    const reply = (body: string) =>
      handoffs.reply({ handoffId: handoff.id, mentorId: 1, mentorName: 'Dewi', body, delivered: body });
    const sent = await reply('Biaya stan Inacraft berbeda tiap tahun; tanyakan ke Dinas Perindustrian.');
    const blocked = await reply('Apakah sudah dapat jawabannya dari Dinas?');
    await reply('Saya kirimkan juga formulir pendaftarannya.');
    await ws.db.query('update outbox set sent_at = now(), attempts = 1 where id = $1', [sent]);
    await ws.db.query(
      `update outbox set failed_at = now(), attempts = 1, last_error = 'Forbidden: bot was blocked by the user' where id = $1`,
      [blocked],
    );
    const dir = mkdtempSync(join(tmpdir(), 'pd-phone-'));
    writeFileSync(
      join(dir, 'd.csv'),
      'nama_sentra,provinsi,kabupaten_kota,produk,jumlah_unit_usaha\nSentra Tenun Ikat Sikka Maumere,Nusa Tenggara Timur,Kabupaten Sikka,Tenun ikat dan kain tradisional,1234\n',
    );
    await importDirectoryCsv({
      db: ws.db,
      file: join(dir, 'd.csv'),
      areas: ws.app.areas(),
      log: silentLogger(),
      source: 'Unggahan d.csv',
    });
    Object.assign(paths, {
      handoff: `/antrian/${handoff.id}`,
      answered: `/percakapan/${answered.interactionId}`,
      declined: `/percakapan/${declined.interactionId}`,
    });
    const admin = await ws.as('admin');
    cookie = admin.cookie;
    // Opening pages leaves audit lines (conversation.open, handoff.open) for the people page to show.
    const [name, value] = cookie.split('=') as [string, string];
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: server.url }]);
    const warm = await context.newPage();
    for (const path of [paths.answered!, paths.handoff!]) await warm.goto(`${server.url}${path}`);
    await context.close();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await ws?.close();
  });

  for (const width of [390, 1280]) {
    it(`fits ${width} px without sideways scrolling, in words a mentor uses, with readable charts`, async () => {
      const [name, value] = cookie.split('=') as [string, string];
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const key of PAGES) {
        const path = paths[key] ?? key;
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        const scroll = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        if (scroll > width) problems.push(`${path} at ${width} px is ${scroll} px wide`);
        const text = await page.innerText('body');
        for (const [what, pattern] of DEVELOPER_WORDS) {
          const found = pattern.exec(text);
          if (found)
            problems.push(
              `${path}: ${what}: "${text.slice(Math.max(0, found.index - 30), found.index + 30).replace(/\s+/g, ' ')}"`,
            );
        }
        const small = await page.$$eval('svg text', (nodes) =>
          nodes
            .map((node) => {
              const size = Number.parseFloat(node.getAttribute('font-size') ?? '0');
              const scale = (node as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
              return { text: node.textContent ?? '', px: size * scale };
            })
            .filter((label) => label.px < 11),
        );
        for (const label of small)
          problems.push(`${path}: chart label "${label.text}" is ${label.px.toFixed(1)} px`);
        const shots: Record<string, string> = {
          '/antrian': 'beranda',
          answered: 'percakapan',
          '/analitik': 'analitik',
          handoff: 'balasan-mentor',
          declined: 'belum-terjawab',
          '/pengetahuan/bawaan?q=hpp': 'pengetahuan-bawaan',
        };
        if (SHOTS && shots[key])
          await page.screenshot({ path: join(SHOTS, `${shots[key]}-${width}.png`), fullPage: true });
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('shows each mentor reply with its delivery state, and the nearest documents of a declined question', async () => {
    const [name, value] = cookie.split('=') as [string, string];
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}${paths.handoff}`);
    const states = await page.locator('#utas .kirim').allInnerTexts();
    expect(states).toHaveLength(3);
    expect(states[0]).toMatch(/terkirim/i);
    expect(states[1]).toMatch(/gagal/i);
    expect(states[1]).toMatch(/memblokir bot/i);
    expect(states[2]).toMatch(/antrean/i);
    await page.goto(`${server.url}${paths.declined}`);
    const why = await page.innerText('#alasan');
    expect(why).not.toContain('Tanpa sumber');
    expect(await page.locator('#dokumen-terdekat li').count()).toBeGreaterThan(0);
    // Why each fell short: the question's own words the document does not cover.
    expect(await page.innerText('#dokumen-terdekat')).toMatch(
      /tidak membahas[^\n]*\b(pameran|inacraft|stan)\b/i,
    );
    await page.goto(`${server.url}/direktori`);
    expect(await page.innerText('#ringkasan-direktori')).toMatch(/\d+ sentra/);
    // Province and regency come from the official area list: chosen, not typed.
    expect(await page.locator('select[name=provinsi] option').count()).toBe(
      ws.app.areas().provinces.length + 1,
    );
    await page.selectOption('select[name=provinsi]', 'Nusa Tenggara Timur');
    await page.click('#cari-sentra button');
    await page.selectOption('select[name=kabupaten]', 'Kabupaten Sikka');
    await page.click('#cari-sentra button');
    expect(await page.innerText('#sentra')).toContain('Sentra Tenun Ikat Sikka');
    expect(await page.innerText('#sentra')).toContain('1.234');
    await context.close();
  }, 60_000);
});
