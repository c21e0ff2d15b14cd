import { closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { createRedactor, type Redactor } from './log-redact.ts';
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

/** What createLogger needs: the log settings, and the secrets it must never print (all optional). */
export type LoggerConfig = Pick<Config, 'log'> &
  Partial<Pick<Config, 'telegramToken' | 'openai' | 'bot' | 'database'>> & {
    /** More literal values never to print (tests name their fake token). */
    secrets?: string[];
  };

/** The configured secrets: the bot token, the API key, the webhook and pseudonym secrets, the DB password. */
function secretsOf(config: LoggerConfig): (string | undefined)[] {
  const mode = config.bot?.mode;
  let dbPassword: string | undefined;
  if (config.database?.kind === 'postgres') {
    try {
      dbPassword = decodeURIComponent(new URL(config.database.url).password) || undefined;
    } catch {
      dbPassword = undefined;
    }
  }
  return [
    config.telegramToken,
    config.openai?.apiKey,
    mode?.kind === 'webhook' ? mode.secret : undefined,
    config.bot?.pseudonymSecret,
    dbPassword,
    ...(config.secrets ?? []),
  ];
}

/**
 * pino options that redact at any depth (see log-redact.ts): every object logged and every message string
 * pass through the redactor before pino serialises them (child bindings: see redactChildren).
 */
function loggerOptions(config: LoggerConfig, redactor: Redactor): pino.LoggerOptions {
  const clean = (arg: unknown) =>
    typeof arg === 'string' ? redactor.string(arg) : typeof arg === 'object' ? redactor.value(arg) : arg;
  return {
    level: config.log.level,
    base: { app: 'pendamping-ikm' },
    // The redactor has already made errors plain objects; pino's own serializer would re-read them.
    serializers: { err: (value: unknown) => value },
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (first instanceof Error) {
          const err = redactor.value(first) as { message?: string };
          const more = rest.length > 0 ? rest.map(clean) : [err.message ?? ''];
          return method.apply(this, [{ err }, ...more] as Parameters<typeof method>);
        }
        if (first !== null && typeof first === 'object')
          return method.apply(this, [redactor.value(first), ...rest.map(clean)] as Parameters<typeof method>);
        return method.apply(this, args.map(clean) as Parameters<typeof method>);
      },
    },
  };
}

/** pino applies formatters.bindings to the root only; a child's bindings are redacted here instead. */
function redactChildren<T extends pino.BaseLogger & { child: Logger['child'] }>(
  logger: T,
  redactor: Redactor,
): T {
  const child = logger.child.bind(logger) as unknown as (bindings: pino.Bindings, options?: object) => Logger;
  const redacting = (bindings: pino.Bindings, options?: object) =>
    redactChildren(child(redactor.value(bindings) as pino.Bindings, options), redactor);
  logger.child = redacting as unknown as Logger['child'];
  return logger;
}

/**
 * Creates the process logger. Logs go to stderr (or LOG_FILE) so that stdout stays clean for
 * answers and JSON; secrets, message text and names are redacted at any depth (loggerOptions).
 * `destination` replaces the file or stderr (tests keep the lines in memory).
 */
export function createLogger(config: LoggerConfig, destination?: pino.DestinationStream): Logger {
  if (!destination) {
    if (config.log.file) {
      const fd = openLogFile(config.log.file);
      closeSync(fd);
      // Synchronous writes: a line logged just before exit (a fatal error, the shutdown summary) is not lost.
      destination = pino.destination({ dest: config.log.file, sync: true });
    } else destination = pino.destination(2);
  }
  const redactor = createRedactor(secretsOf(config));
  return redactChildren(pino(loggerOptions(config, redactor), destination), redactor);
}
