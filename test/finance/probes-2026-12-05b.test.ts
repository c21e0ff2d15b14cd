import { describe, expect, it } from 'vitest';
import { probeTests } from './probe-suite.ts';
import { PROBES_B, PROBES_B_HELD } from './probes-2026-12-05b.ts';

const PROBES = [...PROBES_B, ...PROBES_B_HELD];

/**
 * The second 2026-12-05 probes played through the chat's money tool as the bot plays them (hitungToolAnswer
 * with the conversation so far). STILL_FAILING lists the probes the code does not answer yet, run as
 * expected failures: one that starts passing fails the run, so that it is taken off the list.
 */
const STILL_FAILING: string[] = [
  // held out, failed at their one run (calc3, after the fixes). 'held-rp-glued-hpp-potong' ('kain Rp1.200.000
  // dapet 30 potong' beside a cost per potong) passes since 2026-12-06: costs around a quantity made are that
  // batch's even beside a cost per unit
  // 'held-clause-total-frozen' (the figure right, '250 unit' because 'paket' was not a unit noun) passes since
  // 2026-12-06, fixed from this note: no longer a held-out result
  // 'held-pameran-5-hari' (the figure right, but counted in 'keripik', not the 'bungkus' asked) passes since
  // 2026-12-06: a count asked in a unit ('brp bungkus?') is said in it
  // 'kalo laku semua untung brp?' with '150 pcs gantungan' made still gives the profit of one piece
  'held-bikin-150-gantungan',
];

describe('Hitung bareng probes of 2026-12-05 (b)', () => {
  it('has at least 30 probes with distinct ids, a third held out', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    expect(PROBES_B_HELD.length * 3).toBeGreaterThanOrEqual(PROBES.length);
  });

  probeTests(PROBES, STILL_FAILING, 'probes (b)', [
    { name: 'tuned on', table: PROBES_B },
    { name: 'held out', table: PROBES_B_HELD },
  ]);
});
