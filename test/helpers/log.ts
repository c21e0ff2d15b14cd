import { Writable } from 'node:stream';
import pino from 'pino';

/** A logger that keeps its JSON lines in memory, so tests can assert on structured log output. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

export function silentLogger() {
  return pino({ level: 'silent' });
}
