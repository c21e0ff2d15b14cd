import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Third set of 2026-12-05 probes, written on branch calc4 for seven general reading rules, each with other
 * products, numbers, spellings and languages than the messages of realistic/pesan-2026-12u that showed the
 * miss, and the figure worked out by hand (`working`):
 * - "tenaga" alone ("ongkos tenaga 200rb") is labour, not a material;
 * - a total that sums a list ("tepung+gula+gas total 900rb") is that list's, not all the costs, when a cost of
 *   another kind follows it with its own amount ("upah 100rb");
 * - a number followed by a word for people ("dibantu 5 ibu2", "with 4 neighbours") is a count, never money;
 * - a profit asked as a share of the sales ("brp persen dr omzet?") is said as that share too;
 * - the things named before "for one <unit> cost" are what one unit's worth of them costs (its materials),
 *   not the unit's whole cost, so labour per unit beside them adds to it;
 * - a new own price in a follow-up replaces the earlier price, and a count of units asked ("brp botol?")
 *   asks no price;
 * - a count of batches a month ("sebulan produksi 4 kali") dates no cost, and with a batch's output and a
 *   price it makes the month's profit (each unit's HPP × the month's output, taken as all sold).
 *
 * `result`: every string must appear in the first line of the answer; `leadLacks`: none of these may;
 * `reads`: the "Saya baca" line shows each.
 */
const r = (...result: string[]): Expected => ({ result });
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];
const probe = (
  id: string,
  craft: Dialogue['craft'],
  kind: Dialogue['kind'],
  working: string,
  say: string,
  expect: Expected,
): Dialogue => ({ id, craft, kind, working, turns: one(say, expect) });
const talk = (
  id: string,
  craft: Dialogue['craft'],
  kind: Dialogue['kind'],
  working: string,
  ...turns: DialogueTurn[]
): Dialogue => ({ id, craft, kind, working, turns });

