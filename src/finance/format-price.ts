import { T } from './format-common.ts';
import { hppWorking } from './format-hpp.ts';
import type { Lang } from './numbers.ts';
import { cmp, div, type Frac, frac, isWhole, mul, percent, rupiah, sub } from './rupiah.ts';
import type { Worked } from './solve.ts';

/** Prices are quoted in whole thousands: the exact figure rounded up, or undefined when it already is one. */
const upToThousand = (price: Frac): bigint | undefined => {
  if (isWhole(price) && price.num % (1000n * price.den) === 0n) return undefined;
  return ((price.num + 1000n * price.den - 1n) / (1000n * price.den)) * 1000n;
};

const roundedUp = (price: Frac, lang: Lang) => {
  const up = upToThousand(price);
  if (up === undefined) return '';
  return lang === 'id' ? `, dibulatkan ke atas ${rupiah(up)}` : `, rounded up to ${rupiah(up)}`;
};

/** "Rp 543.000 (dibulatkan ke atas dari ± Rp 542.857)": the price to quote first, the exact one after. */
const quoted = (price: Frac, lang: Lang, per = '') => {
  const up = upToThousand(price);
  if (up === undefined) return `${rupiah(price)}${per}`;
  return `${rupiah(up)}${per} (${lang === 'id' ? 'dibulatkan ke atas dari' : 'rounded up from'} ${rupiah(price)})`;
};

const gain = (profit: Frac, lang: Lang) =>
  profit.num < 0n
    ? `${lang === 'id' ? 'rugi' : 'a loss of'} ${rupiah(mul(profit, frac(-1)))}`
    : `${lang === 'id' ? 'untung' : 'profit'} ${rupiah(profit)}`;

const CHANNEL = {
  id: { fee: 'uang yang Anda terima', reseller: 'harga reseller', discount: 'harga setelah diskon' },
  en: { fee: 'what you receive after the fee', reseller: 'reseller price', discount: 'price after discount' },
};

/**
 * Selling price, result first: the price (or the profit, or what reaches the artisan after a channel's cut),
 * then the formula, the working, the markup-versus-margin note, a flag or what it means.
 */
