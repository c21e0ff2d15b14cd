import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.ts';
import { createMentorsRepo } from '../db/mentors-repo.ts';
import type { Database } from '../db/port.ts';
import { createSessionsRepo } from '../db/sessions-repo.ts';
import type { DashboardDeps } from './context.ts';
import { field } from './context.ts';
import { h } from './html.ts';
import { message, page } from './layout.ts';
import type { Router } from './router.ts';

export const SESSION_COOKIE = 'pd_sesi';

/** Where the workspace is reached: PUBLIC_URL, else the address it listens on. */
export function baseUrlOf(config: Pick<Config, 'dashboard' | 'host' | 'port'>): string {
  if (config.dashboard.publicUrl) return config.dashboard.publicUrl;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${config.port}`;
}

export interface SignInLinks {
  /** A fresh one-time link for an allow-listed, active person; null for anyone else. */
  linkFor(telegramUserId: number): Promise<string | null>;
}

/** For the bot's /masuk command and `pendamping mentor link`: one-time, short-lived sign-in links. */
export function createSignInLinks(
  db: Database,
  config: Pick<Config, 'dashboard' | 'host' | 'port'>,
  options: { baseUrl?: string } = {},
): SignInLinks {
  const mentors = createMentorsRepo(db);
  const sessions = createSessionsRepo(db);
  return {
    async linkFor(telegramUserId) {
      if (!Number.isSafeInteger(telegramUserId)) return null;
      const mentor = await mentors.byTelegramId(telegramUserId);
      if (!mentor?.active) return null;
      const token = await sessions.issueToken(mentor.id, config.dashboard.signInTtlMs);
      return `${options.baseUrl ?? baseUrlOf(config)}/masuk?t=${encodeURIComponent(token)}`;
    },
  };
}

/**
 * Sign-in: opening the link shows a button and does not use the token (Telegram's link preview fetches
 * links too); pressing it uses the token once and opens a session in an HttpOnly, SameSite cookie.
 */
export function registerSignIn(r: Router, deps: DashboardDeps): void {
  const secure = (deps.app.config.dashboard.publicUrl ?? '').startsWith('https://');
  r.get('/masuk', 'public', (c) => {
    const token = c.req.query('t') ?? '';
    if (!token)
      return c.html(
        page(
          c,
          'Masuk',
          h`<p>Kirim <code>/masuk</code> ke bot Pendamping IKM di Telegram untuk mendapat tautan masuk sekali pakai.</p>`,
        ),
      );
    return c.html(
      page(
        c,
        'Masuk',
        h`<form method="post" action="/masuk"><input type="hidden" name="t" value="${token}">
        <p>Tautan ini hanya berlaku sekali dan sebentar.</p><button id="masuk">Masuk ke ruang kerja</button></form>`,
      ),
    );
  });

  r.post('/masuk', 'public', async (c) => {
    const mentor = await deps.sessions.consumeToken(field(c.get('form'), 't', 300));
    if (!mentor) {
      c.get('log').warn({ code: 'SIGNIN_REJECTED' }, 'sign-in link unknown, used or expired');
      return message(
        c,
        400,
        'Tautan tidak berlaku',
        'Tautan masuk ini sudah dipakai atau kedaluwarsa. Kirim /masuk lagi ke bot untuk tautan baru.',
      );
    }
    const session = await deps.sessions.open(mentor.id, deps.app.config.dashboard.sessionTtlMs);
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: Math.floor(deps.app.config.dashboard.sessionTtlMs / 1000),
    });
    await deps.audit.record({ mentorId: mentor.id, action: 'signin' });
    return c.redirect('/', 303);
  });

  r.post('/keluar', 'home', async (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await deps.sessions.close(id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/masuk', 303);
  });
}
