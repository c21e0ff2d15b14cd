import { describe, expect, it } from 'vitest';
import { readMoneyFacts } from '../../src/finance/read.ts';
import { lead, play } from '../helpers/hitung.ts';

describe('costs said per unit in a profit for the month', () => {
  it('reads a list opened by its unit ("modal per X:", "biaya per botol ...") as costs per unit', () => {
    const facts = readMoneyFacts(
      'biaya per toples: kacang 12rb, gula aren 4rb, toples+stiker 3rb. sewa kios 600rb sebulan',
      'id',
    );
    expect(facts.items.map((i) => [i.amount, i.basis])).toEqual([
      [12_000, 'unit'],
      [4_000, 'unit'],
      [3_000, 'unit'],
      [600_000, 'month'],
    ]);
    // the unit a few words before the amount: "per porsi bahannya 9rb"
    expect(readMoneyFacts('per porsi bahannya 9rb', 'id').items[0]).toMatchObject({ basis: 'unit' });
    // a question between the unit and the amount opens no list
    const asked = readMoneyFacts('hpp per tas kalau bahan 150rb, overhead 1jt', 'id');
    expect(asked.items.find((i) => i.label === 'overhead')?.basis).toBeUndefined();
  });

  it('the issue example: gross 7,8 juta, net 6 juta a month', () => {
    const [answer] = play(
      'sy bikin batik cap, modal per lembar: kain 40rb, pewarna & malam 15rb, upah pembatik 30rb. sy jual 150rb per lembar. sebulan laku 120 lembar. untung kotor sebulan brp? trs kl dipotong sewa tempat 1,5jt sm listrik air 300rb sebulan, untung bersih jd brp?',
    );
    expect(lead(answer!)).toBe('Untung kotor Rp 7.800.000 sebulan; untung bersih Rp 6.000.000 sebulan.');
    expect(answer).toContain('Rp 40.000 + pewarna malam Rp 15.000 + upah pembatik Rp 30.000 = Rp 85.000');
    expect(answer).toContain('• untung per lembar = Rp 150.000 − Rp 85.000 = Rp 65.000');
    expect(answer).toContain('• Omzet: 120 lembar × Rp 150.000 = Rp 18.000.000');
    expect(answer).toContain('• HPP barang yang terjual: 120 lembar × Rp 85.000 = Rp 10.200.000');
    expect(answer).toContain('sewa tempat Rp 1.500.000 + listrik air Rp 300.000 = Rp 1.800.000');
    expect(answer).toContain('• Untung bersih = Rp 7.800.000 − Rp 1.800.000 = Rp 6.000.000');
  });

  it('a week of sales counts four times for the month; with no fixed costs it says they are not taken off', () => {
    const [answer] = play(
      'biaya per botol sirup: gula 4rb, jahe 2rb, botol 3rb. jual 20rb/botol, seminggu laku 50 botol. laba kotornya brp?',
    );
    // 50 × 4 = 200 botol; (20rb − 9rb) × 200
    expect(lead(answer!)).toBe('Untung kotor Anda Rp 2.200.000 sebulan.');
    expect(answer).toContain('terjual 200 botol sebulan (50 botol seminggu × 4)');
    expect(answer).toContain('Belum dipotong biaya tetap');
  });

  it('in English', () => {
    const [answer] = play(
      'I make soy candles. cost per jar: wax 18k, wick 7k, scent 5k. I sell them at 65k each and sell 200 jars a month. Rent is 2 million a month. What is my gross profit and net profit?',
    );
    expect(lead(answer!)).toBe('Gross profit Rp 7.000.000 a month; net profit Rp 5.000.000 a month.');
    expect(answer).toContain('• HPP per jar: wax Rp 18.000 + wick Rp 7.000 + scent Rp 5.000 = Rp 30.000');
    expect(answer).toContain('• Net profit = Rp 7.000.000 − Rp 2.000.000 = Rp 5.000.000');
  });

  it('a net profit asked alone keeps its answer, with the per-unit costs as the HPP', () => {
    const [answer] = play(
      'ongkos per kursi: rotan 90rb, upah anyam 60rb. harga jual 350rb per kursi, laku 30 kursi sebulan, sewa bengkel 1jt sebulan. untung bersih brp?',
    );
    // (350rb − 150rb) × 30 − 1jt
    expect(answer).toContain('untung bersih Rp 5.000.000 sebulan');
    expect(answer).toContain('• HPP per kursi: rotan Rp 90.000 + upah anyam Rp 60.000 = Rp 150.000');
  });

  it("a day's sales make the month's with the working days; without them the month's costs wait for the days", () => {
    const story = 'sambal botol sy jual 25rb, hpp 15rb per botol. sehari laku 30 botol';
    const [month] = play(
      `${story}, kerja 24 hr sebulan. sewa dapur 800rb sebulan. untung bersih sebulan brp?`,
    );
    // 30 × 24 = 720 botol; 720 × 10rb − 800rb
    expect(lead(month!)).toBe('Untung bersih Anda Rp 6.400.000 sebulan.');
    expect(month).toContain('terjual 720 botol sebulan (30 botol sehari × 24 hari)');
    const [asked, filled] = play(
      `${story}, sewa dapur 800rb sebulan. untung bersih sebulan brp?`,
      '24 hari kerja',
    );
    expect(lead(asked!)).toMatch(/^Untuk menghitung untung bersih, saya masih perlu berapa hari kerja/);
    expect(lead(filled!)).toBe('Untung bersih Anda Rp 6.400.000 sebulan.');
    // no cost of the month: a day's profit, said so
    const [day] = play(`${story}. untung bersih brp?`);
    expect(lead(day!)).toBe('Untung bersih Anda Rp 300.000 sehari.');
  });
});
