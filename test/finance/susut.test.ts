import { describe, expect, it } from 'vitest';
import { readExpression, scanFigures } from '../../src/finance/figures.ts';
import { answerMoneyQuestion } from '../../src/finance/hitung.ts';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { FINANCE_SOURCES } from '../../src/finance/sources.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

const GARUT =
  'Selamat siang. Saya penjahit tas di Garut, baru membeli dua mesin jahit masing-masing Rp 6 juta dan saya perkirakan dipakai lima tahun. Berapa biaya penyusutan mesin per bulan yang harus saya masukkan ke HPP?';

const lines = (text: string | undefined) => (text ?? '').split('\n');

describe('a counted thing named before its price', () => {
  it.each([
    [
      'dua mesin jahit masing-masing Rp 6 juta',
      12_000_000,
      { count: 2, amount: 6_000_000, noun: 'mesin jahit' },
    ],
    ['2 mesin jahit @ 6 jt', 12_000_000, { count: 2, amount: 6_000_000, noun: 'mesin jahit' }],
    ['3 karung tepung @ 150rb', 450_000, { count: 3, amount: 150_000, noun: 'karung tepung' }],
    ['2 mesin masing-masing seharga 6 juta', 12_000_000, { count: 2, amount: 6_000_000, noun: 'mesin' }],
    ['2 penjahit @ 2,25 jt', 4_500_000, { count: 2, amount: 2_250_000, noun: 'penjahit' }],
  ])('%s is one money figure with each', (text, value, each) => {
    expect(readExpression(text)).toMatchObject({ kind: 'money', value, each });
  });

  it('keeps "per", "tiap" and "setiap" out, and stops after three words', () => {
    for (const text of [
      '3 karung tepung per 150rb',
      '40 tas tiap bulan @ 150rb',
      '2 mesin jahit setiap 6 jt',
    ])
      expect(
        scanFigures(text, 'id').some((f) => f.each),
        text,
      ).toBe(false);
    expect(readExpression('2 mesin jahit kulit besar @ 6 jt')?.each).toBeUndefined();
  });
});

describe('machine depreciation ("penyusutan")', () => {
  it('the Garut question: Rp 200.000 a month, the working with its figures, cited to its section', () => {
    const answer = hitungToolAnswer(GARUT);
    expect(answer?.answered).toBe(true);
    const text = lines(answer?.answer);
    expect(text[0]).toBe('Penyusutan mesin jahit Anda Rp 200.000 per bulan.');
    expect(text).toContain(
      'Rumus: penyusutan per bulan = harga beli mesin ÷ umur pakai dalam bulan (metode garis lurus).',
    );
    expect(text).toContain(
      '• mesin jahit: 2 × Rp 6.000.000 = Rp 12.000.000 ÷ 60 bulan (5 tahun) = Rp 200.000 per bulan',
    );
    expect(text.at(-1)).toMatch(/^Artinya: sisihkan Rp 200\.000 setiap bulan .* overhead produksi/);
    expect(answer?.source).toEqual(FINANCE_SOURCES.depreciation);
    expect(answer?.source.section).toBe('Menghitung penyusutan mesin dan bagian sewa untuk HPP');
  });

  it('a result that is not whole rupiah is rounded to the nearest rupiah, and says so', () => {
    const text = answerMoneyQuestion('mesin 8 juta umur 4 tahun, penyusutan sebulan brp?', 'id')?.text;
    expect(lines(text)[0]).toBe('Penyusutan mesin Anda ± Rp 166.667 per bulan.');
    expect(text).toContain(
      'Rp 8.000.000 ÷ 48 bulan (4 tahun) = Rp 166.666,67, dibulatkan Rp 166.667 per bulan',
    );
  });

  it('asks back for the lifespan, then uses the reply', () => {
    const question = 'Saya beli 2 mesin jahit @ 6 juta, bikin 50 tas sebulan. Berapa penyusutannya?';
    const first = answerMoneyQuestion(question, 'id');
    expect(first?.intent).toBe('susut');
    expect(lines(first?.text)[0]).toBe(
      'Untuk menghitung penyusutan mesin, saya masih perlu umur pakai mesin atau alat (misalnya "umur 5 tahun").',
    );
    expect(first?.text).toContain('Balas saja dengan angkanya, misalnya "umur 5 tahun".');
    const second = answerMoneyQuestion('5 tahun', 'id', [{ question, answer: first!.text }]);
    expect(lines(second?.text)[0]).toBe('Penyusutan mesin jahit Anda Rp 200.000 per bulan.');
    expect(second?.text).toContain('• per tas: Rp 200.000 ÷ 50 tas = Rp 4.000 per tas');
  });

  it('adds up several machines, each over its own lifespan', () => {
    const text = answerMoneyQuestion(
      'mesin potong 4,8 juta umur 2 tahun dan mesin jahit 6 jt umur 5 tahun. berapa penyusutannya?',
      'id',
    )?.text;
    expect(lines(text)[0]).toBe('Penyusutan mesin Anda Rp 300.000 per bulan.');
    expect(text).toContain('• jumlah = Rp 200.000 + Rp 100.000 = Rp 300.000 per bulan');
  });

  it('answers in English when asked in English', () => {
    const answer = hitungToolAnswer(
      'I bought 2 sewing machines each 6 million and will use them 5 years. How much depreciation per month?',
    );
    expect(lines(answer?.answer)[0]).toBe('Depreciation of your sewing machines: Rp 200.000 a month.');
    expect(answer?.answer).toContain(
      'Formula: depreciation a month = purchase price ÷ useful life in months',
    );
  });

  it('stays HPP when HPP is asked and a machine with its lifespan is only one of the costs', () => {
    const hpp = answerMoneyQuestion(
      'Berapa HPP per tas: bahan baku Rp 9.000.000 sebulan, 2 penjahit @ Rp 2.250.000 sebulan, listrik Rp 400.000 sebulan, mesin jahit Rp 12.000.000 umur 5 tahun, produksi 50 tas sebulan?',
      'id',
    );
    expect(hpp?.intent).toBe('hpp');
    expect(lines(hpp?.text)[0]).toMatch(/^HPP per tas Anda Rp /);
    // depreciation given as a cost, not asked for
    const given = readMoneyFacts(
      'penyusutan mesin 200rb sebulan, bahan 150rb per tas, 40 tas, upah 50rb, hpp berapa?',
      'id',
    );
    expect(given.intent).toBe('hpp');
  });

  it('needs a machine: shrinkage of food is not depreciation', () => {
    expect(readMoneyFacts('singkong nyusut 30% setelah dikupas, berapa susutnya?', 'id').intent).not.toBe(
      'susut',
    );
    expect(readMoneyFacts('berapa penyusutan singkong 10 kg jadi 7 kg?', 'id').intent).not.toBe('susut');
  });
});
