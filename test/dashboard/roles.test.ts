import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ACCESS, allowed } from '../../src/dashboard/access.ts';
import type { RouteSpec } from '../../src/dashboard/router.ts';
import { createCardsRepo } from '../../src/db/cards-repo.ts';
import { createCuratedRepo } from '../../src/db/curated-repo.ts';
import { createMentorsRepo, ROLES, type Role } from '../../src/db/mentors-repo.ts';
import { engines } from '../helpers/db.ts';
import { openWorkspace, requester, seedConversation, type Workspace } from './workspace.ts';

const CSV =
  'nama_sentra,provinsi,kabupaten_kota,produk,jumlah_unit_usaha\nSentra Uji Tas,Jawa Timur,Kabupaten Sidoarjo,Tas kulit,12\n';

describe.each(engines())('role by route matrix on $name', (engine) => {
  let ws: Workspace;
  let request: ReturnType<typeof requester>;
  let ids: {
    interactionId: number;
    handoffId: number;
    docId: number;
    personId: number;
    cardId: string;
    variantId: number;
  };
  beforeAll(async () => {
    ws = await openWorkspace(engine);
    request = requester(ws.dashboard);
    const seeded = await seedConversation(ws.db, {
      question: 'bagaimana cara ikut pameran?',
      answer: 'belum tahu',
    });
    const doc = await createCuratedRepo(ws.db).create({
      slug: 'uji',
      title: 'Dokumen uji',
      topic: 'pemasaran',
      audience: ['perajin'],
      language: 'id',
      source: 'Mentor uji, 2026',
      asOf: '2026-01-01',
      body: '## Dokumen uji\n\nIsi dokumen uji yang cukup panjang.',
      interactionId: null,
      mentorId: null,
    });
    const person = await createMentorsRepo(ws.db).upsert({
      telegramId: 31337,
      name: 'Sasaran',
      role: 'mentor',
    });
    const cards = createCardsRepo(ws.db);
    const cardId = await cards.createMentorCard({
      question: 'bagaimana cara ikut pameran?',
      jawab: 'Daftar lewat Dinas Perindustrian setempat.',
      mentor: 'Uji',
    });
    const variantId = (await cards.addVariant({ cardId, text: 'pameran itu gmn', origin: 'chosen' }))!;
    ids = { ...seeded, docId: doc.id, personId: person.id, cardId, variantId };
  });
  afterAll(async () => ws?.close());

  /** A concrete request for every route: its path with ids filled in and, for forms, a valid body. */
  function concrete(route: RouteSpec): { path: string; form?: () => Record<string, string> | FormData } {
    const path = route.path
      .replace('/percakapan/:id', `/percakapan/${ids.interactionId}`)
      .replace('/antrian/:id', `/antrian/${ids.handoffId}`)
      .replace('/orang/:id', `/orang/${ids.personId}`)
      .replace('/kartu/calon/:id', `/kartu/calon/${ids.variantId}`)
      .replace(/:file\{[^}]+\}/, `${ids.docId}.md`);
    const forms: Record<string, () => Record<string, string> | FormData> = {
      '/percakapan/:id/ajari': () => ({ penilaian: 'correct', aksi: 'nilai', catatan: 'ok' }),
      '/antrian/:id/balas': () => ({ balasan: 'Balasan uji.' }),
      '/antrian/:id/selesai': () => ({}),
      '/percakapan/:id/varian': () => ({ kartu: ids.cardId }),
      '/antrian/:id/kartu': () => ({ jawab: 'Jawaban mentor yang cukup panjang untuk kartu.' }),
      '/kartu/calon/:id/terima': () => ({}),
      '/orang': () => ({
        telegram_id: String(40_000 + Math.floor(Math.random() * 1e6)),
        nama: 'Baru',
        peran: 'official',
      }),
      '/orang/:id': () => ({ peran: 'mentor', aktif: 'ya' }),
      '/keluar': () => ({}),
      '/direktori/unggah': () => {
        const data = new FormData();
        data.set('berkas', new File([CSV], 'uji.csv', { type: 'text/csv' }));
        return data;
      },
    };
    if (route.method === 'GET') return { path };
    const form = forms[route.path];
    if (!form) throw new Error(`no form for POST ${route.path}: add one to the matrix`);
    return { path, form };
  }

  it('allows exactly the permitted role on every route, and nobody without a session', async () => {
    const routes = ws.dashboard.routes.filter((route) => route.area !== 'public');
    expect(routes.length).toBeGreaterThanOrEqual(18);
    const results: { route: string; role: string; status: number; ok: boolean; expected: boolean }[] = [];
    for (const route of routes) {
      for (const role of [...ROLES, 'none'] as (Role | 'none')[]) {
        const session = role === 'none' ? undefined : await ws.as(role);
        const { path, form } = concrete(route);
        let body = form?.();
        if (body && session) {
          if (body instanceof FormData) body.set('_csrf', session.csrf);
          else body = { ...body, _csrf: session.csrf };
        }
        const response = await request(path, { cookie: session?.cookie, form: body, method: route.method });
        const expected = role !== 'none' && allowed(route.area as keyof typeof ACCESS, role);
        const ok = response.status < 400;
        results.push({ route: `${route.method} ${route.path}`, role, status: response.status, ok, expected });
        expect(ok, `${route.method} ${path} as ${role}: ${response.status}`).toBe(expected);
        if (!expected) expect(response.status).toBe(role === 'none' ? 401 : 403);
      }
    }
    if (process.env.ROLE_MATRIX_OUT)
      writeFileSync(process.env.ROLE_MATRIX_OUT, JSON.stringify(results, null, 1));
    // Analytics for officials are aggregates only: no question text; mentors see the gaps with their questions.
    const official = await ws.as('official');
    const mentor = await ws.as('mentor');
    const seen = async (cookie: string) =>
      (await (await request('/analitik', { cookie })).text()).includes('cara ikut pameran');
    expect(await seen(official.cookie)).toBe(false);
    expect(await seen(mentor.cookie)).toBe(true);
    // Officials never reach a personal conversation, hand-off or export.
    for (const r of results.filter((x) => x.role === 'official'))
      if (/percakapan|antrian|ekspor|pengetahuan|orang/.test(r.route)) expect(r.ok, r.route).toBe(false);
  });
});
