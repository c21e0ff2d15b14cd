import { allowed } from '../access.ts';
import type { DashboardDeps } from '../context.ts';
import { age, h, when, truncate } from '../html.ts';
import { message, page } from '../layout.ts';
import type { Router } from '../router.ts';
import { cardPanel } from './cards.ts';
import { teachForm } from './knowledge.ts';
import { filterForm, filterOf, OUTCOME_LABEL, queryOf } from './filters.ts';

const FEEDBACK = { '1': 'membantu', '-1': 'tidak membantu' } as Record<string, string>;

/** The conversation list (filters, full-text search, keyset paging) and one conversation with its reasons. */
export function registerConversations(r: Router, deps: DashboardDeps): void {
  r.get('/percakapan', 'conversations', async (c) => {
    const filter = filterOf(c);
    const cursor = c.req.query('setelah');
    const [result, facets] = await Promise.all([
      deps.workspace.page(filter, cursor),
      deps.workspace.facets(),
    ]);
    const rows = result.rows.map(
      (row) => h`<tr>
      <td class="muted">${when(row.createdAt)}</td><td>${row.channel}</td>
      <td><a href="/percakapan/${row.id}">${truncate(row.question, 140)}</a></td>
      <td>${truncate(row.answer, 160)}</td>
      <td><span class="tag ${row.outcome}">${OUTCOME_LABEL[row.outcome] ?? row.outcome}</span></td>
      <td>${row.confidence.toFixed(2)}</td><td>${row.topic ?? ''}</td><td>${FEEDBACK[String(row.feedback)] ?? ''}</td></tr>`,
    );
    return c.html(
      page(
        c,
        'Percakapan',
        h`${filterForm(filter, facets)}
        <p class="muted">Ekspor hasil saringan: <a href="/ekspor.csv${queryOf(filter)}">CSV</a> ·
        <a href="/ekspor.jsonl${queryOf(filter)}">JSONL</a></p>
        <table id="daftar"><thead><tr><th>Waktu</th><th>Kanal</th><th>Pertanyaan</th><th>Jawaban</th><th>Hasil</th>
        <th>Keyakinan</th><th>Topik</th><th>Umpan</th></tr></thead><tbody>${rows}</tbody></table>
        ${result.rows.length === 0 ? h`<p class="notice">Tidak ada percakapan yang cocok.</p>` : ''}
        <div class="pager">${cursor ? h`<a href="/percakapan${queryOf(filter)}">« Terbaru</a>` : ''}
        ${result.next ? h`<a id="berikutnya" href="/percakapan${queryOf(filter, { setelah: result.next })}">Berikutnya »</a>` : ''}</div>`,
      ),
    );
  });

  r.get('/percakapan/:id', 'conversations', async (c) => {
    const id = Number(c.req.param('id'));
    const row = Number.isSafeInteger(id) ? await deps.workspace.get(id) : null;
    if (!row) return message(c, 404, 'Tidak ditemukan', 'Percakapan ini tidak ada atau sudah dihapus.');
    const mentor = c.get('session')!.mentor;
    await deps.audit.record({
      mentorId: mentor.id,
      action: 'conversation.open',
      target: `interaction:${id}`,
    });
    const bar = deps.app.config.minConfidence;
    const [thread, annotations, handoff] = await Promise.all([
      row.chatRef ? deps.workspace.thread(row.chatRef, id) : Promise.resolve([]),
      deps.curated.annotations(id),
      deps.handoffs.latestForInteraction(id),
    ]);
    const sources = row.sources.map(
      (s) => h`<tr><td>[${s.n ?? ''}]</td><td>${s.title ?? ''}<div class="muted">${s.section ?? ''}</div></td>
      <td>${s.source ?? ''}${s.asOf ? h` (${s.asOf})` : ''}</td><td class="muted">${s.path ?? ''}</td><td>${typeof s.score === 'number' ? s.score.toFixed(3) : ''}</td></tr>`,
    );
    const timings = Object.entries(row.timings).map(
      ([name, ms]) => h`${name} ${Math.round(Number(ms))} ms; `,
    );
    const others = thread.filter((turn) => turn.id !== id || thread.length > 1);
    return c.html(
      page(
        c,
        `Percakapan #${id}`,
        h`<div class="card"><p class="muted">${when(row.createdAt)} · ${row.channel} · ${row.language}
        ${row.feedback ? h` · umpan balik ${FEEDBACK[String(row.feedback)]}` : ''}
        ${handoff ? h` · <a href="/antrian/${handoff.id}">hand-off #${handoff.id} (${handoff.status}, ${age(handoff.createdAt)})</a>` : ''}</p>
        <h2>Pertanyaan</h2><p class="pre" id="pertanyaan">${row.question}</p>
        <h2>Jawaban</h2><p class="pre" id="jawaban">${row.answer}</p></div>
        <div class="card" id="alasan"><h2>Mengapa bot menjawab begini</h2>
        <p>Mode: <strong>${row.mode ?? 'tidak tercatat'}</strong> · hasil: <span class="tag ${row.outcome}">${OUTCOME_LABEL[row.outcome] ?? row.outcome}</span>
        · keyakinan <strong>${row.confidence.toFixed(2)}</strong> terhadap ambang ${bar.toFixed(2)}
        (${row.confidence >= bar ? 'di atas ambang' : 'di bawah ambang'})</p>
        <p class="muted">Waktu: ${timings}${row.error ? h` · kode galat ${row.error}` : ''}</p>
        ${sources.length ? h`<table id="sumber"><thead><tr><th>#</th><th>Sumber</th><th>Penerbit</th><th>Berkas</th><th>Skor</th></tr></thead><tbody>${sources}</tbody></table>` : h`<p class="muted">Tanpa sumber.</p>`}</div>
        ${others.length > 1 ? h`<div class="card"><h2>Percakapan di obrolan yang sama</h2><table>${others.map((turn) => h`<tr><td class="muted">${when(turn.createdAt)}</td><td>${turn.id === id ? h`<strong>${truncate(turn.question, 200)}</strong>` : h`<a href="/percakapan/${turn.id}">${truncate(turn.question, 200)}</a>`}</td><td>${truncate(turn.answer, 200)}</td></tr>`)}</table></div>` : ''}
        ${cardPanel(c, row, allowed('teach', mentor.role))}
        ${allowed('teach', mentor.role) ? teachForm(c, row, annotations) : ''}`,
      ),
    );
  });
}
