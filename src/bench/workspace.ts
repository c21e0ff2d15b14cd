import type { Database, Queryable } from '../db/port.ts';
import { type ConversationFilter, createWorkspaceRepo } from '../db/workspace-repo.ts';
import { rng } from '../util/rng.ts';
import { vocabulary } from './corpus.ts';
import { type BenchProgress, type LatencyStats, stats } from './run.ts';

export interface WorkspaceBenchRow {
  query: string;
  index: LatencyStats;
  scan: LatencyStats;
  /** scan p95 ÷ index p95: the goal is at least 10. */
  ratioP95: number;
  /** Share of queries whose first page was identical with and without indexes. */
  agreement: number;
}

export interface WorkspaceBench {
  engine: string;
  interactions: number;
  loadMs: number;
  indexMs: number;
  rows: WorkspaceBenchRow[];
}

/** The workspace's indexes on interactions (006_workspace.sql), dropped for the bulk load and rebuilt after it. */
const INDEXES: Record<string, string> = {
  interactions_page: 'create index interactions_page on interactions (created_at desc, id desc)',
  interactions_channel_page:
    'create index interactions_channel_page on interactions (channel, created_at desc, id desc)',
  interactions_topic_page:
    'create index interactions_topic_page on interactions (topic, created_at desc, id desc)',
  interactions_outcome_page:
    'create index interactions_outcome_page on interactions (outcome, created_at desc, id desc)',
  interactions_fts: 'create index interactions_fts on interactions using gin (search)',
};

const FOLDERS = ['program', 'keuangan', 'branding', 'kemasan', 'pemasaran', 'sentra', 'glosarium'];

/**
 * One batch of generated interactions, made inside the database: questions of 5-10 and answers of 20-35
 * pseudo-Indonesian words with a skewed (cubic) word frequency, a year of timestamps, 50,000 users, the
 * outcome mix of a real log (70% answered), the best source's folder as the topic.
 */
async function insertBatch(db: Queryable, from: number, to: number, words: string[]): Promise<void> {
  await db.query(
    `insert into interactions (created_at, channel, user_ref, chat_ref, question, language, answer, answered,
       confidence, outcome, sources, timings, mode)
     select created_at, channel, 'u' || u, 'c' || u, q, 'id', a, outcome = 'answered', conf, outcome,
       case when outcome = 'answered' then jsonb_build_array(jsonb_build_object('n', 1, 'title', 'Dokumen ' || folder,
         'path', 'knowledge/' || folder || '/dokumen.md', 'score', round((conf * 3)::numeric, 2))) else '[]'::jsonb end,
       '{"retrieveMs": 6, "answerMs": 2}'::jsonb,
       case when outcome = 'answered' then 'extractive' else 'none' end
     from (
       select g,
         now() - random() * interval '365 days' as created_at,
         (array['telegram', 'telegram', 'telegram', 'cli'])[1 + floor(random() * 4)::int] as channel,
         floor(random() * 50000)::int as u,
         (select string_agg(($3::text[])[1 + floor(power(random(), 3) * $4)::int], ' ')
            from generate_series(1, 5 + (g % 6))) as q,
         (select string_agg(($3::text[])[1 + floor(power(random(), 3) * $4)::int], ' ')
            from generate_series(1, 20 + (g % 16))) as a,
         random()::real as conf,
         (array['answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'answered',
                'declined', 'declined', 'smalltalk'])[1 + floor(random() * 10)::int] as outcome,
         ($5::text[])[1 + floor(random() * $6)::int] as folder
       from generate_series($1::int, $2::int) g
     ) s`,
    [from, to, words, words.length, FOLDERS, FOLDERS.length],
  );
}

async function withoutIndexes<T>(db: Database, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('set local enable_indexscan = off');
    await tx.query('set local enable_bitmapscan = off');
    await tx.query('set local enable_indexonlyscan = off');
    return fn(tx);
  });
}

/**
 * `pendamping bench workspace`: a generated log of `rows` interactions; the conversation list, its
 * filters and full-text search timed with the workspace's indexes and with index scans disabled, same
 * queries, same run.
 */
