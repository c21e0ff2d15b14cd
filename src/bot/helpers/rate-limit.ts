/** Time for the limiter: real in production, a test's own in tests (no real waiting). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What to do with one message: handle it now, after a wait, or not at all (and whether to say so now). */
export type RateDecision =
  | { kind: 'go' }
  | { kind: 'wait'; ms: number; tell: boolean }
  | { kind: 'refuse'; retryMs: number; tell: boolean };

interface Person {
  /** GCRA's theoretical arrival time: when the bucket is next full again, less one interval. */
  tat: number;
  /** Until when the person knows their messages are being answered late (no second notice before). */
  toldWaitUntil: number;
  /** Until when the person knows further messages are not answered. */
  toldRefusedUntil: number;
}

/**
 * A per-person limit that fits how people type: `burst` messages in a row at once, then one every
 * `windowMs / burst` (the same long-run rate as "burst per window"), as a generic cell-rate algorithm.
 * A message over the limit is not dropped: it waits for its turn (the person told once, at the first
 * wait, that the answers come in a moment), and only a message that would wait longer than `maxDelayMs`
 * since it arrived is refused, with a notice that says until when (one notice for a flood, not one each).
 * Replies to the bot's own prompts and button taps are not counted (the caller does not ask).
 */
export function createRateLimiter(options: {
  burst: number;
  windowMs: number;
  maxDelayMs?: number;
  clock?: Clock;
  /** People remembered at most; the longest idle are forgotten first. */
  cap?: number;
}) {
  const clock = options.clock ?? realClock;
  const interval = options.windowMs / options.burst;
  const tolerance = interval * (options.burst - 1);
  const maxDelayMs = options.maxDelayMs ?? 20_000;
  const cap = options.cap ?? 10_000;
  const people = new Map<string, Person>();
  const waiting = new Set<() => void>();
  let released = false;

  /** Waits for a message's turn, or less when the bot is shutting down (see release). */
  async function wait(ms: number): Promise<void> {
    if (released) return;
    let done: () => void = () => undefined;
    const cut = new Promise<void>((resolve) => {
      done = resolve;
      waiting.add(resolve);
    });
    try {
      await Promise.race([clock.sleep(ms), cut]);
    } finally {
      waiting.delete(done);
    }
  }

  function decide(key: string, arrivedAt = clock.now()): RateDecision {
    const now = clock.now();
    const person = people.get(key) ?? { tat: now, toldWaitUntil: 0, toldRefusedUntil: 0 };
    people.delete(key);
    people.set(key, person);
    if (people.size > cap) people.delete(people.keys().next().value!);
    const tat = Math.max(person.tat, now);
    const start = Math.max(now, tat - tolerance);
    if (start - arrivedAt > maxDelayMs) {
      const tell = now >= person.toldRefusedUntil;
      if (tell) person.toldRefusedUntil = start;
      return { kind: 'refuse', retryMs: start - now, tell };
    }
    person.tat = Math.max(tat, start) + interval;
    if (start <= now) return { kind: 'go' };
    // One notice for a stretch of waiting messages: the next one, a turn later, is part of it.
    const tell = now >= person.toldWaitUntil;
    person.toldWaitUntil = start + interval;
    return { kind: 'wait', ms: start - now, tell };
  }

  return {
    decide,
    wait,
    clock,
    /**
     * Shutting down: messages waiting for their turn are handled now rather than lost with the process
     * (their update ids are already claimed, so Telegram's re-delivery would not bring them back).
     */
    release() {
      released = true;
      for (const resolve of [...waiting]) resolve();
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
