import { describe, expect, it } from 'vitest';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { lead, play } from '../helpers/hitung.ts';

describe('a payback asked as a time: months, weeks or days', () => {
  it('reads the unit of time asked and the period the sales were counted for', () => {
    const facts = readMoneyFacts(
      'modal awal etalase 3jt, untung per cup 2rb, sehari laku 50 cup. brp minggu balik modal?',
      'id',
    );
    expect(facts.paybackIn).toBe('week');
    expect(facts.sales).toEqual({ count: 50, per: 'day' });
    expect(facts.items.find((i) => i.label === 'markup')).toMatchObject({ amount: 2_000, basis: 'unit' });
    // a count asked is no time: the payback stays a number of units to sell
    expect(readMoneyFacts('modal 5jt, hrs laku brp botol biar balik modal?', 'id').paybackIn).toBeUndefined();
  });

  it('the issue example: 2.500 × 80 × 26 a month, 12 juta back in 2,3 months', () => {
    const [answer] = play(
      'sy mau beli mesin continuous sealer hrg 12 jt. skrg per bungkus kerupuk untung 2.500, sehari laku 80 bungkus, kerja 26 hr sebulan. kl semua untung sy pake buat nutup harga mesin, brp bulan balik modal?',
    );
    expect(lead(answer!)).toBe(
      'Modal Rp 12.000.000 (mesin continuous sealer) balik dalam ± 2,3 bulan: lunas di bulan ke-3.',
    );
    expect(answer).toContain('• untung sebulan = Rp 2.500 × 80 bungkus × 26 hari = Rp 5.200.000');
    expect(answer).toContain('• Rp 12.000.000 ÷ Rp 5.200.000 = 2,31 bulan');
    expect(answer).not.toContain('Balas saja');
  });

  it('in weeks, from a price and an HPP and the days open a week', () => {
    const [answer] = play(
      'modal awal gerobak 4,5jt. jual es teh 5rb per gelas, hpp 2rb per gelas. sehari laku 60 gelas, buka 6 hari seminggu. brp minggu balik modal?',
    );
    // (5rb − 2rb) × 60 × 6 = 1.080.000 a week; 4,5jt ÷ 1.080.000 = 4,17
    expect(lead(answer!)).toBe(
      'Modal Rp 4.500.000 (modal awal gerobak) balik dalam ± 4,2 minggu: lunas di minggu ke-5.',
    );
    expect(answer).toContain('• untung per gelas = Rp 5.000 − HPP Rp 2.000 = Rp 3.000');
    expect(answer).toContain('• untung seminggu = Rp 3.000 × 60 gelas × 6 hari = Rp 1.080.000');
  });

  it('in days when the working days are not said, naming them in one line; the reply turns it into months', () => {
    const [days, months] = play(
      'mau beli oven 9jt, roti sy jual 15rb, hpp 9rb. sehari laku 40 roti. brp bulan balik modal?',
      '25 hari kerja',
    );
    expect(lead(days!)).toBe('Modal Rp 9.000.000 (oven) balik dalam ± 37,5 hari: lunas di hari ke-38.');
    expect(days).toContain(
      'Kirim berapa hari kerja sebulan (misalnya "26 hari kerja") untuk menghitungnya dalam bulan.',
    );
    // 6rb × 40 × 25 = 6jt a month
    expect(lead(months!)).toBe('Modal Rp 9.000.000 (oven) balik dalam ± 1,5 bulan: lunas di bulan ke-2.');
  });

  it("takes the month's fixed costs out of the profit first, in English", () => {
    const [answer] = play(
      'I want to buy a sewing machine for 6 million. I make 20k profit per bag and sell 15 bags a week. Rent is 400k a month. How many months until I get my capital back?',
    );
    // 20k × 15 × 4 = 1,2 million; − 400k = 800k a month
    expect(lead(answer!)).toBe(
      'Your capital of Rp 6.000.000 (machine) comes back in about 7,5 months: paid off in month 8.',
    );
    expect(answer).toContain('• profit a month = Rp 1.200.000 − Rp 400.000 = Rp 800.000');
  });

  it('a profit said for the month is divided into the capital as it is', () => {
    const [answer] = play('modal usaha 10jt, untung sebulan 2,5jt, sewa 500rb sebulan. kapan balik modal?');
    expect(lead(answer!)).toBe('Modal Rp 10.000.000 (modal usaha) balik dalam 5 bulan.');
  });
});
