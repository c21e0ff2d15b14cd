import { missing, requiredError, requirements, skipNotice } from './requirements.ts';

/**
 * Runs once per `vitest run`, before any test file: fails the run when CI (or REQUIRE_BROWSER /
 * REQUIRE_POSTGRES) asks for a browser or a PostgreSQL server that is not there. Otherwise, when suites
 * are skipped, one notice naming them and how to run them is printed at the end of the run, under the
 * summary, where a reader of a ten-minute run still sees it.
 */
export default function setup(): (() => void) | undefined {
  const { failures, skipped } = missing(requirements());
  const error = requiredError(failures);
  if (error) throw error;
  const notice = skipNotice(skipped);
  if (!notice) return undefined;
  return () => {
    process.stderr.write(`${notice}\n`);
  };
}
