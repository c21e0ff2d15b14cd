import { describe, expect, it } from 'vitest';
import { calculateProfit } from '../../src/finance/calc.ts';
import { scanFigures } from '../../src/finance/figures.ts';
import { frac } from '../../src/finance/rupiah.ts';
import { givesOwnFigures, hitungToolAnswer } from '../../src/finance/tool.ts';
import { lead, play } from '../helpers/hitung.ts';

describe('Hitung bareng readers, issue 16 round 2', () => {
  it('a number word with no unit is not an amount; with a unit or a multiplier it still is', () => {
    expect(scanFigures('uang usaha sama uang dapur campur jd satu', 'id')).toEqual([]);
    expect(scanFigures('upah satu juta', 'id').map((f) => [f.kind, f.value])).toEqual([['money', 1_000_000]]);
    expect(scanFigures('dua penjahit', 'id').map((f) => f.kind)).toEqual(['people']);
    expect(
      hitungToolAnswer('uang usaha sama uang dapur campur jd satu, hpp nya gimana ngitungnya?'),
    ).toBeUndefined();
  });

  it('a count of things said ("2 hal", "3 cara", "two questions") is no figure; a count of goods still is', () => {
    expect(scanFigures('mau nanya 2 hal', 'id')).toEqual([]);
    expect(scanFigures('ada 3 cara', 'id')).toEqual([]);
    expect(scanFigures('I have two questions', 'en')).toEqual([]);
    expect(scanFigures('bikin 40 tas', 'id').map((f) => [f.kind, f.value])).toEqual([['count', 40]]);
    const asked = hitungToolAnswer('mau nanya 2 hal, kain sy jual 1,5jt, gmn ngitung harga jual yg bener?');
    expect(asked?.answer).not.toMatch(/"2"/);
    expect(asked?.asksBack).toBe(true);
  });

  it('profit for a period: sales − cost of what was sold − the period costs, a loss said as a loss; a markup is not one', () => {
    const { result } = calculateProfit({
      price: frac(300_000),
      unitsSold: 40,
      hppPerUnit: frac(250_000),
      costs: [
        { name: 'sewa', amount: frac(1_000_000), basis: 'period' },
        { name: 'iklan', amount: frac(1_500_000), basis: 'period' },
      ],
    });
    expect(result?.net).toEqual(frac(-500_000));
    const [answer] = play(
      'bulan kemarin laku 40 tas, harga 300rb, hpp 250rb per tas, sewa 1jt, iklan 1,5jt. untung bersih brp?',
    );
    expect(lead(answer!)).toBe('Anda rugi Rp 500.000 pada periode itu.');
    expect(answer).toContain('• Omzet: 40 tas × Rp 300.000 = Rp 12.000.000');
    expect(
      hitungToolAnswer('omzet sebulan 12jt, hpp total 7jt, biaya lain 2jt, untung bersih?')?.source.path,
    ).toBe('knowledge/keuangan/laporan-laba-rugi-sederhana.md');
    // "untung bersih 30%" is a markup and "untung bersih brp per bungkus" a price check, not a period's profit

    expect(lead(play('mau untung bersih 30%, hpp 40rb per bungkus, jual brp?')[0]!)).toBe(
      'Harga jual Rp 52.000 per bungkus.',
    );
    expect(lead(play('jual 50rb hpp 30rb untung bersih brp per bungkus?')[0]!)).toMatch(
      /^Untung Anda Rp 20\.000 per bungkus/,
    );
  });

  it('a new quantity asked about scales the materials only; a corrected quantity replaces it', () => {
    const story = 'hpp keripik: pisang 1,5jt, minyak 600rb, upah 1jt, sewa 500rb, 200 bungkus sebulan';
    const [first, scaled] = play(story, 'kalau 250 bungkus?');
    expect(lead(first!)).toBe('HPP per bungkus Anda Rp 18.000.');
    // (2,1jt × 250/200 + 1,5jt) ÷ 250 = (2.625.000 + 1.500.000) ÷ 250 = 16.500
    expect(lead(scaled!)).toBe('HPP per bungkus Anda Rp 16.500.');
    expect(scaled).toContain('pisang Rp 1.500.000 ÷ 200 × 250 = Rp 1.875.000 sebulan');
    const [, corrected] = play(story, 'maaf salah, sebulan 250 bungkus');
    expect(lead(corrected!)).toBe('HPP per bungkus Anda Rp 14.400.');
  });

  it('"itu per minggu" after several figures asks which one; named, it re-reads that one', () => {
    const story = 'hpp keripik: pisang 1,5jt, minyak 600rb, upah 1jt, sewa 500rb, 200 bungkus sebulan';
    const [, which, named] = play(story, 'itu per minggu', 'pisangnya per minggu');
    expect(lead(which!)).toMatch(/^Untuk menghitung HPP per bungkus/);
    expect(which).toContain('"itu per minggu": untuk biaya yang mana?');
    // pisang 1,5jt × 4 = 6jt: (6jt + 600rb + 1jt + 500rb) ÷ 200 = 40.500
    expect(lead(named!)).toBe('HPP per bungkus Anda Rp 40.500.');
  });

  it("one lifespan after several assets is each one's; amounts that are not assets are named as not used", () => {
    expect(lead(play('mesin jahit 6jt dan obras 4jt umur 5 tahun, susut sebulan brp?')[0]!)).toBe(
      'Penyusutan mesin Anda ± Rp 166.667 per bulan.',
    );
    const [answer] = play(
      'hpp roti: bahan 4jt sebulan, upah 3jt, listrik 500rb, oven 12jt umur 5 tahun, 2000 roti sebulan, penyusutannya brp?',
    );
    expect(lead(answer!)).toBe('Penyusutan oven Anda Rp 200.000 per bulan.');
    expect(answer).toContain(
      'bahan Rp 4.000.000, upah Rp 3.000.000, listrik Rp 500.000 tidak masuk penyusutan',
    );
  });

  it('a question with its own figures is told apart from one asking for live prices', () => {
    expect(
      givesOwnFigures('bulan ini laku 300, harga 55rb, hpp 35rb, ongkos lain 2,5jt, untung bersih brp?'),
    ).toBe(true);
    expect(givesOwnFigures('berapa harga kulit hari ini?')).toBe(false);
    expect(givesOwnFigures('harga kain mori sekarang brp per meter?')).toBe(false);
  });

  it('an amount the calculator cannot take is asked about, and the reply is used', () => {
    const [asked, included] = play(
      'hpp 100rb, sewa 500rb sebulan, mau untung 30%, jual brp?',
      'sudah termasuk',
    );
    expect(lead(asked!)).toMatch(/^Untuk menghitung harga jual/);
    expect(asked).toContain(
      '"sewa 500rb" (Rp 500.000): sudah termasuk di HPP, atau biaya operasional di luar HPP?',
    );
    expect(lead(included!)).toBe('Harga jual Rp 130.000 per unit.');
    // outside the HPP it is an operating cost shared over the month's sales: (100rb + 500rb ÷ 50) × 1,3
    const outside = play(
      'hpp 100rb per tas, sewa 500rb sebulan, mau untung 30%, jual brp?',
      'di luar hpp',
      'laku 50 tas sebulan',
    );
    expect(lead(outside[2]!)).toBe('Harga jual Rp 143.000 per tas.');
    // an HPP per unit given for a break-even is its variable cost (2026-12-05: it was asked about, a figure
    // the message gave); the answer says it counts the fixed costs twice if the HPP already holds them
    const [bep] = play('bep kalau hpp 30rb per pcs, harga 50rb, biaya tetap 2jt sebulan');
    expect(lead(bep!)).toBe('Titik impas Anda 100 pcs sebulan (omzet Rp 5.000.000).');
    expect(bep).toContain('terhitung dua kali');
    const [story] = play(
      'anyaman tikar pandan 100 lembar sebulan, daun pandan 600rb, pewarna 200rb, upah anyam 15rb per lembar, transport ke pasar 200rb. hpp per lembar?',
    );
    // worked out without the overhead it names as missing (round 3), the transport named as outside HPP
    expect(story).toContain('transport ke pasar Rp 200.000 adalah biaya operasional: tidak masuk HPP');
  });

  it('"jual 40 tas" with a profit question is what was sold in the period', () => {
    expect(
      lead(play('untung bersih brp? jual 40 tas harga 350rb hpp 200rb sewa 1jt listrik 300rb')[0]!),
    ).toBe('Untung bersih Anda Rp 4.700.000 pada periode itu.');
  });

  it('a cost called a total is the period\'s; English profit questions read "at 300k" as the price', () => {
    expect(lead(play('keripik 100 bungkus sebulan, modal total 2jt, mau untung 25% jual brp?')[0]!)).toBe(
      'Harga jual Rp 25.000 per bungkus.',
    );
    expect(
      lead(play('I sell 100 bags a month at 300k, cost per bag 200k, rent 2 million, net profit?')[0]!),
    ).toBe('Your net profit is Rp 8.000.000 a month.');
  });

  it('a wage per day asks for the working days; a count per week is 4 weeks of it', () => {
    const [asked, worked] = play(
      'hpp keripik: bahan 3jt sebulan, upah 100rb sehari, gas 200rb, 200 bungkus sebulan',
      'sebulan 25 hari kerja',
    );
    expect(lead(asked!)).toMatch(/^Untuk menghitung HPP per bungkus, saya masih perlu berapa hari kerja/);
    expect(asked).toContain('upah Rp 100.000 sehari');
    // 3jt + 100rb × 25 + 200rb = 5,7jt ÷ 200
    expect(lead(worked!)).toBe('HPP per bungkus Anda Rp 28.500.');
    // (2jt + 1jt + 200rb) ÷ (100 × 4)
    const [weekly] = play(
      'produksi 100 bungkus per minggu, bahan 2jt sebulan, upah 1jt sebulan, listrik 200rb, hpp per bungkus?',
    );
    expect(lead(weekly!)).toBe('HPP per bungkus Anda Rp 8.000.');
    expect(weekly).toContain('100 bungkus seminggu × 4 minggu = 400 bungkus sebulan');
  });

  it('a batch count dates the costs said with it; "jadinya 100" is a better yield, "bikin" makes more', () => {
    const [batch, yielded, more] = play(
      'keripik: bahan 1jt, upah 500rb, gas 100rb, jadi 80 bungkus sekali produksi. hpp?',
      'kalau jadinya 100 bungkus?',
      'kalau bikin 160 bungkus?',
    );
    // 1,6jt ÷ 80 (it was read as Rp 1.000.000 of bahan per bungkus)
    expect(lead(batch!)).toBe('HPP per bungkus Anda Rp 20.000.');
    // the same 1,6jt ÷ 100
    expect(lead(yielded!)).toBe('HPP per bungkus Anda Rp 16.000.');
    // bahan 1jt for 100 → 1,6jt for 160, + 600rb: 2,2jt ÷ 160
    expect(lead(more!)).toBe('HPP per bungkus Anda Rp 13.750.');
  });

  it('a correction after a what-if keeps the quantity its figure was said for', () => {
    const [, , corrected] = play(
      'hpp sepatu: kulit 3jt sebulan, sol 600rb, upah 2 tukang @ 1,8jt, sewa 700rb, 30 pasang sebulan',
      'kalau 45 pasang?',
      'kulitnya 3,5jt',
    );
    // kulit 3,5jt for 30 → 5,25jt for 45; sol 900rb; upah 3,6jt; sewa 700rb: 10,45jt ÷ 45
    expect(lead(corrected!)).toBe('HPP per pasang Anda ± Rp 232.222.');
  });
});

