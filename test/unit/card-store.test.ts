import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../src/db/cards-repo.ts';
import { createCardStore } from '../../src/rag/cards/store.ts';
import { ruleSet } from '../../src/rag/rules.ts';
import { splitAsking } from '../../src/text/lexicon.ts';

const CARD: StoredCard = {
  id: 'kas-arti',
  origin: 'knowledge',
  path: 'knowledge/kas.md',
  title: 'Arus kas',
  section: 'Arti arus kas',
  jawab: 'Arus kas adalah catatan uang masuk dan keluar usaha.',
  answer: 'Cash flow is the record of money in and out.',
  source: 'uji',
  asOf: '2026-12-03',
  variants: [
    { id: 1, kind: 'tanya', text: 'Apa yang dimaksud dengan arus kas?', origin: 'knowledge' },
    { id: 2, kind: 'en', text: 'What is cash flow?', origin: 'knowledge' },
  ],
};

/** A repository that counts how often the cards are listed, at a version the test sets. */
function repo(version: string) {
  const calls = { list: 0 };
  return {
    calls,
    async list() {
      calls.list++;
      return [CARD];
    },
    async version() {
      return version;
    },
  };
}

const best = async (store: ReturnType<typeof createCardStore>, text: string) => {
  const { asking, context } = splitAsking(text);
  return (await store.current()).match({ asking, context, english: false, rules: ruleSet(), fired: [] })[0];
};

describe('the card store', () => {
  it('keeps the cards and their readings in a file, and a new process on the same version reads only that', async () => {
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'pd-cards-')), 'card-index.json');
    const first = repo('1:10:2');
    const a = createCardStore(first, { cacheFile });
    expect((await best(a, 'apa itu arus kas?'))?.card.id).toBe('kas-arti');
    expect(first.calls.list).toBe(1);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).cards[0].id).toBe('kas-arti');

    const second = repo('1:10:2');
    const b = createCardStore(second, { cacheFile });
    const match = await best(b, 'apa itu arus kas?');
    expect(second.calls.list).toBe(0);
    expect(match?.card.id).toBe('kas-arti');
    expect(match?.score).toBeCloseTo((await best(a, 'apa itu arus kas?'))!.score, 10);

    // A mentor added a variant: the version moved, so the cards are listed and read anew.
    const third = repo('1:11:3');
    await best(createCardStore(third, { cacheFile }), 'apa itu arus kas?');
    expect(third.calls.list).toBe(1);
  });
});
