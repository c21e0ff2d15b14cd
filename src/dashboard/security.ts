import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { DashboardEnv } from './context.ts';
import { message } from './layout.ts';

/** No script at all, styles only from our own stylesheet, no framing, forms only to ourselves. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

/** The header value `hono/secure-headers` writes from CSP_DIRECTIVES (tests compare the two). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The security headers of every response, through `hono/secure-headers`: the CSP above, no framing at all
 * (DENY, stricter than the library's SAMEORIGIN), no referrer, no sniffing, and HSTS only when the workspace
 * is published over https (PUBLIC_URL); without includeSubDomains, since the office's other hosts are not
 * ours to pin. Pages are never cached: they show personal conversations.
 */
export function securityHeaders(publicUrl: string | undefined): MiddlewareHandler<DashboardEnv> {
  const headers = secureHeaders({
    contentSecurityPolicy: CSP_DIRECTIVES,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: publicUrl?.startsWith('https://') ? 'max-age=15552000' : false,
  });
  return async (c, next) => {
    await headers(c, next);
    c.header('Cache-Control', 'no-store');
  };
}

/** The host part of an Origin header; undefined when it is not a URL. */
function originHost(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}

/**
 * Refuses a cross-site form post through `hono/csrf` before the session's CSRF token is looked at (the
 * router checks that token on every POST; this is the second wall). A browser's post passes when its
 * Sec-Fetch-Site is same-origin or its Origin names the host it was sent to (the Host header, or
 * PUBLIC_URL's host behind a proxy that terminates TLS, where the request URL says http). Origin `null`,
 * which a browser sends with our `Referrer-Policy: no-referrer`, is accepted only from a browser too old to
 * send Sec-Fetch-Site. A request with neither header comes from no browser (curl, scripts) and cannot be
 * forged cross-site: the token alone decides. A malformed Origin answers 400, not a crash.
 */
export function sameSiteForms(publicUrl: string | undefined): MiddlewareHandler<DashboardEnv> {
  const publicHost = publicUrl ? originHost(publicUrl) : undefined;
  const guard = csrf({
    origin: (origin, c) => {
      if (origin === 'null') return c.req.header('sec-fetch-site') === undefined;
      const host = originHost(origin);
      return (
        host !== undefined &&
        (host === (c.req.header('host') ?? new URL(c.req.url).host) || host === publicHost)
      );
    },
  });
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null' && originHost(origin) === undefined) {
      c.get('log').warn({ code: 'BAD_ORIGIN', origin: origin.slice(0, 200) }, 'malformed Origin header');
      return message(c, 400, 'Permintaan tidak terbaca', 'Asal formulir (header Origin) tidak dapat dibaca.');
    }
    if (origin === undefined && c.req.header('sec-fetch-site') === undefined) return next();
    let passed = false;
    try {
      await guard(c, () => {
        passed = true;
        return next();
      });
    } catch (error) {
      if (passed || !(error instanceof HTTPException) || error.status !== 403) throw error;
      c.get('log').warn(
        { code: 'CROSS_ORIGIN', origin, secFetchSite: c.req.header('sec-fetch-site') },
        'cross-origin form refused',
      );
      return message(c, 403, 'Tidak diizinkan', 'Formulir dari situs lain ditolak.');
    }
  };
}
