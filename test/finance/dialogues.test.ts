import { describe, expect, it } from 'vitest';
import { playDialogue } from './dialogues.ts';
import { DIALOGUES } from './dialogues-2026-12.ts';

/**
 * A measured benchmark, not yet a gate: the table of issue 16 is played through the chat's money tool and
 * its pass rate printed. It fails only if the table itself is malformed. Once every row passes, the
 * `PASS_FLOOR` below rises to the table's length and the benchmark becomes a regression test.
 */
const PASS_FLOOR = 0;

describe('Hitung bareng dialogues (issue 16 benchmark)', () => {
  it('has at least 80 distinct dialogues', () => {
    expect(DIALOGUES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(DIALOGUES.map((d) => d.id)).size).toBe(DIALOGUES.length);
  });

  it('plays every dialogue and reports the pass rate', () => {
    const results = DIALOGUES.map((d) => ({ d, turns: playDialogue(d) }));
    const passed = results.filter((r) => r.turns.every((t) => t.outcome === 'pass'));
    const turns = results.flatMap((r) => r.turns);
    const tally: Record<string, number> = {};
    for (const t of turns) tally[t.outcome] = (tally[t.outcome] ?? 0) + 1;
    const lines = [
      `dialogues passed: ${passed.length}/${DIALOGUES.length} (${((100 * passed.length) / DIALOGUES.length).toFixed(1)}%)`,
      `turns: ${JSON.stringify(tally)} of ${turns.length}`,
    ];
    if (process.env.DIALOGUES_VERBOSE)
      for (const { d, turns: ts } of results)
        for (const t of ts)
          if (t.outcome !== 'pass')
            lines.push(
              `✗ ${d.id} [${t.outcome}] ${t.say}\n    expected ${JSON.stringify(t.expect)}\n    got ${t.answer.split('\n').slice(0, 3).join(' | ')}`,
            );
    console.log(lines.join('\n'));
    expect(turns.length).toBeGreaterThan(DIALOGUES.length);
    expect(passed.length).toBeGreaterThanOrEqual(PASS_FLOOR);
  });
});
