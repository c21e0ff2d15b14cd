import type { NextFunction } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from '../context.ts';

const MEMORY_CAP = 10_000;
/** Handling attempts of one update before it is given up (its claim kept) so that Telegram stops retrying. */
export const MAX_ATTEMPTS = 3;
/** Bot API calls that put something in front of the user: once one succeeded, the update was answered. */
const ANSWERING = /^(send(?!ChatAction)|editMessage|copyMessage|forwardMessage)/;

const released = new WeakSet<Update>();

/**
 * True when handling `update` failed before anything reached the user and its claim was given back: the
 * webhook then answers 500 so that Telegram delivers it again, and that re-delivery is handled.
 */
export function wasReleased(update: Update): boolean {
  return released.has(update);
}

/**
 * Telegram re-delivers an update it believes unconfirmed (a webhook that timed out or failed, a poll whose
 * offset was lost in a restart). The update id is claimed in the database before anything is done, so that
 * it is answered once even across instances; when the database is down, an in-memory set does the same job.
 *
 * A claim means "answered", so it is given back when handling throws before any message reached the user:
 * the re-delivery is then handled instead of dropped as a duplicate. After a message was sent the claim stays
 * (a re-delivery must not answer twice), and after MAX_ATTEMPTS failures too (a poisoned update is not
 * retried for ever).
 */
export async function dedupe(ctx: BotContext, next: NextFunction) {
  const id = ctx.update.update_id;
  const { seenUpdates: seen, failedAttempts } = memoryOf(ctx);
  if (seen.has(id)) {
    ctx.outcome = 'duplicate';
    return;
  }
  seen.add(id);
  if (seen.size > MEMORY_CAP) seen.delete(seen.values().next().value!);
  let fresh = true;
  let claimedInDb = false;
  try {
    const loaded = await ctx.deps.users.claimAndLoad(id, ctx.userRef ?? null);
    fresh = loaded.fresh;
    claimedInDb = loaded.fresh;
    ctx.loaded = { user: loaded.user, thread: loaded.thread };
  } catch (error) {
    ctx.log.warn({ err: error }, 'update claim failed; relying on the in-memory claim');
  }
  if (!fresh) {
    ctx.outcome = 'duplicate';
    return;
  }
  let answered = false;
  ctx.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (result.ok && ANSWERING.test(method)) answered = true;
    return result;
  });
  try {
    await next();
    failedAttempts.delete(id);
  } catch (error) {
    const attempts = (failedAttempts.get(id) ?? 0) + 1;
    if (answered || attempts >= MAX_ATTEMPTS) {
      failedAttempts.delete(id);
      ctx.log.warn({ attempts, answered }, 'failed update kept as handled; a re-delivery is not answered');
    } else {
      failedAttempts.set(id, attempts);
      if (failedAttempts.size > MEMORY_CAP) failedAttempts.delete(failedAttempts.keys().next().value!);
      seen.delete(id);
      if (claimedInDb)
        await ctx.deps.users
          .releaseUpdate(id)
          .catch((releaseError) =>
            ctx.log.error({ err: releaseError }, 'could not release the claim of a failed update'),
          );
      released.add(ctx.update);
    }
    throw error;
  }
}

const attemptsByMemory = new WeakMap<object, Map<number, number>>();

/** The bot's memory, with the failure counts kept beside it (per bot, not in BotMemory's stored shape). */
function memoryOf(ctx: BotContext) {
  const memory = ctx.deps.memory;
  let failedAttempts = attemptsByMemory.get(memory);
  if (!failedAttempts) {
    failedAttempts = new Map();
    attemptsByMemory.set(memory, failedAttempts);
  }
  return { seenUpdates: memory.seenUpdates, failedAttempts };
}
