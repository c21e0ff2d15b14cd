import { allowed } from '../access.ts';
import { barChart, hbarChart, rateChart } from '../charts.ts';
import type { DashboardDeps } from '../context.ts';
import { groupGaps } from '../gaps.ts';
import { h, num, truncate } from '../html.ts';
import { page } from '../layout.ts';
import type { Router } from '../router.ts';

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–');

/** Aggregates as server-drawn charts; knowledge gaps (question texts) only for roles that read conversations. */
export function registerAnalytics(r: Router, deps: DashboardDeps): void {
  r.get('/analitik', 'analytics', async (c) => {
    const requested = Number(c.req.query('hari'));
    const days = [7, 30, 90].includes(requested) ? requested : 30;
    const summary = await deps.analytics.summary(days);
    const showGaps = allowed('gaps', c.get('session')!.mentor.role);
    const gaps = showGaps ? groupGaps(await deps.analytics.unanswered()).slice(0, 30) : [];
    const label = (day: string) => day;
    const t = summary.totals;
    return c.html(
      page(
        c,
        'Analitik',
        h`<p class="muted">Periode: ${[7, 30, 90].map((d) => (d === days ? h`<strong>${d} hari</strong> ` : h`<a href="/analitik?hari=${d}">${d} hari</a> `))}</p>
        <div class="charts">
        <div class="card"><h2>Pertanyaan</h2><p class="figure" id="jumlah-pertanyaan">${num(t.questions)}</p>
        ${barChart(
          'Pertanyaan per hari',
          summary.days.map((d) => ({ label: label(d.day), value: d.total })),
        )}</div>
        <div class="card"><h2>Tingkat terjawab</h2><p class="figure">${pct(t.answered, t.questions)}</p>
        ${rateChart(
          'Bagian pertanyaan yang dijawab per hari',
          summary.days.map((d) => ({ label: label(d.day), value: d.total ? d.answered / d.total : null })),
        )}</div>
        <div class="card"><h2>Diteruskan ke mentor</h2><p class="figure">${pct(t.handoffs, t.questions)} <span class="muted">(${num(t.handoffs)} pertanyaan)</span></p>
        ${barChart(
          'Diteruskan ke mentor per hari',
          summary.days.map((d) => ({ label: label(d.day), value: d.handedOff })),
          '#b5651d',
        )}
        ${
          summary.resolve.resolved > 0
            ? h`<p>Waktu sampai selesai: separuh pertanyaan selesai dalam ${num(summary.resolve.medianHours ?? 0)} jam,
        9 dari 10 dalam ${num(summary.resolve.p90Hours ?? 0)} jam (${num(summary.resolve.resolved)} selesai).</p>`
            : h`<p class="muted">Belum ada pertanyaan yang ditandai selesai dalam periode ini.</p>`
        }</div>
        <div class="card"><h2>Umpan balik pengguna</h2><p class="figure">${pct(t.up, t.up + t.down)} <span class="muted">positif</span></p>
        ${hbarChart('Umpan balik', [
          { label: 'membantu', value: t.up, color: '#1f6f4a' },
          { label: 'tidak membantu', value: t.down, color: '#a4262c' },
        ])}</div>
        <div class="card"><h2>Topik</h2>${hbarChart(
          'Pertanyaan per topik',
          summary.topics.map((x) => ({
            label: x.topic === '(tanpa sumber)' ? 'tanpa topik' : x.topic,
            value: x.count,
          })),
        )}</div>
        </div>
        ${
          showGaps
            ? h`<div class="card" id="celah"><h2>Celah pengetahuan</h2>
        <p class="muted">Pertanyaan yang belum bisa dijawab bot, dikelompokkan menurut kemiripan.</p>
        <table class="stack"><thead><tr><th>Jumlah</th><th>Contoh pertanyaan</th><th>Kata kunci</th><th></th></tr></thead><tbody>
        ${gaps.map(
          (
            g,
          ) => h`<tr><td data-label="Jumlah">${num(g.count)}</td><td data-label="Contoh">${truncate(g.example, 200)}</td><td class="muted" data-label="Kata kunci">${g.terms.join(', ')}</td>
        <td><a href="/percakapan/${g.interactionId}#ajari">Ajari bot</a></td></tr>`,
        )}</tbody></table>
        ${gaps.length === 0 ? h`<p class="ok">Tidak ada pertanyaan yang belum terjawab.</p>` : ''}</div>`
            : ''
        }`,
      ),
    );
  });
}