describe('Hitung bareng: a total of a list', () => {
  it('a total of costs of several kinds is all the costs; a total headed by a category is that category', () => {
    // materials, overhead and labour summed: the whole month's production cost, not materials only
    const [mixed] = play(
      'sebulan habis buat tepung, gula, gas, toples sama ongkos bantu tetangga total 4,8 juta, jadinya 320 toples. hpp per toples brp?',
    );
    expect(lead(mixed!)).toMatch(/Rp 15\.000/);
    expect(mixed).not.toMatch(/belum termasuk/i);
    // "Berapa HPP per X jika ... menghasilkan N X dengan biaya ...": the unit asked about opens no list of
    // costs per unit; the costs are the batch's
    const [asked] = play(
      'Berapa HPP per toples nastar jika sekali produksi menghasilkan 40 toples dengan biaya bahan Rp600.000, gas Rp40.000, toples dan label Rp160.000?',
    );
    expect(lead(asked!)).toMatch(/Rp 20\.000/);
    // "hpp nya brp? trs kl mau untung 25% jualnya brp?": "jualnya brp" asks the price too, worked from the HPP
    const [both] = play(
      'bahan 200rb, gas 20rb, jadi 40 bungkus. hpp nya brp? trs kl mau untung 25% jualnya brp?',
    );
    expect(lead(both!)).toMatch(/Harga jual Rp 7\.000.*HPP Rp 5\.500/);
    // one kind listed ("bahan baku kain, benang totalnya 3jt"): the materials
    const [materials] = play(
      'bahan baku kain, benang, kancing totalnya 3jt sebulan, jadi 100 kemeja. hpp per kemeja?',
    );
    expect(materials).toMatch(/belum termasuk/i);
  });
});
