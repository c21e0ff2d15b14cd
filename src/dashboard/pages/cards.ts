import type { ConversationDetail } from '../../db/workspace-repo.ts';
import type { Ctx, DashboardDeps } from '../context.ts';
import { field } from '../context.ts';
import { type Html, h, num, truncate, when } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';

const MAX_CARD_ANSWER = 600;

/**
 * On a conversation: what the bot read (the asking sentence, the story around it), the cards it
 * found and their scores, the choices it offered; and a form that attaches the user's question to a
 * card as a new way of asking it.
 */
export function cardPanel(c: Ctx, row: ConversationDetail, teach: boolean): Html {
  const t = row.trace;
  if (!t) return h``;
  // Scores above 1 (an exact asking plus its story) read as a full match.
  const percent = (x: number) => `${Math.round(Math.min(1, x) * 100)}%`;
  const nearest = t.cards ?? [];
  return h`<div class="card" id="kartu-jejak"><h2>Yang dibaca bot</h2>
  ${t.asking ? h`<p>Kalimat yang bertanya: <strong>${t.asking}</strong></p>` : ''}
  ${t.context ? h`<p class="muted">Cerita di sekitarnya (hanya penentu bila seri): ${truncate(t.context, 300)}</p>` : ''}
  ${t.chosenFrom ? h`<p>Pengguna memilih topik ini dari pilihan "maksudnya yang mana?" di <a href="/percakapan/${t.chosenFrom}">percakapan #${t.chosenFrom}</a>.</p>` : ''}
  ${t.choices?.length ? h`<p>Bot bertanya balik "maksudnya yang mana?" dengan pilihan:</p><ol id="pilihan">${t.choices.map((choice) => h`<li>${choice.label}</li>`)}</ol>` : ''}
  ${
    nearest.length
      ? h`<table id="kartu-terdekat" class="stack"><thead><tr><th>Kartu jawaban terdekat</th><th>Kemiripan</th><th>Paling mirip dengan</th></tr></thead><tbody>
      ${nearest.map((card) => h`<tr><td>${card.section}${card.id === t.card ? h` <span class="tag answered">menjawab</span>` : ''}</td><td>${percent(card.score)}</td><td class="muted">${truncate(card.matched, 160)}</td></tr>`)}</tbody></table>`
      : h`<p class="muted">Tidak ada kartu jawaban yang mirip.</p>`
  }
  ${
    teach && nearest.length
      ? h`<form method="post" action="/percakapan/${row.id}/varian" id="jadikan-varian">${csrfField(c)}
      <p><label>Pertanyaan ini sebenarnya menanyakan kartu
      <select name="kartu">${nearest.map((card) => h`<option value="${card.id}">${truncate(card.section, 80)}</option>`)}</select></label>
      <button>Tambahkan sebagai cara bertanya</button></p>
      <p class="muted">Pertanyaan berikutnya yang mirip akan langsung dijawab dengan kartu itu.</p></form>`
      : ''
  }</div>`;
}

/** On a hand-off the mentor has answered: save the reply as a new card whose first question is the user's. */
export function saveReplyForm(c: Ctx, handoffId: number, reply: string | undefined): Html {
  if (!reply) return h``;
  return h`<form method="post" action="/antrian/${handoffId}/kartu" class="card" id="jadikan-kartu">${csrfField(c)}
  <h2>Jadikan kartu jawaban</h2>
  <p class="muted">Pertanyaan pengguna menjadi cara bertanya pertama; pertanyaan serupa berikutnya dijawab langsung dengan jawaban ini.</p>
  <label>Jawaban singkat (satu-dua kalimat)<br><textarea name="jawab" maxlength="${MAX_CARD_ANSWER}" required>${truncate(reply, MAX_CARD_ANSWER)}</textarea></label>
  <button id="simpan-kartu">Simpan sebagai kartu</button></form>`;
}

export function registerCards(r: Router, deps: DashboardDeps): void {
  r.post('/percakapan/:id/varian', 'teach', async (c) => {
    const id = Number(c.req.param('id'));
    const row = Number.isSafeInteger(id) ? await deps.workspace.get(id) : null;
    if (!row) return message(c, 404, 'Tidak ditemukan', 'Percakapan ini tidak ada atau sudah dihapus.');
    const cardId = field(c.get('form'), 'kartu', 200);
    const mentor = c.get('session')!.mentor;
    const added = await deps.cards.addVariant({
      cardId,
      text: row.question,
      origin: 'mentor',
      createdBy: mentor.name,
      interactionId: id,
    });
    if (added === null) return message(c, 400, 'Kartu tidak ada', 'Pilih salah satu kartu dari daftar.');
    deps.app.cards?.invalidate();
    await deps.audit.record({
      mentorId: mentor.id,
      action: 'card.variant',
      target: `card:${cardId}`,
      detail: { interactionId: id },
    });
    return c.redirect(`/kartu?ditambah=${encodeURIComponent(cardId)}`, 303);
  });

  r.post('/antrian/:id/kartu', 'teach', async (c) => {
    const id = Number(c.req.param('id'));
    const item = Number.isSafeInteger(id) ? await deps.handoffs.get(id) : null;
    if (!item)
      return message(
        c,
        404,
        'Tidak ditemukan',
        'Pertanyaan ini tidak ada atau penggunanya sudah menghapus datanya.',
      );
    const jawab = field(c.get('form'), 'jawab', MAX_CARD_ANSWER + 1).replace(/\s+/g, ' ');
    if (jawab.length < 20)
      return message(c, 400, 'Jawaban terlalu pendek', 'Tulis jawaban paling sedikit 20 karakter.');
    if (jawab.length > MAX_CARD_ANSWER)
      return message(
        c,
        400,
        'Jawaban terlalu panjang',
        `Kartu menjawab singkat: paling panjang ${MAX_CARD_ANSWER} karakter.`,
      );
    const mentor = c.get('session')!.mentor;
    const cardId = await deps.cards.createMentorCard({ question: item.question, jawab, mentor: mentor.name });
    deps.app.cards?.invalidate();
    await deps.audit.record({
      mentorId: mentor.id,
      action: 'card.create',
      target: `card:${cardId}`,
      detail: { handoffId: id },
    });
    return c.redirect(`/kartu?ditambah=${encodeURIComponent(cardId)}`, 303);
  });

  r.post('/kartu/calon/:id/terima', 'teach', async (c) => {
    const id = Number(c.req.param('id'));
    const mentor = c.get('session')!.mentor;
    const accepted = Number.isSafeInteger(id) && (await deps.cards.acceptVariant(id, mentor.name));
    if (!accepted) return message(c, 404, 'Tidak ditemukan', 'Calon ini sudah diterima atau tidak ada.');
    deps.app.cards?.invalidate();
    await deps.audit.record({ mentorId: mentor.id, action: 'card.accept', target: `variant:${id}` });
    return c.redirect('/kartu', 303);
  });

  r.get('/kartu', 'teach', async (c) => {
    const [candidates, all] = await Promise.all([deps.cards.candidates(100), deps.cards.list()]);
    const added = c.req.query('ditambah');
    const grown = all.filter(
      (card) => card.origin === 'mentor' || card.variants.some((v) => v.origin === 'mentor'),
    );
    return c.html(
      page(
        c,
        'Kartu jawaban',
        h`${added ? h`<p class="ok" id="ditambah">Tersimpan di kartu "${all.find((card) => card.id === added)?.section ?? added}". Pertanyaan serupa berikutnya dijawab dengan kartu ini.</p>` : ''}
        <p class="muted">Kartu jawaban adalah pertanyaan yang sering diajukan beserta jawaban singkatnya. Bot mencocokkan pesan dengan
        cara-cara bertanya di kartu. Ada ${num(all.length)} kartu; tambahkan cara bertanya dari percakapan yang meleset, atau jadikan balasan mentor kartu baru.
        Semua kartu bawaan beserta cara bertanya dan jawabannya dapat dibaca dan dicari di <a href="/pengetahuan/bawaan" id="ke-bawaan">Pengetahuan bawaan</a>.</p>
        <div class="card"><h2>Topik yang dipilih pengguna</h2>
        <p class="muted">Saat bot bertanya balik "maksudnya yang mana?", pilihan pengguna menjadi calon cara bertanya. Terima yang memang tepat.</p>
        ${
          candidates.length
            ? h`<table id="calon" class="stack"><thead><tr><th>Pertanyaan pengguna</th><th>Dipilih sebagai</th><th>Waktu</th><th></th></tr></thead><tbody>
          ${candidates.map(
            (
              v,
            ) => h`<tr><td>${truncate(v.text, 200)}</td><td>${v.section}</td><td class="muted">${when(new Date(v.createdAt))}</td>
          <td><form method="post" action="/kartu/calon/${v.id}/terima" class="inline">${csrfField(c)}<button>Terima</button></form></td></tr>`,
          )}</tbody></table>`
            : h`<p class="muted">Belum ada.</p>`
        }</div>
        <div class="card"><h2>Kartu yang ditumbuhkan mentor</h2>
        ${
          grown.length
            ? h`<table id="kartu-mentor" class="stack"><thead><tr><th>Kartu</th><th>Jawaban</th><th>Cara bertanya dari mentor</th></tr></thead><tbody>
          ${grown.map(
            (card) => h`<tr><td>${card.section}</td><td>${truncate(card.jawab, 200)}</td>
          <td>${card.variants.filter((v) => v.origin === 'mentor').map((v) => h`<div>${truncate(v.text, 160)}</div>`)}</td></tr>`,
          )}</tbody></table>`
            : h`<p class="muted">Belum ada.</p>`
        }</div>`,
      ),
    );
  });
}