export function priceLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const r = w.price!;
  const input = w.priceInput!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const t = r.target;
  const ch = r.channel;
  const op = r.opcostPerUnit;
  const costWord = op || w.costIsTotal ? (id ? 'total biaya' : 'total cost') : 'HPP';
  const listed = ch?.kind === 'fee' && t && input.price === undefined ? ch.grossUpPrice : undefined;

  let headline: string;
  if (listed && t)
    headline = id
      ? `Pasang harga ${quoted(listed, lang, ` ${perNoun}`)} di marketplace, supaya setelah komisi ${percent(ch!.bp)} Anda tetap menerima ${rupiah(t.price)}.`
      : `List it at ${quoted(listed, lang, ` ${perNoun}`)} so that after the ${percent(ch!.bp)} fee you still receive ${rupiah(t.price)}.`;
  else if (ch) {
    const what = CHANNEL[lang][ch.kind];
    const lead = t
      ? `${id ? 'Harga jual' : 'Selling price'} ${quoted(t.price, lang, ` ${perNoun}`)}; ${what}`
      : what;
    const text = `${lead} ${rupiah(ch.net)}${t ? '' : ` ${perNoun}`}, ${id ? 'Anda' : 'you make'} ${gain(ch.profit, lang)}.`;
    headline = text.charAt(0).toUpperCase() + text.slice(1);
  } else if (t) headline = `${id ? 'Harga jual' : 'Selling price'} ${quoted(t.price, lang, ` ${perNoun}`)}.`;
  else {
    const profit = sub(frac(input.price!), r.cost);
    const margin = r.marginOfPrice && profit.num > 0n ? ` (margin ${percent(r.marginOfPrice)})` : '';
    headline =
      profit.num < 0n
        ? id
          ? `Anda rugi ${rupiah(mul(profit, frac(-1)))} ${perNoun}: harga ${rupiah(input.price!)} di bawah ${costWord} ${rupiah(r.cost)}.`
          : `You lose ${rupiah(mul(profit, frac(-1)))} ${perNoun}: the price ${rupiah(input.price!)} is below the ${costWord} ${rupiah(r.cost)}.`
        : id
          ? `Untung Anda ${rupiah(profit)} ${perNoun}${margin}.`
          : `Your profit is ${rupiah(profit)} ${perNoun}${margin}.`;
  }

  const formulas: string[] = [];
  if (op)
    formulas.push(
      id
        ? `total biaya = HPP + biaya operasional ${perNoun}`
        : `total cost = HPP + operating cost ${perNoun}`,
    );
  if (t?.kind === 'markup')
    formulas.push(id ? `harga jual = ${costWord} × (1 + markup)` : `price = ${costWord} × (1 + markup)`);
  else if (t)
    formulas.push(id ? `harga jual = ${costWord} ÷ (1 − margin)` : `price = ${costWord} ÷ (1 − margin)`);
  if (listed)
    formulas.push(
      id ? 'harga di marketplace = harga jual ÷ (1 − komisi)' : 'marketplace price = price ÷ (1 − fee)',
    );
  else if (ch)
    formulas.push(
      id
        ? `${CHANNEL.id[ch.kind]} = harga × (1 − ${ch.kind === 'fee' ? 'komisi' : 'diskon'})`
        : `${CHANNEL.en[ch.kind]} = price × (1 − ${ch.kind === 'fee' ? 'fee' : 'discount'})`,
    );
  // The profit is counted on what reaches the artisan: the price itself, or what is left after the channel.
  if (!t) {
    const received = ch ? CHANNEL[lang][ch.kind] : id ? 'harga jual' : 'price';
    formulas.push(id ? `untung = ${received} − ${costWord}` : `profit = ${received} − ${costWord}`);
  }

  const out = [headline, '', `${T[lang].formula}: ${formulas.join('; ')}.`];
  if (w.hpp) out.push(...hppWorking(w, noun, periodWord, lang));
  if (op) {
    if (input.opcost?.monthly)
      out.push(
        `• ${id ? 'biaya operasional' : 'operating cost'} ${perNoun} = ${rupiah(input.opcost.monthly)} ÷ ${input.opcost.unitsSold} ${noun} = ${rupiah(op)}`,
      );
    out.push(`• ${id ? 'total biaya' : 'total cost'} = ${rupiah(r.hpp)} + ${rupiah(op)} = ${rupiah(r.cost)}`);
  }
  if (t) {
    const formula =
      t.kind === 'markup'
        ? `${rupiah(r.cost)} × (1 + ${percent(t.bp)})`
        : `${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)})`;
    out.push(
      `• ${id ? 'harga jual' : 'price'} = ${formula} = ${rupiah(t.price)}${roundedUp(t.price, lang)}; ${gain(t.profit, lang)} ${perNoun}`,
    );
  }
  if (input.price !== undefined && !ch) {
    const p = frac(input.price);
    out.push(
      `• ${id ? 'untung' : 'profit'} = ${rupiah(p)} − ${rupiah(r.cost)} = ${rupiah(sub(p, r.cost))} ${perNoun}`,
    );
  }
  if (ch) {
    const from = r.price!;
    // Listing at the grossed-up price is the answer; what a sale at the bare price would leave is not asked.
    if (!listed)
      out.push(
        `• ${CHANNEL[lang][ch.kind]} = ${rupiah(from)} × (1 − ${percent(ch.bp)}) = ${rupiah(ch.net)}; ${id ? 'untung Anda' : 'your profit'} = ${rupiah(ch.net)} − ${rupiah(r.cost)} = ${rupiah(ch.profit)}`,
      );
    if (ch.kind === 'fee' && ch.grossUpPrice)
      out.push(
        `• ${id ? `supaya tetap menerima ${rupiah(from)}, harga di marketplace` : `to still receive ${rupiah(from)}, list at`} = ${rupiah(from)} ÷ (1 − ${percent(ch.bp)}) = ${rupiah(ch.grossUpPrice)}${roundedUp(ch.grossUpPrice, lang)}`,
      );
  }
  if (t) {
    const other = t.kind === 'markup' ? div(t.profit, t.price) : div(t.profit, r.cost);
    const asMargin = t.bp < 10_000 ? rupiah(div(r.cost, sub(frac(1), frac(t.bp, 10_000)))) : '-';
    out.push(
      id
        ? t.kind === 'markup'
          ? `Markup ${percent(t.bp)} dihitung dari biaya (dari harga jual, itu margin ${percent(other)}); jika maksud Anda margin ${percent(t.bp)} dari harga jual, harganya ${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)}) = ${asMargin}.`
          : `Margin ${percent(t.bp)} dihitung dari harga jual (dari biaya, itu markup ${percent(other)}).`
        : t.kind === 'markup'
          ? `Markup is on cost, margin on price: a ${percent(t.bp)} markup is a ${percent(other)} margin on the price.`
          : `Margin is on price, markup on cost: a ${percent(t.bp)} margin is a ${percent(other)} markup on cost.`,
    );
  }
  out.push(verdict(w, noun, lang));
  if (!op && !w.costIsTotal)
    out.push(
      id
        ? '(Biaya operasional belum Anda sebut; jika ada, kirim supaya ikut dihitung.)'
        : '(No operating costs given; send them if there are any.)',
    );
  return out;
}

/** A flag when the price does not cover the costs, else one sentence of what the price means. */
function verdict(w: Worked, noun: string, lang: Lang): string {
  const r = w.price!;
  const id = lang === 'id';
  if (r.belowHpp)
    return id
      ? `⚠️ Harga ini di bawah HPP ${rupiah(r.hpp)}: setiap ${noun} yang terjual rugi, bahkan biaya membuatnya tidak tertutup.`
      : `⚠️ This is below the production cost ${rupiah(r.hpp)}: every ${noun} sold loses money.`;
  if (r.belowCost)
    return id
      ? `⚠️ Harga ini di atas HPP tetapi di bawah total biaya ${rupiah(r.cost)}: biaya operasional tidak tertutup, jadi hanya pantas sesekali, misalnya menghabiskan stok lama.`
      : `⚠️ Above production cost but below total cost ${rupiah(r.cost)}: operating costs are not covered.`;
  if (cmp(r.channel?.net ?? r.price!, r.cost) === 0)
    return id
      ? `${T[lang].meaning}: pada harga ini setiap ${noun} hanya impas; tambahkan keuntungan supaya usaha bisa tumbuh.`
      : `${T[lang].meaning}: at this price each ${noun} only breaks even, with no profit.`;
  return id
    ? `${T[lang].meaning}: setiap ${noun} menutup biayanya dan menyisakan untung; bandingkan juga dengan harga pesaing.`
    : `${T[lang].meaning}: each ${noun} covers its costs and leaves a profit; compare it with competitors' prices too.`;
}
