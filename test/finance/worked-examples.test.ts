import { describe, expect, it } from 'vitest';
import { calculateBreakEven, calculateHpp, calculatePrice, type Part } from '../../src/finance/calc.ts';
import { answerMoneyQuestion } from '../../src/finance/hitung.ts';
import { ceil, ceilTo, div, frac, rupiah } from '../../src/finance/rupiah.ts';

// The worked examples of knowledge/keuangan/*.md, recomputed from their own inputs.
const period = (name: string, amount: number | ReturnType<typeof frac>): Part => ({
  name,
  amount: typeof amount === 'number' ? frac(amount) : amount,
  basis: 'period',
});

describe('hpp-harga-pokok-produksi.md: bengkel tas kulit, 50 tas sebulan', () => {
  const materials = [
    period('kulit sapi 250 kaki × Rp 30.000', 250 * 30_000),
    period('kain furing 25 m × Rp 20.000', 25 * 20_000),
    period('ritsleting dan aksesoris 50 × Rp 15.000', 50 * 15_000),
    period('benang dan lem', 250_000),
  ];
  const labour = [period('2 penjahit × Rp 2.250.000', 2 * 2_250_000)];
  const overhead = [
    period('listrik', 400_000),
    period('penyusutan 2 mesin', div(frac(12_000_000), frac(60))),
    period('bagian sewa', div(frac(18_000_000), frac(2 * 12))),
    period('jarum, pisau, perawatan', 150_000),
  ];

  it('reaches Rp 9.000.000 materials, Rp 1.500.000 overhead and HPP Rp 300.000 per tas', () => {
    const { result, missing } = calculateHpp({ materials, labour, overhead, units: 50 });
    expect(missing).toEqual([]);
    expect(rupiah(result!.perComponent.materials!.period)).toBe('Rp 9.000.000');
    expect(rupiah(result!.perComponent.materials!.perUnit)).toBe('Rp 180.000');
    expect(rupiah(result!.perComponent.labour!.perUnit)).toBe('Rp 90.000');
    expect(rupiah(result!.perComponent.overhead!.period)).toBe('Rp 1.500.000');
    expect(rupiah(result!.perComponent.overhead!.perUnit)).toBe('Rp 30.000');
    expect(rupiah(result!.periodTotal)).toBe('Rp 15.000.000');
    expect(rupiah(result!.hpp)).toBe('Rp 300.000');
  });

  it('reaches Rp 330.000 per tas when only 40 tas are made with the same wages and overhead', () => {
    const { result } = calculateHpp({
      materials: [period('bahan 40 tas', 7_200_000)],
      labour,
      overhead,
      units: 40,
    });
    expect(rupiah(result!.hpp)).toBe('Rp 330.000');
  });

  it('the same from a question, with depreciation and the rent share worked out from the raw figures', () => {
    const answer = answerMoneyQuestion(
      'Berapa HPP per tas: bahan baku Rp 9.000.000 sebulan, 2 penjahit @ Rp 2.250.000 sebulan, listrik Rp 400.000 sebulan, mesin jahit Rp 12.000.000 umur 5 tahun, sewa rumah Rp 18.000.000 setahun separuh dipakai bengkel, jarum dan pisau Rp 150.000 sebulan, produksi 50 tas sebulan?',
      'id',
    );
    expect(answer?.worked.missing).toEqual([]);
    expect(answer?.text.split('\n')[0]).toBe('HPP per tas Anda Rp 300.000.');
    expect(answer?.text).toContain('HPP per tas = Rp 180.000 + Rp 90.000 + Rp 30.000 = Rp 300.000');
    expect(answer?.text).toContain('Rp 12.000.000 ÷ 60 bulan = Rp 200.000');
    expect(answer?.text).toContain('Rp 18.000.000 ÷ 12 bulan ÷ 2 = Rp 750.000');
  });
});

