import { analyze } from '../text/analyze.ts';

export interface GapGroup {
  /** The most recent question of the group, shown as its name. */
  example: string;
  /** The interaction to open for "Ajari bot". */
  interactionId: number;
  count: number;
  terms: string[];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Groups unanswered questions so that the same need asked in different words stands together: questions
 * are compared by their stemmed terms (the retrieval analyser, so slang and affixes fold together), and a
 * question joins the first group whose terms it shares enough of. Groups are ordered by size.
 */
export function groupGaps(questions: { id: number; question: string }[], threshold = 0.4): GapGroup[] {
  const groups: {
    example: string;
    interactionId: number;
    count: number;
    terms: Set<string>;
    counts: Map<string, number>;
  }[] = [];
  for (const item of questions) {
    const terms = new Set(analyze(item.question));
    if (terms.size === 0) continue;
    const home = groups.find((group) => jaccard(group.terms, terms) >= threshold);
    if (home) {
      home.count++;
      for (const term of terms) home.counts.set(term, (home.counts.get(term) ?? 0) + 1);
      continue;
    }
    groups.push({
      example: item.question,
      interactionId: item.id,
      count: 1,
      terms,
      counts: new Map([...terms].map((term) => [term, 1])),
    });
  }
  return groups
    .sort((a, b) => b.count - a.count)
    .map((group) => ({
      example: group.example,
      interactionId: group.interactionId,
      count: group.count,
      terms: [...group.counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([term]) => term),
    }));
}
