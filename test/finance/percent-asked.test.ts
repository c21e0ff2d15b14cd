import { describe, expect, it } from 'vitest';
import { PERCENT_ASKED, percentAsked, readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

/** The calculator's answer to one message, and its first line (where the result asked is said). */
const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';
const headOf = (message: string) => answerTo(message).split('\n')[0];

describe('a percentage asked beside the cost and the price is worked out from them', () => {
  it('does not price the product again from a percentage someone else said ("kata sodara untung sy 25%")', () => {
    const answer = answerTo(
      'sy jual batik cap, modal selembar 120rb, sy jual 150rb. kata sodara untung sy 25%. tp kalo dari harga jual marginnya brp persen?',
    );
    // profit 30.000; margin 30.000 ÷ 150.000 = 20%; markup 30.000 ÷ 120.000 = 25%
    expect(answer.split('\n')[0]).toBe(
      'Margin Anda 20% dari harga jual (markup 25% dari HPP); untung Rp 30.000 per lembar.',
    );
    expect(answer).toContain(
      '• margin = Rp 30.000 ÷ Rp 150.000 = 20%; markup = Rp 30.000 ÷ Rp 120.000 = 25%',
    );
    expect(answer).toContain('Angka 25% itu markup (untung ÷ HPP), bukan margin');
    expect(answer).not.toContain('(1 + 25%)');
  });

  it('leads with the markup when the markup is asked, and says a claimed 40% is the margin', () => {
    const answer = answerTo(
      'hpp kopi bubuk 36rb per bungkus, jual 60rb. kata temen marginnya 40%, markup sy brp sih?',
    );
    // profit 24.000; markup 24.000 ÷ 36.000 = 66,7%; margin 24.000 ÷ 60.000 = 40%
    expect(answer.split('\n')[0]).toBe(
      'Markup Anda 66,7% dari HPP (margin 40% dari harga jual); untung Rp 24.000 per bungkus.',
    );
    expect(answer).toContain('Angka 40% itu margin (untung ÷ harga jual), bukan markup');
    expect(answer).not.toContain('÷ (1 − 40%)');
  });

  it('says both shares when only "the percentage" is asked, and when the claimed one matches neither', () => {
    const answer = answerTo(
      'modal 50rb jual 65rb, katanya untung sy 20%, berapa persen untung sy sebenernya?',
    );
    // profit 15.000; markup 30%, margin 23,1%
    expect(answer.split('\n')[0]).toBe(
      'Untung Anda Rp 15.000 per unit: markup 30% dari HPP, margin 23,1% dari harga jual.',
    );
    expect(answer).toContain('Angka 20% tidak cocok dengan keduanya');
  });

  it('reads a price bought at as the cost of a reseller ("We buy them at 120,000 ... What is our markup?")', () => {
    expect(
      headOf('We resell batik shirts. We buy them at 120,000 and sell at 150,000 each. What is our markup?'),
    ).toBe('Your markup is 25% on cost (a 20% margin of the price); profit Rp 30.000 per shirt.');
    const read = (message: string) =>
      readMoneyFacts(message, 'id').items.map((i) => [i.label, i.amount] as const);
    expect(read('harga beli 40rb, harga jual 55rb, untung brp?')).toEqual([
      ['hpp', 40_000],
      ['price', 55_000],
    ]);
    // the maker it is bought from is paid no wage
    expect(read('beli dr pengrajin 200rb per pcs, jual 260rb. margin brp?')).toEqual([
      ['hpp', 200_000],
      ['price', 260_000],
    ]);
  });

  it('keeps a percentage said as the one wanted as a target ("kalo mau margin 40% hrs jual brp?")', () => {
    const head = headOf('hpp 45rb, skrg jual 60rb. margin sy brp persen? kalo mau margin 40% hrs jual brp?');
    // 45.000 ÷ (1 − 40%) = 75.000; at 60.000 the margin is 25%
    expect(head).toBe(
      'Harga jual Rp 75.000 per unit. Margin Anda 25% dari harga jual (markup 33,3% dari HPP); untung Rp 15.000 per unit.',
    );
  });

  it('matches each rule of PERCENT_ASKED on its own example, and a target with no asking on none', () => {
    for (const rule of PERCENT_ASKED) expect(percentAsked(rule.example), rule.name).toBeDefined();
    expect(percentAsked('hpp 20rb, mau margin 30%, hrs jual brp?')).toBeUndefined();
  });
});

describe('documented examples', () => {
  it('the knitted-bag message: margin 25% from the selling price, and the friend counted the markup', () => {
    const answer = answerTo(
      'sy produksi tas rajut kecil2an di Bukittinggi sambil jd reseller jg. satu tas modalnya 60rb, sy jual 80rb. temen bilang untung sy 33%, tp sy ngitungnya kok beda. kalo dihitung dr harga jual, margin sy sebenernya brp persen?',
    );
    expect(answer.split('\n')[0]).toBe(
      'Margin Anda 25% dari harga jual (markup 33,3% dari HPP); untung Rp 20.000 per tas.',
    );
    expect(answer).toContain(
      'Angka 33% itu markup (untung ÷ HPP), bukan margin; dihitung dari harga jual, margin Anda 25%.',
    );
    expect(answer).not.toContain('79.800');
  });

  it('the English reseller: "I buy at 40,000 and sell at 50,000, what\'s my margin?"', () => {
    expect(headOf("I buy at 40,000 and sell at 50,000, what's my margin?")).toBe(
      'Your margin is 20% of the price (a 25% markup on cost); profit Rp 10.000 per unit.',
    );
  });
});
