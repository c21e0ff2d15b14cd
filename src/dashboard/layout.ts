import { type ACCESS, allowed, ROLE_LABEL } from './access.ts';
import type { Ctx } from './context.ts';
import { h, type Html } from './html.ts';

const NAV: { href: string; label: string; area: keyof typeof ACCESS }[] = [
  { href: '/percakapan', label: 'Percakapan', area: 'conversations' },
  { href: '/antrian', label: 'Antrian mentor', area: 'handoffs' },
  { href: '/analitik', label: 'Analitik', area: 'analytics' },
  { href: '/pengetahuan', label: 'Pengetahuan', area: 'knowledge' },
  { href: '/kartu', label: 'Kartu jawaban', area: 'teach' },
  { href: '/direktori', label: 'Direktori sentra', area: 'directory' },
  { href: '/orang', label: 'Orang & peran', area: 'people' },
];

/** The CSRF token of the signed-in session as a hidden field; every form carries it. */
export function csrfField(c: Ctx): Html {
  return h`<input type="hidden" name="_csrf" value="${c.get('session')?.csrf ?? ''}">`;
}

/** The page shell: navigation for the signed-in role, the title, the content. */
export function page(c: Ctx, title: string, content: Html): Html {
  const session = c.get('session');
  const role = session?.mentor.role;
  const nav = session
    ? h`<nav>${NAV.filter((item) => allowed(item.area, role)).map(
        (item) => h`<a href="${item.href}">${item.label}</a>`,
      )}<span class="who">${session.mentor.name} · ${ROLE_LABEL[session.mentor.role]}</span>
      <form method="post" action="/keluar" class="inline">${csrfField(c)}<button>Keluar</button></form></nav>`
    : '';
  return h`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Pendamping IKM</title><link rel="stylesheet" href="/static/app.css"></head>
<body><header><strong>Pendamping IKM</strong> · Ruang kerja mentor ${nav}</header>
<main><h1>${title}</h1>${content}</main></body></html>`;
}

/** A message page (errors, refusals) with the right status. */
export function message(c: Ctx, status: 400 | 401 | 403 | 404 | 413 | 500, title: string, text: string) {
  return c.html(page(c, title, h`<p class="notice">${text}</p>`), status);
}
