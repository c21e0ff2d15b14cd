import { existsSync, statSync } from 'node:fs';
import { openDatabase } from '../app.ts';
import { createConfig } from '../config.ts';
import { createAreaIndex } from '../directory/areas.ts';
import { syncShippedDirectory } from '../directory/index-docs.ts';
import { ingestDirectory } from '../ingest/pipeline.ts';
import { createLogger } from '../logger.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { formatIngestSummary } from './output.ts';
import { createProgress } from './progress.ts';

export async function ingestCommand(args: ParsedArgs<{ json: boolean }>, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  const config = createConfig(io.env);
  const dir = positionals[0] ?? config.knowledgeDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    await write(io.stderr, `Folder pengetahuan tidak ditemukan: ${dir}`);
    return EXIT.usage;
  }
  const log = createLogger(config);
  const db = await openDatabase(config, log);
  const progress = createProgress('Ingest');
  try {
    const report = await ingestDirectory({
      db,
      dir,
      log,
      onProgress: (done, total, path) => progress.update(done, total, path),
    });
    progress.stop();
    // The folder's direktori/*.csv (the sentra directory) travels with the knowledge.
    const directory = await syncShippedDirectory(db, dir, () => createAreaIndex(), log);
    const directoryRejected = directory.reports.reduce((sum, r) => sum + r.rejected, 0);
    if (values.json) await write(io.stdout, JSON.stringify({ ...report, directory: directory.reports }));
    else {
      await write(io.stdout, formatIngestSummary(report));
      for (const failure of report.failed) await write(io.stderr, `  ✗ ${failure.path}: ${failure.reason}`);
      for (const r of directory.reports) {
        await write(
          io.stdout,
          `Direktori ${r.file}: ${r.valid} sah (${r.inserted} baru, ${r.updated} berubah), ${r.rejected} ditolak.`,
        );
        for (const rejection of r.rejections.slice(0, 20))
          await write(io.stderr, `  ✗ ${r.file} baris ${rejection.line}: ${rejection.reason}`);
      }
    }
    return report.failed.length > 0 || directoryRejected > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    progress.stop();
    await db.close();
  }
}
