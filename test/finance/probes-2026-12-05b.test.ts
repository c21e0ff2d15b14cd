import { describe, expect, it } from 'vitest';
import { playDialogue } from './dialogues.ts';
import { PROBES_B, PROBES_B_HELD } from './probes-2026-12-05b.ts';

const PROBES = [...PROBES_B, ...PROBES_B_HELD];

/**
 * The second 2026-12-05 probes played through the chat's money tool as the bot plays them (hitungToolAnswer
 * with the conversation so far). STILL_FAILING lists the probes the code does not answer yet, run as
 * expected failures: one that starts passing fails the run, so that it is taken off the list.
 */
const STILL_FAILING: string[] = [
  // held out, failed at their one run (calc3, after the fixes): read as English, and 'kain Rp1.200.000 dapet
  // 30 potong' is taken per potong (a wrong figure: HPP Rp 1.225.000) because the cost after the count is
  // per potong
  'held-rp-glued-hpp-potong',
  // the figure is right (250) but 'paket' is not a unit noun: '250 unit'
  'held-clause-total-frozen',
  // the figure is right (125, over the 5 days) but it counts 'keripik', not the 'bungkus' asked
  'held-pameran-5-hari',
  // 'kalo laku semua untung brp?' with '150 pcs gantungan' made still gives the profit of one piece
  'held-bikin-150-gantungan',
];

describe('Hitung bareng probes of 2026-12-05 (b)', () => {
  it('has at least 30 probes with distinct ids, a third held out', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    expect(PROBES_B_HELD.length * 3).toBeGreaterThanOrEqual(PROBES.length);
    for (const id of STILL_FAILING)
      expect(
        PROBES.some((p) => p.id === id),
        id,
      ).toBe(true);
  });

  it('reports how many pass', () => {
    const results = PROBES.map((p) => ({ p, turns: playDialogue(p) }));
    const passed = results.filter((x) => x.turns.every((t) => t.outcome === 'pass'));
    const of = (table: typeof PROBES) => passed.filter((x) => table.includes(x.p)).length;
    const lines = [
      `probes (b) passed ${passed.length}/${PROBES.length}: tuned on ${of(PROBES_B)}/${PROBES_B.length}, held out ${of(PROBES_B_HELD)}/${PROBES_B_HELD.length}`,
    ];
    if (process.env.PROBES_VERBOSE)
      for (const { p, turns } of results)
        for (const t of turns)
          if (t.outcome !== 'pass')
            lines.push(`✗ ${p.id} [${t.outcome}]\n    ${t.answer.split('\n').slice(0, 3).join(' | ')}`);
    console.log(lines.join('\n'));
    expect(passed.length).toBe(PROBES.length - STILL_FAILING.length);
  });

  for (const probe of PROBES) {
    const test = STILL_FAILING.includes(probe.id) ? it.fails : it;
    test(probe.id, () => {
      for (const turn of playDialogue(probe))
        expect({ say: turn.say, outcome: turn.outcome, answer: turn.answer }).toMatchObject({
          outcome: 'pass',
        });
    });
  }
});
