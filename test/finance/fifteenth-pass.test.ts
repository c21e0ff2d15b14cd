import { describe, expect, it } from 'vitest';
import { cashSurplus } from '../../src/finance/cash.ts';
import { scanFigures } from '../../src/finance/figures.ts';
import { answerMoneyQuestion } from '../../src/finance/hitung.ts';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';
const kinds = (text: string) => scanFigures(text, 'id').map((f) => [f.kind, f.value]);

describe('numbers of the story that are no amounts (issue 15, fifteenth pass)', () => {
  it('reads a fraction with its unit as that quantity, not as rupiah to ask about', () => {
    expect(kinds('gamis butuh 2,5 meter kain')).toEqual([['measure', 2.5]]);
    expect(kinds('adonan 1,5 kg')).toEqual([['measure', 1.5]]);
    expect(kinds('dipakai 2,5 tahun')).toEqual([['duration', 30]]);
    expect(kinds('setengah lusin: 0,5 lusin')).toEqual([['count', 6]]);
  });

  it('leaves out a number that names a house, a class or a ward', () => {
    expect(kinds('kios saya nomor 17 di pasar')).toEqual([]);
    expect(kinds('cucu saya kelas 4 SD')).toEqual([]);
    expect(kinds('rumah di RT 05')).toEqual([]);
  });

  it('reads a year after a founding word as a year', () => {
    expect(kinds('koperasi kami berdiri 2009')).toEqual([]);
    expect(kinds('the workshop was founded 2016')).toEqual([]);
  });

  it('reads "psg" as pairs and "rol" as a measure', () => {
    expect(kinds('jadi 6 psg')).toEqual([['count', 6]]);
    expect(kinds('beli 2 rol')).toEqual([['measure', 2]]);
  });

  it('multiplies a count and an amount each across a comma ("3 unit oven, masing-masing 4 jt")', () => {
    expect(kinds('beli 3 unit oven, masing-masing Rp 4 juta')).toEqual([['money', 12_000_000]]);
  });

  it('works an HPP out when the story counts children in a message that writes its amounts with units (money.units-said)', () => {
    const text = answerTo(
      'sy bikin mukena, cucu sy 2. kain Rp 60.000 per mukena, renda Rp 15.000 per mukena, upah Rp 25.000 per mukena. hpp per mukena brp?',
    );
    expect(text.split('\n')[0]).toMatch(/HPP per mukena Anda Rp 100\.000/);
    expect(text).not.toMatch(/maksudnya/);
  });

  it('still asks back a bare small number that a money word names ("kain 60")', () => {
    const facts = readMoneyFacts('kain 60, renda Rp 15.000, upah Rp 25.000 per mukena. hpp brp?', 'id');
    expect(facts.ambiguous.map((a) => a.text)).toContain('60');
  });
});

describe('a payback in months from the sales of a month (issue 15, fifteenth pass)', () => {
  it('reads "sebulan biasanya kami jual 30 kursi" as the month\'s sales and answers in months', () => {
    const text = answerTo(
      'Kami beli mesin bubut Rp 24 juta. Sebulan biasanya kami jual 30 kursi, untung bersih per kursi Rp 100.000. Berapa bulan balik modal?',
    );
    expect(text.split('\n')[0]).toMatch(/balik dalam 8 bulan/);
  });

  it('reads "berapa bulan lunas" as a payback', () => {
    const text = answerTo(
      'Kami beli mesin bubut Rp 24 juta. Sebulan laku 30 kursi, untung bersih per kursi Rp 100.000. Berapa bulan mesinnya lunas?',
    );
    expect(text.split('\n')[0]).toMatch(/balik dalam 8 bulan/);
  });
});

