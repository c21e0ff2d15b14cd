import { describe, expect, it } from 'vitest';
import { probeTests } from './probe-suite.ts';
import { PROBES_C } from './probes-2026-12-05c.ts';

/**
 * The third 2026-12-05 probes played through the chat's money tool as the bot plays them (hitungToolAnswer
 * with the conversation so far). Every probe failed on calc4 before its rule (12f34be). STILL_FAILING lists
 * the probes the code does not answer yet, run as expected failures: one that starts passing fails the run.
 */
const STILL_FAILING: string[] = [];

describe('Hitung bareng probes of 2026-12-05 (c)', () => {
  it('has probes with distinct ids, each rule in both languages or in two spellings', () => {
    expect(PROBES_C.length).toBeGreaterThanOrEqual(15);
    expect(new Set(PROBES_C.map((p) => p.id)).size).toBe(PROBES_C.length);
  });

  probeTests(PROBES_C, STILL_FAILING, 'probes (c)', [{ name: 'tuned on', table: PROBES_C }]);
});
