import type { Bot, Context, NextFunction } from 'grammy';

interface Tracker {
  count: number;
  waiters: (() => void)[];
}

const trackers = new WeakMap<object, Tracker>();

/**
 * Counts the updates being handled, so that shutdown can wait for them. The runner's own stop() returned
 * while an answer was still being written (the database then closed under it), so the bot keeps count itself.
 */
export function trackInFlight(bot: Bot<Context> | Bot<never>) {
  const tracker: Tracker = { count: 0, waiters: [] };
  trackers.set(bot, tracker);
  return async (_ctx: Context, next: NextFunction) => {
    tracker.count++;
    try {
      await next();
    } finally {
      tracker.count--;
      if (tracker.count === 0) for (const resolve of tracker.waiters.splice(0)) resolve();
    }
  };
}

/** Resolves when no update is being handled (at once when none is). */
export function whenIdle(bot: object): Promise<void> {
  const tracker = trackers.get(bot);
  if (!tracker || tracker.count === 0) return Promise.resolve();
  return new Promise((resolve) => tracker.waiters.push(resolve));
}
