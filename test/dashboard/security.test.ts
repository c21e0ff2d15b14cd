import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLinks } from '../../src/dashboard/sign-in.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/dashboard/server.ts';
import { createMentorsRepo } from '../../src/db/mentors-repo.ts';
import { engines } from '../helpers/db.ts';
import { openWorkspace, requester, seedConversation, type Workspace } from './workspace.ts';

describe.each(engines())('workspace security on $name', (engine) => {
  let ws: Workspace;
  let request: ReturnType<typeof requester>;
  beforeAll(async () => {
    ws = await openWorkspace(engine);
    request = requester(ws.dashboard);
  });
  afterAll(async () => ws?.close());

  async function signInWith(link: string) {
    const token = new URL(link).searchParams.get('t')!;
    const page = await request(`/masuk?t=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    return request('/masuk', { form: { t: token } });
  }

  it('signs in once with a one-time link; the same link then fails', async () => {
    const mentor = await createMentorsRepo(ws.db).upsert({ telegramId: 101, name: 'Sari', role: 'mentor' });
    const link = await createSignInLinks(ws.db, ws.app.config).linkFor(mentor.telegramId);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:0\/masuk\?t=/);
    const first = await signInWith(link!);
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const list = await request('/percakapan', { cookie: cookie.split(';')[0] });
    expect(list.status).toBe(200);
    const again = await signInWith(link!);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('sudah dipakai atau kedaluwarsa');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses an expired link, an unknown token, and people who are not allow-listed or switched off', async () => {
    const repo = createMentorsRepo(ws.db);
    const mentor = await repo.upsert({ telegramId: 102, name: 'Budi', role: 'mentor' });
    const expiring = createSignInLinks(ws.db, {
      ...ws.app.config,
      dashboard: { ...ws.app.config.dashboard, signInTtlMs: 1 },
    });
    const link = await expiring.linkFor(mentor.telegramId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await signInWith(link!)).status).toBe(400);
    expect((await request('/masuk', { form: { t: 'not-a-token' } })).status).toBe(400);
    expect((await request('/masuk', { form: { t: '' } })).status).toBe(400);
    const links = createSignInLinks(ws.db, ws.app.config);
    expect(await links.linkFor(999_999)).toBeNull();
    const fresh = await links.linkFor(mentor.telegramId);
    await repo.update(mentor.id, { active: false });
    expect(await links.linkFor(mentor.telegramId)).toBeNull();
    expect((await signInWith(fresh!)).status).toBe(400);
  });

  it('applies a role change or a switch-off to open sessions at once', async () => {
    const admin = await ws.as('admin');
    const mentor = await ws.as('mentor');
    expect((await request('/percakapan', { cookie: mentor.cookie })).status).toBe(200);
    const change = (aktif: string) =>
      request(`/orang/${mentor.mentor.id}`, {
        cookie: admin.cookie,
        form: { peran: 'official', aktif, _csrf: admin.csrf },
      });
    expect((await change('ya')).status).toBe(303);
    expect((await request('/percakapan', { cookie: mentor.cookie })).status).toBe(403);
    expect((await request('/analitik', { cookie: mentor.cookie })).status).toBe(200);
    expect((await change('tidak')).status).toBe(303);
    expect((await request('/analitik', { cookie: mentor.cookie })).status).toBe(401);
    const { rows } = await ws.db.query<{ action: string }>(
      `select action from audit_log where target = $1 order by id`,
      [`mentor:${mentor.mentor.id}`],
    );
    expect(rows.map((r) => r.action)).toEqual(['people.change', 'people.change']);
  });

  it('sends a Content-Security-Policy without script and never caches pages', async () => {
    const response = await request('/masuk');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses every form without the session CSRF token, and changes nothing', async () => {
    const { cookie, csrf } = await ws.as('admin');
    const seeded = await seedConversation(ws.db, { question: 'berapa biaya pameran?', answer: 'belum tahu' });
    const forms: [string, Record<string, string>][] = [
      [`/antrian/${seeded.handoffId}/balas`, { balasan: 'Coba hubungi dinas.' }],
      [`/antrian/${seeded.handoffId}/selesai`, {}],
      [`/percakapan/${seeded.interactionId}/ajari`, { penilaian: 'wrong', aksi: 'nilai' }],
      ['/orang', { telegram_id: '4242', nama: 'Penyusup', peran: 'admin' }],
      ['/keluar', {}],
    ];
    for (const [path, form] of forms) {
      for (const token of [undefined, 'x'.repeat(csrf.length), `${csrf}x`]) {
        const response = await request(path, {
          cookie,
          form: token === undefined ? form : { ...form, _csrf: token },
        });
        expect(response.status, `${path} with ${token ? 'a wrong' : 'no'} token`).toBe(403);
      }
    }
    const counts = await ws.db.query<{
      outbox: number;
      annotations: number;
      mentors: number;
      handoff: string;
    }>(
      `select (select count(*)::int from outbox) as outbox, (select count(*)::int from annotations) as annotations,
       (select count(*)::int from mentors where telegram_id = 4242) as mentors,
       (select status from handoffs where id = $1) as handoff`,
      [seeded.handoffId],
    );
    expect(counts.rows[0]).toEqual({ outbox: 0, annotations: 0, mentors: 0, handoff: 'open' });
    // The session survived the refused sign-out, and the same form with the token works.
    const ok = await request(`/antrian/${seeded.handoffId}/balas`, {
      cookie,
      form: { balasan: 'Coba hubungi dinas.', _csrf: csrf },
    });
    expect(ok.status).toBe(303);
  });

  it('refuses a cross-origin form post even with a valid token', async () => {
    const { cookie, csrf } = await ws.as('admin');
    const response = await ws.dashboard.fetch(
      new Request('http://localhost/orang', {
        method: 'POST',
        headers: {
          host: 'localhost',
          origin: 'http://evil.example',
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ telegram_id: '77', nama: 'X', peran: 'admin', _csrf: csrf }).toString(),
      }),
    );
    expect(response.status).toBe(403);
  });

  it('renders a stored <script> in a question or answer as text', async () => {
    const { cookie } = await ws.as('mentor');
    const attack = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const seeded = await seedConversation(ws.db, {
      question: `tolong ${attack}`,
      answer: `jawab ${attack} & "kutip"`,
    });
    for (const path of [
      '/percakapan',
      `/percakapan/${seeded.interactionId}`,
      '/antrian',
      `/antrian/${seeded.handoffId}`,
      '/analitik',
    ]) {
      const body = await (await request(path, { cookie })).text();
      expect(body, path).not.toContain('<script>');
      expect(body, path).not.toContain('<img src=x');
      expect(body, path).toContain('&lt;script&gt;');
    }
  });

  it('answers hostile input with a clear page and keeps running', async () => {
    const { cookie, csrf } = await ws.as('mentor');
    expect((await request('/percakapan/abc', { cookie })).status).toBe(404);
    expect((await request('/percakapan/99999999999999999999', { cookie })).status).toBe(404);
    expect((await request('/percakapan?setelah=garbage&dari=kemarin&cari=%00%01', { cookie })).status).toBe(
      200,
    );
    const huge = await request('/antrian/1/balas', {
      cookie,
      form: { balasan: 'x'.repeat(300_000), _csrf: csrf },
    });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('terlalu besar');
    expect((await request('/percakapan', { cookie })).status).toBe(200);
  });
});
