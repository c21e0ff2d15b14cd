import type { Dialogue, Expected } from './dialogues-2026-12.ts';

/**
 * Fifth set of 2026-12-05 probes, for one reading gap seen in a new artisan message (docs/
 * issue-15-ten-messages-2026-12-05-tenth.txt, message 8) and written with other machines, numbers and
 * spellings: the price of a machine named a few words earlier ("beli mesin X kapasitas 5 kg harga 18 jt",
 * "oven gas 2 rak, harganya 6,5jt") is what the machine cost, not the product's selling price, even when a
 * size or capacity stands between them. A break-even then counts the monthly fixed costs and says the
 * machine is not in them until its useful life is given. All failed before the change ("harga jual Rp ...",
 * or a knowledge card for "titik impasnya"). Still failing: "oven gas 2 rak" reads the 2 racks as money.
 */
const probe = (
  id: string,
  craft: Dialogue['craft'],
  working: string,
  say: string,
  expect: Expected,
): Dialogue => ({
  id,
  craft,
  kind: 'impas',
  working,
  turns: [{ say, expect }],
});

export const PROBES_E: Dialogue[] = [
  probe(
    'e-machine-price-capacity-sabun',
    'food',
    '(1.000.000 + 1.500.000) ÷ (25.000 − 12.500) = 200 batang',
    'sy baru beli mesin pencetak sabun kapasitas 200 batang harga 9 jt. biaya tetap sebulan sewa 1jt, gaji 1,5jt. biaya per batang 12.500, sy jual 25rb. sebulan hrs laku brp batang biar ga rugi?',
    { result: ['200 batang'], also: ['Rp 9.000.000'] },
  ),
  probe(
    'e-machine-price-harganya-roti',
    'food',
    '2.400.000 ÷ (15.000 − 9.000) = 400 bungkus',
    'kemarin ambil oven gas 2 rak, harganya 6,5jt. biaya tetap per bulan 2,4jt. modal per bungkus roti 9rb, jualnya 15rb. brp bungkus sebulan biar impas?',
    { result: ['400 bungkus'], also: ['Rp 6.500.000'] },
  ),
  probe(
    'e-machine-price-oven-besar',
    'food',
    '2.400.000 ÷ (15.000 − 9.000) = 400 bungkus',
    'kemarin ambil oven gas besar, harganya 6,5jt. biaya tetap per bulan 2,4jt. modal per bungkus roti 9rb, jualnya 15rb. brp bungkus sebulan biar impas?',
    { result: ['400 bungkus'], also: ['Rp 6.500.000'] },
  ),
  // "titik impasnya": the break-even named with its suffix is still the break-even, not a price question.
  probe(
    'e-titik-impasnya-suffix',
    'leather',
    '3.000.000 ÷ (150.000 − 90.000) = 50 tas',
    'biaya tetap sebulan 3jt, biaya per tas 90rb, harga jual 150rb. titik impasnya brp?',
    { result: ['50 tas'] },
  ),
  probe(
    'e-machine-price-hrg-tas',
    'leather',
    '3.000.000 ÷ (150.000 − 90.000) = 50 tas',
    'aku beli mesin jahit kulit hrg 4,2 jt. biaya tetap sebulan 3jt, biaya per tas 90rb, harga jual 150rb. titik impasnya brp tas?',
    { result: ['50 tas'], also: ['Rp 4.200.000'] },
  ),
];
