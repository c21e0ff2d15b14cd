/**
 * What the shared rate limit costs a message: `npx tsx test/bot/rate-shared-bench.ts` (PGlite in memory), or
 * with DATABASE_URL set (a scratch database on that PostgreSQL). Prints ms per message for the database's
 * turn and for the in-process limiter, 2,000 messages of 200 people a round, three rounds.
 */
import { createRateLimiter } from '../../src/bot/helpers/rate-limit.ts';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import type { Database } from '../../src/db/port.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { createRateLimitRepo } from '../../src/db/rate-limit-repo.ts';
import { createScratchDatabase } from '../../src/db/scratch.ts';
import { silentLogger } from '../helpers/log.ts';

const url = process.env.DATABASE_URL;
const scratch = url ? await createScratchDatabase(url, 'pd_rate_bench') : undefined;
const db: Database = scratch
  ? await openPostgres(scratch.url, { statementTimeoutMs: 30_000, log: silentLogger() })
  : await openPglite();
await migrate(db);
const repo = createRateLimitRepo(db);
const shape = { intervalMs: 5_000, toleranceMs: 25_000, maxDelayMs: 20_000, keepMs: 60_000 };
const local = createRateLimiter({ burst: 6, windowMs: 30_000 });
const n = 2_000;
for (let round = 1; round <= 3; round++) {
  let started = performance.now();
  for (let i = 0; i < n; i++) await repo.takeTurn(`u${i % 200}`, 1e9 + i * 1_000, 1e9 + i * 1_000, shape);
  const shared = (performance.now() - started) / n;
  started = performance.now();
  for (let i = 0; i < n; i++) local.decide(`u${i % 200}`);
  const own = (performance.now() - started) / n;
  console.log(
    `${db.engine} round ${round}: database ${shared.toFixed(3)} ms/message, in-process ${own.toFixed(4)} ms/message`,
  );
}
await db.close();
await scratch?.drop();
