import type { BrowsedCard } from '../../db/cards-repo.ts';
import type { ShippedDocument } from '../../db/workspace-repo.ts';
import type { VariantKind } from '../../ingest/cards.ts';
import type { Ctx, DashboardDeps } from '../context.ts';
import { clean } from '../context.ts';
import { h, type Html, num } from '../html.ts';
import { message, page } from '../layout.ts';
import type { Router } from '../router.ts';

/** Cards shown for one search; a narrower word finds the rest. */
const SHOWN_CARDS = 40;

/** Topics as a mentor says them. */
export const TOPIC_LABEL: Record<string, string> = {
  programme: 'program',
  keuangan: 'keuangan',
  branding: 'merek',
  kemasan: 'kemasan',
  pemasaran: 'pemasaran',
  sentra: 'sentra',
  glosarium: 'daftar istilah',
  direktori: 'direktori',
};

/** Each way of asking, by the way it is written. */
const KIND_LABEL: Record<VariantKind, string> = {
  tanya: 'baku',
  chat: 'gaya chat',
  cerita: 'dengan cerita',
  en: 'bahasa Inggris',
  mentor: 'ditambahkan mentor',
  chosen: 'dipilih pengguna',
};

const DAY = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' });

/** A document's date ("15 Jan 2024"), or a dash when it gives none. */
function day(asOf: string | null): string {
  return asOf ? DAY.format(new Date(`${asOf}T00:00:00Z`)) : '–';
}

/** The text with each occurrence of `word` (any case) marked; everything escaped. */
function marked(text: string, word: string): Html {
  if (!word) return h`${text}`;
  const lower = text.toLowerCase();
  const parts: Html[] = [];
  let from = 0;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
    parts.push(h`${text.slice(from, at)}<mark>${text.slice(at, at + word.length)}</mark>`);
    from = at + word.length;
  }
  parts.push(h`${text.slice(from)}`);
  return h`${parts}`;
}

/** The tabs of the knowledge pages: what the bot brought along, and what mentors added. */
export function knowledgeTabs(current: 'bawaan' | 'kurasi'): Html {
  const tab = (key: 'bawaan' | 'kurasi', href: string, label: string) =>
    key === current ? h`<strong aria-current="page">${label}</strong>` : h`<a href="${href}">${label}</a>`;
  return h`<nav class="tabs" aria-label="Pengetahuan">${tab('bawaan', '/pengetahuan/bawaan', 'Pengetahuan bawaan')}
  ${tab('kurasi', '/pengetahuan', 'Pengetahuan kurasi (dari mentor)')}</nav>`;
}

function cardView(card: BrowsedCard, word: string, doc: ShippedDocument | undefined): Html {
  return h`<div class="card kartu" id="kartu-${card.id}">
  <h3>${marked(card.section, word)}</h3>
  <p class="muted">Dari ${doc ? h`<a href="/pengetahuan/bawaan?dok=${doc.id}">${doc.title}</a>` : card.title}, bagian "${card.section}"</p>
  <p class="jawab"><strong>Jawaban langsung:</strong> ${marked(card.jawab, word)}</p>
  ${card.answer ? h`<p class="answer" lang="en"><strong>Dalam bahasa Inggris:</strong> ${marked(card.answer, word)}</p>` : ''}
  <p><strong>Cara bertanya (${num(card.variants.length)}):</strong></p>
  <ul class="varian">${card.variants.map((v) => h`<li><span class="tag">${KIND_LABEL[v.kind] ?? 'lainnya'}</span> ${marked(v.text, word)}</li>`)}</ul>
  ${
    card.sectionText
      ? h`<details class="bagian"><summary>Isi bagian "${card.section}" yang dikutip</summary><div class="pre">${marked(card.sectionText, word)}</div></details>`
      : h`<p class="muted">Isi bagian ini tidak ditemukan di dokumen.</p>`
  }</div>`;
}

function documentTable(docs: ShippedDocument[]): Html {
  return h`<table id="bawaan" class="stack"><thead><tr><th>Judul</th><th class="nowrap">Topik</th><th>Sumber</th><th class="nowrap">Tanggal data</th><th class="nowrap">Kartu jawaban</th></tr></thead><tbody>
  ${docs.map(
    (d) => h`<tr><td data-label="Judul"><a href="/pengetahuan/bawaan?dok=${d.id}">${d.title}</a></td>
    <td data-label="Topik" class="nowrap">${TOPIC_LABEL[d.topic] ?? d.topic}</td><td data-label="Sumber">${d.source}</td>
    <td data-label="Tanggal data" class="nowrap">${day(d.asOf)}</td><td data-label="Kartu jawaban" class="nowrap">${num(d.cards)}</td></tr>`,
  )}</tbody></table>`;
}

