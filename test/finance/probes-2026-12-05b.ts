import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Second set of 2026-12-05 probes, written before the change they measure (from branch calc3's start,
 * c84bed3), each with the figure worked out by hand (`working`). They cover six kinds of miss seen on
 * real-looking messages, with other products, numbers and wordings than the messages that showed them:
 * "Rp" glued to the digits ("Rp2.400.000"), a year read as money ("dr 2022"), a total named by its clause
 * ("biaya tetap sewa + listrik + gaji totalnya 2,4 juta"), marketplace fees in percent summed (in one message
 * and across turns), a competitor's price that is not the artisan's cost, and bare small amounts, "bikin N"
 * and a bazaar that lasts days, not a month.
 *
 * `result`: every string must appear in the first line of the answer; `leadLacks`: none of these may;
 * `also`: the whole answer holds each string; `notMine`: the calculators leave the message to the documents.
 */
const r = (...result: string[]): Expected => ({ result });
const notMine: Expected = { notMine: true };
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];
const probe = (
  id: string,
  craft: Dialogue['craft'],
  kind: Dialogue['kind'],
  working: string,
  say: string,
  expect: Expected,
): Dialogue => ({ id, craft, kind, working, turns: one(say, expect) });

/** Tuned on: the changes on branch calc3 were made while these were run. */
export const PROBES_B: Dialogue[] = [
  // ---- "Rp" glued to the digits ----
  probe(
    'b-rp-glued-bep-toples',
    'food',
    'impas',
    '1.500.000 ÷ (25.000 − 15.000) = 150 toples',
    'biaya tetap Rp1.500.000/bln, harga jual Rp25.000 per toples, biaya variabel Rp15.000 per toples. brp toples biar impas?',
    r('150 toples'),
  ),
  probe(
    'b-rp-glued-hpp-pcs',
    'batik',
    'story',
    '(850.000 + 400.000 + 50.000) ÷ 50 = 26.000',
    'bahan Rp850.000, upah Rp400.000, listrik Rp50.000, jadi 50 pcs. hpp per pcs?',
    r('Rp 26.000'),
  ),
  probe(
    'b-rp-dot-glued-laba-rengginang',
    'food',
    'laba',
    '(12.000 − 7.500) × 300 = 1.350.000',
    'Sy jual rengginang Rp.12.000 sebungkus, modal Rp.7.500. sebulan laku 300. untung sebulan brp?',
    r('Rp 1.350.000'),
  ),
  probe(
    'probe-en-b-rp-glued-bep-bags',
    'leather',
    'impas',
    '3.000.000 ÷ (150.000 − 90.000) = 50 bags',
    'My fixed costs are Rp3.000.000 a month, I sell each bag at Rp150.000 and the materials cost Rp90.000 per bag. How many bags to break even?',
    r('50 bag'),
  ),
  probe(
    'b-rp-glued-no-separator',
    'food',
    'impas',
    '500.000 ÷ (5.000 − 3.000) = 250 pcs',
    'sewa Rp500000 sebulan, jual Rp5000 per pcs, modal Rp3000 per pcs. bep brp pcs?',
    r('250 pcs'),
  ),
  // ---- a year is not an amount ----
  probe(
    'b-year-dr-laba-keripik',
    'food',
    'laba',
    '(10rb − 6rb) × 500 = 2.000.000',
    'sy jualan keripik tempe dr 2019, harga 10rb per bungkus, modal 6rb. sebulan laku 500 bungkus. untung sebulan brp?',
    r('Rp 2.000.000'),
  ),
  probe(
    'b-year-sejak-bep-batik',
    'batik',
    'impas',
    '4jt ÷ (500rb − 300rb) = 20 kain',
    'usaha batik tulis sejak 2015, biaya tetap 4jt sebulan, satu kain jual 500rb, bahan+upah 300rb per kain. sebulan hrs laku brp kain biar balik modal?',
    r('20 kain'),
  ),
  probe(
    'b-year-thn-untung-rajut',
    'weaving',
    'price',
    '120rb − (40rb + 30rb) = 50.000',
    'thn 2023 kemarin sy mulai bikin tas rajut. benang 40rb per tas, upah 30rb per tas, jual 120rb. untung per tas?',
    r('Rp 50.000'),
  ),
  probe(
    'probe-en-b-year-since-soap',
    'food',
    'laba',
    '(15k − 7k) × 200 = 1.600.000',
    "I've been making soap since 2020. each bar costs 7k to make, sells for 15k, 200 bars a month. monthly profit?",
    r('Rp 1.600.000'),
  ),
  probe(
    'b-year-no-money-question',
    'food',
    'story',
    'no figure to work out: the documents answer',
    'sy mulai usaha kue kering dr 2020, skrg mau daftar halal gmn caranya ya?',
    notMine,
  ),
  // ---- a total named by its clause ----
  probe(
    'b-clause-total-semuanya-kopi',
    'food',
    'impas',
    '6jt ÷ (18rb − 8rb) = 600 gelas',
    'pengeluaran tetap tiap bulan: sewa kios, listrik, air, gaji 2 org, semuanya 6jt. kopi susu sy jual 18rb segelas, bahannya 8rb. brp gelas sebulan biar impas?',
    r('600 gelas'),
  ),
  probe(
    'b-clause-total-bracket-dimsum',
    'food',
    'impas',
    '1,8jt ÷ (25rb − 13rb) = 150 porsi',
    'biaya tetap (sewa tempat + listrik + internet) totalnya 1,8jt sebulan. jual dimsum 25rb per porsi, bahan 13rb. bep brp porsi?',
    r('150 porsi'),
  ),
  probe(
    'b-clause-total-hpp-kemeja',
    'batik',
    'story',
    '(3jt + 2jt) ÷ 100 = 50.000',
    'bahan baku kain, benang, kancing totalnya 3jt, upah jahit semuanya 2jt, jadi 100 kemeja. hpp per kemeja?',
    r('Rp 50.000'),
  ),
  probe(
    'b-clause-total-variabel-botol',
    'food',
    'impas',
    '1,2jt ÷ (15rb − 9rb) = 200 botol',
    'biaya variabel bahan+kemasan+stiker total 9rb per botol, jual 15rb, biaya tetap sebulan 1,2jt. brp botol impas?',
    r('200 botol'),
  ),
  // ---- marketplace fees in percent ----
  probe(
    'b-fee-two-percents-songket',
    'weaving',
    'channel',
    '400rb × (100% − 6,5% − 1,5%) = 368.000 (potongan 32.000)',
    'jual songket di tokopedia 400rb, biaya admin 6,5% + biaya layanan 1,5%. yg sy terima brp ya?',
    { result: ['Rp 368.000'], also: ['promo'] },
  ),
  {
    id: 'b-fee-across-turns-anyaman',
    craft: 'weaving',
    kind: 'channel',
    working: '150rb × (100% − 10% − 4%) = 129.000 (potongan 21.000)',
    turns: [
      { say: 'kak aku jual tas anyaman pandan di shopee, harganya 150rb', expect: notMine },
      {
        say: 'kalo kena admin 10% sama ongkir xtra 4%, yg masuk ke aku brp?',
        expect: { result: ['Rp 129.000'], also: ['Rp 21.000'] },
      },
    ],
  },
  probe(
    'probe-en-b-fee-scarves',
    'batik',
    'channel',
    '200k × (100% − 8% − 2%) = 180.000',
    'I sell batik scarves on Shopee for 200k. admin fee 8% and service fee 2%. how much do I actually get?',
    r('Rp 180.000'),
  ),
  probe(
    'b-fee-profit-sarung',
    'weaving',
    'channel',
    '300rb × (100% − 8% − 4%) = 264rb − 180rb = 84.000',
    'hpp sarung tenun 180rb, jual di shopee 300rb, potongan admin 8% dan layanan 4%. untung bersih per sarung brp?',
    { result: ['Rp 84.000'], also: ['Rp 264.000'] },
  ),
  // ---- a competitor's price is not the artisan's cost ----
  probe(
    'b-rival-tiktok-rajut',
    'weaving',
    'price',
    'only the own price and a rival price: advice, from the documents',
    'aku bikin tas rajut jual 95rb, tp di tiktok ada yg jual 60rb doang. harus ikut turun ga ya? gmn cara nentuin harga yg bener?',
    notMine,
  ),
  probe(
    'b-rival-toko-sebelah-kue',
    'food',
    'price',
    'only the own price and a rival price: advice, from the documents',
    'kue kering sy 85rb per toples, toko sebelah cuma 65rb. pelanggan pd protes kemahalan. gmn sebaiknya sy pasang harga?',
    notMine,
  ),
  probe(
    'b-rival-pesaing-with-hpp',
    'leather',
    'price',
    '150rb − 70rb = 80.000 per dompet (the rival 110rb is neither cost nor own price)',
    'hpp dompet kulit sy 70rb, sy jual 150rb, pesaing jual 110rb. untung sy per dompet brp?',
    r('Rp 80.000'),
  ),
  probe(
    'probe-en-b-rival-shirts',
    'batik',
    'price',
    'only the own price and a rival price: advice, from the documents',
    'My batik shirts sell for 250k but other sellers on the marketplace sell similar ones for 180k. Should I lower my price? How do I decide?',
    notMine,
  ),
  // ---- small bare amounts, "bikin N", a bazaar of days ----
  probe(
    'b-bare-500-cilok',
    'food',
    'laba',
    '(1.000 − 500) × 200 = 100.000 sehari',
    'bikin cilok, modal 500 per biji jual 1.000, sehari laku 200 biji. untung sehari brp?',
    r('Rp 100.000'),
  ),
  probe(
    'b-bikin-80-bros',
    'batik',
    'laba',
    '(12rb − 4rb) × 80 = 640.000',
    'minggu ini bikin 80 pcs bros, bahan 4rb per pcs, jual 12rb. kalo habis semua untungnya brp?',
    r('Rp 640.000'),
  ),
  probe(
    'b-bazar-3-hari-es-teh',
    'food',
    'impas',
    '450rb ÷ (8rb − 3rb) = 90 gelas for the 3 days (not a month)',
    'ikut bazar 3 hari, sewa stand 450rb. jual es teh 8rb, modal 3rb per gelas. hrs laku brp gelas biar gak rugi?',
    { result: ['90 gelas'], leadLacks: ['sebulan'] },
  ),
];

