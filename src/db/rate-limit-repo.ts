import type { Queryable } from './port.ts';

/** What to do with one message: handle it now, after `delayMs`, or not at all; `tell` says whether to say so now. */
export interface RateTurn {
  decision: 'go' | 'wait' | 'refuse';
  /** How long until its turn (0 for 'go'). */
  delayMs: number;
  tell: boolean;
}

/** The limit's shape: `interval` ms a message in the long run, `tolerance` ms of burst, `maxDelayMs` of waiting. */
export interface RateShape {
  intervalMs: number;
  toleranceMs: number;
  maxDelayMs: number;
  /** How long a key's row is kept after its last message (longer than any window it can hold). */
  keepMs: number;
}

/*
 * GCRA in one statement, so that instances sharing the database take turns on one row (the update locks
 * it): $1 key, $2 now, $3 arrived at, $4 interval, $5 tolerance, $6 max delay, $7 keep.
 * tat0 = greatest(tat, now); start = greatest(now, tat0 - tolerance); refused when start - arrived > max delay.
 */
const START = 'greatest($2::float8, greatest(r.tat, $2::float8) - $5::float8)';
const REFUSED = `(${START} - $3::float8 > $6::float8)`;
const TAKE_TURN = `update rate_limit r set
    tat = case when ${REFUSED} then r.tat else greatest(r.tat, $2::float8) + $4::float8 end,
    decision = case when ${REFUSED} then 'refuse' when ${START} <= $2::float8 then 'go' else 'wait' end,
    delay_ms = ${START} - $2::float8,
    tell = case when ${REFUSED} then $2::float8 >= r.told_refused_until
                when ${START} <= $2::float8 then false
                else $2::float8 >= r.told_wait_until end,
    told_refused_until = case when ${REFUSED} and $2::float8 >= r.told_refused_until then ${START}
                              else r.told_refused_until end,
    told_wait_until = case when not ${REFUSED} and ${START} > $2::float8 then ${START} + $4::float8
                           else r.told_wait_until end,
    expires_at = now() + ($7::float8 * interval '1 millisecond')
  where r.key = $1
  returning decision, delay_ms, tell`;

/**
 * The rate limit's window in the database (012_rate_limit.sql): one atomic statement per message, so two
 * webhook instances on one database count one person's messages together.
 */
export function createRateLimitRepo(db: Queryable) {
  return {
    /** Takes the turn of a message of `key` that arrived at `arrivedAt` (both on the caller's clock, ms). */
    async takeTurn(key: string, now: number, arrivedAt: number, shape: RateShape): Promise<RateTurn> {
      const params = [
        key,
        now,
        arrivedAt,
        shape.intervalMs,
        shape.toleranceMs,
        shape.maxDelayMs,
        shape.keepMs,
      ];
      let { rows } = await db.query<{ decision: RateTurn['decision']; delay_ms: number; tell: boolean }>(
        TAKE_TURN,
        params,
      );
      if (rows.length === 0) {
        // A key's first message (or first in a while): a fresh row, then the same statement.
        await db.query(
          `insert into rate_limit (key, expires_at) values ($1, now() + ($2::float8 * interval '1 millisecond'))
           on conflict (key) do nothing`,
          [key, shape.keepMs],
        );
        ({ rows } = await db.query(TAKE_TURN, params));
      }
      const row = rows[0]!;
      return {
        decision: row.decision,
        delayMs: Math.max(0, Number(row.delay_ms)),
        tell: Boolean(row.tell),
      };
    },

    /** Deletes the rows of keys idle for longer than their window; returns how many. */
    async sweep(): Promise<number> {
      const { rows } = await db.query('delete from rate_limit where expires_at <= now() returning key');
      return rows.length;
    },
  };
}

export type RateLimitRepo = ReturnType<typeof createRateLimitRepo>;
