import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../src/db/cards-repo.ts';
import {
  createClassifier,
  decodeModel,
  encodeModel,
  readingsKey,
  trainCardClassifier,
} from '../../src/rag/cards/classifier.ts';
import { createCardMatcher, readCards, termsOf } from '../../src/rag/cards/matcher.ts';
import { type FiredRule, ruleSet } from '../../src/rag/rules.ts';
import { storedCard } from '../helpers/cards.ts';

const card = (id: string, section: string, jawab: string, variants: [string, string][]): StoredCard =>
  storedCard({ id, section, jawab, answer: `EN ${jawab}`, variants });

// "usaha" is in every card; "stok", "impas" and "merek" each tell one card apart.
const CARDS = [
  card('stok-catat', 'Mencatat stok', 'Catat stok di kartu stok: masuk, keluar, sisa.', [
    ['tanya', 'Bagaimana cara mencatat stok bahan usaha?'],
    ['chat', 'nyatet stok usaha gmn'],
    ['cerita', 'Usaha sy keripik di Garut. Stok bahan sering kehabisan, nyatetnya gmn?'],
    ['en', 'How do I keep track of stock in my business?'],
  ]),
  card('bep-hitung', 'Titik impas', 'Titik impas = biaya tetap dibagi selisih harga dan biaya variabel.', [
    ['tanya', 'Bagaimana menghitung titik impas usaha?'],
    ['chat', 'titik impas usaha ngitungnya gmn'],
    ['cerita', 'Usaha sy sambal botolan. Biar impas hrs jual brp botol?'],
    ['en', 'How do I work out the break-even point of my business?'],
  ]),
  card('merek-daftar', 'Mendaftarkan merek', 'Merek usaha didaftarkan ke DJKI secara daring.', [
    ['tanya', 'Bagaimana cara mendaftarkan merek usaha?'],
    ['chat', 'daftar merek usaha gmn caranya'],
    ['cerita', 'Usaha sy batik di Solo, mereknya mau ditiru org. Daftarnya gmn?'],
    ['en', 'How do I register the brand of my business?'],
  ]),
];

const weighted = (text: string) => termsOf(text, false).map((term) => ({ term, weight: 1 }));

describe('the card classifier', () => {
  const readings = readCards(CARDS);
  const model = trainCardClassifier(readings);
  const classifier = createClassifier(model);
  const top = (text: string) => {
    const p = classifier.probabilities(weighted(text), [], 0.3)!;
    const best = p.indexOf(Math.max(...p));
    return { id: CARDS[best]!.id, p: p[best]! };
  };

  it('gives the card whose words the message uses, with a probability that sums to one', () => {
    expect(top('catat stok gmn kak').id).toBe('stok-catat');
    expect(top('berapa titik impas sy').id).toBe('bep-hitung');
    expect(top('merek sy mau didaftarin').id).toBe('merek-daftar');
    const p = classifier.probabilities(weighted('stok'), [], 0.3)!;
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('learns which words tell the cards apart: a word every card uses decides nothing', () => {
    const shared = classifier.probabilities(weighted('usaha'), [], 0.3)!;
    const telling = classifier.probabilities(weighted('stok'), [], 0.3)!;
    // "usaha" alone leaves the cards near even; "stok" alone is sure of its card.
    expect(Math.max(...shared) - Math.min(...shared)).toBeLessThan(0.2);
    expect(telling[0]).toBeGreaterThan(0.6);
  });

  it('reads the story lighter than the question', () => {
    const p = classifier.probabilities(weighted('daftar merek gmn'), weighted('stok sy sering habis'), 0.3)!;
    expect(CARDS[p.indexOf(Math.max(...p))]!.id).toBe('merek-daftar');
    expect(
      classifier.probabilities(weighted('kata yang tidak dikenal sama sekali'), [], 0.3),
    ).toBeUndefined();
  });

  it('trains the same model twice (a fixed seed) and keeps it as bytes under its key', () => {
    const again = trainCardClassifier(readings);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
    const key = readingsKey(readings);
    const bytes = encodeModel(key, model);
    const back = decodeModel(bytes, key)!;
    expect(back.vocabulary).toEqual(model.vocabulary);
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(back.bias)).toEqual(Array.from(model.bias));
    // Another key (other cards) or cut bytes are not taken.
    expect(decodeModel(bytes, 'another')).toBeUndefined();
    expect(decodeModel(bytes.subarray(0, bytes.length - 4), key)).toBeUndefined();
  });

  it('card.classifier-score adds its probability to the score the bars read (0 off)', () => {
    const text = 'stok usaha';
    const fired: FiredRule[] = [];
    const score = (weight: number) => {
      const matcher = createCardMatcher(CARDS, { readings, classifier });
      const rules = ruleSet({ 'card.classifier': 0, 'card.classifier-score': weight });
      return matcher.match({ asking: text, context: '', english: false, rules, fired })[0]!;
    };
    const off = score(0);
    const on = score(0.2);
    expect(on.card.id).toBe('stok-catat');
    expect(on.score - off.score).toBeCloseTo(0.2 * on.probability, 6);
    expect(off.probability).toBe(0);
    expect(fired.map((f) => f.rule)).toContain('card.classifier');
  });

  it('card.classifier-unknown: a question word no card knows keeps the classifier out of the score, not the order', () => {
    const matcher = createCardMatcher(CARDS, { readings, classifier });
    const read = (text: string, overrides: Record<string, number>) => {
      const fired: FiredRule[] = [];
      const rules = ruleSet({ 'card.classifier': 0.2, 'card.classifier-score': 0.2, ...overrides });
      const top = matcher.match({ asking: text, context: '', english: false, rules, fired })[0]!;
      return { top, fired: fired.map((f) => f.rule) };
    };
    const text = 'stok usaha inacraft';
    const on = read(text, {});
    const off = read(text, { 'card.classifier-unknown': 0 });
    const without = read(text, { 'card.classifier-score': 0 });
    expect(on.fired).toContain('card.classifier-unknown');
    expect(on.top.score).toBeCloseTo(without.top.score, 6);
    expect(off.top.score - on.top.score).toBeCloseTo(0.2 * on.top.probability, 6);
    // The order still reads it.
    expect(on.top.rank).toBeGreaterThan(without.top.rank - 1e-9);
    expect(read('stok usaha', {}).fired).not.toContain('card.classifier-unknown');
  });
});
