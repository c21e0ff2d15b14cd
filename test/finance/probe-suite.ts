import { expect, it } from 'vitest';
import type { Dialogue } from './dialogues-2026-12.ts';
import { playDialogue } from './dialogues.ts';

/**
 * The tests a probe file registers inside its describe: every id listed as still failing is a probe, a
 * report of how many pass per group (each probe's failing turns with PROBES_VERBOSE set), and one test per
 * probe, run as an expected failure when listed, so that one that starts passing fails the run and is
 * taken off the list.
 */
export function probeTests(
  probes: readonly Dialogue[],
  stillFailing: readonly string[],
  title: string,
  groups: readonly { name: string; table: readonly Dialogue[] }[],
): void {
  it('lists as still failing only probes it has', () => {
    for (const id of stillFailing)
      expect(
        probes.some((p) => p.id === id),
        id,
      ).toBe(true);
  });

  it('reports how many pass', () => {
    const results = probes.map((p) => ({ p, turns: playDialogue(p) }));
    const passed = results.filter((x) => x.turns.every((t) => t.outcome === 'pass'));
    const of = (table: readonly Dialogue[]) => passed.filter((x) => table.includes(x.p)).length;
    const lines = [
      `${title} passed ${passed.length}/${probes.length}: ${groups.map((g) => `${g.name} ${of(g.table)}/${g.table.length}`).join(', ')}`,
    ];
    if (process.env.PROBES_VERBOSE)
      for (const { p, turns } of results)
        for (const t of turns)
          if (t.outcome !== 'pass')
            lines.push(`✗ ${p.id} [${t.outcome}]\n    ${t.answer.split('\n').slice(0, 3).join(' | ')}`);
    console.log(lines.join('\n'));
    expect(passed.length).toBe(probes.length - stillFailing.length);
  });

  for (const probe of probes) {
    const test = stillFailing.includes(probe.id) ? it.fails : it;
    test(probe.id, () => {
      for (const turn of playDialogue(probe))
        expect({ say: turn.say, outcome: turn.outcome, answer: turn.answer }).toMatchObject({
          outcome: 'pass',
        });
    });
  }
}
