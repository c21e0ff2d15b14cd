import { type Annotation, VERDICTS, type Verdict } from '../../db/curated-repo.ts';
import type { ConversationDetail } from '../../db/workspace-repo.ts';
import { AUDIENCES, DocumentError, TOPICS } from '../../ingest/document.ts';
import { maskPersonal } from '../../text/personal-data.ts';
import { indexCurated, slugify, toKnowledgeDocument, toMarkdown, topicOfFolder } from '../curate.ts';
import { type Ctx, type DashboardDeps, field } from '../context.ts';
import { h, type Html, truncate, when } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';
import { knowledgeTabs, TOPIC_LABEL } from './knowledge-browse.ts';

const VERDICT_LABEL: Record<Verdict, string> = {
  correct: 'benar',
  wrong: 'salah',
  incomplete: 'kurang lengkap',
};
const CURATED_TOPICS = TOPICS.filter((topic) => topic !== 'direktori' && topic !== 'cakupan');

/** The "teach the bot" card of a conversation: earlier verdicts and the form for a new one. */
export function teachForm(c: Ctx, row: ConversationDetail, annotations: Annotation[]): Html {
  const topic = topicOfFolder(row.topic) ?? 'programme';
  return h`<div class="card" id="ajari"><h2>Ajari bot</h2>
  ${annotations.map((a) => h`<p><span class="tag">${VERDICT_LABEL[a.verdict]}</span> oleh ${a.mentorName ?? 'mentor'}, ${when(a.createdAt)}${a.note ? h`: ${a.note}` : ''}${a.betterAnswer ? h`<br><span class="muted pre">Jawaban lebih baik: ${a.betterAnswer}</span>` : ''}</p>`)}
  <form method="post" action="/percakapan/${row.id}/ajari">${csrfField(c)}
  <p>Jawaban bot: ${VERDICTS.map((v) => h`<label><input type="radio" name="penilaian" value="${v}" ${v === 'wrong' && !row.answered ? 'checked' : ''}> ${VERDICT_LABEL[v]}</label> `)}</p>
  <p><label>Catatan<br><input type="text" name="catatan" size="80" maxlength="2000"></label></p>
  <p><label>Jawaban yang lebih baik<br><textarea name="jawaban" maxlength="20000"></textarea></label></p>
  <details><summary>Untuk basis pengetahuan</summary>
  <p><label>Judul <input type="text" name="judul" size="80" maxlength="200" value="${truncate(maskPersonal(row.question).text.replace(/\s+/g, ' '), 200)}"></label>
  <br><span class="notice" id="judul-draf">Draf dari pertanyaan pengguna (data pribadi disamarkan): periksa dan tulis ulang judulnya sebelum menyimpan. Judul tampil sebagai sumber bagi pengguna lain.</span></p>
  <p><label>Topik <select name="topik">${CURATED_TOPICS.map((t) => h`<option ${t === topic ? 'selected' : ''}>${t}</option>`)}</select></label>
  <label>Pembaca <select name="pembaca">${AUDIENCES.map((a) => h`<option ${a === 'perajin' ? 'selected' : ''}>${a}</option>`)}</select></label></p></details>
  <button name="aksi" value="nilai">Simpan penilaian</button>
  <button name="aksi" value="pengetahuan" id="tambah-pengetahuan">Tambahkan ke pengetahuan</button></form></div>`;
}

