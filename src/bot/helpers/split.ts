/** Telegram's limit is 4096 characters of visible text; a margin leaves room for the sources line. */
export const MESSAGE_LIMIT = 4000;

/**
 * Splits plain text into parts of at most `limit` characters, preferring paragraph breaks, then line
 * breaks, then sentence ends, then spaces; a single word longer than the limit is cut. Splitting
 * happens before HTML escaping, because Telegram counts the text after entities are parsed.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut =
      lastBreak(window, /\n\s*\n/g, limit) ??
      lastBreak(window, /\n/g, limit) ??
      lastBreak(window, /[.!?…](?=\s)/g, limit, 1) ??
      lastBreak(window, /\s/g, limit) ??
      limit;
    // Do not cut inside a surrogate pair (emoji).
    const safe = /[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '') ? cut - 1 : cut;
    parts.push(rest.slice(0, safe).trimEnd());
    rest = rest.slice(safe).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/** The end of the last match that leaves a part of at least a third of the limit, or undefined. */
function lastBreak(window: string, pattern: RegExp, limit: number, keep = 0): number | undefined {
  let best: number | undefined;
  for (const match of window.matchAll(pattern)) {
    const end = match.index + keep;
    if (end <= limit && end >= limit / 3) best = end;
  }
  return best;
}
