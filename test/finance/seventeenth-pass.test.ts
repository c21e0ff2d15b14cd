import { describe, expect, it } from 'vitest';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';
const lead = (message: string) => answerTo(message).split('\n')[0];

describe('costs of a quantity made (issue 15, seventeenth pass)', () => {
  it('reads costs introduced as what making a quantity took as that quantity’s, not each unit’s', () => {
    expect(
      lead('Biaya bikin 40 kotak kue: tepung 400rb, mentega 300rb, ongkos tukang 300rb. hpp per kotak brp?'),
    ).toMatch(/^HPP per kotak Anda Rp 25\.000\b/);
    expect(lead('bikin 80 botol habis gula 600rb, botol 200rb. hpp per botol?')).toMatch(/Rp 10\.000\b/);
  });

  it('names each cost of a batch in the working, a name that repeats its heading too', () => {
    expect(answerTo('Modal bikin 40 tas: bahan 1,2 jt, benang 200rb, upah 600rb. HPP per tas brp?')).toMatch(
      /• Bahan baku: bahan \+ benang; Rp 1\.400\.000 ÷ 40 tas = Rp 35\.000 per tas/,
    );
  });

  it('reads "1 batch" as the batch named, and "dpt" as what it yields', () => {
    const text = answerTo('total modal 1 batch 900rb dpt 60 toples. hpp per toples brp?');
    expect(text.split('\n')[0]).toMatch(/^HPP per toples Anda Rp 15\.000\.?$/);
    expect(text).not.toMatch(/Rp 1\b|Rp 1\.000 atau/);
  });

  it('reads an English all-in cost of the last batch and what one unit costs to make', () => {
    expect(
      lead(
        'Our last batch cost IDR 900,000 in total and we got 60 candles out of it. What does one candle really cost us to make?',
      ),
    ).toMatch(/Rp 15\.000\b/);
  });

  it('names a cost by the whole bare list before it, when the list is headed by the same kind of cost', () => {
    const text = answerTo(
      'Kain, benang, kancing per kemeja 45rb. Upah jahit 25rb per kemeja. HPP per kemeja brp?',
    );
    expect(text).toMatch(/Kain, benang, kancing Rp 45\.000/);
    expect(text).toMatch(/Rp 70\.000/);
  });

  it('counts "ongkos anyam" as labour', () => {
    expect(answerTo('bahan 30rb per tas, ongkos anyam 20rb per tas. hpp per tas?')).toMatch(
      /Tenaga kerja langsung: ongkos anyam Rp 20\.000/,
    );
  });
});

describe('depreciation with what the asset will sell for (issue 15, seventeenth pass)', () => {
  it('takes "nanti bisa dijual lagi" as the salvage value, and leads with the year asked', () => {
    expect(
      lead('beli mesin press 20 jt, umur 5 tahun, nanti bisa dijual lagi 5 jt. penyusutan per tahun brp?'),
    ).toBe('Penyusutan mesin press Anda Rp 3.000.000 per tahun (Rp 250.000 per bulan).');
  });

  it('takes a second-hand price in English as the salvage value', () => {
    expect(
      lead(
        'I bought a kiln for IDR 24,000,000; it should last 8 years and then I can sell it second-hand for IDR 4,800,000. Depreciation per year?',
      ),
    ).toBe('Depreciation of your kiln: Rp 2.400.000 a year (Rp 200.000 a month).');
  });
});

describe('the cash left asked in other words (issue 15, seventeenth pass)', () => {
  it('reads "how much money will be left" with an opening balance', () => {
    expect(
      lead(
        'We began the week with IDR 500,000, took in IDR 2,000,000 and paid out IDR 1,200,000. How much money will be left?',
      ),
    ).toBe('Your closing cash balance is Rp 1.300.000.');
  });

  it('reads "saldo kas sy awal bln" as the opening balance', () => {
    expect(lead('saldo kas sy awal bln 2jt, masuk dr jualan 5jt, keluar 4,5jt. skrg sisa brp?')).toBe(
      'Saldo kas akhir Anda Rp 2.500.000.',
    );
  });

  it('reads "uang yg tersisa"', () => {
    expect(lead('masuk dr jualan 3jt, keluar buat bahan 1,2jt. uang yg tersisa brp?')).toBe(
      'Sisa kas Anda Rp 1.800.000 pada periode itu.',
    );
  });
});