/** Annotating answers, turning a better answer into curated knowledge, and exporting that knowledge. */
export function registerKnowledge(r: Router, deps: DashboardDeps): void {
  r.post('/percakapan/:id/ajari', 'teach', async (c) => {
    const id = Number(c.req.param('id'));
    const row = Number.isSafeInteger(id) ? await deps.workspace.get(id) : null;
    if (!row) return message(c, 404, 'Tidak ditemukan', 'Percakapan ini tidak ada atau sudah dihapus.');
    const form = c.get('form');
    const mentor = c.get('session')!.mentor;
    const verdict = field(form, 'penilaian') as Verdict;
    const better = field(form, 'jawaban').replace(/\r\n/g, '\n');
    const toKnowledge = field(form, 'aksi') === 'pengetahuan';
    if (!VERDICTS.includes(verdict) && !toKnowledge)
      return message(c, 400, 'Penilaian belum dipilih', 'Pilih benar, salah, atau kurang lengkap.');
    if (toKnowledge && better.length < 20)
      return message(
        c,
        400,
        'Jawaban terlalu pendek',
        'Tulis jawaban yang lebih baik (paling sedikit 20 karakter) sebelum menambahkannya ke pengetahuan.',
      );
    if (VERDICTS.includes(verdict)) {
      await deps.curated.annotate({
        interactionId: id,
        mentorId: mentor.id,
        verdict,
        note: field(form, 'catatan', 2000),
        betterAnswer: better,
      });
      await deps.audit.record({
        mentorId: mentor.id,
        action: 'annotation.add',
        target: `interaction:${id}`,
        detail: { verdict },
      });
    }
    if (!toKnowledge) return c.redirect(`/percakapan/${id}#ajari`, 303);

    // The title is the mentor's; without one, the question masked (the repository masks again on store).
    const title = maskPersonal(field(form, 'judul', 200) || row.question)
      .text.replace(/\s+/g, ' ')
      .slice(0, 200);
    const topic = field(form, 'topik');
    const audience = field(form, 'pembaca');
    const today = new Date().toISOString().slice(0, 10);
    const draft = {
      title: title.length >= 3 ? title : `Jawaban mentor: ${title}`,
      topic: (CURATED_TOPICS as readonly string[]).includes(topic)
        ? topic
        : (topicOfFolder(row.topic) ?? 'programme'),
      audience: (AUDIENCES as readonly string[]).includes(audience) ? [audience] : ['perajin'],
      language: row.language === 'en' ? 'en' : 'id',
      source: `Mentor Pendamping IKM: ${mentor.name}, ${today}`,
      asOf: today,
      // The question as a heading makes the section stand alone and match the way people ask.
      body: `## ${title}\n\n${better}`,
    };
    try {
      toKnowledgeDocument({
        ...draft,
        id: 0,
        path: 'kurasi/cek.md',
        interactionId: id,
        mentorId: mentor.id,
        createdAt: new Date(),
      });
    } catch (error) {
      const reason = error instanceof DocumentError ? error.reason : (error as Error).message;
      return message(c, 400, 'Dokumen tidak valid', `Dokumen pengetahuan ditolak: ${reason}`);
    }
    const doc = await deps.curated.create({
      ...draft,
      slug: slugify(title),
      interactionId: id,
      mentorId: mentor.id,
    });
    const report = await indexCurated(deps.app.db, deps.app.log);
    await deps.audit.record({
      mentorId: mentor.id,
      action: 'knowledge.add',
      target: doc.path,
      detail: { interactionId: id, chunks: report.chunksInserted },
    });
    return c.redirect(`/pengetahuan?baru=${doc.id}`, 303);
  });

  r.get('/pengetahuan', 'knowledge', async (c) => {
    const docs = await deps.curated.list();
    const fresh = Number(c.req.query('baru'));
    return c.html(
      page(
        c,
        'Pengetahuan kurasi',
        h`${knowledgeTabs('kurasi')}${fresh ? h`<p class="ok" id="ditambahkan">Dokumen ditambahkan dan langsung dipakai bot untuk menjawab.</p>` : ''}
        <p class="muted">Jawaban yang ditulis mentor lewat "Ajari bot" disimpan di sini dan langsung dipakai bot. Dokumen ini
        tetap ada ketika pengetahuan bawaan diperbarui, dan dapat diunduh sebagai berkas teks untuk disunting.</p>
        <table id="kurasi" class="stack"><thead><tr><th>Judul</th><th>Topik</th><th>Sumber</th><th>Tanggal</th><th>Berkas</th></tr></thead><tbody>
        ${docs.map(
          (
            d,
          ) => h`<tr><td data-label="Judul">${d.title}</td><td data-label="Topik">${TOPIC_LABEL[d.topic] ?? d.topic}</td><td data-label="Sumber">${d.source}</td><td data-label="Tanggal">${d.asOf}</td>
        <td><a href="/pengetahuan/${d.id}.md" download>unduh</a></td></tr>`,
        )}</tbody></table>
        ${docs.length === 0 ? h`<p class="notice">Belum ada dokumen kurasi.</p>` : ''}`,
      ),
    );
  });

  r.get('/pengetahuan/:file{[0-9]+\\.md}', 'knowledge', async (c) => {
    const id = Number.parseInt(c.req.param('file') ?? '', 10);
    const doc = await deps.curated.get(id);
    if (!doc) return message(c, 404, 'Tidak ditemukan', 'Dokumen ini tidak ada.');
    await deps.audit.record({
      mentorId: c.get('session')!.mentor.id,
      action: 'knowledge.export',
      target: doc.path,
    });
    return c.body(toMarkdown(doc), 200, {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${doc.path.split('/').pop()}"`,
    });
  });
}
