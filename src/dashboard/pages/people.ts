import { ROLES, type Role } from '../../db/mentors-repo.ts';
import { ROLE_LABEL } from '../access.ts';
import { type DashboardDeps, field } from '../context.ts';
import { h, when } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';

const roleOptions = (selected?: Role) =>
  ROLES.map(
    (role) => h`<option value="${role}" ${role === selected ? 'selected' : ''}>${ROLE_LABEL[role]}</option>`,
  );

/** Admins: who may sign in, with which role; and the audit log. */
export function registerPeople(r: Router, deps: DashboardDeps): void {
  r.get('/orang', 'people', async (c) => {
    const [people, audit] = await Promise.all([deps.mentors.list(), deps.audit.recent(100)]);
    return c.html(
      page(
        c,
        'Orang & peran',
        h`<table id="orang"><thead><tr><th>Nama</th><th>ID Telegram</th><th>Peran</th><th>Aktif</th><th></th></tr></thead><tbody>
        ${people.map(
          (
            p,
          ) => h`<tr><td>${p.name}</td><td>${p.telegramId}</td><td>${ROLE_LABEL[p.role]}</td><td>${p.active ? 'ya' : 'tidak'}</td>
        <td><form method="post" action="/orang/${p.id}" class="inline">${csrfField(c)}<select name="peran">${roleOptions(p.role)}</select>
        <select name="aktif"><option value="ya" ${p.active ? 'selected' : ''}>aktif</option><option value="tidak" ${p.active ? '' : 'selected'}>nonaktif</option></select>
        <button>Simpan</button></form></td></tr>`,
        )}</tbody></table>
        <form method="post" action="/orang" class="card filters">${csrfField(c)}
        <label>ID Telegram <input name="telegram_id" inputmode="numeric" required></label>
        <label>Nama <input name="nama" required maxlength="100"></label>
        <label>Peran <select name="peran">${roleOptions('mentor')}</select></label><button>Tambah</button></form>
        <h2>Log audit</h2><table id="audit"><thead><tr><th>Waktu</th><th>Siapa</th><th>Tindakan</th><th>Sasaran</th></tr></thead><tbody>
        ${audit.map((a) => h`<tr><td class="muted">${when(a.at)}</td><td>${a.mentorName ?? '–'}</td><td>${a.action}</td><td>${a.target ?? ''}</td></tr>`)}</tbody></table>`,
      ),
    );
  });

  r.post('/orang', 'people', async (c) => {
    const form = c.get('form');
    const telegramId = Number(field(form, 'telegram_id', 20));
    const name = field(form, 'nama', 100);
    const role = field(form, 'peran') as Role;
    if (!Number.isSafeInteger(telegramId) || telegramId <= 0 || !name || !ROLES.includes(role))
      return message(c, 400, 'Data tidak lengkap', 'Isi ID Telegram (angka), nama, dan peran.');
    const person = await deps.mentors.upsert({ telegramId, name, role });
    await deps.audit.record({
      mentorId: c.get('session')!.mentor.id,
      action: 'people.add',
      target: `mentor:${person.id}`,
      detail: { role },
    });
    return c.redirect('/orang', 303);
  });

  r.post('/orang/:id', 'people', async (c) => {
    const id = Number(c.req.param('id'));
    const form = c.get('form');
    const role = field(form, 'peran') as Role;
    const active = field(form, 'aktif');
    if (!Number.isSafeInteger(id) || !ROLES.includes(role) || !['ya', 'tidak'].includes(active))
      return message(c, 400, 'Data tidak lengkap', 'Pilih peran dan status aktif.');
    const person = await deps.mentors.update(id, { role, active: active === 'ya' });
    if (!person) return message(c, 404, 'Tidak ditemukan', 'Orang ini tidak ada.');
    await deps.audit.record({
      mentorId: c.get('session')!.mentor.id,
      action: 'people.change',
      target: `mentor:${id}`,
      detail: { role, active: person.active },
    });
    return c.redirect('/orang', 303);
  });
}
