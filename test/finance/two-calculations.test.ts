import { describe, expect, it } from 'vitest';
import { hitungToolAnswer } from '../../src/finance/tool.ts';

/** The calculator's answer to one message, and its first line (where the result is said). */
const answerTo = (message: string) => hitungToolAnswer(message)?.answer ?? '';
const headOf = (message: string) => answerTo(message).split('\n')[0];

describe('a message that asks two calculations', () => {
  const story =
    'Saya jahit tas kanvas, kemarin beli mesin jahit high speed harga Rp 9 jt. Biaya tetap per bulan: sewa kios Rp 800rb, gaji 1 penjahit Rp 1,5 jt. Biaya per tas (kanvas, resleting, tali) kira2 Rp 40rb, saya jual Rp 75rb.';

  it('works out the payback with the month salaries and a cost per unit described in brackets', () => {
    const answer = answerTo(`${story} Kalau sebulan laku 150 tas, mesinnya balik modal berapa bulan?`);
    // 150 × 35.000 = 5.250.000; minus 2.300.000 fixed = 2.950.000 a month; 9.000.000 ÷ 2.950.000 = 3,05
    expect(answer.split('\n')[0]).toMatch(/balik dalam ± 3,1 bulan/);
    expect(answer).toMatch(/gaji Rp 1\.500\.000/);
  });

  it('answers both questions, the break-even and the payback', () => {
    const text = answerTo(
      `${story} Sebulan harus laku berapa tas supaya tidak rugi? Terus kalau sebulan laku 150 tas, mesinnya balik modal berapa bulan?`,
    );
    // break-even: 2.300.000 ÷ 35.000 = 65,7 -> 66 bags
    expect(text).toMatch(/Titik impas Anda 66 tas sebulan/);
    expect(text).toMatch(/balik dalam ± 3,1 bulan/);
  });

  it('does not repeat a result the first calculation already holds', () => {
    // The costs before and after "jadi 30 bungkus" are one batch's: HPP (300rb + 60rb) ÷ 30 = 12rb.
    const text = answerTo(
      'bahan 300rb jadi 30 bungkus, upah 60rb. HPP per bungkus brp? trs klo dijual 20rb untungnya brp per bungkus?',
    );
    expect(text.split('\n')[0]).toMatch(/^Untung Anda Rp 8\.000 per bungkus.*HPP Rp 12\.000/);
    // The HPP question's own answer ("HPP per bungkus Anda Rp 12.000") is inside the profit's: not repeated.
    expect(text.match(/^Rumus:/gm)).toHaveLength(1);
  });
});

describe('units made as containers times what each yields', () => {
  const trays = 'sekali produksi jadi 4 loyang, tiap loyang 20 potong. bahan 200rb, gas 30rb.';

  it('multiplies "4 loyang, tiap loyang 20 potong" and "3 rak, 1 rak jadi 40 roti"', () => {
    const perPiece = answerTo(`${trays} hpp per potong brp?`);
    // (200.000 + 30.000) ÷ 80 = 2.875
    expect(perPiece.split('\n')[0]).toMatch(/^HPP per potong Anda Rp 2\.875/);
    expect(perPiece).toMatch(/4 loyang × 20 potong = 80 potong/);
    expect(headOf('sekali produksi 3 rak, 1 rak jadi 40 roti. bahan 360rb. hpp per roti brp?')).toMatch(
      /^HPP per roti Anda Rp 3\.000/,
    );
  });

  it('keeps the containers as the unit when the question asks per container', () => {
    expect(headOf(`${trays} hpp per loyang brp?`)).toMatch(/^HPP per loyang Anda Rp 57\.500/);
  });
});

describe('a batch beside a cost per unit, and pieces counted in packs', () => {
  it('reads the costs around "jadi 30 bungkus" as the batch\'s even beside a cost per pack', () => {
    // 300.000 ÷ 30 + 2.000 = 12.000
    expect(headOf('bahan 300rb jadi 30 bungkus, upah 2rb per bungkus. hpp per bungkus brp?')).toMatch(
      /^HPP per bungkus Anda Rp 12\.000/,
    );
  });

  it('counts the pieces made in the packs asked for ("1 pack isi 25 butir ... jadi 100 butir ... per pack")', () => {
    const batch =
      'kak sy jual bakso frozen, 1 pack isi 25 butir. daging 1 kg 130rb jadi 100 butir, tepung bumbu 30rb';
    // 160.000 ÷ 4 packs + 2.000 = 42.000
    const perPack = answerTo(`${batch}, plastik vakum 2rb per pack. hpp per pack brp?`);
    expect(perPack.split('\n')[0]).toMatch(/^HPP per pack Anda Rp 42\.000/);
    expect(perPack).toMatch(/100 butir ÷ 25 = 4 pack/);
    // Asked per piece, the pieces stay the unit: 160.000 ÷ 100 = 1.600.
    expect(headOf(`${batch}. hpp per butir brp?`)).toMatch(/^HPP per butir Anda Rp 1\.600/);
  });
});

describe('the unit a count is asked in', () => {
  it('says the break-even in the unit asked, not in the product named ("keripik ... brp bungkus?")', () => {
    expect(
      headOf('harga jual keripik 12rb, hpp 7rb, biaya tetap sebulan 1,5jt. bep nya brp bungkus?'),
    ).toMatch(/^Titik impas Anda 300 bungkus sebulan/);
  });
});
