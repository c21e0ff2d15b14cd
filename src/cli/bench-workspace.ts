import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  mergeSection,
  runWorkspaceBench,
  type WorkspaceBench,
  workspaceMarkdown,
} from '../bench/workspace.ts';
import { createConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import { createScratchDatabase } from '../db/scratch.ts';
import { createLogger } from '../logger.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

export async function benchWorkspaceCommand(
  args: ParsedArgs<{ rows: string; queries: string; seed: string; out?: string; json: boolean }>,
  io: CliIo,
): Promise<number> {
  const { values } = args;
  const rows = Number(values.rows);
  const queries = Number(values.queries);
  const seed = Number(values.seed);
  if (![rows, queries, seed].every((n) => Number.isInteger(n) && n > 0) || rows > 20_000_000) {
    await write(io.stderr, `--rows, --queries dan --seed harus bilangan bulat positif.\n\n${args.help}`);
    return EXIT.usage;
  }
  const config = createConfig(io.env);
  const log = createLogger(config);
  const started = performance.now();
  let bar = createProgress('');
  const progress = {
    stage(name: string) {
      bar.stop();
      bar = createProgress(name);
      if (!process.stderr.isTTY)
        io.stderr.write(`  … ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    },
    update: (done: number, total: number) => bar.update(done, total),
  };
  const results: WorkspaceBench[] = [];
  try {
    // On disk, not in memory: a million rows and their indexes are more than the WASM heap should hold.
    const dir = mkdtempSync(join(tmpdir(), 'pd-bench-ws-'));
    try {
      const db = await openPglite(dir);
      try {
        await migrate(db);
        results.push(await runWorkspaceBench(db, { engine: 'PGlite', rows, queries, seed, progress }));
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (config.database.kind === 'postgres') {
      const scratch = await createScratchDatabase(config.database.url, 'pendamping_bench_ws');
      try {
        const db = await openPostgres(scratch.url, { statementTimeoutMs: 600_000, log });
        try {
          await migrate(db);
          results.push(await runWorkspaceBench(db, { engine: 'PostgreSQL', rows, queries, seed, progress }));
        } finally {
          await db.close();
        }
      } finally {
        await scratch.drop();
      }
    }
  } finally {
    bar.stop();
  }
  if (values.json) await write(io.stdout, JSON.stringify(results));
  else {
    const lines: string[] = [];
    for (const r of results) {
      lines.push(
        `${r.engine}: ${r.interactions} interaksi, dibuat ${(r.loadMs / 1000).toFixed(1)} s, indeks ${(r.indexMs / 1000).toFixed(1)} s`,
      );
      for (const row of r.rows)
        lines.push(
          `  ${row.query.padEnd(34)} indeks ${`${row.index.p50}/${row.index.p95}`.padStart(14)} ms   scan ${`${row.scan.p50}/${row.scan.p95}`.padStart(16)} ms   ${String(row.ratioP95).padStart(7)}× p95 ${row.ratioP95 >= 10 ? '✓' : '✗'}   sama ${Math.round(row.agreement * 100)}%`,
        );
    }
    await write(io.stdout, lines.join('\n'));
  }
  if (values.out) {
    const command = `${config.database.kind === 'postgres' ? 'DATABASE_URL=postgres://… ' : ''}node bin/pendamping.js bench workspace${values.rows === '1000000' ? '' : ` --rows ${values.rows}`}${values.queries === '20' ? '' : ` --queries ${values.queries}`} --out ${values.out}`;
    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
    const section = workspaceMarkdown(results, {
      command,
      date: new Date().toISOString().slice(0, 10),
      machine,
    });
    const existing = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '# Benchmarks\n';
    writeFileSync(values.out, mergeSection(existing, section));
    await write(io.stderr, `Bagian ruang kerja ditulis ke ${values.out}`);
  }
  const missed = results.flatMap((r) => r.rows).filter((row) => row.ratioP95 < 10);
  return missed.length === 0 ? EXIT.ok : EXIT.failure;
}
