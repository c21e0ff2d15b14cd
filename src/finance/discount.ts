import { UNIT_NOUNS } from './figures.ts';
import type { Lang } from './numbers.ts';
import { readMoneyFacts } from './read.ts';
import { bp, frac, mul, percent, rupiah, sub } from './rupiah.ts';
import { FINANCE_SOURCES, type FinanceSource } from './sources.ts';

/**
 * A price after a discount, for whoever pays it ("harga ecer 350rb, diskon grosir 25% kalo ambil 3 lusin, jd brp
 * per biji & totalnya?", a buyer's "what's the price after the 25% wholesale discount, and the total for 3
 * dozen?"): the price less the discount, and the order's total when one is counted. No cost is given, so there
 * is no profit to work out: with a cost, the price calculators answer (money.discounted-price).
 */

/** "harga setelah diskon", "jd brp per biji", "price after the discount", "total for the order". */
const ASKED =
  /\b(setelah|sesudah|habis)\s+(di)?(diskon|potong)\w*|\b(jadi|jd)\s+(berapa|brp)\b|\bafter (the )?(\d+\s*%\s*)?(\w+\s+)?discount\b|\btotal (for|of) (the|my|this) (order|purchase)\b|\btotal\w*\s+(berapa|brp)\b/i;

export interface DiscountAnswer {
  text: string;
  source: FinanceSource;
}

export function discountedPrice(question: string, lang: Lang): DiscountAnswer | undefined {
  if (!ASKED.test(question)) return undefined;
  const facts = readMoneyFacts(question, lang);
  const prices = facts.items.filter((i) => i.label === 'price' || i.label === 'retail');
  const cut = facts.percents.filter((p) => p.label === 'discount' || p.label === 'reseller');
  const costs = facts.items.filter((i) => !['price', 'retail'].includes(i.label));
  if (prices.length !== 1 || cut.length !== 1 || costs.length > 0 || facts.percents.length !== 1)
    return undefined;
  const price = frac(prices[0]!.amount);
  const off = mul(price, bp(cut[0]!.bp));
  const after = sub(price, off);
  const noun =
    [...question.toLowerCase().matchAll(/\b(?:per|each|a|tiap|setiap)\s+([a-z]+)/g)]
      .map((m) => m[1]!)
      .find((w) => UNIT_NOUNS.test(w)) ?? (lang === 'id' ? 'biji' : 'piece');
  const count = facts.units && !facts.units.sold && facts.units.value > 1 ? facts.units.value : undefined;
  const total = count ? mul(after, frac(count)) : undefined;
  const id = lang === 'id';
  const pct = percent(cut[0]!.bp);
  const lead = id
    ? `Harga setelah diskon ${pct} ${rupiah(after)} per ${noun}${total ? `; untuk ${count} ${noun} totalnya ${rupiah(total)}` : ''}.`
    : `The price after the ${pct} discount is ${rupiah(after)} per ${noun}${total ? `; for an order of ${count}, the total is ${rupiah(total)}` : ''}.`;
  return {
    text: [
      lead,
      '',
      id
        ? 'Rumus: harga setelah diskon = harga × (1 − diskon).'
        : 'Formula: price after discount = price × (1 − discount).',
      `• ${id ? 'potongan' : 'discount'} = ${rupiah(price)} × ${pct} = ${rupiah(off)}`,
      `• ${id ? 'harga setelah diskon' : 'price after discount'} = ${rupiah(price)} − ${rupiah(off)} = ${rupiah(after)}`,
      ...(total ? [`• total = ${count} × ${rupiah(after)} = ${rupiah(total)}`] : []),
      id
        ? 'Artinya: bila Anda penjualnya, pastikan harga setelah diskon masih di atas HPP; kirim HPP-nya bila ingin dihitung untungnya.'
        : 'What it means: if you are the seller, make sure the discounted price still covers your cost (HPP); send it to see the profit.',
    ].join('\n'),
    source: FINANCE_SOURCES.channel,
  };
}
