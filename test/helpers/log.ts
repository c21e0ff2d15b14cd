import { Writable } from 'node:stream';
import pino from 'pino';
import { createLogger } from '../../src/logger.ts';

/**
 * A logger that keeps its JSON lines in memory, so tests can assert on structured log output. It is the
 * product's logger (createLogger) with its redaction, so what the tests see is what an operator would.
 * `secrets`: literal values to censor besides the token shapes the redactor knows. `raw` holds the lines
 * as written, for scans.
 */
export function memoryLogger(secrets: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n'))
        if (line.trim()) {
          raw.push(line);
          lines.push(JSON.parse(line));
        }
      callback();
    },
  });
  return { log: createLogger({ log: { level: 'debug' }, secrets }, stream), lines, raw };
}

export function silentLogger() {
  return pino({ level: 'silent' });
}
