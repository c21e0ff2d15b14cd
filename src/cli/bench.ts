import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { markdownReport, svgChart } from '../bench/report.ts';
import { mergeSection, WORKSPACE_END, WORKSPACE_START } from '../bench/workspace.ts';
import { type DirectoryBench, runDirectoryBench } from '../bench/directory.ts';
import { type BenchProgress, type BenchResult, runBench } from '../bench/run.ts';
import { createAreaIndex } from '../directory/areas.ts';
import { createConfig } from '../config.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { createScratchDatabase } from '../db/scratch.ts';
import { migrate } from '../db/migrate.ts';
import type { Database } from '../db/port.ts';
import { createLogger, type Logger } from '../logger.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

function stageProgress(io: CliIo): BenchProgress & { stop(): void } {
  const started = performance.now();
  let bar = createProgress('');
  return {
    stage(name) {
      bar.stop();
      bar = createProgress(name);
      if (!process.stderr.isTTY)
        io.stderr.write(`  … ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    },
    update: (done, total) => bar.update(done, total),
    stop: () => bar.stop(),
  };
}

/** A fresh database on the configured server for one benchmark, dropped afterwards whatever happens. */
async function withTemporaryPostgres(url: string, log: Logger, fn: (db: Database) => Promise<void>) {
  const scratch = await createScratchDatabase(url, 'pendamping_bench');
  try {
    const db = await openPostgres(scratch.url, { statementTimeoutMs: 600_000, log });
    try {
      await db.exec('create extension if not exists vector');
      await fn(db);
    } finally {
      await db.close();
    }
  } finally {
    await scratch.drop();
  }
}

async function benchBotCommand(
  args: ParsedArgs<{ users: string; questions: string; concurrency?: string; out?: string; json: boolean }>,
  io: CliIo,
): Promise<number> {
  const { values } = args;
  const config = createConfig(io.env);
  const users = Number(values.users);
  const questions = Number(values.questions);
  const concurrency = values.concurrency
    ? Number(values.concurrency)
    : config.bot.mode.kind === 'polling'
      ? config.bot.mode.concurrency
      : 32;
  if ([users, questions, concurrency].some((n) => !Number.isInteger(n) || n <= 0 || n > 100_000)) {
    await write(
      io.stderr,
      `Nilai --users/--questions/--concurrency harus bilangan bulat positif.\n\n${args.help}`,
    );
    return EXIT.usage;
  }
  const log = createLogger(config);
  // Other work on the machine slows the answering core far more than the echo bot: the report says how busy it was.
  const loadBefore = loadavg()[0]!;
  const { runBotBench, botBenchMarkdown, withBotSection } = await import('../bench/bot.ts');
  const result = await runBotBench(config, log, {
    users,
    questions,
    concurrency,
    onStage: (name) => io.stderr.write(`  … ${name}\n`),
  });
  if (values.json) await write(io.stdout, JSON.stringify(result));
  else {
    const lines = [
      'bot                                              updates  updates/s  p50 ms  p95 ms  max ms',
    ];
    for (const r of [result.echo, result.bot, result.botUnthrottled, result.botLayer])
      lines.push(
        `${r.name.padEnd(48)} ${String(r.updates).padStart(8)} ${String(r.updatesPerSec).padStart(10)} ${String(r.p50Ms).padStart(7)} ${String(r.p95Ms).padStart(7)} ${String(r.maxMs).padStart(7)}`,
      );
    await write(io.stdout, lines.join('\n'));
  }
  if (values.out) {
    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after the run`;
    const section = botBenchMarkdown(result, {
      command: `node bin/pendamping.js bench bot --users ${users} --questions ${questions} --out ${values.out}`,
      date: new Date().toISOString().slice(0, 10),
      machine,
    });
    const existing = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '# Benchmarks\n';
    writeFileSync(values.out, withBotSection(existing, section));
    await write(io.stderr, `Bagian bot ditulis ke ${values.out}`);
  }
  return EXIT.ok;
}

export type BenchOptions = {
  quick: boolean;
  sizes?: string;
  queries?: string;
  dims?: string;
  seed: string;
  out?: string;
  json: boolean;
};

/** `bench` (retrieval and ingest) and `bench bot`; `bench workspace` is its own module. */
export async function benchCommand(args: ParsedArgs<BenchOptions>, io: CliIo): Promise<number> {
  if (args.sub === 'bot')
    return benchBotCommand(args as unknown as Parameters<typeof benchBotCommand>[0], io);
  const { values } = args;
  const sizes = values.sizes
    ? values.sizes.split(',').map(Number)
    : values.quick
      ? [10_000]
      : [10_000, 100_000];
  const queries = values.queries ? Number(values.queries) : values.quick ? 30 : 200;
  const dims = values.dims ? Number(values.dims) : values.quick ? 128 : 256;
  const numbers = [...sizes, queries, dims, Number(values.seed)];
  if (numbers.some((value) => !Number.isInteger(value) || value <= 0)) {
    await write(
      io.stderr,
      `Nilai --sizes/--queries/--dims/--seed harus bilangan bulat positif.\n\n${args.help}`,
    );
    return EXIT.usage;
  }
  const config = createConfig(io.env);
  const log = createLogger(config);
  const progress = stageProgress(io);
  const results: BenchResult[] = [];
  const directory: DirectoryBench[] = [];
  const areas = createAreaIndex();
  const common = {
    seed: Number(values.seed),
    queries,
    dims,
    log,
    progress,
  };
  try {
    for (const chunks of sizes) {
      const db = await openPglite();
      try {
        results.push(await runBench(db, { ...common, engine: 'PGlite', chunks }));
      } finally {
        await db.close();
      }
      if (config.database.kind === 'postgres') {
        await withTemporaryPostgres(config.database.url, log, async (pgdb) => {
          results.push(await runBench(pgdb, { ...common, engine: 'PostgreSQL', chunks }));
        });
      }
    }
    const db = await openPglite();
    try {
      await migrate(db);
      directory.push(
        await runDirectoryBench(db, { engine: 'PGlite', areas, queries: common.queries, progress }),
      );
    } finally {
      await db.close();
    }
    if (config.database.kind === 'postgres') {
      await withTemporaryPostgres(config.database.url, log, async (pgdb) => {
        await migrate(pgdb);
        directory.push(
          await runDirectoryBench(pgdb, { engine: 'PostgreSQL', areas, queries: common.queries, progress }),
        );
      });
    }
  } finally {
    progress.stop();
  }

  if (values.json) await write(io.stdout, JSON.stringify({ retrieval: results, directory }));
  else {
    const lines = [
      'engine      chunks   method              index p50/p95 ms   exact p50/p95 ms   ×     recall@10',
    ];
    for (const r of results) {
      const row = (name: string, b: BenchResult['lexical']) =>
        `${r.engine.padEnd(11)} ${String(r.chunks).padStart(7)}  ${name.padEnd(18)} ${`${b.index.p50}/${b.index.p95}`.padStart(17)} ${`${b.exact.p50}/${b.exact.p95}`.padStart(18)} ${String(b.speedup).padStart(6)} ${b.recallAt10.toFixed(3).padStart(9)}`;
      lines.push(
        row('BM25', r.lexical),
        row('BM25+filter', r.lexicalFiltered),
        row('HNSW', r.dense),
        row('HNSW+filter', r.denseFiltered),
      );
      lines.push(
        `${r.engine.padEnd(11)} ${String(r.chunks).padStart(7)}  ingest: pipeline ${r.ingest.pipelineChunksPerSec} chunks/s, bulk insert ${r.ingest.bulkChunksPerSec} chunks/s, pipeline takes ${r.ingest.ratio}× as long; HNSW build ${(r.dense.buildMs / 1000).toFixed(1)} s`,
      );
    }
    for (const d of directory) {
      lines.push(
        `${d.engine}: direktori sintetis ${d.sentra} sentra, ${d.units} unit usaha, dimuat dalam ${(d.loadMs / 1000).toFixed(1)} s`,
      );
      for (const row of d.rows) {
        lines.push(
          `  ${row.query.padEnd(20)} indeks ${row.index.p50}/${row.index.p95} ms   scan ${row.sequential.p50}/${row.sequential.p95} ms   ${row.speedup}×   sama ${row.agreement}`,
        );
      }
    }
    await write(io.stdout, lines.join('\n'));
  }
  if (values.out) {
    const svgName = `${basename(values.out).replace(/\.md$/i, '')}.svg`;
    writeFileSync(join(dirname(values.out), svgName), svgChart(results));
    const command = `node bin/pendamping.js bench${values.quick ? ' --quick' : ''}${values.sizes ? ` --sizes ${values.sizes}` : ''} --out ${values.out}`;
    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
    // The workspace and bot sections are measured by their own commands; a re-run of this one keeps them.
    const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
    const kept = previous.slice(
      previous.indexOf(WORKSPACE_START),
      previous.indexOf(WORKSPACE_END) + WORKSPACE_END.length,
    );
    const start = previous.indexOf('<!-- bot-bench:start -->');
    const end = previous.indexOf('<!-- bot-bench:end -->');
    const botSection =
      start >= 0 && end > start ? `\n${previous.slice(start, end + '<!-- bot-bench:end -->'.length)}\n` : '';
    const report = markdownReport(results, directory, {
      command: config.database.kind === 'postgres' ? `DATABASE_URL=postgres://… ${command}` : command,
      date: new Date().toISOString().slice(0, 10),
      machine,
      svg: svgName,
    });
    writeFileSync(
      values.out,
      `${kept.startsWith(WORKSPACE_START) ? mergeSection(report, kept) : report}${botSection}`,
    );
    await write(io.stderr, `Laporan ditulis ke ${values.out} dan ${svgName}`);
  }
  return EXIT.ok;
}
