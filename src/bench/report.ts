import type { DirectoryBench } from './directory.ts';
import type { BenchResult } from './run.ts';

const n = (value: number) => value.toLocaleString('en-US');

/** Markdown tables of one benchmark run, with the command that produced them. */
export function markdownReport(
  results: BenchResult[],
  directory: DirectoryBench[],
  meta: { command: string; date: string; machine: string; svg?: string },
): string {
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${meta.date} on ${meta.machine} with:`,
    '',
    '```sh',
    meta.command,
    '```',
    '',
    'Every ratio compares two measurements taken in the same run on the same data: the indexed path against',
    'an exact scan (retrieval), and the real ingest pipeline against a plain bulk insert of the rows it',
    'produced (ingest). The corpus is synthetic and seeded: Zipf-distributed pseudo-Indonesian words, 10',
    'sections per document, 40-120 words per section; dense vectors are Gaussian clusters on the unit sphere.',
    'Latencies are per query in milliseconds, measured from Node.js (so PGlite includes its WASM call).',
    '',
    '## Retrieval',
    '',
    '| engine | chunks | method | index p50 / p95 | exact p50 / p95 | exact ÷ index (p50) | recall@10 vs exact |',
    '|---|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const row = (name: string, b: BenchResult['lexical']) =>
      `| ${r.engine} | ${n(r.chunks)} | ${name} | ${b.index.p50} / ${b.index.p95} | ${b.exact.p50} / ${b.exact.p95} | ${b.speedup}× | ${b.recallAt10.toFixed(3)} |`;
    lines.push(row('BM25 (GIN + sparsevec)', r.lexical));
    lines.push(row('BM25, topic filter', r.lexicalFiltered));
    lines.push(row(`dense HNSW (${r.dense.dims} d)`, r.dense));
    lines.push(row('dense HNSW, topic filter', r.denseFiltered));
  }
  lines.push(
    '',
    'How to read the retrieval rows:',
    "- BM25's indexed path is exact by construction (recall@10 = 1.000 in every row). Rare query terms find",
    '  candidates through the GIN index, and a score ceiling proves that no chunk holding only the common terms',
    '  can enter the top 10. When no term is rare, or the ceiling cannot be proven, the query falls back to the',
    '  exact scan. That is why the BM25 p95 stays close to the scan: a minority of Zipf-sampled queries are',
    '  made of very common words.',
    '- With a topic filter at 10,000 chunks, the filtered scan is already small (one topic in six), so the index',
    '  has nothing left to win (ratio around 1×).',
    '- HNSW (ef_search 100, cosine) trades a few points of recall for a 10× to 70× speed-up at 100,000 vectors.',
    "  Filtered queries use pgvector's iterative scan, so a filter does not starve the result.",
    '',
    'BM25 end to end (question analysis, term lookup, SQL) through the searcher the product uses:',
    '',
    '| engine | chunks | p50 | p95 |',
    '|---|---:|---:|---:|',
    ...results.map(
      (r) => `| ${r.engine} | ${n(r.chunks)} | ${r.lexicalEndToEnd.p50} | ${r.lexicalEndToEnd.p95} |`,
    ),
    '',
    '## Ingest',
    '',
    '| engine | chunks | pipeline chunks/s | bulk insert chunks/s | pipeline ÷ bulk time | HNSW build (s) |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.engine} | ${n(r.chunks)} | ${n(r.ingest.pipelineChunksPerSec)} | ${n(r.ingest.bulkChunksPerSec)} | ${r.ingest.ratio}× | ${(r.dense.buildMs / 1000).toFixed(1)} |`,
    ),
    '',
    'The pipeline reads and validates the Markdown, chunks it, analyses every word (slang, Sastrawi stems),',
    'maintains the vocabulary and document frequencies and writes BM25 weights; the baseline only inserts the',
    'finished rows. The ratio is the price of that work.',
  );
  for (const d of directory) {
    lines.push(
      '',
      `## Sentra directory search (${d.engine})`,
      '',
      `The synthetic national directory: ${n(d.sentra)} sentra and ${n(d.units)} business units over the real provinces and regencies`,
      `(loaded in ${(d.loadMs / 1000).toFixed(1)} s). Each query runs with the directory's indexes and again with index scans`,
      'disabled (a plain sequential scan); "same" is the share of the scan\'s results the indexed plan also returned.',
      '',
      '| query | indexed p50 / p95 (ms) | sequential p50 / p95 (ms) | sequential ÷ indexed (p50) | same |',
      '|---|---:|---:|---:|---:|',
      ...d.rows.map(
        (r) =>
          `| ${r.query} | ${r.index.p50} / ${r.index.p95} | ${r.sequential.p50} / ${r.sequential.p95} | ${r.speedup}× | ${r.agreement.toFixed(3)} |`,
      ),
    );
  }
  if (meta.svg) lines.push('', `![p50 latency, index against exact scan](${meta.svg})`);
  return `${lines.join('\n')}\n`;
}

