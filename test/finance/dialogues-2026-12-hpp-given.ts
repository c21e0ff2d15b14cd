import type { Dialogue, DialogueTurn, Expected } from './dialogues-2026-12.ts';

/**
 * An HPP the artisan already worked out, and a selling price of someone else's to check it against
 * ("kak sy udh ngitung hpp brownies sy, ketemu 12rb per box", then "trs harga jualnya enaknya brp? temen sy
 * jual 25rb"). Written before the readers were changed, from the artisan's side; every figure is worked out
 * by hand in `working`. The common markups are the price document's: 10% (grosir) to 50% (eceran) of the cost
 * (knowledge/keuangan/menentukan-harga-jual.md, step 4 and its example).
 */
const r = (...result: string[]): Expected => ({ result });
const ask = (...asks: string[]): Expected => ({ asks });
const one = (say: string, expect: Expected): DialogueTurn[] => [{ say, expect }];
/** A result whose first line holds `result` and whose whole answer also holds `also` (the range, the reminder). */
const rr = (result: string[], also: string[]): Expected => ({ result, also });

export const HPP_GIVEN: Dialogue[] = [
  {
    id: 'given-brownies-then-competitor',
    craft: 'food',
    kind: 'price',
    working:
      'HPP 12.000 given; range 12.000 × 1,1 = 13.200 to × 1,5 = 18.000; at 25.000: untung 13.000, markup 13/12 = 108,3%, margin 13/25 = 52%',
    turns: [
      {
        say: 'kak sy udh ngitung hpp brownies sy, ketemu 12rb per box',
        expect: ask('Rp 12.000', 'markup', 'Rp 13.200', 'Rp 18.000'),
      },
      {
        say: 'trs harga jualnya enaknya brp? temen sy jual 25rb',
        expect: rr(['Rp 25.000', 'Rp 13.000', 'markup 108,3%', 'margin 52%'], ['Rp 18.000', 'semua biaya']),
      },
    ],
  },
  {
    id: 'given-brownies-one-message',
    craft: 'food',
    kind: 'price',
    working: '12.000 × 1,1 = 13.200; 12.000 × 1,5 = 18.000',
    turns: one('hpp brownies sy 12rb per box, harga jual enaknya brp?', {
      result: ['Rp 13.200', 'Rp 18.000'],
      reads: ['HPP Rp 12.000'],
    }),
  },
  {
    id: 'given-english-competitor',
    craft: 'food',
    kind: 'price',
    working: 'at 25.000 on 12.000: profit 13.000, markup 108,3%, margin 52%; range 13.200 to 18.000',
    turns: one(
      'my cost per unit is 12k, what should I charge? my competitor sells at 25k',
      rr(['Rp 25.000', 'markup 108,3%', 'margin 52%'], ['Rp 13.200', 'Rp 18.000']),
    ),
  },
  {
    id: 'given-keripik-hasilnya',
    craft: 'food',
    kind: 'price',
    working: '8.500 × 1,1 = 9.350; 8.500 × 1,5 = 12.750',
    turns: one(
      'hpp keripik sy udah dihitung, hasilnya 8,5rb per bungkus',
      ask('Rp 8.500', 'Rp 9.350', 'Rp 12.750'),
    ),
  },
  {
    id: 'given-batik-pasar',
    craft: 'batik',
    kind: 'price',
    working:
      'modal 350.000 per lembar; at 600.000: untung 250.000, markup 250/350 = 71,4%, margin 250/600 = 41,7%; range 385.000 to 525.000',
    turns: one(
      'modal batik tulis sy per lembar 350rb. di pasar dijual 600rb, harga jual sy enaknya brp ya?',
      rr(['Rp 250.000', 'markup 71,4%', 'margin 41,7%'], ['Rp 385.000', 'Rp 525.000']),
    ),
  },
  {
    id: 'given-tas-own-price',
    craft: 'leather',
    kind: 'price',
    working: 'at 400.000 on 250.000: untung 150.000, markup 60%, margin 37,5%',
    turns: one(
      'hpp tas kulit sy 250rb, kalau sy jual 400rb untungnya brp persen?',
      r('Rp 150.000', 'markup 60%', 'margin 37,5%'),
    ),
  },
  {
    id: 'given-talenan-below',
    craft: 'wood',
    kind: 'price',
    working: 'competitor 40.000 under HPP 45.000: a loss of 5.000 each; range 49.500 to 67.500',
    turns: one(
      'hpp talenan kayu sy 45rb per biji, tp pesaing jual 40rb, harga jual sy brp?',
      rr(['rugi Rp 5.000', 'Rp 40.000'], ['Rp 49.500', 'Rp 67.500', 'periksa lagi biaya']),
    ),
  },
  {
    id: 'given-tenun-noted',
    craft: 'weaving',
    kind: 'price',
    working: '400.000 × 1,1 = 440.000; × 1,5 = 600.000',
    turns: one(
      'harga pokok kain tenun sy ketemu 400rb per lembar',
      ask('Rp 400.000', 'Rp 440.000', 'Rp 600.000'),
    ),
  },
  {
    id: 'given-sambal-own-and-market',
    craft: 'food',
    kind: 'price',
    working:
      '15.000 × 1,1 = 16.500, × 1,5 = 22.500; own 30.000: untung 15.000, markup 100%, margin 50%; the market 35.000 is shown',
    turns: [
      { say: 'hpp sambal botol sy 15rb', expect: ask('Rp 15.000', 'Rp 16.500', 'Rp 22.500') },
      {
        say: 'orang2 di shopee jual 35rb, kemahalan gak kalau sy jual 30rb?',
        expect: rr(['Rp 15.000', 'markup 100%', 'margin 50%'], ['Rp 35.000']),
      },
    ],
  },
  {
    id: 'given-english-jar-two-turns',
    craft: 'food',
    kind: 'price',
    working:
      '20.000 × 1,1 = 22.000, × 1,5 = 30.000; at 45.000: profit 25.000, markup 125%, margin 25/45 = 55,6%',
    turns: [
      {
        say: 'I worked out my cost per jar: 20k',
        expect: ask('Rp 20.000', 'markup', 'Rp 22.000', 'Rp 30.000'),
      },
      {
        say: 'other sellers charge 45k, is that a good price for me?',
        expect: r('Rp 25.000', 'markup 125%', 'margin 55,6%'),
      },
    ],
  },
  {
    id: 'given-dompet-then-markup',
    craft: 'leather',
    kind: 'price',
    working: '180.000 × 1,1 = 198.000, × 1,5 = 270.000; markup 40%: 180.000 × 1,4 = 252.000',
    turns: [
      {
        say: 'udah ketemu hpp dompet kulit sy 180rb per dompet',
        expect: ask('Rp 180.000', 'Rp 198.000', 'Rp 270.000'),
      },
      { say: 'markup 40% aja', expect: r('Harga jual Rp 252.000 per dompet') },
    ],
  },
  {
    id: 'given-kerupuk-pesaing',
    craft: 'food',
    kind: 'price',
    working: 'at 10.000 on 6.000: untung 4.000, markup 66,7%, margin 40%; range 6.600 to 9.000',
    turns: one(
      'hpp kerupuk 6rb per bungkus, harga pesaing 10rb, sy pasang brp?',
      rr(['Rp 4.000', 'markup 66,7%', 'margin 40%'], ['Rp 9.000']),
    ),
  },
  {
    id: 'given-tempe-rata-pasaran',
    craft: 'food',
    kind: 'price',
    working: 'at 12.000 on 7.000: untung 5.000, markup 71,4%, margin 41,7%; range 7.700 to 10.500',
    turns: one(
      'keripik tempe sy hpp nya 7rb per bungkus, rata2 di pasaran dijual 12rb. harga jual sy brp enaknya?',
      rr(['Rp 5.000', 'markup 71,4%', 'margin 41,7%'], ['Rp 10.500']),
    ),
  },
  {
    id: 'given-result-word-unnamed',
    craft: 'food',
    kind: 'story',
    working: '"ketemu 300rb" after a count names nothing: asked, never read as a cost called "ketemu"',
    turns: one('sy bikin 50 toples, ketemu 300rb, hpp per toples brp?', ask('Rp 300.000', 'biaya apa')),
  },
  {
    id: 'given-other-question-not-mine',
    craft: 'food',
    kind: 'price',
    working: 'an HPP said beside a question about something else: the documents answer',
    turns: one('hpp sy 12rb per box, gimana cara promosi di instagram?', { notMine: true }),
  },
];

