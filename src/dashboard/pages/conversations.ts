import { allowed } from '../access.ts';
import type { DashboardDeps } from '../context.ts';
import { wordsOf } from '../gaps.ts';
import { age, channelLabel, h, type Html, languageLabel, percent, truncate, when } from '../html.ts';
import { message, page } from '../layout.ts';
import type { Router } from '../router.ts';
import { cardPanel } from './cards.ts';
import { teachForm } from './knowledge.ts';
import { filterForm, filterOf, OUTCOME_LABEL, queryOf } from './filters.ts';

const FEEDBACK = { '1': 'membantu', '-1': 'tidak membantu' } as Record<string, string>;

/** How the answer was made, in a mentor's words. */
const MODE_LABEL: Record<string, string> = {
  card: 'dari kartu jawaban (pertanyaan yang sering diajukan)',
  extractive: 'dikutip dari dokumen pengetahuan',
  llm: 'disusun model bahasa dari dokumen pengetahuan',
  tool: 'dihitung atau dicari alat bantu (kalkulator, direktori, kriteria)',
  none: 'bot tidak menjawab sendiri',
};

const HANDOFF_STATUS: Record<string, string> = {
  open: 'menunggu mentor',
  answered: 'sudah dibalas mentor',
  resolved: 'selesai',
};

type Chunk = { path: string; section: string; score: number };

interface Nearest extends Chunk {
  title: string | null;
  /** The question's words this part of the document holds, and those it lacks (as the user wrote them). */
  found: string[];
  missing: string[];
}

/**
 * The documents the search found nearest to a question (kept in the interaction's trace), each with the
 * question's words it holds and lacks, read from the indexed part's stems.
 */
async function nearestOf(deps: DashboardDeps, question: string, chunks: Chunk[]): Promise<Nearest[]> {
  const words = wordsOf(question);
  const parts = await deps.workspace.sectionTerms(chunks);
  return chunks.map((chunk) => {
    const part = parts.get(`${chunk.path}\u0000${chunk.section}`);
    const terms = new Set(part?.terms ?? []);
    const found: string[] = [];
    const missing: string[] = [];
    for (const [stem, word] of words) (terms.has(stem) ? found : missing).push(word);
    return { ...chunk, title: part?.title ?? null, found, missing };
  });
}

/** What a mentor needs to teach the bot: the nearest documents and why each fell short. */
function nearestDocuments(nearest: Nearest[], confidence: number, bar: number): Html {
  if (!nearest.length)
    return h`<p class="muted" id="dokumen-terdekat">Tidak ada dokumen pengetahuan yang memuat kata-kata pertanyaan ini.
    Menambahkan jawaban lewat "Ajari bot" di bawah mengisi celah ini.</p>`;
  return h`<p>Bot tidak menemukan sumber yang cukup (keyakinan ${percent(confidence)}, batas menjawab ${percent(bar)}).
  Dokumen terdekat yang ditemukan, dan mengapa belum cukup:</p>
  <ol id="dokumen-terdekat">${nearest.map(
    (
      doc,
    ) => h`<li><strong>${doc.section}</strong>${doc.title && doc.title !== doc.section ? h` <span class="muted">dari "${doc.title}"</span>` : ''} <span class="muted">(${topicOf(doc.path)})</span><br>
    ${doc.found.length ? h`memuat kata <em>${doc.found.join(', ')}</em>` : 'tidak memuat kata-kata pertanyaan'}${
      doc.missing.length ? h`, tetapi tidak membahas <em>${doc.missing.join(', ')}</em>` : ''
    }</li>`,
  )}</ol>
  <p class="muted">Bila salah satu dokumen di atas memang menjawab, tambahkan cara bertanya ini ke kartunya; bila tidak,
  tulis jawabannya lewat "Ajari bot".</p>`;
}

/** "knowledge/keuangan/hpp.md" -> "topik keuangan". */
function topicOf(path: string): string {
  const parts = path.split('/');
  const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
  return folder && folder !== 'knowledge' ? `topik ${folder}` : 'pengetahuan';
}

