/**
 * What a command receives once `commander` (src/cli/program.ts) has read the command line: option values
 * keyed by their long name as typed (`telegram-id`, `no-peer`), the remaining arguments, and the command's
 * generated help for usage messages. Commands stay free of the parser, so they load without it.
 */
export interface ParsedArgs<V = Record<string, unknown>> {
  /** The subcommand chosen (`directory import`, `hitung hpp`, ...), for commands that have them. */
  sub?: string;
  values: V;
  positionals: string[];
  /** The command's generated help text (`pendamping <command> --help`). */
  help: string;
}
