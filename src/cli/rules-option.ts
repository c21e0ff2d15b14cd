import { parseRuleOverrides, type RuleSet, ruleSet } from '../rag/rules.ts';
import { type CliIo, write } from './io.ts';

/**
 * The named rules in force for `--rule NAME=VALUE` options (eval, eval-pesan); undefined after a
 * usage message when one is malformed or names no rule.
 */
export async function rulesOption(items: readonly string[], io: CliIo): Promise<RuleSet | undefined> {
  try {
    return ruleSet(parseRuleOverrides(items));
  } catch (error) {
    await write(io.stderr, (error as Error).message);
    return undefined;
  }
}