describe('hpp-makanan-kering.md', () => {
  it('keripik singkong: Rp 720.000 a batch of 60 bungkus is Rp 12.000; 50 bungkus is Rp 14.000', () => {
    const materials = [period('singkong', 40 * 5_000), period('minyak', 5 * 18_000), period('bumbu', 50_000)];
    const depreciation = div(div(frac(4_800_000), frac(24)), frac(10));
    const overhead = [
      period('gas', 2 * 20_000),
      period('listrik dan air', 20_000),
      period('penyusutan', depreciation),
    ];
    const labour = [period('2 orang × Rp 90.000', 180_000)];
    const sixty = calculateHpp({
      materials: [...materials, period('kemasan', 60 * 2_000)],
      labour,
      overhead,
      units: 60,
    });
    expect(rupiah(sixty.result!.periodTotal)).toBe('Rp 720.000');
    expect(rupiah(sixty.result!.hpp)).toBe('Rp 12.000');
    const fifty = calculateHpp({
      materials: [...materials, period('kemasan', 50 * 2_000)],
      labour,
      overhead,
      units: 50,
    });
    expect(rupiah(fifty.result!.periodTotal)).toBe('Rp 700.000');
    expect(rupiah(fifty.result!.hpp)).toBe('Rp 14.000');
  });

  it('nastar: Rp 720.000 an adonan of 12 toples is Rp 60.000 per toples, from a question', () => {
    const answer = answerMoneyQuestion(
      'satu adonan nastar jadi 12 toples. bahan 480rb, toples dan label 12 x 7.500, upah 2 orang @ 50rb, gas dan listrik oven 30rb, penyusutan oven dan mixer 20rb. hpp per toples?',
      'id',
    );
    expect(answer?.text.split('\n')[0]).toBe('HPP per toples Anda Rp 60.000.');
    expect(answer?.text).toContain('÷ 12 toples = Rp 47.500 per toples');
  });
});