describe('a calculation asked after messages that told its figures (money.told-before)', () => {
  const history = [
    {
      question: 'Sy jualan kopi sachet. Biaya per renteng 18rb, jual 30rb per renteng.',
      answer: 'Kopi sachet ...',
    },
    { question: 'Biaya tetap sebulan: sewa 800rb, listrik 400rb.', answer: 'Biaya tetap ...' },
  ];

  it('reads the earlier messages and the question as one message', () => {
    const money = answerMoneyQuestion('trs sebulan hrs laku brp renteng biar gak rugi?', 'id', history);
    expect(money?.text.split('\n')[0]).toMatch(/Titik impas Anda 100 renteng sebulan/);
  });

  it('does not read earlier messages when the question brings its own figures', () => {
    const money = answerMoneyQuestion(
      'kalo biaya tetap 600rb, jual 30rb, biaya 18rb, impasnya brp?',
      'id',
      history,
    );
    expect(money?.text.split('\n')[0]).toMatch(/Titik impas Anda 50 /);
  });

  it('answers nothing without earlier figures', () => {
    expect(answerMoneyQuestion('trs sebulan hrs laku brp renteng biar gak rugi?', 'id', [])).toBeUndefined();
  });
});

describe('depreciation with a salvage value (issue 15, fifteenth pass)', () => {
  it('depreciates the price less what the asset is still worth at the end', () => {
    const text = answerTo(
      'Beli oven Rp 14.000.000, umur pakai 5 tahun, nilai sisanya Rp 2.000.000. Penyusutan per bulan brp?',
    );
    expect(text.split('\n')[0]).toMatch(/Rp 200\.000 per bulan/);
    expect(text).toMatch(/nilai sisa Rp 2\.000\.000/);
  });

  it("says the year's amount first when a year is asked", () => {
    const text = answerTo(
      'We bought a kiln for 30 million rupiah, useful life 10 years, salvage value 6 million rupiah. What is the depreciation per year?',
    );
    expect(text.split('\n')[0]).toMatch(/Rp 2\.400\.000 a year \(Rp 200\.000 a month\)/);
  });

  it('reads "nilai sisa ... total" as the salvage value, not an all-in cost', () => {
    const text = answerTo(
      'Beli 2 unit mesin jahit, masing-masing Rp 5 juta. Umur 5 tahun, nilai sisa keduanya total Rp 4 juta. Penyusutan per tahun brp?',
    );
    expect(text.split('\n')[0]).toMatch(/Rp 1\.200\.000 per tahun \(Rp 100\.000 per bulan\)/);
  });
});

describe('the cash left of a period (money.cash-left)', () => {
  it('takes the amounts before "keluar" as money in, a down payment too, and those after as money out', () => {
    const cash = cashSurplus(
      'Bulan ini masuk dari jualan Rp 7 juta plus DP pesanan Rp 1 juta. Keluar: bahan Rp 3 juta, upah Rp 2 juta, cicilan Rp 500 ribu. Sisa kas brp?',
      'id',
    );
    expect(cash?.text.split('\n')[0]).toBe('Sisa kas Anda Rp 2.500.000 pada periode itu.');
    expect(cash?.text).toMatch(/DP pesanan Rp 1\.000\.000/);
  });

  it('says a shortfall as a deficit', () => {
    const cash = cashSurplus('Pemasukan Rp 2 juta. Pengeluaran: bahan Rp 2,5 juta. Sisa kas brp?', 'id');
    expect(cash?.text.split('\n')[0]).toBe('Kas Anda kurang (defisit) Rp 500.000 pada periode itu.');
  });

  it('answers in English', () => {
    const cash = cashSurplus(
      'Sales brought in 10 million rupiah. Money out: materials 4 million, wages 3 million. What is my cash surplus?',
      'en',
    );
    expect(cash?.text.split('\n')[0]).toBe('Your cash surplus is Rp 3.000.000 for the period.');
  });

  it('leaves a profit question to the profit calculator', () => {
    expect(cashSurplus('Omzet Rp 10 juta, bahan Rp 4 juta. Untung bersih brp?', 'id')).toBeUndefined();
  });

  it('is what the calculator tool answers', () => {
    expect(
      answerTo('Pemasukan Rp 2 juta. Pengeluaran: bahan Rp 1,5 juta. Sisa kas brp?').split('\n')[0],
    ).toBe('Sisa kas Anda Rp 500.000 pada periode itu.');
  });
});

