import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSentraRepo, type SentraQuery } from '../../db/sentra-repo.ts';
import { type AreaIndex, normaliseAreaName } from '../../directory/areas.ts';
import { importDirectoryCsv, type ImportReport } from '../../directory/import.ts';
import { indexDirectory, placeOf, titleCase } from '../../directory/index-docs.ts';
import { productQueryTerms } from '../../directory/products.ts';
import { type Ctx, clean, type DashboardDeps } from '../context.ts';
import { h, type Html, num } from '../html.ts';
import { csrfField, message, page } from '../layout.ts';
import type { Router } from '../router.ts';

/**
 * The search form. Province and regency are chosen from the official area list the app ships (a select of
 * provinces; the regencies of the chosen province, or a suggestion list of all of them), not typed freely.
 */
function searchForm(c: Ctx, areas: AreaIndex): Html {
  const v = (name: string) => c.req.query(name) ?? '';
  const province = v('provinsi') ? areas.province(v('provinsi')) : undefined;
  const chosen = province?.ok ? province.area : undefined;
  const regencies = chosen ? areas.regencies.filter((area) => area.parent === chosen.code) : areas.regencies;
  const regency = normaliseAreaName(v('kabupaten'));
  return h`<form method="get" action="/direktori" class="filters" id="cari-sentra">
  <label>Provinsi <select name="provinsi"><option value="">semua provinsi</option>${areas.provinces.map(
    (area) =>
      h`<option value="${titleCase(area.name)}" ${area.code === chosen?.code ? 'selected' : ''}>${titleCase(area.name)}</option>`,
  )}</select></label>
  ${
    chosen
      ? h`<label>Kabupaten/kota <select name="kabupaten"><option value="">semua di ${titleCase(chosen.name)}</option>${regencies.map(
          (area) =>
            h`<option value="${titleCase(area.name)}" ${normaliseAreaName(area.name) === regency ? 'selected' : ''}>${titleCase(area.name)}</option>`,
        )}</select></label>`
      : h`<label>Kabupaten/kota <input name="kabupaten" value="${v('kabupaten')}" list="daftar-kabupaten" placeholder="pilih dari daftar"></label>
  <datalist id="daftar-kabupaten">${regencies.map((area) => h`<option value="${titleCase(area.name)}"></option>`)}</datalist>`
  }
  <label>Produk <input name="produk" value="${v('produk')}" placeholder="mis. tas, batik, keripik"></label>
  <button>Cari</button></form>`;
}

function uploadForm(c: Ctx): Html {
  return h`<form method="post" action="/direktori/unggah" enctype="multipart/form-data" class="card" id="unggah">
  ${csrfField(c)}<h2>Unggah direktori (CSV)</h2>
  <p class="muted">Kolom seperti ekspor BPS (nama, provinsi, kabupaten, produk, …). Baris yang salah dilaporkan dengan nomor barisnya; baris lain tetap dimuat.</p>
  <input type="file" name="berkas" accept=".csv,text/csv" required> <button>Unggah</button></form>`;
}

function reportView(report: ImportReport): Html {
  return h`<div class="card" id="hasil-impor"><h2>Hasil impor</h2>
  <p>${report.rows} baris, ${report.valid} sah (${report.inserted} baru, ${report.updated} berubah, ${report.unchanged} tetap),
  <strong class="${report.rejected ? 'bad' : ''}">${report.rejected} ditolak</strong>.</p>
  ${report.warnings.map((w) => h`<p class="notice">${w}</p>`)}
  ${
    report.rejections.length
      ? h`<table id="penolakan" class="stack"><thead><tr><th>Baris</th><th>Alasan</th></tr></thead><tbody>
  ${report.rejections.slice(0, 200).map((r) => h`<tr><td>${r.line}</td><td>${r.reason}</td></tr>`)}</tbody></table>`
      : ''
  }</div>`;
}

