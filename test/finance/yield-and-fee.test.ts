import { describe, expect, it } from 'vitest';
import { LISTED_WITH, readMoneyFacts } from '../../src/finance/read.ts';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

/** The calculator's answer to one message, and its first line (where the results are said). */
const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';
const headOf = (message: string) => answerTo(message).split('\n')[0];

describe('a yield turns a bulk purchase into a cost of each unit', () => {
  it('shares the price of what one roll yields over those units in a month\'s profit ("satu gulung ... jadinya 12 tas")', () => {
    const answer = answerTo(
      'sy bikin tas anyaman pandan. satu gulung anyaman 300rb jadinya 12 tas. ongkos jahit 20rb per tas. sewa kios 800rb sebulan. jual 85rb, sebulan laku 50 tas. untung bersih sebulan brp?',
    );
    // HPP 300.000 ÷ 12 + 20.000 = 45.000; 50 × (85.000 − 45.000) − 800.000 = 1.200.000
    expect(answer.split('\n')[0]).toBe(
      'Untung kotor Rp 2.000.000 sebulan; untung bersih Rp 1.200.000 sebulan.',
    );
    expect(answer).toContain('Rp 300.000 ÷ 12 = Rp 25.000');
    // the roll is no cost of the month
    expect(answer).toContain('Biaya tetap sebulan: sewa kios Rp 800.000');
  });

  it('counts the break-even in the product, not in the piece bought ("1 lembar kain ... jadi 30 kemeja")', () => {
    const head = headOf(
      'sy jahit kemeja batik. 1 lembar kain batik 2,4jt jadi 30 kemeja. ongkos jahit 25rb per kemeja. sewa 1jt sebulan. jual 150rb. brp kemeja hrs laku sebulan biar gak rugi?',
    );
    // 1.000.000 ÷ (150.000 − (80.000 + 25.000)) = 22,2 -> 23 kemeja
    expect(head).toBe('Titik impas Anda 23 kemeja sebulan (omzet Rp 3.450.000).');
  });

  it('does not read a sales count said by the month as the month the yield is made in', () => {
    const head = headOf(
      'I sew shirts. One bolt of cloth costs 2 million and makes 25 shirts. Buttons and thread 5k per shirt, a paper bag 2k. Tailor 30k per shirt. Rent 1 million a month, electricity 300k. I sell at 150k and sell 40 shirts a month. What is my monthly profit?',
    );
    // HPP 80.000 + 5.000 + 2.000 + 30.000 = 117.000; 40 × 33.000 − 1.300.000 = 20.000
    expect(head).toBe('Gross profit Rp 1.320.000 a month; net profit Rp 20.000 a month.');
  });
});

describe('a cost listed with others takes the basis said for the list', () => {
  it('reads a packaging cost listed after a cost per unit as per unit ("lilin & wangi 12rb per pcs, gift box 3rb")', () => {
    const answer = answerTo(
      'bikin lilin aromaterapi. lilin & wangi 12rb per pcs, gift box 3rb. sewa 500rb sebulan. jual 35rb, sebulan laku 100 pcs. untung bersih sebulan brp?',
    );
    // 100 × (35.000 − 15.000) − 500.000 = 1.500.000
    expect(answer.split('\n')[0]).toBe(
      'Untung kotor Rp 2.000.000 sebulan; untung bersih Rp 1.500.000 sebulan.',
    );
    expect(answer).toContain('gift box Rp 3.000 = Rp 15.000');
    // a cost too large for one unit is not pulled into the list ("kancing 5rb per pcs, kain 2jt", sold at 90rb)
    const items = readMoneyFacts('kancing 5rb per pcs, kain 2jt. jual 90rb.', 'id').items;
    expect(items.find((i) => i.words === 'kain')?.basis).toBeUndefined();
  });

  it("reads a cost listed after the month's rent as the month's, not the batch's, in a batch story", () => {
    const head = headOf(
      'sekali masak bahan 420rb jadinya 35 botol, botol & label 3rb per botol. sewa dapur 600rb sebulan, gas 150rb. jual 25rb. brp botol sebulan biar impas?',
    );
    // (600.000 + 150.000) ÷ (25.000 − (12.000 + 3.000)) = 75
    expect(head).toBe('Titik impas Anda 75 botol sebulan (omzet Rp 1.875.000).');
  });

  it.each(LISTED_WITH.map((rule) => [rule.name, rule.example]))(
    'rule %s matches its example "%s"',
    (_, example) => {
      const items = readMoneyFacts(`${example}.`, 'id').items;
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.at(-1)!.basis).toBeDefined();
      expect(items.at(-1)!.basis).toBe(items.at(-2)!.basis);
    },
  );
});

