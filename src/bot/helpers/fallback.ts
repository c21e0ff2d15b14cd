import type { FallbackWrite } from '../../rag/interaction-log.ts';
import type { BotContext } from '../context.ts';

/**
 * A write the database refused (an outage), kept in the fallback file with its time, to be written back in
 * order when the database answers (rag/interaction-log.ts). False when there is no fallback file to keep
 * it in (the caller then fails as before: the user gets the apology and can repeat the tap).
 */
export function keepForLater(ctx: BotContext, write: FallbackWrite, error: unknown): boolean {
  const journal = ctx.deps.fallback;
  if (!journal) return false;
  return journal.keep(write, error);
}
