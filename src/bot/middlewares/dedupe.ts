import type { NextFunction } from 'grammy';
import type { Update } from 'grammy/types';
import type { ChatUser } from '../../db/chat-users-repo.ts';
import type { BotContext } from '../context.ts';
import { answering } from '../helpers/answer-outbox.ts';
import { instanceHolder, isDeadHolder } from '../helpers/holder.ts';

const MEMORY_CAP = 10_000;
/** Handling attempts of one update before it is given up (its claim kept) so that Telegram stops retrying. */
export const MAX_ATTEMPTS = 3;
/**
 * Bot API calls that put something in front of the user: once one succeeded (or was queued in the outbox),
 * the update was answered.
 */
const ANSWERING = /^(send(?!ChatAction)|editMessage|copyMessage|forwardMessage)/;

const released = new WeakSet<Update>();

/**
 * True when handling `update` failed before anything reached the user and its claim was given back: the
 * webhook then answers 500 so that Telegram delivers it again, and that re-delivery is handled.
 */
export function wasReleased(update: Update): boolean {
  return released.has(update);
}

/** How long an unfinished claim holds without being renewed (its holder renews it every third of this). */
export const CLAIM_LEASE_MS = 30_000;
/** How often a re-delivery of an update another live process holds looks again whether it was done. */
const HELD_POLL_MS = 500;

/**
 * Telegram re-delivers an update it believes unconfirmed (a webhook that timed out or failed, a poll whose
 * offset was lost in a restart). The update id is claimed in the database before anything is done, so that
 * it is answered once even across instances; when the database is down, an in-memory set does the same job.
 *
 * A claim is a lease: it names its holder (host, pid, instance), is renewed while the update is handled and
 * is marked done when the handling finished, by which time its answer was sent or written to the outbox
 * (helpers/answer-outbox.ts). A re-delivery of an update whose claim is done is a duplicate. One whose
 * holder died mid-answer (kill -9: a pid on this host that no longer runs, or a lease not renewed for
 * CLAIM_LEASE_MS) is taken over and handled; the messages the dead process had queued are keyed by the
 * update, so they are not queued twice. One whose holder is alive and still at it waits until it is done.
 *
 * The claim is given back when handling throws before any message reached the user or the outbox: the
 * re-delivery is then handled instead of dropped as a duplicate. After a message was sent the claim is done
 * (a re-delivery must not answer twice), and after MAX_ATTEMPTS failures too (a poisoned update is not
 * retried for ever).
 */