describe("one unit's cost from what the material makes (issue 15, fifteenth pass)", () => {
  it('spreads a cost said per container over what one container makes (money.yield-of-one)', () => {
    const text = answerTo(
      'Beli kulit kambing Rp 300.000 per lembar, satu lembar jadi 12 dompet. Per dompet butuh lem Rp 4.000, upah Rp 10.000. Sewa sebulan Rp 500.000, sebulan bikin 50 dompet. HPP per dompet brp?',
    );
    // 300.000 ÷ 12 + 4.000 + 10.000 + 500.000 ÷ 50 = 25.000 + 14.000 + 10.000
    expect(text.split('\n')[0]).toMatch(/HPP per dompet Anda Rp 49\.000/);
    expect(text).toMatch(/Rp 300\.000 ÷ 12 dompet/);
  });

  it("reads a batch that makes so many packs as each pack's share, and the month's count as packs", () => {
    const text = answerTo(
      'Satu adonan habis Rp 90.000 dan jadi 45 bungkus. Per bungkus plastik Rp 500, upah Rp 1.000. Listrik sebulan Rp 300.000, sebulan produksi 600 bungkus. HPP per bungkus brp?',
    );
    // 90.000 ÷ 45 + 500 + 1.000 + 300.000 ÷ 600 = 2.000 + 1.500 + 500
    expect(text.split('\n')[0]).toMatch(/HPP per bungkus Anda Rp 4\.000/);
  });

  it('costs a material bought by the metre at what one product uses of it (money.measure-used)', () => {
    const text = answerTo(
      'Beli kain 50 meter harga Rp 1.500.000, satu gamis butuh 2,5 meter. Per gamis upah jahit Rp 40.000. HPP per gamis brp?',
    );
    // 1.500.000 ÷ 50 × 2,5 = 75.000, + 40.000
    expect(text.split('\n')[0]).toMatch(/HPP per gamis Anda Rp 115\.000/);
  });

  it('takes a sentence\'s opening "per <product>" as the basis of its amounts', () => {
    const facts = readMoneyFacts(
      'Per dompet butuh benang dan lem Rp 5.000, kotak kemasan Rp 3.500, upah jahit Rp 12.000. Sewa sebulan Rp 900.000. HPP brp?',
      'id',
    );
    expect(facts.items.map((i) => i.basis)).toEqual(['unit', 'unit', 'unit', 'month']);
  });

  it("puts the month's fixed costs into each unit's cost when a unit's profit is asked (money.fixed-as-overhead)", () => {
    const text = answerTo(
      'Jual taplak ke toko Rp 120.000 per lembar. Bahan per taplak Rp 60.000, upah Rp 40.000 per taplak. Biaya tetap sebulan Rp 600.000, sebulan jadi 20 taplak. Untung per taplak brp?',
    );
    // 60.000 + 40.000 + 600.000 ÷ 20 = 130.000 > 120.000
    expect(text.split('\n')[0]).toMatch(/rugi Rp 10\.000 per (taplak|lembar)/);
  });

  it("says one unit's share beside the month's profit when both are asked", () => {
    const text = answerTo(
      'Harga jual tas Rp 150.000, HPP Rp 100.000 per tas, sebulan laku 30 tas. Untung per tas dan per bulan brp?',
    );
    expect(text.split('\n')[0]).toBe('Untung kotor Anda Rp 1.500.000 sebulan (Rp 50.000 per tas).');
  });
});