function searchForm(word: string): Html {
  return h`<form method="get" action="/pengetahuan/bawaan" class="filters" id="cari-pengetahuan" role="search">
  <label>Cari kata <input type="search" name="q" value="${word}" maxlength="100" size="30" placeholder="misalnya: impas, label, KUR"></label>
  <button>Cari</button>${word ? h` <a href="/pengetahuan/bawaan">semua dokumen</a>` : ''}</form>`;
}

/**
 * The knowledge the bot shipped with, read-only: every document (title, topic, source, date) and its
 * answer cards (ways of asking, direct answers in Indonesian and English, the section they cite),
 * searchable by a word. Nothing here can be edited: mentors teach the bot from conversations instead.
 */
async function browsePage(c: Ctx, deps: DashboardDeps): Promise<Response> {
  const word = clean(c.req.query('q') ?? '', 100)
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const docId = Number(c.req.query('dok'));
  const intro = h`${knowledgeTabs('bawaan')}
  <p class="muted">Dokumen dan kartu jawaban yang dibawa bot sejak dipasang. Halaman ini hanya untuk dibaca: isinya
  diperbarui bersama aplikasi. Untuk membetulkan atau menambah jawaban, pakai "Ajari bot" di percakapan, atau tambahkan
  cara bertanya di halaman Kartu jawaban.</p>${searchForm(word)}`;

  if (c.req.query('dok') !== undefined) {
    const doc = await deps.workspace.shippedDocument(docId);
    if (!doc) return message(c, 404, 'Tidak ditemukan', 'Dokumen ini tidak ada di pengetahuan bawaan.');
    const { cards } = await deps.cards.browse({ path: doc.path, limit: 500 });
    return c.html(
      page(
        c,
        doc.title,
        h`${intro}<p id="dokumen">Topik ${TOPIC_LABEL[doc.topic] ?? doc.topic} · Sumber: ${doc.source} · Tanggal data: ${day(doc.asOf)}</p>
        <h2>Kartu jawaban (${num(cards.length)})</h2>
        ${cards.length ? cards.map((card) => cardView(card, '', doc)) : h`<p class="muted">Dokumen ini belum punya kartu jawaban; bot menjawab dari isinya langsung.</p>`}`,
      ),
    );
  }

  const [docs, found] = await Promise.all([
    deps.workspace.shippedDocuments(word || undefined),
    word ? deps.cards.browse({ word, limit: SHOWN_CARDS }) : Promise.resolve(null),
  ]);
  if (!found) {
    const cardCount = docs.reduce((sum, d) => sum + d.cards, 0);
    return c.html(
      page(
        c,
        'Pengetahuan bawaan',
        h`${intro}<p id="jumlah">${num(docs.length)} dokumen dengan ${num(cardCount)} kartu jawaban.</p>
        ${docs.length ? documentTable(docs) : h`<p class="notice">Belum ada pengetahuan bawaan yang dimuat.</p>`}`,
      ),
    );
  }
  const byPath = new Map((await deps.workspace.shippedDocuments()).map((d) => [d.path, d]));
  return c.html(
    page(
      c,
      'Pengetahuan bawaan',
      h`${intro}<p id="jumlah">Kata "${word}" ada di ${num(found.total)} kartu jawaban dan ${num(docs.length)} judul atau sumber dokumen.
      ${found.total > found.cards.length ? h`Tampil ${num(found.cards.length)} kartu pertama; pakai kata yang lebih khusus untuk mempersempit.` : ''}</p>
      ${docs.length ? h`<h2>Dokumen</h2>${documentTable(docs)}` : ''}
      <h2>Kartu jawaban</h2>
      ${found.cards.length ? found.cards.map((card) => cardView(card, word, byPath.get(card.path))) : h`<p class="notice">Tidak ada kartu jawaban yang memuat kata ini.</p>`}`,
    ),
  );
}

export function registerKnowledgeBrowse(r: Router, deps: DashboardDeps): void {
  r.get('/pengetahuan/bawaan', 'knowledge', (c) => browsePage(c, deps));
}
