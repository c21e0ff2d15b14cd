import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes; tests pass their own streams and environment. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(`${text}\n`)) resolve();
    else stream.once('drain', () => resolve());
  });
}
