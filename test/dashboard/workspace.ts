import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, openApp } from '../../src/app.ts';
import { createConfig } from '../../src/config.ts';
import { createDashboard, type Dashboard } from '../../src/dashboard/server.ts';
import { SESSION_COOKIE } from '../../src/dashboard/sign-in.ts';
import { createMentorsRepo, type Mentor, type Role } from '../../src/db/mentors-repo.ts';
import type { Database } from '../../src/db/port.ts';
import { createSessionsRepo } from '../../src/db/sessions-repo.ts';
import type { TestEngine } from '../helpers/db.ts';
import { writeKnowledge } from '../helpers/knowledge.ts';
import { silentLogger } from '../helpers/log.ts';

/** A small knowledge folder: enough to answer some questions and decline others. */
export function testKnowledge(): string {
  return writeKnowledge([
    {
      path: 'keuangan/hpp.md',
      title: 'Cara menghitung HPP',
      topic: 'keuangan',
      body: [
        '## Cara menghitung HPP',
        '',
        'Harga pokok produksi (HPP) adalah jumlah biaya bahan baku, biaya tenaga kerja langsung, dan biaya overhead pabrik dibagi jumlah produk yang dibuat. Contoh: biaya Rp 500.000 untuk 100 bungkus keripik berarti HPP Rp 5.000 per bungkus.',
        '',
        '```kartu',
        'id: uji-hpp-rumus',
        'tanya: Bagaimana cara menghitung HPP?',
        'chat: ngitung hpp gmn kak',
        'cerita: Saya bikin keripik 100 bungkus sebulan. Bagaimana menghitung HPP per bungkus?',
        'en: How do I calculate my cost of goods?',
        'jawab: HPP per produk = (bahan baku + tenaga kerja langsung + overhead) ÷ jumlah produk yang dibuat.',
        'answer: Cost of goods per unit = (materials + direct labour + overhead) ÷ units made.',
        '```',
      ].join('\n'),
    },
    {
      path: 'kemasan/label.md',
      title: 'Label kemasan pangan',
      topic: 'kemasan',
      body: '## Isi label kemasan pangan\n\nLabel kemasan pangan olahan memuat nama produk, daftar bahan, berat bersih, nama dan alamat produsen, tanggal kedaluwarsa, dan nomor izin edar seperti P-IRT atau BPOM.',
    },
  ]);
}

export interface Workspace {
  app: App;
  db: Database;
  dashboard: Dashboard;
  knowledgeDir: string;
  /** A person of this role with an open session: the cookie header and the CSRF token. */
  as(role: Role): Promise<{ mentor: Mentor; cookie: string; csrf: string }>;
  close(): Promise<void>;
}

let nextTelegramId = 5_000;

export async function openWorkspace(
  engine: TestEngine,
  env: Record<string, string> = {},
): Promise<Workspace> {
  const opened = await engine.open();
  const knowledgeDir = testKnowledge();
  const config = createConfig({
    KNOWLEDGE_DIR: knowledgeDir,
    PENDAMPING_DATA_DIR: mkdtempSync(join(tmpdir(), 'pd-ws-')),
    PORT: '0',
    ...env,
  });
  const app = await openApp(config, silentLogger(), { db: opened.db, ingest: 'sync' });
  const dashboard = createDashboard(app);
  const mentors = createMentorsRepo(opened.db);
  const sessions = createSessionsRepo(opened.db);
  return {
    app,
    db: opened.db,
    dashboard,
    knowledgeDir,
    async as(role) {
      const mentor = await mentors.upsert({ telegramId: nextTelegramId++, name: `Uji ${role}`, role });
      const session = await sessions.open(mentor.id, 3_600_000);
      return { mentor, cookie: `${SESSION_COOKIE}=${session.id}`, csrf: session.csrf };
    },
    async close() {
      await app.close();
      await opened.cleanup();
    },
  };
}

/** Seeds one conversation with a consented Telegram user, a hand-off and a curated-looking interaction. */
export async function seedConversation(
  db: Database,
  input: { question: string; answer: string; userRef?: string },
) {
  const userRef = input.userRef ?? `u-${Math.random().toString(36).slice(2)}`;
  await db.query(
    `insert into chat_users (user_ref, channel, chat_id, language, consented_at) values ($1, 'telegram', $2, 'id', now())
     on conflict (user_ref) do nothing`,
    [userRef, Math.floor(Math.random() * 1e9)],
  );
  const { rows } = await db.query<{ id: string }>(
    `insert into interactions (channel, user_ref, chat_ref, question, language, answer, answered, confidence, outcome, sources, timings, mode)
     values ('telegram', $1, $1, $2, 'id', $3, false, 0.1, 'declined', '[]', '{"retrieveMs": 3}', 'none') returning id`,
    [userRef, input.question, input.answer],
  );
  const interactionId = Number(rows[0]!.id);
  const handoff = await db.query<{ id: string }>(
    `insert into handoffs (interaction_id, user_ref, channel, question, reason) values ($1, $2, 'telegram', $3, 'declined') returning id`,
    [interactionId, userRef, input.question],
  );
  return { userRef, interactionId, handoffId: Number(handoff.rows[0]!.id) };
}

/** A request to the dashboard in-process (no socket), as a signed-in person or nobody. */
export function requester(dashboard: Dashboard) {
  return (
    path: string,
    init: { cookie?: string; form?: Record<string, string> | FormData; method?: string } = {},
  ) => {
    const headers = new Headers({ host: 'localhost' });
    if (init.cookie) headers.set('cookie', init.cookie);
    let body: BodyInit | undefined;
    if (init.form instanceof FormData) body = init.form;
    else if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    return dashboard.fetch(
      new Request(`http://localhost${path}`, {
        method: init.method ?? (init.form ? 'POST' : 'GET'),
        headers,
        body,
      }),
    );
  };
}