export const PROBES_C: Dialogue[] = [
  // ---- "tenaga" is labour ----
  probe(
    'c-tenaga-hpp-rengginang',
    'food',
    'batch',
    '(800.000 + 200.000) ÷ 200 = 5.000; the labour is in it',
    'sekali produksi 200 bungkus rengginang, bahan 800rb, ongkos tenaga 200rb. hpp per bungkus brp?',
    { result: ['Rp 5.000'], leadLacks: ['upah'] },
  ),
  probe(
    'c-tenaga-harga-dodol',
    'food',
    'price',
    '(1.000.000 + 200.000) ÷ 40 = 30.000; × 1,25 = 37.500',
    'bikin dodol sekali masak 40 kotak, bahan 1jt, biaya tenaga 200rb. kalau untung 25% jual brp per kotak?',
    { result: ['Rp 37.500'], leadLacks: ['upah'] },
  ),
  // ---- a total of a list, then a cost of another kind ----
  probe(
    'c-total-then-upah-toples',
    'food',
    'total',
    '(900.000 + 100.000) ÷ 50 = 20.000; × 1,4 = 28.000',
    'Sekali masak jadi 50 toples, tepung+gula+mentega+gas total Rp900rb, upah Rp100rb. hpp per toples brp, kalau mau untung 40% jual brp?',
    r('Rp 28.000', 'Rp 20.000'),
  ),
  probe(
    'c-total-list-commas-pcs',
    'batik',
    'total',
    '(2.000.000 + 1.000.000) ÷ 50 = 60.000; electricity is in the list',
    'kain, benang, listrik totalnya 2jt, upah jahit 1jt, jadi 50 pcs. hpp per pcs?',
    { result: ['Rp 60.000'], leadLacks: ['overhead'] },
  ),
  probe(
    'c-total-semuanya-then-tenaga-kotak',
    'food',
    'total',
    '(450.000 + 150.000) ÷ 30 = 20.000; gas is in the list',
    'gula, tepung, telur, gas semuanya 450rb, ongkos tenaga 150rb, jadi 30 kotak. hpp per kotak brp?',
    { result: ['Rp 20.000'], leadLacks: ['overhead', 'upah'] },
  ),
  probe(
    'probe-en-c-total-then-wages-jars',
    'food',
    'total',
    '(500.000 + 100.000) ÷ 40 = 15.000; every kind is said',
    'One batch makes 40 jars: flour, sugar, butter and gas total Rp500,000, wages Rp100,000. What is my cost per jar?',
    { result: ['Rp 15.000'], leadLacks: ['not included'] },
  ),
  // ---- a count of people is not money ----
  probe(
    'c-people-ibu-pandan',
    'weaving',
    'laba',
    '12jt − 5jt − 4jt − 300rb = 2.700.000',
    'usaha anyaman pandan dibantu 5 ibu2 kampung. omzet sebulan 12jt, bahan 5jt, upah 4jt, listrik 300rb. untung bersih sebulan brp?',
    r('Rp 2.700.000'),
  ),
  probe(
    'c-people-sodara-mukena',
    'batik',
    'laba',
    '9jt − 4jt − 2jt − 200rb = 2.800.000',
    'aku jahit mukena sama 2 sodara. omzet sebulan 9jt, kain 4jt, upah 2jt, listrik 200rb. untung bersih sebulan brp?',
    r('Rp 2.800.000'),
  ),
  probe(
    'probe-en-c-people-neighbours',
    'weaving',
    'laba',
    '20 million − 9 − 6 − 1 = 4.000.000',
    'I run a rattan workshop with 4 neighbours helping. Monthly sales are Rp20 million; materials Rp9 million, wages Rp6 million, rent Rp1 million. What is my net profit a month?',
    r('Rp 4.000.000'),
  ),
  // ---- a profit asked as a share of the sales ----
  probe(
    'c-share-omzet',
    'food',
    'laba',
    '10jt − 4jt − 3jt − 1jt = 2jt; 2 ÷ 10 = 20%',
    'omzet bulan ini 10jt, bahan 4jt, gaji 3jt, sewa 1jt. untung bersihnya brp, brp persen dr omzet?',
    r('Rp 2.000.000', '20%'),
  ),
  probe(
    'c-share-persentase-penjualan',
    'leather',
    'laba',
    '25jt − 12jt − 6jt − 2jt = 5jt; 5 ÷ 25 = 20%',
    'penjualan sebulan 25jt, bahan 12jt, gaji 6jt, sewa 2jt. laba bersih sebulan brp? persentase dari penjualan brp?',
    r('Rp 5.000.000', '20%'),
  ),
  probe(
    'probe-en-c-share-of-sales',
    'wood',
    'laba',
    '8 million − 3 − 2 − 1 = 2 million; 2 ÷ 8 = 25%',
    "Sales this month were Rp8 million, materials Rp3 million, wages Rp2 million, rent Rp1 million. What's my net profit and what percent of sales is that?",
    r('Rp 2.000.000', '25%'),
  ),
  // ---- what is named before "for one <unit> cost" ----
  probe(
    'probe-en-c-for-one-mug',
    'wood',
    'price',
    '(40.000 + 10.000) × 1,5 = 75.000',
    'Clay, glaze and firing for one mug cost Rp40,000 and labour is Rp10,000 per mug. I want a 50% markup on cost. What price should I charge?',
    r('Rp 75.000'),
  ),
  probe(
    'probe-en-c-for-one-shirt',
    'batik',
    'price',
    '(60.000 + 25.000) × 1,3 = 110.500',
    'Fabric, thread and buttons for one shirt cost Rp60,000, sewing is Rp25,000 per shirt. With a 30% markup on cost, what price should I set?',
    r('Rp 110.500'),
  ),
  // ---- a new price in a follow-up ----
  talk(
    'c-followup-price-sambal',
    'food',
    'impas',
    '2jt ÷ (25rb − 15rb) = 200; then 2jt ÷ (22rb − 15rb) = 285,7 → 286 botol',
    {
      say: 'jual sambal botolan, biaya tetap sebulan 2jt, harga 25rb/botol, biaya variabel 15rb/botol. brp botol biar impas?',
      expect: r('200 botol'),
    },
    { say: 'kalo harga jualnya sy turunin ke 22rb, brp botol?', expect: r('286 botol') },
  ),
  talk(
    'c-followup-price-kripik',
    'food',
    'impas',
    '2,4jt ÷ (20rb − 12rb) = 300; then 2,4jt ÷ (24rb − 12rb) = 200 bungkus',
    {
      say: 'harga jual 20rb/bungkus, biaya variabel 12rb/bungkus, biaya tetap sebulan 2,4jt. brp bungkus biar impas?',
      expect: r('300 bungkus'),
    },
    { say: 'klo harganya sy naikin jd 24rb, brp bungkus?', expect: r('200 bungkus') },
  ),
  // ---- batches a month make the month's profit ----
  talk(
    'c-batch-month-keripik',
    'food',
    'batch',
    '(300rb + 60rb) ÷ 60 = 6.000; 3 × 4 = 12 produksi; (9.000 − 6.000) × 60 × 12 = 2.160.000',
    {
      say: 'sekali goreng jadi 60 bungkus, bahan 300rb, upah 60rb. hpp per bungkus brp?',
      expect: r('Rp 6.000'),
    },
    {
      say: 'kalo seminggu produksi 3 kali, jual 9rb per bungkus, untung sebulan brp?',
      expect: { result: ['Rp 2.160.000', 'sebulan'] },
    },
  ),
  probe(
    'c-batch-month-one-message',
    'food',
    'batch',
    '(1,2jt + 400rb) ÷ 80 = 20.000; (30.000 − 20.000) × 80 × 4 = 3.200.000',
    'sekali produksi 80 toples, bahan 1,2jt, upah 400rb, sebulan produksi 4 kali, jual 30rb/toples. untung sebulan brp?',
    r('Rp 3.200.000'),
  ),
  talk(
    'probe-en-c-batch-month-soap',
    'food',
    'batch',
    '(400.000 + 100.000) ÷ 50 = 10.000; (15.000 − 10.000) × 50 × 6 = 1.500.000',
    {
      say: 'One batch of my soap makes 50 bars. Oils and lye for a batch cost Rp400,000 and my helper gets Rp100,000 per batch. What is my cost per bar?',
      expect: r('Rp 10.000'),
    },
    {
      say: 'If I make 6 batches a month and sell each bar at Rp15,000, what is my monthly profit?',
      expect: { result: ['Rp 1.500.000', 'a month'] },
    },
  ),
];
