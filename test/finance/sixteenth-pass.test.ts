import { describe, expect, it } from 'vitest';
import { cashSurplus } from '../../src/finance/cash.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

const lead = (message: string, lang: 'id' | 'en') => cashSurplus(message, lang)?.text.split('\n')[0] ?? '';

describe('a closing cash balance from an opening balance (issue 15, sixteenth pass)', () => {
  it('adds the cash a month began with to what came in, less what went out', () => {
    const text =
      cashSurplus(
        'Awal bulan kas saya ada Rp 2.000.000. Masuk dari penjualan Rp 7.500.000, keluar buat bahan dan upah Rp 8.000.000. Saldo akhirnya brp?',
        'id',
      )?.text ?? '';
    expect(text.split('\n')[0]).toBe('Saldo kas akhir Anda Rp 1.500.000.');
    expect(text).toMatch(/Saldo awal: Rp 2\.000\.000/);
    expect(text).toMatch(/saldo akhir = saldo awal \+ uang masuk − uang keluar/);
  });

  it('reads "started the month with" and "paid out" in English', () => {
    expect(
      lead(
        'My weaving shop started October with IDR 3,000,000 cash, took in IDR 9,000,000 from orders and paid out IDR 10,500,000 for yarn and wages. What is the ending balance?',
        'en',
      ),
    ).toBe('Your closing cash balance is Rp 1.500.000.');
  });

  it('says the balance is short when more went out than the opening balance and the money in', () => {
    expect(
      lead(
        'Saldo awal Rp 1.000.000, uang masuk Rp 2.000.000, pengeluaran Rp 4.500.000. Saldo kas akhir brp?',
        'id',
      ),
    ).toMatch(/^Saldo kas akhir Anda minus Rp 1\.500\.000/);
  });

  it('without an opening balance the money in less the money out is still the surplus', () => {
    expect(lead('Uang masuk Rp 5.000.000, keluar Rp 3.000.000. Sisa kas brp?', 'id')).not.toMatch(
      /Saldo kas akhir/,
    );
  });
});

describe("a month's output said as 'bulan ini jadi 50 tas' (issue 15, sixteenth pass)", () => {
  it("reads the costs beside it as the month's, not each bag's", () => {
    const text =
      hitungToolAnswer(
        'Kelompok kami bikin tas anyaman pandan. Bulan ini jadi 50 tas, biayanya bahan Rp1.350.000, upah anyam Rp900.000, pewarna dan lain-lain Rp250.000. HPP per tas berapa?',
      )?.answer ?? '';
    expect(text.split('\n')[0]).toMatch(/^HPP per tas Anda Rp 50\.000/);
    expect(text).toMatch(/50 tas sebulan/);
  });
});
