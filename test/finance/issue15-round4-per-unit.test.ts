import { describe, expect, it } from 'vitest';
import { lead, play } from '../helpers/hitung.ts';

describe("one unit's profit asked beside a month of sales", () => {
  it("\"untung bersih per biji\" with a month's sales is one unit's profit, the month's costs spread over the units sold", () => {
    const [answer] = play(
      'bahan kain 25rb per tas, upah jahit 10rb per tas. sewa kios 800rb sebulan, sebulan laku 80 tas. sy jual 60rb, untung bersih per tas brp?',
    );
    // 60.000 − (25.000 + 10.000 + 800.000 ÷ 80) = 15.000
    expect(lead(answer!)).toMatch(/^Untung Anda Rp 15\.000 per tas/);
  });

  it('a bulk cost that makes several units, with a month of sales, counts the batches a month from the sales', () => {
    const [answer] = play(
      'satu gulung kain 600rb jadinya 20 tas, upah jahit 10rb per tas. sewa kios 800rb sebulan, sebulan laku 80 tas. kalo sy jual 75rb, untung bersih per tas brp?',
    );
    // 600.000 ÷ 20 = 30.000; 800.000 ÷ (80 ÷ 20 = 4 batches) = 200.000 a batch ÷ 20 = 10.000; HPP 50.000
    expect(lead(answer!)).toMatch(/^Untung Anda Rp 25\.000 per tas/);
    expect(answer).toContain('÷ 4 produksi (80 terjual sebulan ÷ 20 sekali produksi)');
  });

  it("still asks for the batches when the month's sales are no whole number of batches", () => {
    const [answer] = play(
      'satu gulung kain 600rb jadinya 20 tas, upah jahit 10rb per tas. sewa kios 800rb sebulan, sebulan laku 90 tas. kalo sy jual 75rb, untung bersih per tas brp?',
    );
    expect(answer).toMatch(/kali produksi dalam sebulan/);
  });
});
