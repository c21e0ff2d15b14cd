import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Issue 16, second round: dialogues for the behaviours still missing after the first fix (scaling with the
 * quantity, batch-and-month mixes, all-in totals, profit for a period, depreciation of any named asset, the
 * "Saya baca" line and corrections, the marketplace how-to, number words that are not amounts). Written from
 * the artisan's side BEFORE the change, every figure worked out by hand in `working`.
 *
 * `TUNED` is what the reader was developed against; `HOLDOUT` was written at the same time and never looked
 * at while changing the code, so its pass rate says how far the readers generalise.
 */
const r = (...result: string[]): Expected => ({ result });
const rr = (result: string[], reads: string[]): Expected => ({ result, reads });
const ask = (...asks: string[]): Expected => ({ asks });
const notMine: Expected = { notMine: true };
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];

const TEMPE =
  'saya produksi tempe, sebulan 1000 bungkus. kedelai 1500rb sebulan, ragi 100rb, plastik 200rb, gas 150rb, upah 1 karyawan 1,5jt sebulan. hpp per bungkus berapa?';
const BATIK_CAP =
  'batik cap 100 lembar sebulan. kain mori 3jt, malam 500rb, pewarna 400rb, upah 2jt, gas 100rb sebulan. hpp per lembar?';
const DOMPET =
  'dompet kulit 100 dompet sebulan. kulit sapi 4jt, furing 500rb, resleting 300rb, benang 100rb, upah 2 penjahit 2jt per orang, listrik 200rb. hpp per dompet?';

