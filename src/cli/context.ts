import { type App, type OpenAppOptions, openAppFromEnv } from '../app.ts';
import { type CliIo, write } from './io.ts';
import { formatIngestSummary } from './output.ts';
import { createProgress } from './progress.ts';

/**
 * Opens the app for a command: config from the environment, logger, database (created, migrated
 * and filled from the knowledge folder on first use), answering. Progress goes to stderr.
 */
export async function openCliApp(io: CliIo, options: OpenAppOptions = {}): Promise<App> {
  const progress = createProgress('Memuat pengetahuan');
  try {
    return await openAppFromEnv(io.env, {
      ...options,
      onIngestProgress: (done, total, path) => progress.update(done, total, path),
      onIngest: async (report) => {
        progress.stop();
        if (report.added + report.updated + report.removed > 0 || report.failed.length > 0) {
          await write(io.stderr, formatIngestSummary(report));
          for (const failure of report.failed)
            await write(io.stderr, `  ✗ ${failure.path}: ${failure.reason}`);
        }
        options.onIngest?.(report);
      },
    });
  } finally {
    progress.stop();
  }
}
