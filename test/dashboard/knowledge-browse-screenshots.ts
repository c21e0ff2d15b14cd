/**
 * Screenshots of the shipped-knowledge page on the real knowledge folder, at a phone's and a laptop's
 * width: `npx tsx test/dashboard/knowledge-browse-screenshots.ts docs/screenshots`.
 * A PGlite app ingests knowledge/, a mentor signs in with a one-time link, and the page is shown as a
 * list of documents and as a search for a word ("impas").
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import { startDashboard } from '../../src/dashboard/server.ts';
import { createSignInLinks } from '../../src/dashboard/sign-in.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createMentorsRepo } from '../../src/db/mentors-repo.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { silentLogger } from '../helpers/log.ts';
import { DEFAULT_CHROMIUM } from '../helpers/requirements.ts';

const out = process.argv[2] ?? 'docs/screenshots';
const db = await openPglite();
await migrate(db);
const config = createConfig({
  KNOWLEDGE_DIR: 'knowledge',
  PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-kb-shots-')),
  PORT: '0',
});
const app = await openApp(config, silentLogger(), { db, ingest: 'sync' });
await createMentorsRepo(db).upsert({ telegramId: 1, name: 'Dewi Lestari', role: 'mentor' });
const server = await startDashboard(app, { port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
for (const [width, height] of [
  [390, 1600],
  [1280, 1000],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto((await createSignInLinks(db, config, { baseUrl: server.url }).linkFor(1))!);
  await page.click('#masuk');
  await page.goto(`${server.url}/pengetahuan/bawaan`);
  await page.screenshot({ path: join(out, `pengetahuan-bawaan-daftar-${width}.png`) });
  await page.goto(`${server.url}/pengetahuan/bawaan?q=impas`);
  // The first card's cited section, opened, as a mentor would read it.
  await page.locator('.kartu details.bagian summary').first().click();
  await page.screenshot({ path: join(out, `pengetahuan-bawaan-${width}.png`) });
  await page.close();
}
await browser.close();
await server.close();
await app.close();
await db.close();
console.log(`screenshots of /pengetahuan/bawaan in ${out}/`);
