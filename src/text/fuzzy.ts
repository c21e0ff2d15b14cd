/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Vocabulary for typo correction, bucketed by length so a lookup compares only words of similar
 * length. Words with digits are never corrected: a wrong figure is worse than no match.
 */
export function createVocabulary(entries: { term: string; df: number }[]) {
  const byLength = new Map<number, { term: string; df: number }[]>();
  for (const entry of entries) {
    if (/\d/.test(entry.term)) continue;
    const bucket = byLength.get(entry.term.length) ?? [];
    bucket.push(entry);
    byLength.set(entry.term.length, bucket);
  }
  return {
    /** The closest known word within 1 edit (2 for words of 8+ letters), most frequent on ties. */
    correct(word: string): string | undefined {
      if (word.length < 5 || /\d/.test(word)) return undefined;
      const max = word.length >= 8 ? 2 : 1;
      let best: { term: string; df: number; d: number } | undefined;
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const entry of byLength.get(len) ?? []) {
          if (entry.term[0] !== word[0]) continue; // phone typos rarely hit the first letter
          const d = editDistance(word, entry.term, max);
          if (d > max) continue;
          if (!best || d < best.d || (d === best.d && entry.df > best.df)) best = { ...entry, d };
        }
      }
      return best?.term;
    },
  };
}