/**
 * Written AFTER the change above and played once before any further change, to see how it generalises
 * (first play recorded in /work/notes/h20fin.md).
 */
export const HPP_GIVEN_FRESH: Dialogue[] = [
  {
    id: 'given-fresh-nastar-tetangga',
    craft: 'food',
    kind: 'price',
    working: 'at 75.000 on 45.000: untung 30.000, markup 66,7%, margin 40%; range 49.500 to 67.500',
    turns: one(
      'hpp kue nastar sy per toples udah ketemu 45rb. tetangga jual 75rb, sy jual brp bagusnya?',
      rr(['Rp 30.000', 'markup 66,7%', 'margin 40%'], ['Rp 67.500']),
    ),
  },
  {
    id: 'given-fresh-english-came-to',
    craft: 'leather',
    kind: 'price',
    working: '80.000 × 1,1 = 88.000; × 1,5 = 120.000',
    turns: one('my unit cost came to 80k. what price should i set?', r('Rp 88.000', 'Rp 120.000')),
  },
  {
    id: 'given-fresh-sepatu-marketplace',
    craft: 'leather',
    kind: 'price',
    working: 'others at 350.000 on 220.000: untung 130.000, markup 59,1%, margin 37,1%',
    turns: one(
      'modal sepatu kulit sy 220rb per pasang, di marketplace org jual 350rb',
      rr(['Rp 130.000', 'markup 59,1%', 'margin 37,1%'], ['pesaing']),
    ),
  },
  {
    id: 'given-fresh-rendang-jatuhnya',
    craft: 'food',
    kind: 'price',
    working: '35.000 × 1,1 = 38.500; × 1,5 = 52.500',
    turns: one('hpp rendang kemasan sy jatuhnya 35rb per pack', ask('Rp 35.000', 'Rp 38.500', 'Rp 52.500')),
  },
  {
    id: 'given-fresh-batik-then-own',
    craft: 'batik',
    kind: 'price',
    working: '90.000 × 1,1 = 99.000, × 1,5 = 135.000; at 150.000: untung 60.000, markup 66,7%, margin 40%',
    turns: [
      {
        say: 'hitung2an sy hpp batik cap 90rb per lembar',
        expect: ask('Rp 90.000', 'Rp 99.000', 'Rp 135.000'),
      },
      { say: 'kalau dijual 150rb gimana?', expect: r('Rp 60.000', 'markup 66,7%', 'margin 40%') },
    ],
  },
  {
    id: 'given-fresh-pasaran-keripik',
    craft: 'food',
    kind: 'price',
    working: 'market 15.000 on 9.000: untung 6.000, markup 66,7%, margin 40%',
    turns: one(
      'harga pasaran keripik pedas 15rb per bungkus, hpp sy 9rb. kemurahan gak?',
      r('Rp 6.000', 'markup 66,7%', 'margin 40%'),
    ),
  },
  {
    id: 'given-fresh-english-below',
    craft: 'leather',
    kind: 'price',
    working: 'competitors 300.000 under the cost 320.000: a loss of 20.000; range 352.000 to 480.000',
    turns: one(
      'competitors sell similar bags for 300k, my cost per bag is 320k',
      rr(['Rp 20.000', 'Rp 300.000'], ['check your costs']),
    ),
  },
  {
    id: 'given-fresh-tenun-reseller',
    craft: 'weaving',
    kind: 'price',
    working: '500.000 × 1,1 = 550.000; × 1,5 = 750.000',
    turns: one(
      'ketemu hpp tenun ikat 500rb per lembar, pengen jual ke reseller, harga brp?',
      r('Rp 550.000', 'Rp 750.000'),
    ),
  },
  {
    id: 'given-fresh-bakpia-own',
    craft: 'food',
    kind: 'price',
    working: 'at 40.000 on 28.000: untung 12.000, markup 42,9%, margin 30%',
    turns: one(
      'sy hitung modal per kotak bakpia 28rb, kalo jual 40rb untung brp persen?',
      r('Rp 12.000', 'markup 42,9%', 'margin 30%'),
    ),
  },
  {
    id: 'given-fresh-sabun-noted',
    craft: 'food',
    kind: 'price',
    working: '6.000 × 1,1 = 6.600; × 1,5 = 9.000',
    turns: one('hpp sabun sy 6rb per batang', ask('Rp 6.000', 'Rp 6.600', 'Rp 9.000')),
  },
  {
    id: 'given-fresh-halal-not-mine',
    craft: 'food',
    kind: 'price',
    working: 'an HPP beside a question about halal registration: the documents answer',
    turns: one('hpp sy 20rb per pcs, cara daftar halal gimana?', { notMine: true }),
  },
  {
    id: 'given-fresh-anyaman-thin',
    craft: 'weaving',
    kind: 'price',
    working: 'at 60.000 on 55.000: untung 5.000, markup 9,1%, margin 8,3% (thin)',
    turns: one(
      'udah dapet hpp anyaman 55rb, temen jual 60rb, sy ikut 60rb aja?',
      r('Rp 5.000', 'markup 9,1%', 'margin 8,3%'),
    ),
  },
];
