import type { Handoff } from '../../db/handoffs-repo.ts';
import type { Ctx, DashboardDeps } from '../context.ts';
import { field } from '../context.ts';
import { age, channelLabel, h, type Html, truncate, when } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';
import { saveReplyForm } from './cards.ts';

const STATUS = { open: 'menunggu', answered: 'sudah dibalas', resolved: 'selesai' } as const;
const MAX_REPLY = 3_500;

/** The reply as the artisan receives it: signed with the mentor's name, in the artisan's language. */
export function signedReply(body: string, mentorName: string, language: string | null): string {
  return language === 'en'
    ? `Reply from mentor ${mentorName}:\n\n${body}`
    : `Balasan dari mentor ${mentorName}:\n\n${body}`;
}

/** A hand-off by the id in the path; null when the id is not a number or the hand-off is gone (/hapus). */
function findHandoff(deps: DashboardDeps, id: number): Promise<Handoff | null> {
  return Number.isSafeInteger(id) ? deps.handoffs.get(id) : Promise.resolve(null);
}

const notFound = (c: Ctx) =>
  message(c, 404, 'Tidak ditemukan', 'Pertanyaan ini tidak ada atau penggunanya sudah menghapus datanya.');

interface Delivery {
  sentAt: Date | null;
  failedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

/**
 * The outbox rows of a hand-off's replies, oldest first. A reply and its outbox row are written in one
 * transaction (handoffs-repo reply), so the n-th mentor message of the thread is the n-th row here.
 */
async function deliveries(deps: DashboardDeps, handoffId: number): Promise<Delivery[]> {
  const { rows } = await deps.app.db.query<{
    sent_at: Date | null;
    failed_at: Date | null;
    attempts: number;
    last_error: string | null;
  }>('select sent_at, failed_at, attempts, last_error from outbox where handoff_id = $1 order by id', [
    handoffId,
  ]);
  return rows.map((row) => ({
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    failedAt: row.failed_at ? new Date(row.failed_at) : null,
    attempts: Number(row.attempts),
    lastError: row.last_error,
  }));
}

/** Why Telegram refused a message, in a mentor's words. */
function failure(error: string | null): string {
  const text = (error ?? '').toLowerCase();
  if (text.includes('blocked')) return 'pengguna memblokir bot';
  if (text.includes('deactivated')) return 'akun Telegram pengguna sudah dihapus';
  if (text.includes('chat not found') || text.includes('kicked')) return 'obrolan pengguna tidak ada lagi';
  return 'Telegram menolak pesan ini';
}

/** Queued, delivered or failed: what became of one reply. */
function deliveryState(delivery: Delivery | undefined): Html {
  if (!delivery) return h`<span class="kirim tag">tidak dikirim</span>`;
  if (delivery.sentAt) return h`<span class="kirim tag answered">✓ terkirim ${when(delivery.sentAt)}</span>`;
  if (delivery.failedAt)
    return h`<span class="kirim tag error">✗ gagal dikirim: ${failure(delivery.lastError)}</span>`;
  return h`<span class="kirim tag">dalam antrean kirim${delivery.attempts > 0 ? h`, dicoba ${delivery.attempts} kali` : ''}</span>`;
}

/** The mentors' queue: open hand-offs oldest first; replying (via the outbox) and resolving. */
export function registerHandoffs(r: Router, deps: DashboardDeps): void {
  r.get('/antrian', 'handoffs', async (c) => {
    const list = await deps.handoffs.listUnresolved(200);
    const now = new Date();
    return c.html(
      page(
        c,
        'Antrian mentor',
        h`<p class="muted">Pertanyaan yang diteruskan ke mentor, yang terlama di atas.</p>
        <table id="antrian" class="stack"><thead><tr><th>Menunggu</th><th>Pertanyaan</th><th>Alasan</th><th>Status</th></tr></thead><tbody>
        ${list.map(
          (
            item,
          ) => h`<tr><td data-label="Menunggu">${age(item.createdAt, now)}</td><td data-label="Pertanyaan"><a href="/antrian/${item.id}">${truncate(item.question, 200)}</a></td>
        <td data-label="Alasan">${item.reason === 'declined' ? 'bot belum tahu' : 'diminta pengguna'}</td><td data-label="Status">${STATUS[item.status]}</td></tr>`,
        )}
        </tbody></table>${list.length === 0 ? h`<p class="ok">Antrian kosong.</p>` : ''}`,
      ),
    );
  });

  r.get('/antrian/:id', 'handoffs', async (c) => {
    const id = Number(c.req.param('id'));
    const item = await findHandoff(deps, id);
    if (!item) return notFound(c);
    const [thread, sends] = await Promise.all([deps.handoffs.messages(id), deliveries(deps, id)]);
    let reply = 0;
    await deps.audit.record({
      mentorId: c.get('session')!.mentor.id,
      action: 'handoff.open',
      target: `handoff:${id}`,
    });
    const sent = c.req.query('terkirim');
    return c.html(
      page(
        c,
        'Pertanyaan untuk mentor',
        h`${sent === '1' ? h`<p class="ok" id="terkirim">Balasan disimpan dan diantrikan untuk dikirim bot ke obrolan pengguna.</p>` : ''}
        ${sent === '0' ? h`<p class="notice">Pengguna ini tidak dapat dihubungi (belum memberi izin atau sudah menghapus datanya); balasan tidak dikirim.</p>` : ''}
        <div class="card"><p class="muted">${when(item.createdAt)} · menunggu ${age(item.createdAt)} · ${STATUS[item.status]} · ${channelLabel(item.channel)}
        ${item.interactionId ? h` · <a href="/percakapan/${item.interactionId}">lihat jawaban bot</a>` : ''}</p>
        <h2>Pertanyaan</h2><p class="pre" id="pertanyaan">${item.question}</p></div>
        <div class="card" id="utas"><h2>Utas</h2>
        ${thread.map(
          (
            m,
          ) => h`<p><strong>${m.author === 'mentor' ? `Mentor ${m.mentorName ?? ''}` : 'Pengguna'}</strong> <span class="muted">${when(m.createdAt)}</span>
        ${m.author === 'mentor' ? deliveryState(sends[reply++]) : ''}<br><span class="pre">${m.body}</span></p>`,
        )}
        ${thread.length === 0 ? h`<p class="muted">Belum ada balasan.</p>` : ''}</div>
        ${
          item.status === 'resolved'
            ? h`<p class="ok">Selesai ${item.resolvedAt ? when(item.resolvedAt) : ''}.</p>`
            : h`
        <form method="post" action="/antrian/${id}/balas" class="card">${csrfField(c)}
        <label>Balasan untuk pengguna<br><textarea name="balasan" maxlength="${MAX_REPLY}" required></textarea></label>
        <p class="muted">Dikirim bot ke obrolan pengguna dengan nama Anda.</p><button id="kirim">Kirim balasan</button></form>
        <form method="post" action="/antrian/${id}/selesai">${csrfField(c)}<button class="secondary" id="selesai">Tandai selesai</button></form>`
        }
        ${saveReplyForm(c, id, thread.filter((m) => m.author === 'mentor').at(-1)?.body)}`,
      ),
    );
  });

  r.post('/antrian/:id/balas', 'handoffs', async (c) => {
    const id = Number(c.req.param('id'));
    const item = await findHandoff(deps, id);
    if (!item) return notFound(c);
    const body = field(c.get('form'), 'balasan', MAX_REPLY + 1).replace(/\r\n/g, '\n');
    if (!body) return message(c, 400, 'Balasan kosong', 'Tulis balasan sebelum mengirim.');
    if (body.length > MAX_REPLY)
      return message(c, 400, 'Balasan terlalu panjang', `Balasan paling panjang ${MAX_REPLY} karakter.`);
    const mentor = c.get('session')!.mentor;
    const user = await deps.users.get(item.userRef);
    const outboxId = await deps.handoffs.reply({
      handoffId: id,
      mentorId: mentor.id,
      mentorName: mentor.name,
      body,
      delivered: signedReply(body, mentor.name, user?.language ?? null),
    });
    await deps.audit.record({
      mentorId: mentor.id,
      action: 'handoff.reply',
      target: `handoff:${id}`,
      detail: { queued: outboxId !== null },
    });
    return c.redirect(`/antrian/${id}?terkirim=${outboxId === null ? 0 : 1}`, 303);
  });

  r.post('/antrian/:id/selesai', 'handoffs', async (c) => {
    const id = Number(c.req.param('id'));
    const mentor = c.get('session')!.mentor;
    if (!(await findHandoff(deps, id))) return notFound(c);
    await deps.handoffs.resolve(id, mentor.id);
    await deps.audit.record({ mentorId: mentor.id, action: 'handoff.resolve', target: `handoff:${id}` });
    return c.redirect('/antrian', 303);
  });
}