export async function runWorkspaceBench(
  db: Database,
  options: { engine: string; rows: number; queries: number; seed: number; progress: BenchProgress },
): Promise<WorkspaceBench> {
  const { progress } = options;
  const random = rng(options.seed);
  const words = vocabulary(5_000, random);
  progress.stage(`${options.engine}: ${options.rows.toLocaleString('id-ID')} interaksi sintetis`);
  for (const name of Object.keys(INDEXES)) await db.query(`drop index if exists ${name}`);
  await db.query('select setseed($1)', [(options.seed % 1000) / 1000]);
  const started = performance.now();
  const batch = 25_000;
  for (let from = 1; from <= options.rows; from += batch) {
    const to = Math.min(options.rows, from + batch - 1);
    await insertBatch(db, from, to, words);
    progress.update(to, options.rows);
  }
  await db.query(
    `insert into feedback (interaction_id, value, created_at)
     select id, case when random() < 0.75 then 1 else -1 end, created_at from interactions where random() < 0.05`,
  );
  const loadMs = performance.now() - started;
  progress.stage(`${options.engine}: indeks dibangun`);
  const indexStarted = performance.now();
  for (const sql of Object.values(INDEXES)) await db.query(sql);
  await db.query('analyze interactions');
  await db.query('analyze feedback');
  const indexMs = performance.now() - indexStarted;

  const repo = createWorkspaceRepo(db);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  // A cursor somewhere in the year: a mentor paging deep into the list.
  const deepCursor = () => `${new Date(Date.now() - random() * 300 * 86_400_000).toISOString()}_999999999`;
  const kinds: { name: string; make: () => { filter: ConversationFilter; cursor?: string } }[] = [
    { name: 'daftar, halaman pertama', make: () => ({ filter: {} }) },
    { name: 'daftar, halaman dalam (keyset)', make: () => ({ filter: {}, cursor: deepCursor() }) },
    { name: 'filter hasil + topik', make: () => ({ filter: { outcome: 'answered', topic: pick(FOLDERS) } }) },
    { name: 'filter hasil: belum tahu', make: () => ({ filter: { outcome: 'declined' } }) },
    {
      name: 'filter tanggal (7 hari) + kanal',
      make: () => {
        const start = 7 + Math.floor(random() * 300);
        return { filter: { from: day(start), to: day(start - 6), channel: 'cli' } };
      },
    },
    { name: 'filter umpan balik negatif', make: () => ({ filter: { feedback: 'down' } }) },
    // Words of middling frequency (rank 200-4,000 of 5,000): common words page instantly either way.
    {
      name: 'teks penuh, 1 kata',
      make: () => ({ filter: { q: words[200 + Math.floor(random() * 3_800)]! } }),
    },
    {
      name: 'teks penuh, 2 kata',
      make: () => ({
        filter: {
          q: `${words[20 + Math.floor(random() * 400)]} ${words[200 + Math.floor(random() * 3_800)]}`,
        },
      }),
    },
    {
      name: 'teks penuh + filter hasil',
      make: () => ({ filter: { q: words[100 + Math.floor(random() * 1_000)]!, outcome: 'answered' } }),
    },
  ];
  const rows: WorkspaceBenchRow[] = [];
  for (const kind of kinds) {
    progress.stage(`${options.engine}: ${kind.name}`);
    const indexTimes: number[] = [];
    const scanTimes: number[] = [];
    let agree = 0;
    for (let i = 0; i < options.queries; i++) {
      const { filter, cursor } = kind.make();
      let t = performance.now();
      const a = await repo.page(filter, cursor);
      indexTimes.push(performance.now() - t);
      t = performance.now();
      const b = await withoutIndexes(db, (tx) => createWorkspaceRepo(tx).page(filter, cursor));
      scanTimes.push(performance.now() - t);
      if (a.rows.map((r) => r.id).join() === b.rows.map((r) => r.id).join()) agree++;
      progress.update(i + 1, options.queries);
    }
    const index = stats(indexTimes);
    const scan = stats(scanTimes);
    rows.push({
      query: kind.name,
      index,
      scan,
      ratioP95: Math.round((scan.p95 / Math.max(0.01, index.p95)) * 10) / 10,
      agreement: agree / options.queries,
    });
  }
  const { rows: count } = await db.query<{ n: number }>('select count(*)::int as n from interactions');
  return {
    engine: options.engine,
    interactions: count[0]!.n,
    loadMs: Math.round(loadMs),
    indexMs: Math.round(indexMs),
    rows,
  };
}

/** The Markdown section of BENCHMARKS.md, between markers so that it can be replaced on its own. */
export function workspaceMarkdown(
  results: WorkspaceBench[],
  meta: { command: string; date: string; machine: string },
): string {
  const lines = [
    WORKSPACE_START,
    '## Mentor workspace: conversation list, filters and full-text search',
    '',
    `Measured ${meta.date} on ${meta.machine} with:`,
    '',
    '```sh',
    meta.command,
    '```',
    '',
    'A generated log (pseudo-Indonesian words with a skewed frequency, a year of timestamps, 70% answered, 5% with',
    'feedback). Each query fetches the first 50 rows (newest first) the way the workspace does (keyset paging on',
    '`(created_at, id)`), once with the workspace indexes and once in the same transaction with index and bitmap',
    'scans disabled. Goal: index p95 at most a tenth of the scan p95.',
    '',
  ];
  for (const r of results) {
    lines.push(
      `### ${r.engine}, ${r.interactions.toLocaleString('en-US')} interactions (generated in ${(r.loadMs / 1000).toFixed(0)} s, indexes built in ${(r.indexMs / 1000).toFixed(0)} s)`,
      '',
      '| query | index p50 / p95 ms | scan p50 / p95 ms | scan ÷ index (p95) | same first page |',
      '|---|---:|---:|---:|---:|',
      ...r.rows.map(
        (row) =>
          `| ${row.query} | ${row.index.p50} / ${row.index.p95} | ${row.scan.p50} / ${row.scan.p95} | ${row.ratioP95}× ${row.ratioP95 >= 10 ? '✓' : '✗'} | ${Math.round(row.agreement * 100)}% |`,
      ),
      '',
    );
  }
  lines.push(WORKSPACE_END);
  return lines.join('\n');
}

export const WORKSPACE_START = '<!-- workspace-bench:start -->';
export const WORKSPACE_END = '<!-- workspace-bench:end -->';

/** Puts the workspace section into an existing report, replacing an earlier one. */
export function mergeSection(report: string, section: string): string {
  const start = report.indexOf(WORKSPACE_START);
  const end = report.indexOf(WORKSPACE_END);
  if (start >= 0 && end > start)
    return `${report.slice(0, start)}${section}${report.slice(end + WORKSPACE_END.length)}`;
  return `${report.trimEnd()}\n\n${section}\n`;
}
