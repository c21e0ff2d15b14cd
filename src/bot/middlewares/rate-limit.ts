import type { NextFunction } from 'grammy';
import type { Database } from '../../db/port.ts';
import { createRateLimitRepo, type RateShape } from '../../db/rate-limit-repo.ts';
import type { Logger } from '../../logger.ts';
import type { BotContext } from '../context.ts';
import { type Clock, createRateLimiter, type RateDecision } from '../helpers/rate-limit.ts';
import { replyText } from '../helpers/reply.ts';

/** How often idle keys' rows are deleted, at most. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The per-person limit of helpers/rate-limit.ts (GCRA: `burst` in a row, then one every windowMs / burst;
 * over it a message waits its turn or, past `maxDelayMs`, is refused with a notice), with its window kept
 * in the database: every instance on one database takes turns on the same row, so several webhook
 * instances count a person's messages together instead of each allowing the burst. Waiting itself is
 * per process (a message waits in the instance that got it). When the database cannot be reached, the
 * process's own window decides, so a database hiccup limits per instance rather than not at all.
 */
export function createSharedRateLimiter(options: {
  db: Database;
  burst: number;
  windowMs: number;
  maxDelayMs?: number;
  clock?: Clock;
  log: Logger;
}) {
  const local = createRateLimiter(options);
  const repo = createRateLimitRepo(options.db);
  const intervalMs = options.windowMs / options.burst;
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const shape: RateShape = {
    intervalMs,
    toleranceMs: intervalMs * (options.burst - 1),
    maxDelayMs,
    keepMs: options.windowMs + intervalMs + maxDelayMs,
  };
  let sweptAt = 0;

  async function decide(key: string, arrivedAt = local.clock.now()): Promise<RateDecision> {
    const now = local.clock.now();
    try {
      const turn = await repo.takeTurn(key, now, arrivedAt, shape);
      if (Date.now() - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = Date.now();
        void repo.sweep().catch((error) => options.log.warn({ err: error }, 'rate limit sweep failed'));
      }
      if (turn.decision === 'go') return { kind: 'go' };
      if (turn.decision === 'wait') return { kind: 'wait', ms: turn.delayMs, tell: turn.tell };
      return { kind: 'refuse', retryMs: turn.delayMs, tell: turn.tell };
    } catch (error) {
      options.log.warn(
        { err: error, code: 'RATE_LIMIT_DB' },
        'shared rate limit unavailable; this process counts',
      );
      return local.decide(key, arrivedAt);
    }
  }

  return { decide, wait: local.wait, release: local.release, clock: local.clock };
}

export type SharedRateLimiter = ReturnType<typeof createSharedRateLimiter>;

/**
 * A message over the limit waits for its turn or is refused with a notice, never dropped without a word. A
 * reply to one of the bot's own prompts (a /kriteria figure, a place after /sentra, figures after a /hitung
 * guide) is counted apart, so a dialogue never eats the questions' allowance; taps are not messages and are
 * not counted at all.
 */
export function limited(limiter: SharedRateLimiter) {
  return async (ctx: BotContext, next: NextFunction) => {
    if (!ctx.from) return next();
    const prompted = await ctx.dialogue.awaitsReply().catch(() => false);
    const key = `${ctx.userRef ?? ctx.from.id}${prompted ? ':prompt' : ''}`;
    const decision = await limiter.decide(key, ctx.arrivedAt);
    if (decision.kind === 'go') return next();
    const seconds = Math.max(
      1,
      Math.ceil((decision.kind === 'wait' ? decision.ms : decision.retryMs) / 1000),
    );
    if (decision.kind === 'wait') {
      ctx.log.info({ waitMs: Math.round(decision.ms), told: decision.tell }, 'rate limited; answered later');
      if (decision.tell) await replyText(ctx, ctx.t('rateDeferred', { seconds })).catch(() => undefined);
      await limiter.wait(decision.ms);
      return next();
    }
    ctx.outcome = 'rate-limited';
    ctx.log.warn({ retryMs: Math.round(decision.retryMs), told: decision.tell }, 'rate limited; refused');
    if (decision.tell) await replyText(ctx, ctx.t('rateRefused', { seconds })).catch(() => undefined);
  };
}
