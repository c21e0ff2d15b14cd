import { describe, expect, it } from 'vitest';
import { isHitungAnswer } from '../../src/finance/format.ts';
import { guideKind, HITUNG_KINDS, hitungGuide } from '../../src/finance/guide.ts';
import { answerMoneyQuestion } from '../../src/finance/hitung.ts';

const example = (guide: string) => /"([^"]+)"\s*$/.exec(guide)![1]!;

describe('hitungGuide: the /hitung prompt for a chat channel', () => {
  it.each([
    ['hpp', 'id', /bahan baku.*tenaga kerja.*overhead.*jumlah produksi/],
    ['harga', 'id', /HPP per unit.*markup.*margin/],
    ['impas', 'id', /biaya tetap sebulan.*harga jual per unit.*biaya variabel per unit/],
    ['hpp', 'en', /materials.*labour.*overhead.*how many units/],
    ['harga', 'en', /cost \(HPP\) per unit.*markup.*margin/],
    ['impas', 'en', /fixed costs a month.*selling price per unit.*variable cost per unit/],
    ['susut', 'id', /harga beli mesin.*umur pakai/],
    ['susut', 'en', /purchase price of the machine.*how long/],
    ['laba', 'id', /jumlah yang laku.*harga jual.*HPP per unit.*biaya operasional/],
    ['laba', 'en', /how many you sold.*price.*cost \(HPP\).*operating costs/],
    ['potongan', 'id', /harga jual per unit.*potongan admin atau komisi/],
    ['potongan', 'en', /selling price per unit.*fee or commission/],
  ] as const)('%s (%s) names the figures to send and gives an example', (kind, lang, figures) => {
    const guide = hitungGuide(kind, lang);
    const [ask, shown] = guide.split('\n');
    expect(ask).toMatch(figures);
    expect(shown).toMatch(lang === 'id' ? /^Contoh: "/ : /^For example: "/);
    expect(guide.length).toBeLessThan(400);
    expect(guideKind(guide)).toBe(kind);
  });

  it('offers one button per calculator, each with a guide', () => {
    expect(HITUNG_KINDS.map((k) => k.kind)).toEqual(['hpp', 'harga', 'impas', 'susut', 'laba', 'potongan']);
    for (const { kind, label } of HITUNG_KINDS) {
      expect(label.id.length).toBeGreaterThan(0);
      expect(hitungGuide(kind, 'id')).not.toBe(hitungGuide(kind, 'en'));
    }
  });

  it.each([
    ['hpp', 'id', 'HPP per tas Anda Rp 230.000.'],
    ['harga', 'id', 'Harga jual Rp 570.000 per tas.'],
    ['impas', 'id', 'Titik impas Anda 38 tas sebulan (omzet Rp 17.100.000).'],
    ['hpp', 'en', 'Your cost (HPP) per bag is Rp 230.000.'],
    ['harga', 'en', 'Selling price Rp 570.000 per bag.'],
    ['impas', 'en', 'Your break-even point is 38 bags a month (revenue Rp 17.100.000).'],
    ['susut', 'id', 'Penyusutan mesin jahit Anda Rp 200.000 per bulan.'],
    ['susut', 'en', 'Depreciation of your sewing machines: Rp 200.000 a month.'],
    ['laba', 'id', 'Untung bersih Anda Rp 3.500.000 pada periode itu.'],
    ['laba', 'en', 'Your net profit is Rp 3.500.000 for that period.'],
    ['potongan', 'id', 'Uang yang Anda terima Rp 72.000 per unit (potongan 10% = Rp 8.000).'],
    ['potongan', 'en', 'You receive Rp 72.000 per unit (the 10% fee takes Rp 8.000).'],
  ] as const)(
    'the %s (%s) example sent after the prompt is worked out, result first',
    (kind, lang, first) => {
      const guide = hitungGuide(kind, lang);
      const answer = answerMoneyQuestion(example(guide), lang, [{ question: '/hitung', answer: guide }]);
      expect(answer?.intent).toBe(kind);
      expect(answer?.text.split('\n')[0]).toBe(first);
      expect(isHitungAnswer(answer!.text)).toBe(true);
    },
  );

  it('figures sent after the prompt use its calculator, even without naming it', () => {
    const guide = hitungGuide('impas', 'id');
    const answer = answerMoneyQuestion(
      'biaya tetap 3jt sebulan, harga jual 15rb per bungkus, biaya variabel 9rb per bungkus',
      'id',
      [{ question: 'Titik impas (BEP)', answer: guide }],
    );
    expect(answer?.text.split('\n')[0]).toBe('Titik impas Anda 500 bungkus sebulan (omzet Rp 7.500.000).');
    expect(answer?.text).toContain('BEP = Rp 3.000.000 ÷ Rp 6.000 = 500');
    // Without the prompt, "harga jual" makes the same words read as a price question.
    const alone = answerMoneyQuestion(
      'biaya tetap 3jt sebulan, harga jual 15rb per bungkus, biaya variabel 9rb per bungkus',
      'id',
      [{ question: 'apa itu merek kolektif?', answer: 'Merek kolektif adalah merek milik bersama.' }],
    );
    expect(alone?.intent).toBe('harga');
  });

  it('a prompt missing a figure still asks for it by name', () => {
    const guide = hitungGuide('hpp', 'id');
    const answer = answerMoneyQuestion('kulit 150rb per tas, jahit 50rb, listrik 1,2 juta sebulan', 'id', [
      { question: '/hitung hpp', answer: guide },
    ]);
    expect(answer?.text.split('\n')[0]).toBe(
      'Untuk menghitung HPP per tas, saya masih perlu jumlah produksi (berapa tas jadi sebulan atau sekali produksi).',
    );
  });

  it('a labelled reply to a question back fills the prompted calculation instead of starting another', () => {
    const guide = { question: '/hitung impas', answer: hitungGuide('impas', 'id') };
    const first = answerMoneyQuestion('biaya tetap 5 juta sebulan, harga jual 45rb', 'id', [guide]);
    expect(first?.text.split('\n')[0]).toMatch(
      /^Untuk menghitung titik impas, saya masih perlu biaya variabel/,
    );
    const turns = [guide, { question: 'biaya tetap 5 juta sebulan, harga jual 45rb', answer: first!.text }];
    const second = answerMoneyQuestion('biaya variabel 20rb per unit', 'id', turns);
    expect(second?.intent).toBe('impas');
    expect(second?.text).toContain('Rp 5.000.000 ÷ Rp 25.000 = 200');
    // A complete calculation of its own still stands alone after a question back.
    const own = answerMoneyQuestion('hpp 300rb, markup 50%', 'id', turns);
    expect(own?.intent).toBe('harga');
  });
});
