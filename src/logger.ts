import { closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { ensureDir } from './safe-mkdir.ts';

export type { Logger };

/**
 * Opens LOG_FILE synchronously before pino sees it. pino's asynchronous destination retries a path it
 * cannot open forever (LOG_FILE=/proc/nonexistent/x.log spun at full CPU for an hour); a bad path must
 * stop start-up at once with CONFIG_INVALID (exit code 2) instead.
 */
export function openLogFile(file: string): number {
  try {
    ensureDir(dirname(file));
    return openSync(file, 'a');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new AppError('CONFIG_INVALID', `LOG_FILE: cannot open ${file} for writing (${reason})`, {
      cause: error,
      userMessage: `Konfigurasi tidak valid:\n  LOG_FILE: berkas ${file} tidak bisa dibuka untuk ditulis (${reason})`,
    });
  }
}

/**
 * Creates the process logger. Logs go to stderr (or LOG_FILE) so that stdout stays clean for
 * answers and JSON; secrets and personal fields are redacted wherever they appear.
 */
export function createLogger(config: Pick<Config, 'log'>): Logger {
  let destination: pino.DestinationStream;
  if (config.log.file) {
    const fd = openLogFile(config.log.file);
    closeSync(fd);
    // Synchronous writes: a line logged just before exit (a fatal error, the shutdown summary) is not lost.
    destination = pino.destination({ dest: config.log.file, sync: true });
  } else destination = pino.destination(2);
  return pino(
    {
      level: config.log.level,
      base: { app: 'pendamping-ikm' },
      redact: {
        paths: [
          'apiKey',
          '*.apiKey',
          'token',
          '*.token',
          'password',
          '*.password',
          'databaseUrl',
          'phone',
          '*.phone',
          'text',
          '*.text',
          'first_name',
          '*.first_name',
          'last_name',
          '*.last_name',
          'username',
          '*.username',
          // A Telegram error carries the request it failed on: the message text and the chat id.
          'err.payload',
          '*.err.payload',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
