import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Money questions asked in everyday words (h26calc): break-even asked as "how many must sell to cover the
 * month's costs" with the figures inside a short story, a machine bought once beside the month's costs, and
 * the calculations asked in English with English number words. Every figure is worked out by hand in
 * `working`; each dialogue of EVERYDAY got no calculation (or a wrong one) before the change. GUARDS are
 * messages the change must leave as they were: a price asked "biar ga rugi", and how-to questions without
 * figures, which the knowledge answers.
 */
const r = (...result: string[]): Expected => ({ result });
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];
const withAlso = (result: string[], also: string[]): Expected => ({ result, also });

export const EVERYDAY: Dialogue[] = [
  {
    id: 'everyday-impas-nutup-bulanan',
    craft: 'food',
    kind: 'impas',
    working:
      '3.500.000 ÷ (15.000 − 9.000) = 583,33 → 584 bungkus; the bracket lists what the fixed cost covers',
    turns: one(
      'Biaya tetap sebulan (sewa, listrik, gaji 1 orang) kurang lebih 3,5 juta. Satu bungkus sy jual 15 rb, biaya bahannya 9 rb. Brp bungkus yg hrs laku sebulan biar nutup biaya bulanan?',
      withAlso(
        ['Titik impas Anda 584 bungkus sebulan'],
        ['Biaya tetap: Rp 3.500.000 sebulan', 'BEP = Rp 3.500.000 ÷ Rp 6.000 = 583,33'],
      ),
    ),
  },
  {
    id: 'everyday-impas-paling-sedikit-botol',
    craft: 'food',
    kind: 'impas',
    working: '(1,5jt + 300rb + 2jt) = 3,8jt ÷ (18rb − 10rb) = 475 botol',
    turns: one(
      'Sy jualan kopi susu botolan. Harga jual 18rb/botol, bahan + botol 10rb. Sewa kios 1,5jt, listrik 300rb, gaji karyawan 2jt sebulan. Paling sedikit hrs laku brp botol sebulan biar nutup semua pengeluaran?',
      r('Titik impas Anda 475 botol sebulan'),
    ),
  },
  {
    id: 'everyday-impas-kejual-gak-rugi',
    craft: 'food',
    kind: 'impas',
    working:
      'biaya bulanan totalnya 2,5jt is the fixed cost; "modal bahan per bungkus" is the materials: 2,5jt ÷ (12rb − 7rb) = 500',
    turns: one(
      'keripik tempe sy jual 12rb, modal bahan per bungkus 7rb. biaya bulanan (sewa+listrik+gaji) totalnya 2,5jt. brp bungkus hrs kejual tiap bulan biar gak rugi?',
      r('Titik impas Anda 500 bungkus sebulan'),
    ),
  },
  {
    id: 'everyday-impas-keluar-balik-modal',
    craft: 'leather',
    kind: 'impas',
    working: 'sebulan keluar 4 juta (sewa + gaji) ÷ (250rb − 150rb) = 40',
    turns: one(
      'sebulan keluar 4 juta buat sewa sama gaji. sepatu sy jual 250rb, bahan+upah borongan 150rb sepasang. harus laku brp pasang biar balik modal tiap bulan?',
      r('Titik impas Anda 40 '),
    ),
  },
  {
    id: 'everyday-impas-batik-nggak-rugi',
    craft: 'batik',
    kind: 'impas',
    working: '6jt ÷ (150rb − 90rb) = 100 lembar; "gaji 2 pembatik" sits inside the bracket of the fixed cost',
    turns: one(
      'Ongkos tetap bengkel batik sy (sewa, listrik, gaji 2 pembatik) sekitar 6 juta per bulan. Selembar batik cap sy jual 150rb, kain + malam + pewarna habis 90rb per lembar. Minimal hrs terjual brp lembar sebulan supaya nggak rugi?',
      r('Titik impas Anda 100 lembar sebulan'),
    ),
  },
  {
    id: 'everyday-impas-mesin-umur',
    craft: 'food',
    kind: 'impas',
    working: 'mesin 24jt ÷ 48 bulan = 500rb + 3jt = 3,5jt ÷ (50rb − 30rb) = 175',
    turns: one(
      'mesin sangrai 24jt umur 4 tahun, sewa+gaji 3jt sebulan, kopi bubuk sy jual 50rb per bungkus, bahan+kemasan 30rb. brp bungkus hrs laku biar nutup biaya bulanan?',
      r('Titik impas Anda 175 bungkus sebulan'),
    ),
  },
  {
    id: 'everyday-impas-modal-awal-mesin',
    craft: 'food',
    kind: 'impas',
    working:
      'the machine is bought once: 3,5jt ÷ 6rb = 584 without it, and a line on depreciation; with 5 years: 25jt ÷ 60 = 416.666,67 + 3,5jt = 3.916.666,67 ÷ 6rb = 652,78 → 653',
    turns: [
      {
        say: 'Sy baru mulai usaha keripik. Modal awal 25 juta buat mesin penggiling sama spinner. Satu bungkus sy jual 15 rb, biaya bahannya 9 rb, biaya tetap (gaji, sewa, listrik) 3,5 juta sebulan. Brp bungkus yg hrs laku sebulan biar impas? Trus mesin 25 juta itu ngitungnya gmn?',
        expect: withAlso(
          ['Titik impas Anda 584 bungkus sebulan'],
          ['Rp 25.000.000 belum masuk', 'penyusutan (harga ÷ umur pakai dalam bulan)'],
        ),
      },
      { say: 'mesinnya kepake 5 tahun', expect: r('Titik impas Anda 653 bungkus sebulan') },
    ],
  },
  {
    id: 'everyday-impas-gaji-mesin-not-hpp',
    craft: 'food',
    kind: 'impas',
    working:
      'asked for break-even, not a price: 3,5jt ÷ (15rb − 9rb) = 584; the machine without a lifespan is named, not asked about as part of HPP',
    turns: one(
      'Sy jualan keripik. Modal awal 25 juta buat mesin. Satu bungkus sy jual 15 rb, biaya bahannya 9 rb, gaji 3,5 juta sebulan. Brp bungkus yg hrs laku sebulan biar ga rugi? Mesinnya gmn ngitungnya?',
      withAlso(['Titik impas Anda 584 bungkus sebulan'], ['Mesin Rp 25.000.000 belum masuk']),
    ),
  },
  {
    id: 'everyday-en-susut-looms-books',
    craft: 'weaving',
    kind: 'susut',
    working: '12.000.000 ÷ 96 months = 125.000 a month; × 12 = 1.500.000 a year',
    turns: one(
      'We bought two looms for 12 million rupiah in total and they should last about 8 years. How do I put depreciation in our books?',
      withAlso(
        ['Depreciation of your two looms: Rp 125.000 a month.'],
        ['÷ 96 months (8 years)', 'Rp 1.500.000 a year', 'in your books', 'straight line'],
      ),
    ),
  },
  {
    id: 'everyday-id-susut-pembukuan',
    craft: 'leather',
    kind: 'susut',
    working: '12 juta ÷ 96 bulan = 125.000 sebulan; setahun 1.500.000',
    turns: one(
      'mesin jahit 12 juta, umur 8 tahun. gimana masukin penyusutannya ke pembukuan?',
      withAlso(['Penyusutan mesin jahit Anda Rp 125.000 per bulan.'], ['Rp 1.500.000 setahun', 'pembukuan']),
    ),
  },
  {
    id: 'everyday-en-impas-cover-costs',
    craft: 'food',
    kind: 'impas',
    working: '3,5 million ÷ (15k − 9k) = 583,33 → 584 packs',
    turns: one(
      'My fixed costs are about 3.5 million rupiah a month. I sell each pack for 15k and the ingredients cost 9k. How many packs do I need to sell to cover my costs?',
      withAlso(['Your break-even point is 584 packs a month'], ['ingredients Rp 9.000']),
    ),
  },
  {
    id: 'everyday-en-impas-lose-money',
    craft: 'leather',
    kind: 'impas',
    working: '4,000,000 ÷ (250,000 − 150,000) = 40 bags',
    turns: one(
      "Rent and wages come to Rp 4,000,000 per month, I sell a bag at Rp 250,000 and materials are Rp 150,000 per bag. What's the minimum number of bags I have to sell so I don't lose money?",
      r('Your break-even point is 40 bags a month'),
    ),
  },
  {
    id: 'everyday-en-hpp-sarong',
    craft: 'weaving',
    kind: 'story',
    working: '(2 million + 500k + 3 million + 200k) ÷ 40 = 5,7 million ÷ 40 = 142.500',
    turns: one(
      'We make 40 sarongs a month. Yarn costs 2 million rupiah a month, dyes 500k, wages for two weavers 3 million a month, electricity 200k. What is our cost per sarong?',
      r('Your cost (HPP) per sarong is Rp 142.500.'),
    ),
  },
  {
    id: 'everyday-en-price-margin',
    craft: 'food',
    kind: 'price',
    working:
      'a 40% margin is on the price: 20,000 ÷ 0,6 = 33.333,33 → rounded up to 34.000 (not 28.000, a markup)',
    turns: one(
      'My cost per jar is Rp 20,000. What should I charge if I want a 40% margin?',
      r('Rp 34.000 per jar'),
    ),
  },
  {
    id: 'everyday-en-price-markup-each',
    craft: 'wood',
    kind: 'price',
    working: '"each table costs us Rp 600,000 to make" is the cost per table: × 1,25 = 750.000',
    turns: one(
      'Each table costs us Rp 600,000 to make. What price should we sell at for a 25% markup?',
      r('Selling price Rp 750.000 per table.'),
    ),
  },
  {
    id: 'everyday-en-laba-how-much-profit',
    craft: 'weaving',
    kind: 'laba',
    working: '80 × 75k = 6.000.000 − 80 × 40k = 3.200.000 − 500k = 2.300.000',
    turns: one(
      'We sold 80 baskets this month at 75k each. Each basket costs 40k to make, and stall rent is 500k a month. How much profit did we make?',
      r('Your net profit is Rp 2.300.000'),
    ),
  },
  {
    id: 'everyday-en-laba-net-profit-named',
    craft: 'food',
    kind: 'laba',
    working: '120 × 45k = 5.400.000 − 120 × 25k = 3.000.000 − 1.000.000 = 1.400.000',
    turns: one(
      'Last month we sold 120 jars at 45k each, cost per jar 25k, rent 1 million. What was our net profit?',
      r('Your net profit is Rp 1.400.000'),
    ),
  },
];

