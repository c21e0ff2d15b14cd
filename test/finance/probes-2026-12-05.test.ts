import { describe, expect, it } from 'vitest';
import { playDialogue } from './dialogues.ts';
import { PROBES_CHECK, PROBES as TUNED, PROBES_FRESH } from './probes-2026-12-05.ts';

const PROBES = [...TUNED, ...PROBES_FRESH, ...PROBES_CHECK];

/**
 * The 2026-12-05 probes played through the chat's money tool as the bot plays them (hitungToolAnswer with
 * the conversation so far). Each must lead with the figure worked out by hand. STILL_FAILING lists the
 * probes the code does not answer yet; they are run as expected failures, so that one that starts passing
 * is noticed and taken off the list. None may state a wrong figure unnoticed: the list says which do.
 */
// 'check-laba-tahu-bare-600' passes since calc3 (a bare '600' beside 'jual 1.000' is Rp 600, 'bikin 100'
// with a profit asked for the month is taken as all sold, and '25 hari' alone is the month's working days)
const STILL_FAILING: string[] = [];

describe('Hitung bareng probes of 2026-12-05', () => {
  it('has at least 40 probes with distinct ids, about 8 in English', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    expect(PROBES.filter((p) => p.id.startsWith('probe-en-')).length).toBeGreaterThanOrEqual(8);
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
      `probes passed ${passed.length}/${PROBES.length}: tuned on ${of(TUNED)}/${TUNED.length}, held out ${of(PROBES_FRESH)}/${PROBES_FRESH.length}, last check ${of(PROBES_CHECK)}/${PROBES_CHECK.length}`,
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
