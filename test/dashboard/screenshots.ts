/**
 * Screenshots of the workspace for the README: `npx tsx test/dashboard/screenshots.ts docs`.
 * A PGlite app on the shipped knowledge, the evaluation questions asked over 30 days by 25 users
 * (some with feedback, the declined ones handed to mentors), then each main page in headless Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

const out = process.argv[2] ?? 'docs';
const db = await openPglite();
await migrate(db);
const config = createConfig({ KNOWLEDGE_DIR: 'knowledge', PENDAMPING_DATA_DIR: '/tmp/pd-shots', PORT: '0' });
const app = await openApp(config, silentLogger(), { db, ingest: 'sync' });
const dir = 'test/eval/questions';
const questions = readdirSync(dir).flatMap((file) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { question: string }).question),
);
let n = 0;
for (const question of questions) {
  const user = `u${n % 25}`;
  const result = await app.answers.answer({
    text: question,
    channel: n % 5 ? 'telegram' : 'cli',
    userRef: user,
    chatRef: user,
  });
  const id = result.interactionId!;
  const daysAgo = (n * 7) % 30;
  await db.query(
    `update interactions set created_at = now() - ($2::int * interval '1 day') - ($3::int * interval '1 minute') where id = $1`,
    [id, daysAgo, n],
  );
  if (n % 4 === 0)
    await db.query('insert into feedback (interaction_id, value) values ($1, $2)', [
      id,
      n % 12 === 0 ? -1 : 1,
    ]);
  if (!result.answered) {
    await db.query(
      `insert into chat_users (user_ref, channel, chat_id, language, consented_at) values ($1, 'telegram', $2, 'id', now()) on conflict do nothing`,
      [user, 1000 + (n % 25)],
    );
    await db.query(
      `insert into handoffs (interaction_id, user_ref, channel, question, reason, created_at, status, resolved_at)
       values ($1, $2, 'telegram', $3, 'declined', now() - ($4::int * interval '1 hour'), $5, $6)`,
      [
        id,
        user,
        question,
        daysAgo * 24 + 3,
        n % 3 === 0 ? 'resolved' : 'open',
        n % 3 === 0 ? new Date() : null,
      ],
    );
  }
  n++;
}
await createMentorsRepo(db).upsert({ telegramId: 1, name: 'Dewi Lestari', role: 'admin' });
const server = await startDashboard(app, { port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
await page.goto((await createSignInLinks(db, config, { baseUrl: server.url }).linkFor(1))!);
await page.click('#masuk');
const shot = async (path: string, name: string, full = false) => {
  await page.goto(`${server.url}${path}`);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: full });
};
await shot('/percakapan', 'percakapan');
const answered = await db.query<{ id: string }>(
  `select id from interactions where answered order by id limit 1 offset 3`,
);
await shot(`/percakapan/${answered.rows[0]!.id}`, 'percakapan-detail', true);
await shot('/antrian', 'antrian');
await shot('/analitik', 'analitik', true);
await page.goto(`${server.url}/direktori`);
await page.setInputFiles('input[name=berkas]', {
  name: 'direktori.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'nama_sentra,provinsi,kabupaten_kota,produk,jumlah_unit_usaha\nSentra Tenun Uji,Nusa Tenggara Timur,Kabupaten Sikka,Tenun ikat,30\nSentra Salah,Provinsi Antah,Kota Entah,Batik,5\n',
  ),
});
await page.click('#unggah button');
await page.screenshot({ path: join(out, 'direktori.png'), fullPage: false });
await browser.close();
await server.close();
await app.close();
await db.close();
console.log(`${n} questions asked; screenshots in ${out}/`);
