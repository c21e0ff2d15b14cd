import type { ScoredUnit } from './unit-score.ts';

export const isMember = (unit?: ScoredUnit) => unit?.kind === 'item' || unit?.kind === 'row';
/** A sentence ending in ":" that introduces the items or rows after it. */
export const isIntro = (unit: ScoredUnit, next?: ScoredUnit) =>
  !isMember(unit) && unit.text.endsWith(':') && isMember(next);

/** Every list of the top chunks (its introducing sentence, if any, and its items or rows), scored. */
export function bestBlock(scored: ScoredUnit[][], weights: Map<string, number>) {
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  let best: { units: ScoredUnit[]; score: number; mass: number } | undefined;
  for (const units of scored) {
    for (let i = 0; i < units.length; i++) {
      const startsBlock =
        isIntro(units[i]!, units[i + 1]) ||
        (isMember(units[i]) && !isMember(units[i - 1]) && !(i > 0 && isIntro(units[i - 1]!, units[i])));
      if (!startsBlock) continue;
      const block = [units[i]!];
      for (let j = i + 1; j < units.length && isMember(units[j]); j++) block.push(units[j]!);
      const top = Math.max(...block.map((unit) => unit.score));
      if (top <= 0) continue;
      const union = new Set(block.flatMap((unit) => [...unit.hits]));
      let mass = 0;
      for (const term of union) mass += weights.get(term) ?? 0;
      const topMass = Math.max(
        ...block.map((unit) => [...unit.hits].reduce((sum, term) => sum + weights.get(term)!, 0)),
      );
      const score = top * (1 + (0.5 * (mass - topMass)) / total);
      if (!best || score > best.score) best = { units: block, score, mass };
    }
  }
  return best;
}