describe('an order counted in the message and a count asked by the month (issue 15, fifteenth pass)', () => {
  it("gives an order's totals beside each unit's when the total is asked", () => {
    const text = answerTo(
      'harga ecer tas anyaman 100rb, hpp 60rb per biji. toko mau ambil 3 lusin, sy kasih diskon 10% dr harga ecer. untung sy total brp?',
    );
    // 100.000 × 90% = 90.000; untung 30.000 per biji; 36 biji: 3.240.000 and 1.080.000
    expect(text.split('\n')[0]).toMatch(
      /untuk 36 biji: harga [a-z ]+ total Rp 3\.240\.000, untung total Rp 1\.080\.000/,
    );
  });

  it('keeps the total asked in a reply that continues the calculation', () => {
    const first = 'harga ecer tas anyaman 100rb, hpp 60rb per biji.';
    const money = answerMoneyQuestion(
      'klo toko ambil 3 lusin trs sy kasih diskon 10% dr harga ecer, untung sy total brp?',
      'id',
      [{ question: first, answer: answerTo(first) }],
    );
    expect(money?.text.split('\n')[0]).toMatch(/untung total Rp 1\.080\.000/);
  });

  it('reads "berapa keranjang per bulan biar tidak rugi" as a break-even', () => {
    const text = answerTo(
      'Biaya tetap sebulan Rp 2 juta. Satu keranjang biaya bahan dan upah Rp 50.000, saya jual Rp 90.000. Minimal berapa keranjang per bulan biar tidak rugi?',
    );
    expect(text.split('\n')[0]).toMatch(/Titik impas Anda 50 keranjang sebulan/);
  });
});

describe('a quantity priced per its unit after a comma (issue 15, fifteenth pass)', () => {
  it('multiplies "4 kaki, per kaki Rp 20.000" and reads what one product uses as its cost', () => {
    expect(kinds('kulit 4 kaki, per kaki Rp 20.000')).toEqual([['money', 80_000]]);
    const text = answerTo(
      'sy bikin tas kecil, 1 tas butuh kulit 4 kaki, per kaki Rp 20.000. upah jahit Rp 30.000 per tas. hpp per tas brp?',
    );
    expect(text.split('\n')[0]).toMatch(/HPP per tas Anda Rp 110\.000/);
  });

  it('reads feet as a measure', () => {
    expect(kinds('kulit 2 feet, per feet Rp 15.000')).toEqual([['money', 30_000]]);
  });
});

describe('a payback when the product is sold by a measure (issue 15, fifteenth pass)', () => {
  it('reads "untung bersih per kg" as the profit on each kilogram sold', () => {
    const text = answerTo(
      'Mau beli mesin giling Rp 24 juta. Sebulan saya jual 400 kg tepung mocaf, untung bersih per kg Rp 5.000. Berapa bulan balik modal?',
    );
    // 400 × 5.000 = 2.000.000 a month; 24.000.000 ÷ 2.000.000 = 12
    expect(text.split('\n')[0]).toMatch(/balik dalam 12 bulan/);
  });
});

describe('a price after a discount, with no cost given (money.discounted-price)', () => {
  it("gives a buyer the discounted price and the order's total", () => {
    const text = answerTo(
      'A batik studio quotes their shirt at 400k rupiah retail and offers a 20% wholesale discount if I order 2 dozen. What is the price per shirt after the discount, and the total for the order?',
    );
    expect(text.split('\n')[0]).toBe(
      'The price after the 20% discount is Rp 320.000 per shirt; for an order of 24, the total is Rp 7.680.000.',
    );
  });

  it('answers in Indonesian, and leaves a message with a cost to the price calculators', () => {
    expect(
      answerTo('harga ecer tas 200rb, diskon 10% kalo ambil 20 tas. harga per tas jd brp?').split('\n')[0],
    ).toBe('Harga setelah diskon 10% Rp 180.000 per tas; untuk 20 tas totalnya Rp 3.600.000.');
    expect(
      answerTo('harga ecer tas 200rb, hpp 120rb per tas, diskon 10%. harga per tas jd brp?'),
    ).not.toMatch(/^Harga setelah diskon 10% Rp 180\.000 per tas;/);
  });
});
