import { describe, expect, it } from 'vitest';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';
import { lead, play } from '../helpers/hitung.ts';

describe("an HPP given as a figure, and a selling price of someone else's", () => {
  it('a word that reports a result names nothing: the HPP named earlier in the sentence is what it came to', () => {
    const noted = readMoneyFacts('kak sy udh ngitung hpp brownies sy, ketemu 12rb per box', 'id');
    expect(noted.items).toEqual([expect.objectContaining({ label: 'hpp', amount: 12_000, basis: 'unit' })]);
    // with no label since the figure before, the amount is asked about, never a cost called "ketemu"
    const unnamed = readMoneyFacts('sy bikin 50 toples, ketemu 300rb, hpp per toples brp?', 'id');
    expect(unnamed.items).toEqual([]);
    expect(unnamed.loose.map((f) => f.value)).toEqual([300_000]);
  });

  it("someone else's price is marked as theirs; the artisan's own price at the market is not", () => {
    const market = (text: string) =>
      readMoneyFacts(text, 'id')
        .items.filter((i) => i.label === 'price')
        .map((i) => i.market === true);
    expect(market('temen sy jual 25rb')).toEqual([true]);
    expect(market('harga pesaing 25rb')).toEqual([true]);
    expect(market('di pasar dijual 25rb')).toEqual([true]);
    expect(market('hpp 12rb, sy jual di pasar 25rb')).toEqual([false]);
    expect(market('kalau sy jual 25rb')).toEqual([false]);
    // "other costs" is a cost, not other sellers' price
    expect(
      readMoneyFacts('sold 300 packs, price 55k, cost 35k each, other costs 2.5 million', 'en').items.some(
        (i) => i.market,
      ),
    ).toBe(false);
  });

  it("a price of the artisan's own is checked with both shares of the profit", () => {
    const [answer] = play('hpp 12rb per box, sy jual di pasar 25rb, untung brp?');
    expect(lead(answer!)).toBe('Untung Anda Rp 13.000 per box (markup 108,3%, margin 52%).');
    expect(answer).toContain(
      '• markup = Rp 13.000 ÷ Rp 12.000 = 108,3%; margin = Rp 13.000 ÷ Rp 25.000 = 52%',
    );
    expect(answer).not.toContain('pesaing Rp');
  });

  it("with a target of the artisan's, a competitor's price is compared with the price, not checked as a second one", () => {
    const [answer] = play('hpp 12rb per box, temen jual 25rb, mau markup 40% jual brp?');
    expect(lead(answer!)).toBe('Harga jual Rp 17.000 per box (dibulatkan ke atas dari Rp 16.800).');
    expect(answer).toContain('• harga pesaing Rp 25.000; harga Anda Rp 16.800 (Rp 8.200 lebih murah)');
    expect(answer).not.toContain('untung = Rp 25.000');
  });

  it("a competitor's price check cites the section on competitors' prices", () => {
    const money = hitungToolAnswer('hpp 12rb per box, temen jual 25rb, harga jual enaknya brp?');
    expect(money?.source.section).toBe('Mengecek harga pesaing dan kemampuan pembeli');
  });

  it('an HPP said after a worked price corrects that price; said alone it is noted with the range', () => {
    const [, corrected] = play('hpp 200rb per tas, markup 30%, harga jual brp?', 'eh hpp nya 250rb');
    expect(lead(corrected!)).toBe('Harga jual Rp 325.000 per tas.');
    const [noted, priced] = play('hpp 200rb per tas', 'markup 30%');
    expect(lead(noted!)).toBe(
      'HPP Anda Rp 200.000 per tas sudah saya catat; mau saya hitungkan harga jualnya?',
    );
    expect(noted).toContain('Rp 220.000 sampai Rp 300.000 per tas');
    expect(lead(priced!)).toBe('Harga jual Rp 260.000 per tas.');
  });

  it('a price asked for from costs given in parts gives the range on the HPP worked out', () => {
    const [answer] = play(
      'kulit 150rb per tas, jahit 50rb per tas, 40 tas sebulan, listrik 1,2jt, harga jual enaknya brp?',
    );
    expect(lead(answer!)).toMatch(
      /^Dari HPP Rp 230\.000, harga jual umumnya Rp 253\.000 sampai Rp 345\.000 per tas/,
    );
    expect(answer).toContain('• HPP per tas = Rp 150.000 + Rp 50.000 + Rp 30.000 = Rp 230.000');
  });

  it('reads the causes found by the fresh dialogues: "modal" of a product, a suffixed reduplication, a passive market', () => {
    const label = (text: string) => readMoneyFacts(text, 'id').items.map((i) => i.label);
    expect(label('modal sepatu kulit sy 220rb per pasang')).toEqual(['hpp']);
    expect(label('modal kulit 150rb per tas')).toEqual(['materials']);
    const reduplicated = readMoneyFacts('hitung2an sy hpp batik cap 90rb per lembar', 'id');
    expect(reduplicated.ambiguous).toEqual([]);
    expect(reduplicated.items).toEqual([expect.objectContaining({ label: 'hpp', amount: 90_000 })]);
    const market = (text: string) => readMoneyFacts(text, 'id').items.map((i) => i.market === true);
    expect(market('di marketplace dijual 350rb')).toEqual([true]);
    expect(market('jual di marketplace 350rb')).toEqual([false]);
    // the price the artisan sells at through a marketplace is checked as theirs, with its fee
    const [fee] = play('harga di marketplace 80rb, admin 10%, hpp 50rb, untung brp?');
    expect(lead(fee!)).toBe('Uang yang Anda terima Rp 72.000 per unit, Anda untung Rp 22.000.');
    expect(fee).not.toContain('harga pesaing Rp');
  });
});
