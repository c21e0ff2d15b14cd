import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Issue 16, round 2, written AFTER the readers were changed and played once before any further change: a
 * check of how the change generalises to messages nobody tuned on. Worked out by hand in `working`.
 */
const r = (...result: string[]): Expected => ({ result });
const ask = (...asks: string[]): Expected => ({ asks });
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];

export const FRESH: Dialogue[] = [
  {
    id: 'fresh-bolu-scale',
    craft: 'food',
    kind: 'scale',
    working:
      'bahan 4,5jt + kemasan 500rb = 5jt for 500; gaji 2jt + listrik 300rb fixed: 7,3jt ÷ 500 = 14.600; 700: 7jt + 2,3jt = 9,3jt ÷ 700 = 13.286 (13.285,71)',
    turns: [
      {
        say: 'usaha bolu kukus, sebulan 500 kotak. bahan kue 4,5jt, kemasan 500rb, gaji 1 karyawan 2jt, listrik 300rb. hpp per kotak brp?',
        expect: r('HPP per kotak Anda Rp 14.600'),
      },
      { say: 'kalo produksi naik jadi 700 kotak?', expect: r('Rp 13.28') },
    ],
  },
  {
    id: 'fresh-songket-laba',
    craft: 'weaving',
    kind: 'laba',
    working: '6 × 2,5jt = 15jt − 6 × 1,6jt = 9,6jt − 1,2jt = 4,2jt',
    turns: one(
      'bulan ini songket laku 6 lembar harga 2,5jt, hpp 1,6jt per lembar, ongkos pameran 1,2jt. laba bersih berapa?',
      r('Rp 4.200.000'),
    ),
  },
  {
    id: 'fresh-ukir-susut',
    craft: 'wood',
    kind: 'susut',
    working: 'mesin bubut 18jt ÷ 120 bulan = 150.000',
    turns: one(
      'mesin bubut kayu 18jt, bisa dipakai 10 tahun, berapa penyusutan tiap bulan?',
      r('Rp 150.000 per bulan'),
    ),
  },
  {
    id: 'fresh-dodol-batch-month',
    craft: 'food',
    kind: 'batch',
    working: 'per masak 600rb ÷ 60 = 10.000; (1,5jt + 300rb) ÷ (12 × 60) = 2.500; 12.500',
    turns: one(
      'dodol: sekali masak ketan+gula+santan 520rb, kayu bakar 80rb, jadi 60 bungkus. sebulan 12 kali masak. upah 1,5jt sebulan, sewa tempat 300rb sebulan. hpp per bungkus?',
      r('HPP per bungkus Anda Rp 12.500'),
    ),
  },
  {
    id: 'fresh-tas-total-price',
    craft: 'leather',
    kind: 'total',
    working: '12jt ÷ 40 = 300.000 × 1,5 = 450.000',
    turns: one(
      'semua biaya bikin tas sebulan totalnya 12jt, dapet 40 tas. mau markup 50%, harga jualnya brp?',
      r('Harga jual Rp 450.000 per tas'),
    ),
  },
  {
    id: 'fresh-kopi-tokopedia',
    craft: 'food',
    kind: 'channel',
    working: '65rb × 0,94 = 61.100; − 40rb = 21.100',
    turns: one(
      'kopi sy jual 65rb di tokopedia, potongan 6%, hpp 40rb, untung brp?',
      r('Rp 61.100', 'Rp 21.100'),
    ),
  },
  {
    id: 'fresh-gerabah-unnamed',
    craft: 'wood',
    kind: 'story',
    working: 'Rp 250.000 with no name: asked',
    turns: one(
      'gerabah 200 buah sebulan, tanah liat 400rb, kayu bakar 300rb, upah 2jt, sama 250rb. hpp per buah?',
      ask('Rp 250.000'),
    ),
  },
  {
    id: 'fresh-batik-weekly',
    craft: 'batik',
    kind: 'correction',
    working: '(2jt + 500rb + 3jt + 200rb) ÷ 50 = 114.000; kain 2jt × 4 = 8jt: 11,7jt ÷ 50 = 234.000',
    turns: [
      {
        say: 'batik cap 50 lembar sebulan, kain 2jt, pewarna 500rb, upah 3jt sebulan, gas 200rb, hpp?',
        expect: r('HPP per lembar Anda Rp 114.000'),
      },
      { say: 'kainnya itu seminggu', expect: r('HPP per lembar Anda Rp 234.000') },
    ],
  },
  {
    id: 'fresh-rajut-ask-then-price',
    craft: 'weaving',
    kind: 'multi',
    working: '(benang 1,2jt + upah 1,8jt + listrik 100rb) ÷ 60 = 51.667 (51.666,67); × 1,3 = 67.167 → 68.000',
    turns: [
      {
        say: 'tas rajut: benang 1,2jt sebulan, upah 1,8jt sebulan, listrik 100rb. hpp?',
        expect: ask('jumlah produksi', 'Rp 1.200.000'),
      },
      { say: '60 tas', expect: r('HPP per tas Anda ± Rp 51.667') },
      { say: 'kalo untung 30% jual brp?', expect: r('Harga jual Rp 68.000 per tas') },
    ],
  },
  {
    id: 'fresh-laba-omset',
    craft: 'leather',
    kind: 'laba',
    working: '45jt − 28jt − (4jt + 2jt + 1,5jt) = 9,5jt',
    turns: one(
      'omset bulan lalu 45jt, hpp total 28jt, gaji 4jt, sewa 2jt, listrik dan internet 1,5jt, untung bersihnya berapa?',
      r('Rp 9.500.000'),
    ),
  },
  {
    id: 'fresh-kursi-kepake',
    craft: 'wood',
    kind: 'story',
    working: 'gergaji 2,4jt ÷ 24 = 100rb; (6jt + 4jt + 500rb + 100rb) ÷ 20 = 530.000',
    turns: one(
      'hpp kursi: kayu 6jt sebulan, upah 4jt, listrik 500rb, gergaji listrik 2,4jt kepake 2 tahun, 20 kursi sebulan',
      r('HPP per kursi Anda Rp 530.000'),
    ),
  },
  {
    id: 'fresh-number-words-no-amount',
    craft: 'batik',
    kind: 'story',
    working: 'no amount: not a calculation',
    turns: one('catatan penjualan sama pengeluaran sy jadi satu buku, harusnya dipisah gak?', {
      notMine: true,
    }),
  },
];