/** Held out: written with the others, run once at the end, never tuned on. */
export const PROBES_B_HELD: Dialogue[] = [
  probe(
    'held-rp-glued-bep-kotak',
    'food',
    'impas',
    '3.600.000 ÷ (45.000 − 27.000) = 200 kotak',
    'Biaya tetap per bulan Rp3.600.000, harga jual Rp45.000 per kotak, biaya variabel Rp27.000 per kotak. Berapa kotak agar impas?',
    r('200 kotak'),
  ),
  probe(
    'held-rp-glued-hpp-potong',
    'batik',
    'batch',
    '1.200.000 ÷ 30 = 40.000 + 25.000 = 65.000',
    'kain Rp1.200.000 dapet 30 potong, ongkos jahit Rp25.000 per potong. hpp per potong?',
    r('Rp 65.000'),
  ),
  probe(
    'held-year-thn-hpp-gerabah',
    'wood',
    'story',
    '(1,6jt + 400rb) ÷ 200 = 10.000',
    'sy usaha gerabah dari thn 2018. sebulan bikin 200 pot, tanah+glasir 1,6jt, bakar 400rb. hpp per pot brp?',
    r('Rp 10.000'),
  ),
  probe(
    'held-year-bare-laba-bolu',
    'food',
    'laba',
    '(45rb − 25rb) × 120 = 2.400.000',
    'mulai jualan 2021, skrg jual bolu 45rb, bahan 25rb per loyang. sebulan laku 120 loyang. untungnya sebulan?',
    r('Rp 2.400.000'),
  ),
  probe(
    'held-year-no-money',
    'food',
    'story',
    'no figure to work out: the documents answer',
    'udah jualan dari 2017 tp omzet turun terus, gmn cara naikin penjualan?',
    notMine,
  ),
  probe(
    'held-clause-total-frozen',
    'food',
    'impas',
    '5jt ÷ (50rb − 30rb) = 250 paket',
    'biaya bulanan sewa ruko, listrik, wifi, gaji admin semuanya 5jt. tiap paket frozen food jual 50rb, modal 30rb. minimal laku brp paket sebulan?',
    r('250 paket'),
  ),
  probe(
    'held-clause-total-sabun',
    'food',
    'impas',
    '3jt ÷ (12rb − 7rb) = 600 batang',
    'ongkos tetap sebulan (sewa+listrik+gaji) total 3jt, jual sabun 12rb, bahan+kemasan 7rb per batang. brp batang biar ga rugi?',
    r('600 batang'),
  ),
  probe(
    'held-fee-kopi-bubuk',
    'food',
    'channel',
    '75rb × (100% − 5% − 3%) = 69.000',
    'sy jual kopi bubuk di tokopedia 75rb, potongan admin 5% sama biaya layanan 3%, jd yg masuk ke sy brp?',
    r('Rp 69.000'),
  ),
  {
    id: 'held-fee-across-turns-selendang',
    craft: 'batik',
    kind: 'channel',
    working: '180rb × (100% − 7% − 3%) = 162.000',
    turns: [
      { say: 'jual selendang batik di lazada harga 180rb', expect: notMine },
      { say: 'admin 7% plus biaya layanan 3%, bersihnya dapet brp?', expect: r('Rp 162.000') },
    ],
  },
  probe(
    'held-rival-sandal',
    'leather',
    'price',
    'only the own price and a rival price: advice, from the documents',
    'Sy bikin sandal kulit jual 225rb, tp di shopee bnyk yg jual 150rb. Gmn nentuin harga biar tetep laku tp gak rugi?',
    notMine,
  ),
  probe(
    'held-rival-tetangga-with-cost',
    'leather',
    'price',
    '140rb − 85rb = 55.000 per tas (the neighbour 120rb is neither)',
    'modal bikin 1 tas 85rb, sy jual 140rb. tetangga jual 120rb. untung sy per tas brp?',
    r('Rp 55.000'),
  ),
  probe(
    'held-pameran-5-hari',
    'food',
    'impas',
    '1jt ÷ (20rb − 12rb) = 125 bungkus for the 5 days',
    'pameran 5 hari, sewa booth 1jt. jual keripik 20rb, modal 12rb. brp bungkus biar balik modal sewa booth?',
    { result: ['125 bungkus'], leadLacks: ['sebulan'] },
  ),
  probe(
    'held-bikin-150-gantungan',
    'wood',
    'laba',
    '(8rb − 3rb) × 150 = 750.000',
    'bikin 150 pcs gantungan kunci, modal 3rb per pcs, jual 8rb. kalo laku semua untung brp?',
    r('Rp 750.000'),
  ),
];
