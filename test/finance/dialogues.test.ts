import { describe, expect, it } from 'vitest';
import { playDialogue } from './dialogues.ts';
import type { Dialogue } from './dialogues-2026-12.ts';
import { DIALOGUES } from './dialogues-2026-12.ts';
import { FRESH } from './dialogues-2026-12-fresh.ts';
import { HPP_GIVEN, HPP_GIVEN_FRESH } from './dialogues-2026-12-hpp-given.ts';
import { HOLDOUT, TUNED } from './dialogues-2026-12-new.ts';

/**
 * A measured benchmark: the tables of issue 16 are played through the chat's money tool and their pass rates
 * printed, with the dialogues that state a wrong figure counted apart (a wrong figure is worse than a question
 * back). `DIALOGUES_VERBOSE=1` lists every miss. The floors below are what the code reached (every row), so the
 * benchmark is now a regression test; no dialogue may state a wrong figure.
 */
const FLOORS = { first: 96, tuned: 23, holdout: 12, fresh: 12, given: 15, givenFresh: 11 };
const WRONG_FIGURE_CEILING = 0;

function play(name: string, table: Dialogue[]) {
  const results = table.map((d) => ({ d, turns: playDialogue(d) }));
  const passed = results.filter((r) => r.turns.every((t) => t.outcome === 'pass'));
  const wrong = results.filter((r) => r.turns.some((t) => t.outcome === 'wrong-figure'));
  const turns = results.flatMap((r) => r.turns);
  const tally: Record<string, number> = {};
  for (const t of turns) tally[t.outcome] = (tally[t.outcome] ?? 0) + 1;
  const lines = [
    `${name}: dialogues passed ${passed.length}/${table.length} (${((100 * passed.length) / table.length).toFixed(1)}%), with a wrong figure ${wrong.length}; turns ${JSON.stringify(tally)} of ${turns.length}`,
  ];
  if (process.env.DIALOGUES_VERBOSE)
    for (const { d, turns: ts } of results)
      for (const t of ts)
        if (t.outcome !== 'pass')
          lines.push(
            `✗ ${d.id} [${t.outcome}] ${t.say}\n    expected ${JSON.stringify(t.expect)}\n    got ${t.answer.split('\n').slice(0, 3).join(' | ')}`,
          );
  console.log(lines.join('\n'));
  return { passed: passed.length, wrong: wrong.length, turns: turns.length };
}

describe('Hitung bareng dialogues (issue 16 benchmark)', () => {
  it('has at least 80 distinct dialogues, the new ones a third held out', () => {
    const all = [...DIALOGUES, ...TUNED, ...HOLDOUT, ...FRESH, ...HPP_GIVEN, ...HPP_GIVEN_FRESH];
    expect(DIALOGUES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(HOLDOUT.length * 3).toBeGreaterThanOrEqual(TUNED.length + HOLDOUT.length);
  });

  it('plays every table and reports the pass rates and the wrong figures', () => {
    const first = play('first table (96, written before round 1)', DIALOGUES);
    const tuned = play('round 2, tuned on', TUNED);
    const holdout = play('round 2, held out', HOLDOUT);
    const fresh = play('round 2, written after the change', FRESH);
    const given = play('an HPP given, a price to check (written before that change)', HPP_GIVEN);
    const givenFresh = play('an HPP given, written after that change', HPP_GIVEN_FRESH);
    expect(first.turns).toBeGreaterThan(DIALOGUES.length);
    expect(first.passed).toBeGreaterThanOrEqual(FLOORS.first);
    expect(tuned.passed).toBeGreaterThanOrEqual(FLOORS.tuned);
    expect(holdout.passed).toBeGreaterThanOrEqual(FLOORS.holdout);
    expect(fresh.passed).toBeGreaterThanOrEqual(FLOORS.fresh);
    expect(given.passed).toBeGreaterThanOrEqual(FLOORS.given);
    expect(givenFresh.passed).toBeGreaterThanOrEqual(FLOORS.givenFresh);
    expect(
      first.wrong + tuned.wrong + holdout.wrong + fresh.wrong + given.wrong + givenFresh.wrong,
    ).toBeLessThanOrEqual(WRONG_FIGURE_CEILING);
  });
});
