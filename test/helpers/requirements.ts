import { accessSync, constants } from 'node:fs';

/**
 * What the optional suites need from the machine, and whether its absence is a skip or a failure.
 * The README's `npm test` runs on a newcomer's machine (no Chromium, no PostgreSQL server): those suites
 * are skipped there with one notice. With `CI` set (or `REQUIRE_BROWSER=1` / `REQUIRE_POSTGRES=1`) a
 * missing piece fails the run instead, so CI can never pass by skipping.
 */
export interface Requirements {
  browser: { path: string; present: boolean; required: boolean };
  postgres: { url?: string; required: boolean };
}

/** Debian's chromium; `CHROMIUM_PATH` points the browser tests at another binary (or at none). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const truthy = (value: string | undefined) =>
  value !== undefined && value.trim() !== '' && !['0', 'false', 'no'].includes(value.trim().toLowerCase());

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function requirements(env: NodeJS.ProcessEnv = process.env): Requirements {
  const ci = truthy(env.CI);
  const path = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
  const url = env.DATABASE_URL?.trim() || undefined;
  return {
    browser: { path, present: executable(path), required: ci || truthy(env.REQUIRE_BROWSER) },
    postgres: { url, required: ci || truthy(env.REQUIRE_POSTGRES) },
  };
}

interface Gap {
  /** What cannot run, and why. */
  what: string;
  /** How to run it. */
  how: string;
}

/** The suites a run cannot do, as failures (required) and skips (optional). */
export function missing(req: Requirements): { failures: Gap[]; skipped: Gap[] } {
  const failures: Gap[] = [];
  const skipped: Gap[] = [];
  if (!req.browser.present) {
    const gap = {
      what: `the mentor workspace's browser tests (test/dashboard/browser.test.ts): no Chromium at ${req.browser.path}`,
      how: "install Debian's chromium (or set CHROMIUM_PATH to a Chromium binary); REQUIRE_BROWSER=1 makes its absence a failure",
    };
    (req.browser.required ? failures : skipped).push(gap);
  }
  if (!req.postgres.url) {
    const gap = {
      what: 'the PostgreSQL + pgvector runs of the storage tests and the outage tests (storage and bot): DATABASE_URL is not set',
      how: 'set DATABASE_URL=postgres://user:pass@host:5432/db (a server with pgvector)',
    };
    (req.postgres.required ? failures : skipped).push(gap);
  }
  return { failures, skipped };
}

const list = (gaps: Gap[]) => gaps.map((gap) => `${gap.what} (to run: ${gap.how})`).join('; ');

/** The one loud line printed when optional suites are skipped, saying how to run them. */
export function skipNotice(skipped: Gap[]): string | undefined {
  if (skipped.length === 0) return undefined;
  return `!!! SKIPPED ${list(skipped)}. With CI=1 (as .ci/run sets) a missing browser or server fails the run instead. !!!`;
}

/** The error that stops a run which must not skip. */
export function requiredError(failures: Gap[]): Error | undefined {
  if (failures.length === 0) return undefined;
  return new Error(
    `Required by CI / REQUIRE_BROWSER / REQUIRE_POSTGRES but missing: ${list(failures)}. See .ci/run.`,
  );
}

/** Whether a browser-driven suite should run here: when the browser is present, or when it must be. */
export function browserSuiteRuns(req: Requirements = requirements()): boolean {
  return req.browser.present || req.browser.required;
}
