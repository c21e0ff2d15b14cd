import type { Lang } from './numbers.ts';
import type { Intent } from './read.ts';

/** The calculators a chat channel offers under /hitung, with the label of each button. */
export const HITUNG_KINDS: readonly { kind: Intent; label: Record<Lang, string> }[] = [
  { kind: 'hpp', label: { id: 'HPP per unit', en: 'Cost per unit (HPP)' } },
  { kind: 'harga', label: { id: 'Harga jual', en: 'Selling price' } },
  { kind: 'impas', label: { id: 'Titik impas (BEP)', en: 'Break-even (BEP)' } },
  { kind: 'susut', label: { id: 'Penyusutan mesin', en: 'Machine depreciation' } },
  { kind: 'laba', label: { id: 'Untung bersih', en: 'Net profit' } },
  { kind: 'potongan', label: { id: 'Potongan marketplace', en: 'Marketplace fees' } },
];

const GUIDES: Record<Intent, Record<Lang, { ask: string; example: string }>> = {
  hpp: {
    id: {
      ask: 'Hitung HPP per unit: kirim biaya bahan baku, tenaga kerja, overhead (listrik, sewa, penyusutan alat), dan jumlah produksi, sebulan atau sekali produksi.',
      example: 'kulit 150rb per tas, jahit 50rb per tas, listrik dan sewa 1,2 juta sebulan, 40 tas sebulan',
    },
    en: {
      ask: 'Cost per unit (HPP): send your materials, labour and overhead costs (electricity, rent, equipment wear) and how many units you make, per month or per batch.',
      example:
        'materials 150k per bag, sewing 50k per bag, rent and electricity 1.2 million a month, 40 bags a month',
    },
  },
  harga: {
    id: {
      ask: 'Hitung harga jual: kirim HPP per unit, biaya operasional (jika ada), dan target untung: markup dari biaya atau margin dari harga jual. Harga yang ingin dicek, komisi marketplace, atau diskon reseller juga bisa.',
      example: 'hpp 300rb per tas, operasional 80rb per tas, markup 50%',
    },
    en: {
      ask: 'Selling price: send your cost (HPP) per unit, operating costs if any, and your profit target: a markup on cost or a margin on price. A price to check, a marketplace fee or a reseller discount works too.',
      example: 'production cost 300k per bag, operating cost 80k per bag, markup 50%',
    },
  },
  impas: {
    id: {
      ask: 'Hitung titik impas (BEP): kirim biaya tetap sebulan, harga jual per unit, dan biaya variabel per unit.',
      example: 'biaya tetap 10 juta sebulan, harga jual 450rb per tas, biaya variabel 180rb per tas',
    },
    en: {
      ask: 'Break-even point (BEP): send your fixed costs a month, the selling price per unit and the variable cost per unit.',
      example: 'fixed costs 10 million a month, price 450k per bag, variable cost 180k per bag',
    },
  },
  susut: {
    id: {
      ask: 'Hitung penyusutan mesin: kirim harga beli mesin atau alat dan perkiraan umur pakainya. Jumlah produksi sebulan juga boleh, untuk bagian per unit.',
      example: '2 mesin jahit @ 6 juta, umur 5 tahun, 50 tas sebulan',
    },
    en: {
      ask: 'Machine depreciation: send the purchase price of the machine or tool and how long you expect to use it. Units made a month too if you like, for the share per unit.',
      example: '2 sewing machines @ 6 million, 5 years, 50 bags a month',
    },
  },
  laba: {
    id: {
      ask: 'Hitung untung bersih: kirim jumlah yang laku dan harga jualnya (atau omzet), HPP per unit (atau HPP total), dan biaya operasional periode itu.',
      example: 'bulan ini laku 300 bungkus, harga 55rb, hpp 35rb, ongkos lain 2,5jt',
    },
    en: {
      ask: 'Net profit: send how many you sold and the price (or your sales), the cost (HPP) per unit or in total, and the operating costs of that period.',
      example: 'sold 300 packs this month, price 55k, cost 35k each, other costs 2.5 million',
    },
  },
  potongan: {
    id: {
      ask: 'Hitung potongan marketplace: kirim harga jual per unit dan potongan admin atau komisinya (persen). HPP juga boleh, untuk untungnya.',
      example: 'harga 80rb, admin shopee 10%',
    },
    en: {
      ask: 'Marketplace fees: send your selling price per unit and the fee or commission (percent). Your cost (HPP) too, for the profit.',
      example: 'price 80k, marketplace fee 10%',
    },
  },
};

const EXAMPLE = { id: 'Contoh', en: 'For example' };

/**
 * The prompt a chat channel shows for `/hitung hpp|harga|impas|susut` (or its button): which figures to send for
 * that calculator, with an example in the artisan's own style. The reply with figures continues the
 * calculation: `answerMoneyQuestion` knows this prompt in the history and takes its calculator from it.
 */
export function hitungGuide(kind: Intent, language: Lang = 'id'): string {
  const g = GUIDES[kind][language];
  return `${g.ask}\n${EXAMPLE[language]}: "${g.example}"`;
}

/** The calculator an earlier guide prompt was for, when `answer` is one of them. */
export function guideKind(answer: string): Intent | undefined {
  for (const kind of Object.keys(GUIDES) as Intent[])
    for (const lang of ['id', 'en'] as const) if (answer.startsWith(GUIDES[kind][lang].ask)) return kind;
  return undefined;
}