/** How many sentra the directory holds, from which sources (synthetic example rows apart). */
async function holdings(deps: DashboardDeps): Promise<Html> {
  const { rows } = await deps.app.db.query<{
    source: string;
    n: string;
    latest: string | Date | null;
    synthetic: boolean;
  }>(
    `select source, count(*) as n, max(source_date) as latest, bool_and(synthetic) as synthetic
     from sentra group by source order by count(*) desc limit 20`,
  );
  const real = rows.filter((row) => !row.synthetic);
  const total = real.reduce((sum, row) => sum + Number(row.n), 0);
  const examples = rows.filter((row) => row.synthetic).reduce((sum, row) => sum + Number(row.n), 0);
  const date = (value: string | Date | null) =>
    value ? (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)) : null;
  return h`<div class="card" id="ringkasan-direktori"><p>Direktori ini memuat <strong>${num(total)} sentra</strong>${
    real.length ? h` dari ${num(real.length)} sumber:` : '.'
  }</p>
  ${real.length ? h`<ul>${real.map((row) => h`<li>${row.source}: ${num(Number(row.n))} sentra${date(row.latest) ? h`, data per ${date(row.latest)}` : ''}</li>`)}</ul>` : ''}
  ${examples ? h`<p class="muted">Ditambah ${num(examples)} sentra contoh (bukan data resmi) yang tidak ditampilkan dalam pencarian.</p>` : ''}
  <p class="muted">Provinsi dan kabupaten/kota dicocokkan dengan daftar wilayah resmi (Kemendagri) yang dibawa aplikasi.</p></div>`;
}

/** Directory search and CSV upload, for officials too. */
export function registerDirectory(r: Router, deps: DashboardDeps): void {
  const repo = createSentraRepo(deps.app.db);

  r.get('/direktori', 'directory', async (c) => {
    const query: SentraQuery = { limit: 50 };
    const problems: string[] = [];
    const province = clean(c.req.query('provinsi') ?? '', 100);
    const regency = clean(c.req.query('kabupaten') ?? '', 100);
    const product = clean(c.req.query('produk') ?? '', 100);
    const areas = deps.app.areas();
    if (province) {
      const found = areas.province(province);
      if (found.ok) query.provinceCode = found.area.code;
      else problems.push(`Provinsi tidak dikenal: ${found.reason}`);
    }
    if (regency) {
      const found = areas.findRegencies(regency, query.provinceCode);
      if (found.length) query.regencyCodes = found.map((area) => area.code);
      else problems.push(`Kabupaten/kota tidak dikenal: ${regency}`);
    }
    if (product) query.productTerms = productQueryTerms(product);
    const [rows, summary] = await Promise.all([problems.length ? [] : repo.search(query), holdings(deps)]);
    return c.html(
      page(
        c,
        'Direktori sentra',
        h`${summary}${searchForm(c, areas)}${problems.map((p) => h`<p class="notice">${p}</p>`)}
        <table id="sentra" class="stack"><thead><tr><th>Sentra</th><th>Lokasi</th><th>Produk</th><th>Unit usaha</th><th>Sumber</th></tr></thead><tbody>
        ${rows.map((row) => h`<tr><td><strong>${row.name}</strong></td><td data-label="Lokasi">${placeOf(row)}</td><td data-label="Produk">${row.product}</td><td data-label="Unit usaha">${row.businessUnits === null || row.businessUnits === undefined ? '' : num(row.businessUnits)}</td><td class="muted" data-label="Sumber">${row.source}${row.sourceDate ? ` (${row.sourceDate})` : ''}</td></tr>`)}
        </tbody></table>${rows.length === 0 && !problems.length ? h`<p class="notice">Tidak ada sentra yang cocok.</p>` : ''}
        ${uploadForm(c)}`,
      ),
    );
  });

  r.post('/direktori/unggah', 'directory', async (c) => {
    const file = c.get('form').berkas;
    if (!(file instanceof File) || file.size === 0)
      return message(c, 400, 'Berkas belum dipilih', 'Pilih berkas CSV direktori untuk diunggah.');
    const dir = mkdtempSync(join(tmpdir(), 'pd-upload-'));
    try {
      const path = join(dir, 'direktori.csv');
      writeFileSync(path, Buffer.from(await file.arrayBuffer()));
      const name = file.name.replace(/[^\w.\- ]+/g, '_').slice(0, 100) || 'direktori.csv';
      const report = await importDirectoryCsv({
        db: deps.app.db,
        file: path,
        areas: deps.app.areas(),
        log: deps.app.log,
        source: `Unggahan ${name}`,
      });
      if (report.inserted + report.updated > 0) await indexDirectory(deps.app.db, deps.app.log);
      const mentor = c.get('session')!.mentor;
      await deps.audit.record({
        mentorId: mentor.id,
        action: 'directory.import',
        target: name,
        detail: { rows: report.rows, rejected: report.rejected },
      });
      return c.html(
        page(
          c,
          'Direktori sentra',
          h`${reportView({ ...report, file: name })}${searchForm(c, deps.app.areas())}${uploadForm(c)}`,
        ),
        report.valid > 0 || report.rows === 0 ? 200 : 400,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
