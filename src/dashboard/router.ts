import { timingSafeEqual } from 'node:crypto';
import type { Handler, Hono } from 'hono';
import { allowed, type Area } from './access.ts';
import type { DashboardEnv, Form } from './context.ts';
import { message } from './layout.ts';

export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string;
  /** 'public' routes need no session (sign-in, static files). */
  area: Area | 'public';
}

export interface Router {
  get(path: string, area: Area | 'public', handler: Handler<DashboardEnv>): void;
  post(path: string, area: Area | 'public', handler: Handler<DashboardEnv>): void;
  readonly routes: RouteSpec[];
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length || expected.length === 0) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * Registers routes with their access rule, so that no route can exist without one: the role is checked
 * on the server before the handler runs, and a POST's CSRF token (bound to the session) before that.
 */
export function createRouter(hono: Hono<DashboardEnv>): Router {
  const routes: RouteSpec[] = [];
  const guard =
    (
      method: RouteSpec['method'],
      area: RouteSpec['area'],
      handler: Handler<DashboardEnv>,
    ): Handler<DashboardEnv> =>
    async (c, next) => {
      const session = c.get('session');
      if (area !== 'public') {
        if (!session)
          return message(
            c,
            401,
            'Silakan masuk',
            'Kirim /masuk ke bot Pendamping IKM untuk mendapat tautan masuk.',
          );
        if (!allowed(area, session.mentor.role)) {
          c.get('log').warn(
            { code: 'FORBIDDEN', mentorId: session.mentor.id, role: session.mentor.role, path: c.req.path },
            'role not allowed',
          );
          return message(c, 403, 'Tidak diizinkan', 'Peran Anda tidak mencakup halaman ini.');
        }
      }
      if (method === 'POST') {
        let form: Form;
        try {
          form = (await c.req.parseBody({ all: true })) as Form;
        } catch (error) {
          c.get('log').warn({ err: error, code: 'BAD_FORM', path: c.req.path }, 'unreadable form body');
          return message(
            c,
            400,
            'Formulir tidak terbaca',
            'Isi formulir tidak dapat dibaca. Coba kirim lagi.',
          );
        }
        if (area !== 'public' && !sameToken(form._csrf, session!.csrf)) {
          c.get('log').warn({ code: 'CSRF', path: c.req.path }, 'missing or wrong CSRF token');
          return message(
            c,
            403,
            'Formulir kedaluwarsa',
            'Token formulir tidak cocok. Muat ulang halaman lalu coba lagi.',
          );
        }
        c.set('form', form);
      }
      return handler(c, next);
    };
  return {
    routes,
    get(path, area, handler) {
      routes.push({ method: 'GET', path, area });
      hono.get(path, guard('GET', area, handler));
    },
    post(path, area, handler) {
      routes.push({ method: 'POST', path, area });
      hono.post(path, guard('POST', area, handler));
    },
  };
}
