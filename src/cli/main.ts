import { readFileSync } from 'node:fs';
import { type Command, CommanderError } from 'commander';
import { describeError, isAppError } from '../errors.ts';
import { type CliIo, EXIT, processIo, write } from './io.ts';
import { createProgram } from './program.ts';

const version = () =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;

/** Runs one CLI command and returns its exit code: 0 ok, 1 failure, 2 bad usage or configuration. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, version, (ran) => {
    code = ran;
  });
  if (argv.length === 0) {
    // No command at all: the overview, as a usage error.
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError)
      return ['commander.helpDisplayed', 'commander.version'].includes(error.code) ? EXIT.ok : EXIT.usage;
    if (isAppError(error)) {
      await write(io.stderr, error.userMessage);
      return error.code === 'CONFIG_INVALID' || error.code === 'USAGE' ? EXIT.usage : EXIT.failure;
    }
    // A value a command could not read (`--guidance mungkin`): the message and where to read more.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const named = (list: readonly Command[], name = '') =>
        list.find((cmd) => cmd.name() === name || cmd.aliases().includes(name));
      const first = named(program.commands, argv[0]);
      const path = [first, first && named(first.commands, argv[1])].filter(Boolean) as Command[];
      const help = path.map((cmd) => cmd.name()).join(' ');
      await write(io.stderr, `${describeError(error)}\n\nLihat: pendamping ${help} --help`);
      return EXIT.usage;
    }
    await write(io.stderr, `Terjadi kesalahan: ${describeError(error)}`);
    return EXIT.failure;
  }
}
