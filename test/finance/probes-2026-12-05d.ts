import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * Fourth set of 2026-12-05 probes, written on branch calc5 before the change they measure, for two general
 * reading gaps, each with other products, numbers, spellings and languages than the messages that showed
 * them, and the figure worked out by hand (`working`):
 * - a profit per unit given directly ("tiap tas untung 40rb", "margin per pcs 12rb", "I make 30,000 profit on
 *   each bag") with one-off costs of an event or an investment, possibly said in earlier turns, and a count
 *   to sell asked: units = costs ÷ profit per unit, rounded up to a whole unit, with the working shown;
 * - a batch's total cost, its output and a unit price ("one batch costs ... and gives 300 packs, sold at ...
 *   each", "sekali produksi habis 1,2jt jadi 300 bungkus, dijual 6rb") with the profit per unit asked ("how
 *   much do they make per pack?", "untung per bungkus brp?"): the cost per unit and the profit per unit.
 *
 * The first 19 were written and run before any change (17 failed at 9f02cc5); the two bare batch amounts
 * ("sekali produksi 1,5jt", "One batch is Rp 800,000") were added from checks made during the change, and
 * fail at 9f02cc5 too.
 *
 * `result`: every string must appear in the first line of the answer; `reads`: the "Saya baca" / "I read"
 * line shows each; `also`: the whole answer holds each (the division shown); `notMine`: a message that asks
 * nothing yet is left to the documents.
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
const talk = (
  id: string,
  craft: Dialogue['craft'],
  kind: Dialogue['kind'],
  working: string,
  ...turns: DialogueTurn[]
): Dialogue => ({ id, craft, kind, working, turns });

export const PROBES_D: Dialogue[] = [
  // ---- a profit per unit given directly covers one-off costs ----
  probe(
    'd-unit-profit-bazar-tas',
    'leather',
    'impas',
    '(1.800.000 + 700.000) ÷ 40.000 = 62,5 → 63 tas',
    'ikut bazar 2 hari di alun2, sewa tenda 1,8jt, bensin & makan 700rb. tiap tas untung 40rb. hrs laku brp tas biar balik modal?',
    { result: ['63 tas'], also: ['62,5', 'Rp 2.500.000'] },
  ),
  talk(
    'd-unit-profit-pameran-earlier-turn',
    'weaving',
    'impas',
    '(3.200.000 + 1.500.000) ÷ 60.000 = 78,33 → 79 biji',
    {
      say: 'rencananya ikut pameran kerajinan 5 hari di JCC. sewa stand 3,2jt, transport & nginep 1,5jt.',
      expect: notMine,
    },
    {
      say: 'untung bersih sy 60rb per biji. minimal hrs laku brp biji biar balik modal?',
      expect: { result: ['79 biji'], also: ['78,33', 'Rp 4.700.000'] },
    },
  ),
  talk(
    'd-unit-profit-expo-two-earlier-turns',
    'food',
    'impas',
    '(3.000.000 + 1.200.000) ÷ 18.000 = 233,33 → 234 botol',
    { say: 'bulan depan mau ikut expo umkm 4 hari, sewa booth 3jt.', expect: notMine },
    { say: 'transport sama konsumsi kira2 1,2jt.', expect: notMine },
    {
      say: 'untung per botol 18rb, minimal laku brp botol biar ga rugi?',
      expect: { result: ['234 botol'], also: ['233,33'] },
    },
  ),
  talk(
    'd-unit-profit-after-ask-back',
    'food',
    'impas',
    '(350.000 + 50.000) ÷ 5.000 = 80 gelas',
    {
      say: 'sewa lapak di car free day 350rb, parkir & bensin 50rb. brp gelas biar balik modal?',
      expect: { asks: ['harga jual'] },
    },
    { say: 'untungnya 5rb per gelas', expect: r('80 gelas') },
  ),
  probe(
    'd-unit-profit-mesin-dompet',
    'leather',
    'impas',
    '7.500.000 ÷ 25.000 = 300 dompet',
    'mau beli mesin jahit portable 7,5jt, tiap dompet untung 25rb. hrs laku brp dompet biar balik modal?',
    r('300 dompet', 'Rp 7.500.000'),
  ),
  probe(
    'd-formal-investasi-kaos',
    'batik',
    'impas',
    '6.000.000 ÷ 25.000 = 240 kaos',
    'Investasi alat sablon sebesar Rp6.000.000. Keuntungan bersih per kaos Rp25.000. Berapa kaos yang harus terjual agar modal kembali?',
    r('240 kaos'),
  ),
  probe(
    'd-formal-pameran-laba-per-unit',
    'wood',
    'impas',
    '(4.000.000 + 1.500.000) ÷ 50.000 = 110 unit',
    'Kami akan mengikuti pameran 3 hari. Biaya sewa stan Rp4.000.000 dan biaya akomodasi Rp1.500.000. Laba bersih per unit Rp50.000. Berapa unit minimal yang harus terjual untuk menutup biaya tersebut?',
    { result: ['110 unit'], leadLacks: ['sebulan'] },
  ),
  probe(
    'd-margin-per-pcs-booth',
    'batik',
    'impas',
    '(2.000.000 + 350.000) ÷ 12.000 = 195,83 → 196 pcs',
    'margin per pcs 12rb, biaya booth 2jt + ongkir barang 350rb. brp pcs biar ga rugi?',
    { result: ['196 pcs'], also: ['195,83'] },
  ),
  probe(
    'probe-en-d-profit-on-each-bag',
    'leather',
    'impas',
    '(1.500.000 + 300.000) ÷ 30.000 = 60 bags',
    'I make 30,000 profit on each bag. The stall at the craft fair costs 1.5 million and transport is 300,000. How many bags do I need to sell to get my money back?',
    { result: ['60 bags'], also: ['Rp 1.800.000'] },
  ),
  talk(
    'probe-en-d-press-pays-for-itself',
    'batik',
    'impas',
    '4.800.000 ÷ 24.000 = 200 shirts',
    { say: "I'm thinking of buying a heat press for Rp 4,800,000.", expect: notMine },
    {
      say: 'Each shirt gives me Rp 24,000 profit. How many shirts must I sell before the press pays for itself?',
      expect: r('200 shirts'),
    },
  ),
  probe(
    'probe-en-d-margin-per-piece-bazaar',
    'weaving',
    'impas',
    '(2.000.000 + 350.000) ÷ 12.000 = 195,83 → 196 pieces',
    'My margin per piece is Rp 12,000. The booth at a 3-day bazaar is Rp 2,000,000 and transport Rp 350,000. How many pieces do I have to sell to break even?',
    { result: ['196 pieces'], also: ['195,83'], leadLacks: ['a month'] },
  ),
  // ---- a batch's cost, its output and a unit price: the profit per unit ----
  probe(
    'probe-en-d-batch-chips-make-per-pack',
    'food',
    'price',
    '900.000 ÷ 150 = 6.000 per pack; 10.000 − 6.000 = 4.000',
    'One batch of cassava chips costs IDR 900,000 in total and gives 150 packs, which they sell at IDR 10,000 each. How much do they actually make per pack?',
    { result: ['Rp 4.000'], reads: ['Rp 6.000'] },
  ),
  probe(
    'probe-en-d-batch-candles-profit-per',
    'food',
    'price',
    '750.000 ÷ 50 = 15.000 per candle; 25.000 − 15.000 = 10.000',
    "A batch of 50 candles costs Rp 750,000 to make, and we sell them for 25k each. What's my profit per candle?",
    { result: ['Rp 10.000'], reads: ['Rp 15.000'] },
  ),
  probe(
    'probe-en-d-batch-spend-earn-per-jar',
    'food',
    'price',
    '2.400.000 ÷ 120 = 20.000 per jar; 35.000 − 20.000 = 15.000',
    'We spend Rp 2,400,000 on each batch, which makes 120 jars. We sell them for 35k each. How much do we earn per jar?',
    { result: ['Rp 15.000'], reads: ['Rp 20.000'] },
  ),
  talk(
    'probe-en-d-batch-soap-followup',
    'food',
    'price',
    '600.000 ÷ 80 = 7.500 per bar; 12.000 − 7.500 = 4.500',
    {
      say: 'A batch of 80 soap bars costs me Rp 600,000 all in. What is my cost per bar?',
      expect: r('Rp 7.500'),
    },
    { say: 'I sell a bar at Rp 12,000. How much do I make on each bar?', expect: r('Rp 4.500') },
  ),
  probe(
    'd-batch-habis-untung-per-bungkus',
    'food',
    'price',
    '900.000 ÷ 150 = 6.000 per bungkus; 10.000 − 6.000 = 4.000',
    'sekali produksi habis 900rb jadi 150 bungkus, dijual 10rb, untung per bungkus brp?',
    { result: ['Rp 4.000'], reads: ['Rp 6.000'] },
  ),
  probe(
    'd-batch-formal-menghabiskan-botol',
    'food',
    'price',
    '1.500.000 ÷ 250 = 6.000 per botol; 9.000 − 6.000 = 3.000',
    'Satu kali produksi menghabiskan biaya Rp1.500.000 dan menghasilkan 250 botol. Harga jual Rp9.000 per botol. Berapa keuntungan per botol?',
    { result: ['Rp 3.000'], reads: ['Rp 6.000'] },
  ),
  probe(
    'd-batch-keluar-untung-per-toples',
    'food',
    'price',
    '480.000 ÷ 60 = 8.000 per toples; 12.000 − 8.000 = 4.000',
    'sekali masak keluar 480rb dapet 60 toples, jual 12rb. untungnya per toples brp kak?',
    { result: ['Rp 4.000'], reads: ['Rp 8.000'] },
  ),
  probe(
    'd-batch-bare-sekali-produksi',
    'food',
    'price',
    '1.500.000 ÷ 200 = 7.500 per pcs; 12.000 − 7.500 = 4.500; the batch amount is all its costs',
    'sekali produksi 1,5jt dapet 200 pcs, jual 12rb/pcs. untung per pcs brp?',
    { result: ['Rp 4.500'], reads: ['Rp 7.500'], leadLacks: ['belum termasuk'] },
  ),
  probe(
    'probe-en-d-batch-is-whole-cost',
    'food',
    'price',
    '800.000 ÷ 100 = 8.000 per jar; 14.000 − 8.000 = 6.000; the batch amount is all its costs',
    'One batch is Rp 800,000 and gives 100 jars, which we sell at Rp 14,000 each. How much do we make per jar?',
    { result: ['Rp 6.000'], reads: ['Rp 8.000'], leadLacks: ['not included'] },
  ),
  talk(
    'd-batch-modal-then-price',
    'food',
    'price',
    '350.000 ÷ 70 = 5.000 per bungkus; 8.000 − 5.000 = 3.000',
    { say: 'sekali goreng modal 350rb jadi 70 bungkus. hpp per bungkus brp?', expect: r('Rp 5.000') },
    { say: 'kalo dijual 8rb, untung per bungkus brp?', expect: r('Rp 3.000') },
  ),
];
