import type { StoredCard } from '../../src/db/cards-repo.ts';

/** An answer card as the store holds it, for tests that match messages against a handful of cards. */
export function storedCard(card: {
  id: string;
  section: string;
  jawab: string;
  answer: string;
  variants: [string, string][];
  path?: string;
}): StoredCard {
  return {
    id: card.id,
    origin: 'knowledge',
    path: card.path ?? `knowledge/${card.id}.md`,
    title: card.section,
    section: card.section,
    jawab: card.jawab,
    answer: card.answer,
    source: 'uji',
    asOf: '2026-12-03',
    variants: card.variants.map(([kind, text], i) => ({
      id: i,
      kind: kind as 'tanya',
      text,
      origin: 'knowledge',
    })),
  };
}