export const GUARDS: Dialogue[] = [
  {
    id: 'guard-harga-biar-ga-rugi',
    craft: 'food',
    kind: 'price',
    working: 'a price asked "biar ga rugi" from a known HPP stays a price: 20rb × 1,1 .. × 1,5',
    turns: one('harga jualnya brp biar ga rugi kalau hpp 20rb?', r('Rp 22.000 sampai Rp 30.000')),
  },
  {
    id: 'guard-en-susut-a-loom-costs',
    craft: 'weaving',
    kind: 'susut',
    working: '"a loom costs" is the asset, not a cost per unit: 6 million ÷ 60 months = 100.000',
    turns: one(
      'A loom costs 6 million and lasts 5 years. Depreciation per month?',
      r('Depreciation of your loom: Rp 100.000 a month.'),
    ),
  },
  {
    id: 'guard-en-impas-each-costs-in-materials',
    craft: 'leather',
    kind: 'impas',
    working: '"each wallet costs 50k in materials" is the materials: 4 million ÷ (150k − 50k) = 40',
    turns: one(
      'Our fixed costs are about 4 million rupiah a month, each wallet costs 50k in materials, and we sell them for 150k. How many wallets do we need to sell each month to break even?',
      r('Your break-even point is 40 wallets a month'),
    ),
  },
  {
    id: 'guard-howto-bep-en',
    craft: 'food',
    kind: 'impas',
    working: 'no figures: the knowledge answers',
    turns: one('How do I calculate break-even?', { notMine: true }),
  },
  {
    id: 'guard-howto-bep-chat',
    craft: 'food',
    kind: 'impas',
    working: 'no figures: the knowledge answers',
    turns: one('brp yg hrs laku sebulan biar gak rugi, ngitungnya gmn', { notMine: true }),
  },
  {
    id: 'guard-howto-susut-en',
    craft: 'weaving',
    kind: 'susut',
    working: 'no figures: the knowledge answers',
    turns: one('How should I record depreciation in my books?', { notMine: true }),
  },
  {
    id: 'guard-howto-susut-chat',
    craft: 'wood',
    kind: 'susut',
    working: 'no figures: the knowledge answers',
    turns: one('gimana cara nyatet penyusutan mesin?', { notMine: true }),
  },
];
