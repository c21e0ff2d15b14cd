import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createCardsRepo } from '../db/cards-repo.ts';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { App } from '../app.ts';
import { createAnalyticsRepo } from '../db/analytics-repo.ts';
import { createAuditRepo } from '../db/audit-repo.ts';
import { createCuratedRepo } from '../db/curated-repo.ts';
import { createChatUsersRepo } from '../db/chat-users-repo.ts';
import { createHandoffsRepo } from '../db/handoffs-repo.ts';
import { createMentorsRepo } from '../db/mentors-repo.ts';
import { createSessionsRepo } from '../db/sessions-repo.ts';
import { createWorkspaceRepo } from '../db/workspace-repo.ts';
import type { DashboardDeps, DashboardEnv } from './context.ts';
import { showTimesIn } from './html.ts';
import { message } from './layout.ts';
import { registerAnalytics } from './pages/analytics.ts';
import { registerCards } from './pages/cards.ts';
import { registerConversations } from './pages/conversations.ts';
import { registerDirectory } from './pages/directory.ts';
import { registerExport } from './pages/export.ts';
import { registerHandoffs } from './pages/handoffs.ts';
import { registerHome } from './pages/home.ts';
import { registerKnowledge } from './pages/knowledge.ts';
import { registerKnowledgeBrowse } from './pages/knowledge-browse.ts';
import { registerPeople } from './pages/people.ts';
import { createRouter, type RouteSpec } from './router.ts';
import { sameSiteForms, securityHeaders } from './security.ts';
import { SESSION_COOKIE, registerSignIn } from './sign-in.ts';
import { STYLESHEET } from './style.ts';

export { CONTENT_SECURITY_POLICY } from './security.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const MAX_FORM_BYTES = 256 * 1024;

export interface Dashboard {
  fetch: (request: Request) => Response | Promise<Response>;
  /** Every route with its access rule (the role matrix test walks this list). */
  routes: RouteSpec[];
}

export function createDashboard(app: DashboardDeps['app']): Dashboard {
  const { db } = app;
  showTimesIn(app.config.dashboard.timeZone);
  const deps: DashboardDeps = {
    app,
    mentors: createMentorsRepo(db),
    sessions: createSessionsRepo(db),
    audit: createAuditRepo(db),
    workspace: createWorkspaceRepo(db),
    analytics: createAnalyticsRepo(db),
    curated: createCuratedRepo(db),
    handoffs: createHandoffsRepo(db),
    users: createChatUsersRepo(db),
    cards: createCardsRepo(db),
  };
  const hono = new Hono<DashboardEnv>();
  const { publicUrl } = app.config.dashboard;
  hono.use(async (c, next) => {
    c.set('log', app.log.child({ component: 'dashboard', method: c.req.method, path: c.req.path }));
    await next();
  });
  hono.use(securityHeaders(publicUrl));
  hono.use(async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    c.set('session', id ? await deps.sessions.get(id) : null);
    await next();
  });
  hono.use(sameSiteForms(publicUrl));
  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: (c) =>
        message(
          c as never,
          413,
          'Berkas terlalu besar',
          `Batas ukuran adalah ${Math.round(limit / 1024)} KB.`,
        ),
    });
  hono.post('/direktori/unggah', tooLarge(MAX_UPLOAD_BYTES));
  hono.post('*', async (c, next) =>
    c.req.path === '/direktori/unggah' ? next() : tooLarge(MAX_FORM_BYTES)(c, next),
  );
  hono.get('/static/app.css', (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  const router = createRouter(hono);
  registerSignIn(router, deps);
  registerHome(router, deps);
  registerConversations(router, deps);
  registerHandoffs(router, deps);
  registerCards(router, deps);
  registerKnowledge(router, deps);
  registerKnowledgeBrowse(router, deps);
  registerExport(router, deps);
  registerAnalytics(router, deps);
  registerDirectory(router, deps);
  registerPeople(router, deps);

  hono.notFound((c) => message(c, 404, 'Tidak ditemukan', 'Halaman ini tidak ada.'));
  hono.onError((error, c) => {
    app.log.error({ err: error, code: 'DASHBOARD_ERROR', path: c.req.path }, 'dashboard request failed');
    return message(c, 500, 'Terjadi kesalahan', 'Permintaan gagal diproses. Coba lagi sebentar lagi.');
  });
  return { fetch: hono.fetch, routes: router.routes };
}

/**
 * Serves the workspace; `pendamping start` calls this next to the bot so that one process (and one
 * embedded database) serves both. Port 0 picks a free port; the returned url says which.
 */
export async function startDashboard(
  app: DashboardDeps['app'],
  options: { port?: number; host?: string } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const dashboard = createDashboard(app);
  const host = options.host ?? app.config.host;
  const { server, info } = await new Promise<{ server: ReturnType<typeof serve>; info: AddressInfo }>(
    (resolve, reject) => {
      const server = serve(
        { fetch: dashboard.fetch, port: options.port ?? app.config.port, hostname: host },
        (info) => resolve({ server, info }),
      );
      server.once('error', reject);
    },
  );
  // As the webhook server: idle keep-alive connections outlive a proxy's (60 s), so a proxy in front never
  // writes a request into a socket this server is closing at that moment (its client would see a reset).
  const http = server as import('node:http').Server;
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return {
    url: `http://${shown}:${info.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Idle keep-alive connections would hold close() open; end them.
        (server as import('node:http').Server).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export type { App };