/** A horizontal bar chart (log scale) of p50 latency, index against exact scan, per engine, size and method. */
export function svgChart(results: BenchResult[]): string {
  const bars: { label: string; index: number; exact: number }[] = [];
  for (const r of results) {
    const tag = `${r.engine} ${n(r.chunks)}`;
    bars.push({ label: `${tag} BM25`, index: r.lexical.index.p50, exact: r.lexical.exact.p50 });
    bars.push({
      label: `${tag} BM25+filter`,
      index: r.lexicalFiltered.index.p50,
      exact: r.lexicalFiltered.exact.p50,
    });
    bars.push({ label: `${tag} HNSW`, index: r.dense.index.p50, exact: r.dense.exact.p50 });
    bars.push({
      label: `${tag} HNSW+filter`,
      index: r.denseFiltered.index.p50,
      exact: r.denseFiltered.exact.p50,
    });
  }
  const max = Math.max(...bars.flatMap((bar) => [bar.index, bar.exact]), 1);
  const min = Math.min(...bars.flatMap((bar) => [bar.index, bar.exact]).filter((v) => v > 0), 0.1);
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const left = 230;
  const width = 520;
  const rowH = 30;
  const top = 40;
  const x = (ms: number) => left + ((Math.log10(Math.max(ms, 10 ** lo)) - lo) / (hi - lo)) * width;
  const parts: string[] = [];
  parts.push(
    `<text x="${left}" y="20" font-size="14" font-weight="bold">p50 latency per query (ms, log scale)</text>`,
  );
  for (let e = lo; e <= hi; e++) {
    parts.push(
      `<line x1="${x(10 ** e)}" y1="${top - 5}" x2="${x(10 ** e)}" y2="${top + bars.length * rowH}" stroke="#ddd"/>`,
    );
    parts.push(
      `<text x="${x(10 ** e)}" y="${top + bars.length * rowH + 15}" font-size="11" text-anchor="middle">${10 ** e}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 17}" font-size="12" text-anchor="end">${bar.label}</text>`);
    parts.push(`<rect x="${left}" y="${y + 3}" width="${x(bar.exact) - left}" height="11" fill="#c8553d"/>`);
    parts.push(`<rect x="${left}" y="${y + 15}" width="${x(bar.index) - left}" height="11" fill="#2d6a4f"/>`);
    parts.push(`<text x="${x(bar.exact) + 4}" y="${y + 13}" font-size="10">${bar.exact}</text>`);
    parts.push(`<text x="${x(bar.index) + 4}" y="${y + 25}" font-size="10">${bar.index}</text>`);
  });
  const legendY = top + bars.length * rowH + 30;
  parts.push(
    `<rect x="${left}" y="${legendY}" width="12" height="12" fill="#c8553d"/><text x="${left + 18}" y="${legendY + 11}" font-size="12">exact scan</text>`,
  );
  parts.push(
    `<rect x="${left + 110}" y="${legendY}" width="12" height="12" fill="#2d6a4f"/><text x="${left + 128}" y="${legendY + 11}" font-size="12">index (GIN + sparsevec / HNSW)</text>`,
  );
  const height = legendY + 25;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 60}" height="${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}
