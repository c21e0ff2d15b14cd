import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.ts';

const MEMORY_CAP = 10_000;

/**
 * Telegram re-delivers an update it believes unconfirmed (a webhook that timed out, a poll whose offset was
 * lost in a restart). The update id is claimed in the database before anything is done, so that it is
 * answered once even across instances; when the database is down, an in-memory set does the same job.
 */
export async function dedupe(ctx: BotContext, next: NextFunction) {
  const id = ctx.update.update_id;
  const seen = ctx.deps.memory.seenUpdates;
  if (seen.has(id)) {
    ctx.outcome = 'duplicate';
    return;
  }
  seen.add(id);
  if (seen.size > MEMORY_CAP) seen.delete(seen.values().next().value!);
  let fresh = true;
  try {
    const loaded = await ctx.deps.users.claimAndLoad(id, ctx.userRef ?? null);
    fresh = loaded.fresh;
    ctx.loaded = { user: loaded.user, thread: loaded.thread };
  } catch (error) {
    ctx.log.warn({ err: error }, 'update claim failed; relying on the in-memory claim');
  }
  if (!fresh) {
    ctx.outcome = 'duplicate';
    return;
  }
  await next();
}