describe('menentukan-harga-jual.md and kesalahan-menentukan-harga.md', () => {
  const hpp = frac(300_000);
  const opcost = { monthly: frac(4_000_000), unitsSold: 50 };

  it('operating costs Rp 80.000 per tas, total cost Rp 380.000; grosir +10% Rp 418.000, eceran +50% Rp 570.000', () => {
    const grosir = calculatePrice({ hpp, opcost, markupBp: 1_000 }).result!;
    expect(rupiah(grosir.opcostPerUnit!)).toBe('Rp 80.000');
    expect(rupiah(grosir.cost)).toBe('Rp 380.000');
    expect(rupiah(grosir.target!.price)).toBe('Rp 418.000');
    expect(ceilTo(grosir.target!.price, 10_000n)).toBe(420_000n);
    const eceran = calculatePrice({ hpp, opcost, markupBp: 5_000 }).result!;
    expect(rupiah(eceran.target!.price)).toBe('Rp 570.000');
    expect(rupiah(eceran.target!.profit)).toBe('Rp 190.000');
  });

  it('reseller price is eceran Rp 570.000 − 20% = Rp 456.000, Rp 76.000 above total cost', () => {
    const r = calculatePrice({ hpp, opcost, price: 570_000, resellerBp: 2_000 }).result!;
    expect(rupiah(r.channel!.net)).toBe('Rp 456.000');
    expect(rupiah(r.channel!.profit)).toBe('Rp 76.000');
  });

  it('markup 30% on Rp 380.000 is Rp 494.000, only ±23% margin; margin 30% needs ±Rp 542.857, Rp 543.000 rounded up', () => {
    const markup = calculatePrice({ hpp: frac(380_000), markupBp: 3_000 }).result!;
    expect(rupiah(markup.target!.price)).toBe('Rp 494.000');
    expect(rupiah(markup.target!.profit)).toBe('Rp 114.000');
    expect(Number(ceil(div(markup.target!.profit, frac(4_940))))).toBe(24); // 23,08%
    const margin = calculatePrice({ hpp: frac(380_000), marginBp: 3_000 }).result!;
    expect(rupiah(margin.target!.price)).toBe('± Rp 542.857');
    expect(ceilTo(margin.target!.price, 1_000n)).toBe(543_000n);
    const discounted = calculatePrice({ hpp: frac(380_000), price: 494_000, discountBp: 3_000 }).result!;
    expect(rupiah(discounted.channel!.net)).toBe('Rp 345.800');
    expect(discounted.belowCost).toBe(true);
  });

  it('discounts on Rp 570.000: 20% still earns Rp 76.000, 35% loses Rp 9.500, 50% falls below HPP', () => {
    const at = (bp: number) =>
      calculatePrice({ hpp, opcost: { perUnit: frac(80_000) }, price: 570_000, discountBp: bp }).result!;
    expect(rupiah(at(2_000).channel!.profit)).toBe('Rp 76.000');
    expect(rupiah(at(3_500).channel!.net)).toBe('Rp 370.500');
    expect(rupiah(at(3_500).channel!.profit)).toBe('−Rp 9.500');
    expect([at(3_500).belowHpp, at(3_500).belowCost]).toEqual([false, true]);
    expect(rupiah(at(5_000).channel!.net)).toBe('Rp 285.000');
    expect(at(5_000).belowHpp).toBe(true);
  });

  it('only materials counted: selling at Rp 250.000 loses Rp 130.000 per tas against Rp 380.000 total cost', () => {
    const r = calculatePrice({ hpp, opcost: { perUnit: frac(80_000) }, price: 250_000 }).result!;
    expect(rupiah(r.profit!)).toBe('−Rp 130.000');
    expect(r.belowHpp).toBe(true);
  });

  it('kulit up Rp 2.000 a kaki: HPP Rp 310.000 and grosir profit falls from Rp 40.000 to Rp 30.000', () => {
    const before = calculatePrice({ hpp, opcost: { perUnit: frac(80_000) }, price: 420_000 }).result!;
    const after = calculatePrice({
      hpp: frac(300_000 + 5 * 2_000),
      opcost: { perUnit: frac(80_000) },
      price: 420_000,
    }).result!;
    expect([rupiah(before.profit!), rupiah(after.profit!)]).toEqual(['Rp 40.000', 'Rp 30.000']);
  });
});

describe('titik-impas-bep.md', () => {
  const fixed = frac(4_500_000 + 1_500_000 + 4_000_000);
  it('Rp 10.000.000 ÷ Rp 270.000 = 37,04, rounded up to 38 tas and Rp 17.100.000', () => {
    const r = calculateBreakEven({ fixed, price: frac(450_000), variable: frac(180_000) }).result!;
    expect(rupiah(r.contribution)).toBe('Rp 270.000');
    expect(r.units).toBe(38n);
    expect(rupiah(r.revenue!)).toBe('Rp 17.100.000');
  });
  it('price Rp 420.000 gives 42 tas; materials Rp 190.000 gives 39 tas', () => {
    expect(calculateBreakEven({ fixed, price: frac(420_000), variable: frac(180_000) }).result!.units).toBe(
      42n,
    );
    expect(calculateBreakEven({ fixed, price: frac(450_000), variable: frac(190_000) }).result!.units).toBe(
      39n,
    );
  });
  it('a price at or below the variable cost never breaks even', () => {
    expect(calculateBreakEven({ fixed, price: frac(180_000), variable: frac(180_000) }).result!.never).toBe(
      true,
    );
  });
  it('from a question with the fixed costs itemised as the document lists them', () => {
    const answer = answerMoneyQuestion(
      'bep brp tas kalau gaji 2 penjahit 4,5jt sebulan, overhead 1,5jt sebulan, biaya operasional 4jt sebulan, bahan 180rb per tas, harga jual rata2 450rb?',
      'id',
    );
    expect(answer?.text).toContain('37,04');
    expect(answer?.text.split('\n')[0]).toBe('Titik impas Anda 38 tas sebulan (omzet Rp 17.100.000).');
    expect(answer?.text).toContain('Rp 17.100.000');
  });
});