export const TUNED: Dialogue[] = [
  // ---- the quantity changes: materials scale, wages by the month and overhead do not ----
  {
    id: 'tempe-scale-1500',
    craft: 'food',
    kind: 'scale',
    working: 'bahan 1,8jt for 1000 → 2,7jt for 1500; (2,7jt + gas 150rb + upah 1,5jt) ÷ 1500 = 2.900',
    turns: [
      { say: TEMPE, expect: r('HPP per bungkus Anda Rp 3.450') },
      { say: 'kalau produksi 1500 bungkus?', expect: r('HPP per bungkus Anda Rp 2.900') },
    ],
  },
  {
    id: 'batik-cap-scale-150',
    craft: 'batik',
    kind: 'scale',
    working: 'bahan 3,9jt × 150/100 = 5,85jt; (5,85jt + upah 2jt + gas 100rb) ÷ 150 = 53.000',
    turns: [
      { say: BATIK_CAP, expect: r('HPP per lembar Anda Rp 60.000') },
      {
        say: 'kalau sebulan 150 lembar?',
        expect: rr(['HPP per lembar Anda Rp 53.000'], ['kain mori', 'tetap']),
      },
    ],
  },
  {
    id: 'dompet-scale-down',
    craft: 'leather',
    kind: 'scale',
    working: 'bahan 4,9jt × 80/100 = 3,92jt; (3,92jt + upah 4jt + listrik 200rb) ÷ 80 = 101.500',
    turns: [
      { say: DOMPET, expect: r('HPP per dompet Anda Rp 91.000') },
      { say: 'kalau cuma bikin 80 dompet?', expect: r('HPP per dompet Anda Rp 101.500') },
    ],
  },
  // ---- batches and months in one story ----
  {
    id: 'nastar-seminggu-3x',
    craft: 'food',
    kind: 'batch',
    working:
      'per produksi 500rb ÷ 50 = 10.000; 3 × 4 minggu = 12 produksi × 50 = 600 toples; 2,4jt ÷ 600 = 4.000; 14.000',
    turns: one(
      'kue nastar: sekali produksi tepung+mentega+telur 400rb, selai nanas 100rb, jadi 50 toples. seminggu 3x produksi. sewa dapur 1,2jt sebulan, upah sy 1,2jt sebulan. hpp per toples?',
      r('HPP per toples Anda Rp 14.000'),
    ),
  },
  {
    id: 'rempeyek-ask-batches',
    craft: 'food',
    kind: 'batch',
    working: 'per produksi 320rb ÷ 40 = 8.000; 300rb ÷ (15 × 40) = 500; 8.500',
    turns: [
      {
        say: 'rempeyek: sekali produksi kacang 150rb, tepung 50rb, minyak 60rb, upah 60rb, jadi 40 bungkus. gas dan listrik 300rb sebulan. hpp per bungkus?',
        expect: ask('kali produksi', 'Rp 300.000'),
      },
      { say: 'sebulan 15x produksi', expect: r('HPP per bungkus Anda Rp 8.500') },
    ],
  },
  {
    id: 'batik-tulis-batch-month',
    craft: 'batik',
    kind: 'batch',
    working: 'per produksi 2,85jt ÷ 10 = 285.000; sewa 600rb ÷ (2 × 10) = 30.000; 315.000',
    turns: one(
      'batik tulis: satu kali produksi 10 lembar, kain 1jt, malam 200rb, pewarna 150rb, upah pembatik 1,5jt. sewa tempat 600rb sebulan, sebulan 2 kali produksi. hpp per lembar?',
      r('HPP per lembar Anda Rp 315.000'),
    ),
  },
  // ---- all-in totals ----
  {
    id: 'tenun-total-hpp',
    craft: 'weaving',
    kind: 'total',
    working: '7,2jt ÷ 12 = 600.000',
    turns: one(
      'kain tenun 12 lembar sebulan, semua biaya totalnya 7,2jt sebulan, hpp per lembar?',
      r('HPP per lembar Anda Rp 600.000'),
    ),
  },
  {
    id: 'rotan-all-in-price',
    craft: 'wood',
    kind: 'total',
    working: '350rb × 1,3 = 455.000',
    turns: one(
      'kursi rotan biaya per kursi udah termasuk semua 350rb, mau untung 30%, jual brp?',
      r('Harga jual Rp 455.000 per kursi'),
    ),
  },
  {
    id: 'sambal-total-then-price',
    craft: 'food',
    kind: 'total',
    working: '3jt ÷ 200 = 15.000; × 1,4 = 21.000',
    turns: [
      {
        say: 'totalnya 3jt sebulan udah semua biaya, jadi 200 botol sambal. hpp per botol?',
        expect: r('HPP per botol Anda Rp 15.000'),
      },
      { say: 'kalau mau untung 40% jual brp?', expect: r('Harga jual Rp 21.000 per botol') },
    ],
  },
  // ---- profit and loss for a period ----
  {
    id: 'laba-batik-omzet',
    craft: 'batik',
    kind: 'laba',
    working: '25jt − 15jt − 3jt − 1,5jt = 5,5jt',
    turns: one(
      'omzet batik bulan ini 25jt, hpp barang yg laku 15jt, gaji 2 karyawan toko 3jt, sewa toko 1,5jt, untung bersih brp?',
      r('Rp 5.500.000'),
    ),
  },
  {
    id: 'laba-rugi-tas',
    craft: 'leather',
    kind: 'laba',
    working: '40 × 300rb = 12jt − 40 × 250rb = 10jt − 1jt − 1,5jt = −500rb',
    turns: one(
      'bulan kemarin laku 40 tas, harga 300rb, hpp 250rb per tas, sewa 1jt, iklan 1,5jt. untung bersih brp?',
      r('rugi', 'Rp 500.000'),
    ),
  },
  {
    id: 'laba-ask-sold',
    craft: 'food',
    kind: 'laba',
    working: '150 × (50rb − 30rb) = 3jt − 2jt = 1jt',
    turns: [
      {
        say: 'harga 50rb, hpp 30rb, biaya operasional 2jt sebulan, untung bersih sebulan brp?',
        expect: ask('terjual', 'Rp 2.000.000'),
      },
      { say: 'laku 150', expect: r('Rp 1.000.000') },
    ],
  },
  // ---- depreciation of any named asset ----
  {
    id: 'mesin-press-awet',
    craft: 'food',
    kind: 'susut',
    working: '4,8jt ÷ 48 bulan = 100.000',
    turns: one(
      'beli mesin press plastik 4,8jt, awet 4 tahun, susutnya sebulan brp?',
      r('Rp 100.000 per bulan'),
    ),
  },
  {
    id: 'etalase-susut',
    craft: 'food',
    kind: 'susut',
    working: '2,4jt ÷ 60 bulan = 40.000',
    turns: one(
      'etalase kaca buat jualan 2,4jt, umurnya 5 thn. penyusutan sebulan?',
      r('Rp 40.000 per bulan'),
    ),
  },
  {
    id: 'roti-oven-in-hpp',
    craft: 'food',
    kind: 'story',
    working: 'oven 12jt ÷ 60 = 200rb; (4jt + 3jt + 500rb + 200rb) ÷ 2000 = 3.850',
    turns: one(
      'hpp roti: bahan 4jt sebulan, upah 3jt, listrik 500rb, oven 12jt umur 5 tahun, 2000 roti sebulan',
      r('HPP per roti Anda Rp 3.850'),
    ),
  },
  {
    id: 'pickup-ask-life',
    craft: 'wood',
    kind: 'susut',
    working: '90jt ÷ 60 bulan = 1,5jt',
    turns: [
      { say: 'penyusutan mobil pickup 90jt brp sebulan?', expect: ask('umur', 'Rp 90.000.000') },
      { say: 'dipake 5 tahun', expect: r('Rp 1.500.000 per bulan') },
    ],
  },
  // ---- the reading shown, and corrections to it ----
  {
    id: 'rengginang-per-minggu',
    craft: 'food',
    kind: 'correction',
    working: '1,7jt ÷ 100 = 17.000; ketan 300rb × 4 minggu = 1,2jt: 2,6jt ÷ 100 = 26.000',
    turns: [
      {
        say: 'bikin rengginang 100 bungkus sebulan. beras ketan 300rb, minyak 200rb, plastik 100rb, upah 1jt sebulan, gas 100rb. hpp per bungkus?',
        expect: rr(['HPP per bungkus Anda Rp 17.000'], ['beras ketan Rp 300.000 sebulan']),
      },
      { say: 'beras ketannya itu per minggu', expect: r('HPP per bungkus Anda Rp 26.000') },
    ],
  },
  {
    id: 'tas-kulit-per-tas-correction',
    craft: 'leather',
    kind: 'correction',
    working: '(4jt + 2jt + 1jt) ÷ 40 = 175.000; kulit 150rb per tas + 3jt ÷ 40 = 225.000',
    turns: [
      {
        say: 'hpp tas: kulit 4jt, upah 2jt, sewa 1jt, 40 tas sebulan',
        expect: rr(['HPP per tas Anda Rp 175.000'], ['kulit Rp 4.000.000 sebulan']),
      },
      { say: 'kulitnya 150rb per tas', expect: r('HPP per tas Anda Rp 225.000') },
    ],
  },
  {
    id: 'kopi-reading-line',
    craft: 'food',
    kind: 'story',
    working: '(2jt + 300rb + 1jt + 200rb) ÷ 100 = 35.000',
    turns: one(
      'kopi bubuk 100 bungkus sebulan, biji kopi 2jt, kemasan 300rb, upah 1jt sebulan, listrik 200rb. hpp?',
      rr(['HPP per bungkus Anda Rp 35.000'], ['biji kopi Rp 2.000.000 sebulan', 'variabel', 'tetap']),
    ),
  },
  // ---- marketplace fees and discounts ----
  {
    id: 'shopee-howto',
    craft: 'food',
    kind: 'channel',
    working: '80rb × 0,9 = 72.000',
    turns: [
      { say: 'gimana ngitung potongan admin shopee', expect: ask('harga jual', 'potongan') },
      { say: 'harga 80rb, admin 10%', expect: r('Rp 72.000') },
    ],
  },
  {
    id: 'reseller-25',
    craft: 'leather',
    kind: 'channel',
    working: '120rb × 0,75 = 90.000; − 85rb = 5.000',
    turns: one(
      'kalau reseller minta diskon 25% dari harga 120rb, hpp sy 85rb, masih untung gak?',
      r('Rp 90.000', 'Rp 5.000'),
    ),
  },
  // ---- number words ----
  {
    id: 'campur-jd-satu',
    craft: 'food',
    kind: 'story',
    working: 'no amount: a question for the knowledge documents',
    turns: one('uang usaha sama uang dapur campur jd satu, hpp nya gimana ngitungnya?', notMine),
  },
  {
    id: 'number-words-story',
    craft: 'food',
    kind: 'story',
    working: '(2jt + 1jt + 100rb) ÷ 310 = 10.000',
    turns: one(
      'hpp kue: bahan sebulan dua juta, upah satu juta, gas seratus ribu, jadi 310 toples',
      r('HPP per toples Anda Rp 10.000'),
    ),
  },
];

