import { analyze } from '../text/analyze.ts';

/**
 * Product families as officials and artisans name them. A query naming one of a family's triggers
 * also looks for all its members: "tas" finds "koper" and "dompet"; "kulit" (leather) finds leather
 * goods and footwear, but "tas" does not find shoes.
 */
export const PRODUCT_FAMILIES: readonly { triggers: readonly string[]; members: readonly string[] }[] = [
  {
    triggers: ['tas', 'koper', 'dompet', 'ransel', 'bag', 'suitcase'],
    members: ['tas', 'koper', 'dompet', 'ransel'],
  },
  {
    triggers: ['kulit', 'leather'],
    members: ['kulit', 'tas', 'koper', 'dompet', 'sepatu', 'sandal', 'jaket', 'sabuk'],
  },
  {
    triggers: ['alas kaki', 'sepatu', 'sandal', 'footwear', 'shoes'],
    members: ['alas kaki', 'sepatu', 'sandal'],
  },
  {
    triggers: ['tenun', 'tapis', 'songket', 'ulos', 'weaving', 'wastra'],
    members: ['tenun', 'tapis', 'songket', 'ulos', 'wastra'],
  },
  { triggers: ['batik'], members: ['batik', 'wastra'] },
  {
    triggers: ['logam', 'besi', 'metal', 'kuningan'],
    members: ['logam', 'besi', 'kuningan', 'aksesoris logam', 'pandai besi'],
  },
  {
    triggers: ['makanan', 'pangan', 'camilan', 'food', 'snack'],
    members: ['makanan', 'pangan', 'keripik', 'kue', 'camilan', 'olahan'],
  },
  { triggers: ['kayu', 'mebel', 'furnitur', 'furniture'], members: ['kayu', 'mebel', 'furnitur', 'ukiran'] },
  { triggers: ['gerabah', 'keramik', 'tembikar', 'pottery'], members: ['gerabah', 'keramik', 'tembikar'] },
  { triggers: ['anyaman', 'rotan', 'bambu'], members: ['anyaman', 'rotan', 'bambu', 'pandan'] },
];

/** Stems of a product name, as stored on the row. */
export function productTerms(product: string): string[] {
  return [...new Set(analyze(product, { english: true }))];
}

/**
 * The stems a product query matches: its own words plus every word of each family the query
 * names, so "tas" also matches "koper" and "kulit" matches footwear.
 */
export function productQueryTerms(query: string): string[] {
  const own = analyze(query, { slang: true, english: true });
  const text = ` ${own.join(' ')} `;
  const stem = (word: string) => analyze(word, { english: true }).join(' ');
  const terms = new Set(own);
  for (const family of PRODUCT_FAMILIES) {
    if (!family.triggers.some((word) => stem(word) && text.includes(` ${stem(word)} `))) continue;
    for (const member of family.members)
      for (const term of stem(member).split(' ')) if (term) terms.add(term);
  }
  return [...terms];
}
