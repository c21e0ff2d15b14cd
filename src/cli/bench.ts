import type { CliIo } from './io.ts';
import { EXIT, write } from './io.ts';

export async function benchCommand(_args: string[], io: CliIo): Promise<number> {
  await write(io.stderr, 'bench: not yet implemented');
  return EXIT.failure;
}