describe("a marketplace's cut lowers what each sale brings in", () => {
  it('takes the fee off the sales in a profit for the month ("fee marketplace 10%")', () => {
    const answer = answerTo(
      'hpp 60rb per pcs, jual 100rb di tokopedia, fee marketplace 10%, sebulan laku 50 pcs, biaya tetap 1jt sebulan. untung bersih sebulan brp?',
    );
    // 50 × 100.000 = 5.000.000; − 10% = 4.500.000; − 3.000.000 HPP − 1.000.000 = 500.000
    expect(answer.split('\n')[0]).toBe('Untung bersih Anda Rp 500.000 sebulan.');
    expect(answer).toContain('Potongan marketplace: Rp 5.000.000 × 10% = Rp 500.000');
    expect(answer).toContain('harga jual Rp 100.000 per pcs (potongan 10%)');
  });

  it('uses the price after the fee for the break-even ("potongan admin 10%")', () => {
    const answer = answerTo(
      'biaya tetap sebulan 3jt, hpp 50rb per pcs, jual 80rb di shopee, potongan admin 10%. brp pcs sebulan biar impas?',
    );
    // 3.000.000 ÷ (80.000 − 8.000 − 50.000) = 136,4 -> 137
    expect(answer.split('\n')[0]).toBe('Titik impas Anda 137 pcs sebulan (omzet Rp 10.960.000).');
    expect(answer).toContain(
      'margin kontribusi = Rp 80.000 − potongan 10% Rp 8.000 − hpp Rp 50.000 = Rp 22.000 per pcs',
    );
  });

  it('adds up the fees of one marketplace said apart ("admin 5% sm layanan 2%")', () => {
    const answer = answerTo(
      'hpp 20rb per pcs, jual 50rb di shopee, potongan admin 5% sm layanan 2%, biaya tetap 700rb sebulan. brp pcs sebulan biar impas?',
    );
    // 700.000 ÷ (50.000 − 3.500 − 20.000) = 26,4 -> 27
    expect(answer.split('\n')[0]).toBe('Titik impas Anda 27 pcs sebulan (omzet Rp 1.350.000).');
    expect(answer).toContain('potongan 5% + 2% Rp 3.500');
  });

  it('uses the price after the fee for the time to earn the capital back', () => {
    const head = headOf(
      'modal awal 10jt. jual dompet 95rb di shopee, admin 8%. hpp 76rb per dompet. sebulan laku 120 dompet. brp bulan balik modal?',
    );
    // 10.000.000 ÷ (120 × (87.400 − 76.000)) = 7,3 months
    expect(head).toBe('Modal Rp 10.000.000 (modal awal) balik dalam ± 7,3 bulan: lunas di bulan ke-8.');
  });
});

describe('the leather wallet message (a documented example)', () => {
  const message =
    'mau tanya itungan kak. sy bikin dompet kulit sapi. 1 lembar kulit sy beli 1,1jt jadinya kira2 22 dompet. benang, lem, kancing magnet dll sekitar 7rb per dompet, box 4rb. tukang jahit sy bayar 15rb per pcs. sewa tempat 1,5jt sebulan, listrik + kuota 400rb. sy jual 95rb di marketplace tp kena potongan admin 8%. sebulan rata2 laku 120 pcs. HPP nya brp per dompet? untung bersih sebulan brp? trs minimal hrs laku brp pcs biar gk rugi?';
  const answer = answerTo(message);

  it('leads with the HPP, the loss of a month and the break-even', () => {
    expect(answer.split('\n')[0]).toBe(
      'HPP Rp 76.000 per dompet; Anda rugi Rp 532.000 sebulan. Titik impas Anda 167 dompet sebulan (omzet Rp 15.865.000).',
    );
  });

  it('shows the working: the leather per wallet, the box per wallet, the fee, the month, the break-even', () => {
    expect(answer).toContain(
      '• HPP per dompet: kulit sy beli Rp 1.100.000 ÷ 22 = Rp 50.000 + benang, lem, kancing magnet dll Rp 7.000 + box Rp 4.000 + tukang jahit sy bayar Rp 15.000 = Rp 76.000',
    );
    expect(answer).toContain('• uang diterima per dompet = Rp 95.000 − potongan 8% Rp 7.600 = Rp 87.400');
    expect(answer).toContain(
      '• Biaya tetap sebulan: sewa tempat Rp 1.500.000 + listrik + kuota Rp 400.000 = Rp 1.900.000',
    );
    expect(answer).toContain('• Untung bersih = Rp 1.368.000 − Rp 1.900.000 = −Rp 532.000');
    expect(answer).toContain('• BEP = Rp 1.900.000 ÷ Rp 11.400 = 166,67, dibulatkan ke atas 167 dompet');
    // each result and the reading once: the break-even's working does not repeat its lead
    expect(answer.match(/Titik impas Anda/g)).toHaveLength(1);
    expect(answer.match(/^Saya baca:/gm)).toHaveLength(1);
  });
});