export async function dedupe(ctx: BotContext, next: NextFunction) {
  const id = ctx.update.update_id;
  const { seenUpdates: seen, failedAttempts, holder, knownUsers } = memoryOf(ctx);
  if (seen.has(id)) {
    ctx.outcome = 'duplicate';
    return;
  }
  seen.add(id);
  if (seen.size > MEMORY_CAP) seen.delete(seen.values().next().value!);
  const users = ctx.deps.users;
  let fresh = true;
  let claimedInDb = false;
  try {
    const loaded = await claim(ctx, holder);
    fresh = loaded.fresh;
    claimedInDb = loaded.fresh;
    ctx.loaded = { user: loaded.user, thread: loaded.thread };
    if (ctx.userRef) remember(knownUsers, ctx.userRef, loaded.user);
  } catch (error) {
    // The database is down: the sender as last seen by this process (their consent), so that their
    // question is answered and logged (to the interaction log's fallback file) instead of failing here.
    const known = ctx.userRef ? knownUsers.get(ctx.userRef) : undefined;
    if (known !== undefined) ctx.loaded = { user: known, thread: null };
    ctx.log.warn(
      { err: error, senderKnown: known !== undefined },
      'update claim failed; relying on the in-memory claim',
    );
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
  const heartbeat = claimedInDb
    ? setInterval(() => void users.renewClaim(id, holder).catch(() => undefined), CLAIM_LEASE_MS / 3)
    : undefined;
  heartbeat?.unref();
  const finish = () =>
    claimedInDb
      ? users
          .finishUpdate(id)
          .catch((error) => ctx.log.warn({ err: error }, 'could not mark the update done'))
      : undefined;
  try {
    await answering({ updateId: id, userRef: ctx.userRef, seq: 0 }, () => next());
    failedAttempts.delete(id);
    await finish();
  } catch (error) {
    const attempts = (failedAttempts.get(id) ?? 0) + 1;
    if (answered || attempts >= MAX_ATTEMPTS) {
      failedAttempts.delete(id);
      await finish();
      ctx.log.warn({ attempts, answered }, 'failed update kept as handled; a re-delivery is not answered');
    } else {
      failedAttempts.set(id, attempts);
      if (failedAttempts.size > MEMORY_CAP) failedAttempts.delete(failedAttempts.keys().next().value!);
      seen.delete(id);
      if (claimedInDb)
        await users
          .releaseUpdate(id)
          .catch((releaseError) =>
            ctx.log.error({ err: releaseError }, 'could not release the claim of a failed update'),
          );
      released.add(ctx.update);
    }
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Claims the update: new, or taken over from a dead holder, or after waiting for a live one (fresh false
 * when that one finished it, or it kept renewing for two leases).
 */
async function claim(ctx: BotContext, holder: string) {
  const users = ctx.deps.users;
  const id = ctx.update.update_id;
  const lease = { holder, ms: CLAIM_LEASE_MS };
  let loaded = await users.claimAndLoad(id, ctx.userRef ?? null, lease, ctx.update);
  const deadline = Date.now() + 2 * CLAIM_LEASE_MS;
  let logged = false;
  while (!loaded.fresh && !loaded.done && loaded.heldBy && Date.now() < deadline) {
    if (isDeadHolder(loaded.heldBy) && (await users.takeOverUpdate(id, loaded.heldBy, holder))) {
      ctx.log.warn({ code: 'CLAIM_TAKEN_OVER' }, 'update held by a dead process; taken over');
      return { ...loaded, fresh: true };
    }
    if (!logged) {
      logged = true;
      ctx.log.info('update held by another process; waiting until it is done or its lease ends');
    }
    await new Promise((resolve) => setTimeout(resolve, HELD_POLL_MS));
    loaded = await users.claimAndLoad(id, ctx.userRef ?? null, lease, ctx.update);
    if (loaded.fresh) ctx.log.warn({ code: 'CLAIM_TAKEN_OVER' }, 'update lease ran out; taken over');
  }
  return loaded;
}

/**
 * The sender consented while the database was down (their consent is in the fallback file): their next
 * questions in the outage are answered and kept as any consented sender's are.
 */
export function rememberConsent(ctx: BotContext, user: ChatUser): void {
  if (ctx.userRef) remember(memoryOf(ctx).knownUsers, ctx.userRef, user);
}

/** /hapus: the sender's consent as last seen is forgotten (an outage must not treat them as consented). */
export function forgetSender(ctx: BotContext): void {
  if (ctx.userRef) memoryOf(ctx).knownUsers.delete(ctx.userRef);
}

interface DedupeState {
  failedAttempts: Map<number, number>;
  holder: string;
  /** The senders this process loaded last (consent and block state), most recent last, for an outage. */
  knownUsers: Map<string, ChatUser | null>;
}
const stateByMemory = new WeakMap<object, DedupeState>();

function remember(known: Map<string, ChatUser | null>, userRef: string, user: ChatUser | null) {
  known.delete(userRef);
  known.set(userRef, user);
  if (known.size > MEMORY_CAP) known.delete(known.keys().next().value!);
}

/** The bot's memory, with the failure counts, known senders and this instance's holder name beside it. */
function memoryOf(ctx: BotContext) {
  const memory = ctx.deps.memory;
  let state = stateByMemory.get(memory);
  if (!state) {
    state = { failedAttempts: new Map(), holder: instanceHolder(), knownUsers: new Map() };
    stateByMemory.set(memory, state);
  }
  return { seenUpdates: memory.seenUpdates, ...state };
}
