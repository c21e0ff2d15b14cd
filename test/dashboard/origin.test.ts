import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboard, type Dashboard } from '../../src/dashboard/server.ts';
import { engines } from '../helpers/db.ts';
import { memoryLogger } from '../helpers/log.ts';
import { openWorkspace, type Workspace } from './workspace.ts';

/**
 * The workspace's answer to what a browser says about where a form comes from (Origin, Sec-Fetch-Site),
 * and to an Origin header that is no URL at all (issue 18: that was a 500 from `new URL`).
 */
describe('workspace form origins', () => {
  let ws: Workspace;
  let dashboard: Dashboard;
  const memory = memoryLogger();
  beforeAll(async () => {
    ws = await openWorkspace(engines()[0]!, { PUBLIC_URL: 'https://ikm.dinas.example' });
    dashboard = createDashboard({ ...ws.app, log: memory.log });
  });
  afterAll(async () => ws?.close());

  async function post(headers: Record<string, string>) {
    const { cookie, csrf } = await ws.as('admin');
    const response = await dashboard.fetch(
      new Request('http://localhost/keluar', {
        method: 'POST',
        headers: {
          host: 'localhost',
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          ...headers,
        },
        body: new URLSearchParams({ _csrf: csrf }).toString(),
      }),
    );
    return { status: response.status, text: await response.text() };
  }

  it('answers 400 with a page, not 500, to a form whose Origin is not a URL, and logs it', async () => {
    const malformed = [
      'not a url',
      'http://',
      'http://[::1',
      '://localhost',
      'localhost',
      '%%%',
      'http://exa mple',
    ];
    for (const origin of malformed) {
      const response = await post({ origin });
      expect(response.status, origin).toBe(400);
      expect(response.text, origin).toContain('Origin');
    }
    const logged = memory.lines.filter((line) => line.code === 'BAD_ORIGIN');
    expect(logged.map((line) => line.origin)).toEqual(malformed);
    expect(memory.lines.filter((line) => line.code === 'DASHBOARD_ERROR')).toEqual([]);
    // A page read with a malformed Origin is still just a page.
    const page = await dashboard.fetch(
      new Request('http://localhost/masuk', { headers: { host: 'localhost', origin: 'http://[::1' } }),
    );
    expect(page.status).toBe(200);
  });

  it('lets a browser post from the page it was served, by Sec-Fetch-Site or by Origin', async () => {
    expect((await post({ 'sec-fetch-site': 'same-origin', origin: 'null' })).status).toBe(303);
    expect((await post({ origin: 'http://localhost' })).status).toBe(303);
    // Behind a proxy that ends TLS, the request says http://localhost but the browser says PUBLIC_URL.
    expect((await post({ origin: 'https://ikm.dinas.example' })).status).toBe(303);
    // A browser too old for Sec-Fetch-Site sends Origin null under Referrer-Policy no-referrer.
    expect((await post({ origin: 'null' })).status).toBe(303);
  });

  it('refuses a post that a browser marks as coming from another site, token or not', async () => {
    const crossSite: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://other.dinas.example' },
      { 'sec-fetch-site': 'cross-site', origin: 'null' },
      { origin: 'https://ikm.dinas.example.evil.example' },
    ];
    for (const headers of crossSite) {
      const response = await post(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.text).toContain('Formulir dari situs lain ditolak');
    }
    expect(memory.lines.filter((line) => line.code === 'CROSS_ORIGIN')).toHaveLength(4);
  });

  it('sends the security headers of hono/secure-headers on every answer, refusals too', async () => {
    const refused = await dashboard.fetch(
      new Request('http://localhost/keluar', {
        method: 'POST',
        headers: { host: 'localhost', origin: 'http://evil.example', 'content-type': 'text/plain' },
        body: 'x',
      }),
    );
    for (const response of [refused, await dashboard.fetch(new Request('http://localhost/tidak-ada'))]) {
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      // PUBLIC_URL is https: browsers are told to keep to https, for this host only.
      expect(response.headers.get('strict-transport-security')).toBe('max-age=15552000');
    }
  });
});
