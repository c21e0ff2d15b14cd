import { analyze, surfaceTokens } from '../text/analyze.ts';
import { DISCOURSE_TERMS } from '../text/discourse.ts';
import { SLANG } from '../text/slang.ts';

export interface GapGroup {
  /** The most recent question of the group, shown as its name. */
  example: string;
  /** The interaction to open for "Ajari bot". */
  interactionId: number;
  count: number;
  /** Keywords as people write them ("perajin", "pameran"), most frequent first. */
  terms: string[];
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Words of one question: each stem with the word the user wrote for it (chat words and fillers dropped). */
export function wordsOf(question: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const token of surfaceTokens(question)) {
    // A chat abbreviation ("yg", "sy", "gmn") stands for its standard word, which is usually a filler.
    const informal = token in SLANG;
    const standard = informal ? SLANG[token]! : token;
    for (const word of standard.split(' ')) {
      if (!word || /^[\d.,]+$/.test(word)) continue;
      const stems = analyze(word, { slang: true });
      const stem = stems[0];
      if (stems.length !== 1 || !stem || DISCOURSE_TERMS.has(stem) || DISCOURSE_TERMS.has(word)) continue;
      if (!words.has(stem)) words.set(stem, word);
    }
  }
  return words;
}

/**
 * Groups unanswered questions so that the same need asked in different words stands together: questions
 * are compared by their stemmed terms (the retrieval analyser with chat words normalised, so slang and
 * affixes fold together), and a question joins the first group whose terms it shares enough of. Groups
 * are ordered by size. Each keyword is shown as the word the users wrote most often for its stem
 * ("perajin", not the stem "rajin"); chat words and fillers ("yg", "sy", "dong") are left out.
 */
export function groupGaps(questions: { id: number; question: string }[], threshold = 0.4): GapGroup[] {
  const groups: {
    example: string;
    interactionId: number;
    count: number;
    terms: Set<string>;
    counts: Map<string, number>;
    surfaces: Map<string, Map<string, number>>;
  }[] = [];
  for (const item of questions) {
    const words = wordsOf(item.question);
    const terms = new Set(words.keys());
    if (terms.size === 0) continue;
    let home = groups.find((group) => jaccard(group.terms, terms) >= threshold);
    if (home) home.count++;
    else {
      home = {
        example: item.question,
        interactionId: item.id,
        count: 1,
        terms,
        counts: new Map(),
        surfaces: new Map(),
      };
      groups.push(home);
    }
    for (const [stem, word] of words) {
      home.counts.set(stem, (home.counts.get(stem) ?? 0) + 1);
      const forms = home.surfaces.get(stem) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      home.surfaces.set(stem, forms);
    }
  }
  const surface = (forms: Map<string, number> | undefined, stem: string) =>
    forms ? [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0] : stem;
  return groups
    .sort((a, b) => b.count - a.count)
    .map((group) => ({
      example: group.example,
      interactionId: group.interactionId,
      count: group.count,
      terms: [...group.counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([stem]) => surface(group.surfaces.get(stem), stem)),
    }));
}
