import { ROLES, type Role } from '../../db/mentors-repo.ts';
import { ROLE_LABEL } from '../access.ts';
import { type DashboardDeps, field } from '../context.ts';
import { h, type Html, when } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';

const roleOptions = (selected?: Role) =>
  ROLES.map(
    (role) => h`<option value="${role}" ${role === selected ? 'selected' : ''}>${ROLE_LABEL[role]}</option>`,
  );

/** What an audit line records, in a mentor's words. */
const ACTION_LABEL: Record<string, string> = {
  'conversation.open': 'membuka percakapan',
  'handoff.open': 'membuka pertanyaan untuk mentor',
  'handoff.reply': 'membalas pengguna',
  'handoff.resolve': 'menandai selesai',
  'annotation.add': 'menilai jawaban bot',
  'knowledge.add': 'menambah pengetahuan',
  'knowledge.export': 'mengunduh dokumen pengetahuan',
  'card.variant': 'menambah cara bertanya ke kartu',
  'card.create': 'membuat kartu jawaban',
  'card.accept': 'menerima cara bertanya',
  'directory.import': 'mengunggah direktori',
  'people.add': 'menambah orang',
  'people.change': 'mengubah peran',
  export: 'mengekspor percakapan',
  signin: 'masuk ke ruang kerja',
  signout: 'keluar',
};

const TARGET_LABEL: Record<string, string> = {
  interaction: 'percakapan',
  handoff: 'pertanyaan untuk mentor',
  mentor: 'orang',
  card: 'kartu',
  variant: 'cara bertanya',
};

/** "interaction:3" -> a link to "percakapan 3"; other targets as written. */
function targetOf(target: string | null): Html | string {
  if (!target) return '';
  const [kind, id] = target.split(':', 2) as [string, string | undefined];
  const label = TARGET_LABEL[kind];
  if (!label || id === undefined) return target;
  if (kind === 'interaction') return h`<a href="/percakapan/${id}">${label} ${id}</a>`;
  if (kind === 'handoff') return h`<a href="/antrian/${id}">${label} ${id}</a>`;
  if (kind === 'card') return label;
  return `${label} ${id}`;
}

/** Admins: who may sign in, with which role; and the audit log. */
export function registerPeople(r: Router, deps: DashboardDeps): void {
  r.get('/orang', 'people', async (c) => {
    const [people, audit] = await Promise.all([deps.mentors.list(), deps.audit.recent(100)]);
    return c.html(
      page(
        c,
        'Orang & peran',
        h`<table id="orang" class="stack"><thead><tr><th>Nama</th><th>ID Telegram</th><th>Peran</th><th>Aktif</th><th></th></tr></thead><tbody>
        ${people.map(
          (
            p,
          ) => h`<tr><td><strong>${p.name}</strong></td><td data-label="ID Telegram">${p.telegramId}</td><td data-label="Peran">${ROLE_LABEL[p.role]}</td><td data-label="Aktif">${p.active ? 'ya' : 'tidak'}</td>
        <td><form method="post" action="/orang/${p.id}" class="inline">${csrfField(c)}<select name="peran">${roleOptions(p.role)}</select>
        <select name="aktif"><option value="ya" ${p.active ? 'selected' : ''}>aktif</option><option value="tidak" ${p.active ? '' : 'selected'}>nonaktif</option></select>
        <button>Simpan</button></form></td></tr>`,
        )}</tbody></table>
        <form method="post" action="/orang" class="card filters">${csrfField(c)}
        <label>ID Telegram <input name="telegram_id" inputmode="numeric" required></label>
        <label>Nama <input name="nama" required maxlength="100"></label>
        <label>Peran <select name="peran">${roleOptions('mentor')}</select></label><button>Tambah</button></form>
        <h2>Catatan kegiatan</h2><table id="audit" class="stack"><thead><tr><th>Waktu</th><th>Siapa</th><th>Tindakan</th><th>Sasaran</th></tr></thead><tbody>
        ${audit.map((a) => h`<tr><td class="muted">${when(a.at)}</td><td data-label="Siapa">${a.mentorName ?? '–'}</td><td>${ACTION_LABEL[a.action] ?? a.action}</td><td>${targetOf(a.target)}</td></tr>`)}</tbody></table>`,
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