export const HOLDOUT: Dialogue[] = [
  {
    id: 'talas-scale-400',
    craft: 'food',
    kind: 'scale',
    working: 'bahan 1,8jt; tetap 1,5jt; 3,3jt ÷ 300 = 11.000; 400: 2,4jt + 1,5jt = 3,9jt ÷ 400 = 9.750',
    turns: [
      {
        say: 'keripik talas 300 bungkus sebulan: talas 900rb, minyak 600rb, bumbu 150rb, plastik 150rb, upah sy 1,2jt sebulan, sewa 300rb. hpp?',
        expect: r('HPP per bungkus Anda Rp 11.000'),
      },
      { say: 'kalau 400 bungkus?', expect: r('HPP per bungkus Anda Rp 9.750') },
    ],
  },
  {
    id: 'bakpia-25x',
    craft: 'food',
    kind: 'batch',
    working: '200rb ÷ 40 = 5.000; (3jt + 500rb) ÷ (25 × 40) = 3.500; 8.500',
    turns: one(
      'sekali produksi bakpia: tepung 80rb, kacang hijau 70rb, gula 30rb, minyak 20rb, jadi 40 kotak. sebulan 25x produksi, upah 2 org 1,5jt per orang sebulan, sewa 500rb sebulan. hpp per kotak?',
      r('HPP per kotak Anda Rp 8.500'),
    ),
  },
  {
    id: 'sandal-total',
    craft: 'leather',
    kind: 'total',
    working: '9jt ÷ 60 = 150.000',
    turns: one(
      'semua biaya sebulan udah termasuk upah totalnya 9jt, dapet 60 pasang sandal kulit, hpp per pasang?',
      r('HPP per pasang Anda Rp 150.000'),
    ),
  },
  {
    id: 'ongkos-semuanya-price',
    craft: 'food',
    kind: 'total',
    working: '18rb × 1,5 = 27.000',
    turns: one(
      'ongkos semuanya 18rb per toples, mau untung 50%, jual brp?',
      r('Harga jual Rp 27.000 per toples'),
    ),
  },
  {
    id: 'laba-kerupuk',
    craft: 'food',
    kind: 'laba',
    working: '500 × (12rb − 7rb) = 2,5jt − 1jt = 1,5jt',
    turns: one(
      'bulan lalu terjual 500 bungkus kerupuk harga 12rb, hpp 7rb, ongkos kirim dan iklan 1jt, untung bersih brp?',
      r('Rp 1.500.000'),
    ),
  },
  {
    id: 'laba-penjualan',
    craft: 'weaving',
    kind: 'laba',
    working: '30jt − 18jt − 5jt = 7jt',
    turns: one(
      'penjualan sebulan 30jt, total hpp 18jt, biaya operasional 5jt, laba bersih?',
      r('Rp 7.000.000'),
    ),
  },
  {
    id: 'freezer-susut',
    craft: 'food',
    kind: 'susut',
    working: '4,8jt ÷ 48 = 100.000',
    turns: one('freezer 4,8jt kepake 4 thn, penyusutannya berapa sebulan?', r('Rp 100.000 per bulan')),
  },
  {
    id: 'tiga-kompor-susut',
    craft: 'food',
    kind: 'susut',
    working: '3 × 800rb = 2,4jt ÷ 24 = 100.000',
    turns: one('3 kompor @ 800rb, umurnya 2 tahun, penyusutan sebulan brp?', r('Rp 100.000 per bulan')),
  },
  {
    id: 'sambal-cabai-per-minggu',
    craft: 'food',
    kind: 'correction',
    working: '2,7jt ÷ 150 = 18.000; cabai 900rb × 4 = 3,6jt: 5,4jt ÷ 150 = 36.000',
    turns: [
      {
        say: 'sambal 150 botol sebulan, cabai 900rb, bawang 300rb, botol 450rb, upah 900rb sebulan, gas 150rb, hpp?',
        expect: r('HPP per botol Anda Rp 18.000'),
      },
      { say: 'cabainya itu per minggu', expect: r('HPP per botol Anda Rp 36.000') },
    ],
  },
  {
    id: 'tokopedia-howto',
    craft: 'weaving',
    kind: 'channel',
    working: '150rb × 0,95 = 142.500',
    turns: [
      { say: 'cara ngitung potongan tokopedia gmn', expect: ask('harga jual', 'potongan') },
      { say: 'jual 150rb, potongan 5%', expect: r('Rp 142.500') },
    ],
  },
  {
    id: 'duit-jadi-satu',
    craft: 'wood',
    kind: 'story',
    working: 'no amount: a question for the knowledge documents',
    turns: one('duit jualan sama duit belanja jadi satu, gimana misahinnya?', notMine),
  },
  {
    id: 'kursi-jati-then-price',
    craft: 'wood',
    kind: 'multi',
    working: '(6jt + 3jt + 600rb + 400rb) ÷ 20 = 500.000; × 1,3 = 650.000',
    turns: [
      {
        say: 'hpp kursi jati: kayu 6jt sebulan, upah tukang 3jt, finishing 600rb, listrik 400rb, 20 kursi sebulan',
        expect: r('HPP per kursi Anda Rp 500.000'),
      },
      { say: 'kalau mau untung 30% harga jual nya brp', expect: r('Harga jual Rp 650.000 per kursi') },
    ],
  },
];
