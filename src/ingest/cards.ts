/**
 * Answer cards: the questions people ask about a section, with a direct answer in Indonesian and
 * English. They are written inside the section they answer from, as a fenced block:
 *
 *     ```kartu
 *     id: bep-rumus
 *     tanya: Bagaimana cara menghitung titik impas?
 *     chat: bep tu ngitungnya gmn kak
 *     cerita: Saya bikin keripik ... kapan balik modalnya?
 *     en: How do I work out my break-even point?
 *     jawab: Titik impas (unit) = biaya tetap ÷ (harga jual − biaya variabel per unit).
 *     answer: Break-even units = fixed costs ÷ (price − variable cost per unit).
 *     ```
 *
 * See knowledge/CONTRIBUTING.md ("Answer cards") for the contract.
 */

export const VARIANT_KINDS = ['tanya', 'chat', 'cerita', 'en'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number] | 'mentor' | 'chosen';

export interface CardVariant {
  kind: VariantKind;
  text: string;
}

export interface AnswerCard {
  id: string;
  /** The `##` heading the block sits under (the document's title for its introduction). */
  section: string;
  variants: CardVariant[];
  /** The direct answer in Indonesian. */
  jawab: string;
  /** The direct answer in English. */
  answer: string;
}

export const MAX_CARD_ANSWER = 400;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FENCE_OPEN = /^```kartu\s*$/;
const KEYS = new Set<string>([...VARIANT_KINDS, 'id', 'jawab', 'answer']);

/** A card block that breaks the contract: the line (1-based, within the body) and what is wrong. */
export class CardError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`card at body line ${line}: ${reason}`);
    this.name = 'CardError';
  }
}

/**
 * Takes the card blocks out of a document body: returns the body without them (what is chunked and
 * quoted) and the cards, each with the section it sits in. Throws CardError on the first bad block.
 */
export function extractCards(body: string, title: string): { body: string; cards: AnswerCard[] } {
  const lines = body.split('\n');
  const kept: string[] = [];
  const cards: AnswerCard[] = [];
  let section = title;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) section = heading[1]!.trim();
    if (!FENCE_OPEN.test(line)) {
      kept.push(line);
      continue;
    }
    const start = i + 1;
    const block: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) block.push(lines[i]!);
    if (i >= lines.length) throw new CardError(start, 'the kartu block is not closed with ```');
    cards.push(parseCard(block, section, start + 1));
  }
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) throw new CardError(0, `duplicate card id "${card.id}"`);
    seen.add(card.id);
  }
  return {
    body: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    cards,
  };
}

function parseCard(lines: string[], section: string, firstLine: number): AnswerCard {
  const values = new Map<string, string[]>();
  lines.forEach((raw, offset) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!match) throw new CardError(firstLine + offset, `expected "key: value", got "${line.slice(0, 60)}"`);
    const [, key, value] = match as unknown as [string, string, string];
    if (!KEYS.has(key)) throw new CardError(firstLine + offset, `unknown key "${key}"`);
    if (value.trim() === '') throw new CardError(firstLine + offset, `"${key}" is empty`);
    values.set(key, [...(values.get(key) ?? []), value.trim()]);
  });
  const one = (key: string): string => {
    const list = values.get(key) ?? [];
    if (list.length !== 1)
      throw new CardError(firstLine, `expected exactly one "${key}", found ${list.length}`);
    return list[0]!;
  };
  const id = one('id');
  if (!ID.test(id)) throw new CardError(firstLine, `id "${id}" must be kebab-case (a-z, 0-9, -)`);
  const jawab = one('jawab');
  const answer = one('answer');
  for (const [key, text] of [
    ['jawab', jawab],
    ['answer', answer],
  ] as const)
    if (text.length > MAX_CARD_ANSWER)
      throw new CardError(
        firstLine,
        `${key} of "${id}" has ${text.length} characters (at most ${MAX_CARD_ANSWER})`,
      );
  const variants: CardVariant[] = [];
  for (const kind of VARIANT_KINDS) {
    const list = values.get(kind) ?? [];
    if (list.length === 0) throw new CardError(firstLine, `card "${id}" has no "${kind}" variant`);
    for (const text of list) variants.push({ kind, text });
  }
  return { id, section, variants, jawab, answer };
}