const CONFIDENCE_LEGEND = (bar: number) =>
  h`<p class="muted" id="legenda">Keyakinan: seberapa kuat sumber bot mendukung jawabannya (0–100%). Di bawah ${percent(bar)} bot tidak menjawab sendiri dan menawarkan mentor.</p>`;

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
      <td class="muted" data-label="Waktu">${when(row.createdAt)}</td><td data-label="Kanal">${channelLabel(row.channel)}</td>
      <td data-label="Pertanyaan"><a href="/percakapan/${row.id}">${truncate(row.question, 140)}</a></td>
      <td data-label="Jawaban">${truncate(row.answer, 160)}</td>
      <td data-label="Hasil"><span class="tag ${row.outcome}">${OUTCOME_LABEL[row.outcome] ?? row.outcome}</span></td>
      <td data-label="Keyakinan">${percent(row.confidence)}</td><td data-label="Topik">${row.topic ?? ''}</td><td data-label="Umpan balik">${FEEDBACK[String(row.feedback)] ?? ''}</td></tr>`,
    );
    return c.html(
      page(
        c,
        'Percakapan',
        h`${filterForm(filter, facets)}
        <p class="muted">Ekspor hasil saringan: <a href="/ekspor.csv${queryOf(filter)}">CSV</a> ·
        <a href="/ekspor.jsonl${queryOf(filter)}">JSONL</a></p>
        ${CONFIDENCE_LEGEND(deps.app.config.minConfidence)}
        <table id="daftar" class="stack"><thead><tr><th>Waktu</th><th>Kanal</th><th>Pertanyaan</th><th>Jawaban</th><th>Hasil</th>
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
      (
        s,
      ) => h`<tr><td data-label="No.">[${s.n ?? ''}]</td><td data-label="Dokumen">${s.title ?? ''}<div class="muted">${s.section ?? ''}</div></td>
      <td data-label="Penerbit">${s.source ?? ''}${s.asOf ? h` (${s.asOf})` : ''}</td></tr>`,
    );
    const seconds = Object.values(row.timings).reduce((sum, ms) => sum + Number(ms || 0), 0) / 1000;
    const chunks = ((row.trace as { chunks?: Chunk[] } | null)?.chunks ?? []).filter(
      (chunk) => typeof chunk?.section === 'string' && typeof chunk.path === 'string',
    );
    const nearest = row.sources.length ? [] : await nearestOf(deps, row.question, chunks);
    const others = thread.filter((turn) => turn.id !== id || thread.length > 1);
    return c.html(
      page(
        c,
        `Percakapan #${id}`,
        h`<div class="card"><p class="muted">${when(row.createdAt)} · ${channelLabel(row.channel)} · ${languageLabel(row.language)}
        ${row.feedback ? h` · umpan balik ${FEEDBACK[String(row.feedback)]}` : ''}
        ${handoff ? h` · <a href="/antrian/${handoff.id}">diteruskan ke mentor (${HANDOFF_STATUS[handoff.status] ?? handoff.status}, ${age(handoff.createdAt)} lalu)</a>` : ''}</p>
        <h2>Pertanyaan</h2><p class="pre" id="pertanyaan">${row.question}</p>
        <h2>Jawaban</h2><p class="pre" id="jawaban">${row.answer}</p></div>
        <div class="card" id="alasan"><h2>Mengapa bot menjawab begini</h2>
        <p>Cara menjawab: <strong>${MODE_LABEL[row.mode ?? ''] ?? 'tidak tercatat'}</strong> · hasil: <span class="tag ${row.outcome}">${OUTCOME_LABEL[row.outcome] ?? row.outcome}</span>
        · keyakinan <strong>${percent(row.confidence)}</strong>, batas menjawab ${percent(bar)}
        (${row.confidence >= bar ? 'cukup yakin untuk menjawab' : 'kurang yakin, jadi tidak menjawab sendiri'})</p>
        <p class="muted">Keyakinan: seberapa kuat sumber bot mendukung jawabannya (0–100%).
        Waktu menjawab ${seconds.toLocaleString('id-ID', { maximumFractionDigits: 1 })} detik${row.error ? h` · kode galat ${row.error}` : ''}</p>
        ${sources.length ? h`<table id="sumber" class="stack"><thead><tr><th>No.</th><th>Dokumen yang dipakai</th><th>Penerbit</th></tr></thead><tbody>${sources}</tbody></table>` : nearestDocuments(nearest, row.confidence, bar)}</div>
        ${others.length > 1 ? h`<div class="card"><h2>Percakapan di obrolan yang sama</h2><table class="stack">${others.map((turn) => h`<tr><td class="muted">${when(turn.createdAt)}</td><td>${turn.id === id ? h`<strong>${truncate(turn.question, 200)}</strong>` : h`<a href="/percakapan/${turn.id}">${truncate(turn.question, 200)}</a>`}</td><td>${truncate(turn.answer, 200)}</td></tr>`)}</table></div>` : ''}
        ${cardPanel(c, row, allowed('teach', mentor.role))}
        ${allowed('teach', mentor.role) ? teachForm(c, row, annotations) : ''}`,
      ),
    );
  });
}
