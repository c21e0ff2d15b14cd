import { describe, expect, it } from 'vitest';
import {
  browserSuiteRuns,
  missing,
  requiredError,
  requirements,
  skipNotice,
} from '../helpers/requirements.ts';

const NO_BROWSER = '/nonexistent/chromium';
const A_BINARY = process.execPath;

describe('what the optional suites need (the README mode and the CI mode)', () => {
  it('skips the browser and PostgreSQL suites on a bare machine, with one notice saying how to run them', () => {
    const req = requirements({ CHROMIUM_PATH: NO_BROWSER });
    const { failures, skipped } = missing(req);
    expect(failures).toEqual([]);
    expect(skipped).toHaveLength(2);
    expect(browserSuiteRuns(req)).toBe(false);
    const notice = skipNotice(skipped)!;
    expect(notice.split('\n')).toHaveLength(1);
    expect(notice).toMatch(/^!!! SKIPPED /);
    for (const hint of [
      'browser.test.ts',
      'CHROMIUM_PATH',
      'REQUIRE_BROWSER=1',
      'DATABASE_URL=postgres://',
      'CI=1',
    ])
      expect(notice).toContain(hint);
  });

  it('fails instead of skipping when CI is set', () => {
    const req = requirements({ CI: '1', CHROMIUM_PATH: NO_BROWSER });
    const { failures, skipped } = missing(req);
    expect(skipped).toEqual([]);
    expect(failures.map((gap) => gap.what).join(' ')).toMatch(/Chromium.*DATABASE_URL/);
    expect(requiredError(failures)?.message).toMatch(/^Required by CI/);
    // The browser suite then runs, and its beforeAll throws on the missing binary.
    expect(browserSuiteRuns(req)).toBe(true);
  });

  it('REQUIRE_BROWSER needs the browser only; REQUIRE_POSTGRES the server only', () => {
    expect(missing(requirements({ REQUIRE_BROWSER: '1', CHROMIUM_PATH: NO_BROWSER })).failures).toHaveLength(
      1,
    );
    expect(missing(requirements({ REQUIRE_POSTGRES: '1', CHROMIUM_PATH: NO_BROWSER })).failures).toHaveLength(
      1,
    );
    expect(missing(requirements({ CI: 'false', CHROMIUM_PATH: NO_BROWSER })).failures).toEqual([]);
  });

  it('says nothing when everything is there', () => {
    const req = requirements({ CI: 'true', CHROMIUM_PATH: A_BINARY, DATABASE_URL: 'postgres://u@h:5432/d' });
    expect(missing(req)).toEqual({ failures: [], skipped: [] });
    expect(skipNotice([])).toBeUndefined();
  });
});
