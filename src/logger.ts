import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * Creates the process logger. Logs go to stderr (or LOG_FILE) so that stdout stays clean for
 * answers and JSON; secrets and personal fields are redacted wherever they appear.
 */
export function createLogger(config: Pick<Config, 'log'>): Logger {
  const destination = config.log.file
    ? pino.destination({ dest: config.log.file, mkdir: true, sync: false })
    : pino.destination(2);
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
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
