import type { Lang } from './numbers.ts';
import { cmp, div, type Frac, frac, isWhole, mul, percent, rupiah, sub } from './rupiah.ts';
import type { Worked } from './solve.ts';
import { hppLines } from './format-hpp.ts';
import { T } from './format-common.ts';

const roundedUp = (price: Frac, lang: Lang) => {
  if (isWhole(price) && price.num % (1000n * price.den) === 0n) return '';
  const up = ((price.num + 1000n * price.den - 1n) / (1000n * price.den)) * 1000n;
  return lang === 'id' ? `, dibulatkan ke atas ${rupiah(up)}` : `, rounded up to ${rupiah(up)}`;
};

/** Selling price: total cost, markup or margin (with the other one said plainly), channel fees, flags. */
export function priceLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const r = w.price!;
  const input = w.priceInput!;
  const id = lang === 'id';
  const out: string[] = [];
  const costName = id ? 'total biaya' : 'total cost';
  if (w.hpp) out.push(...hppLines(w, noun, periodWord, lang).filter((l) => l.startsWith('• HPP')));
  const op = r.opcostPerUnit;
  const opLine = input.opcost?.monthly
    ? `${rupiah(input.opcost.monthly)} ÷ ${input.opcost.unitsSold} ${noun} = ${rupiah(op!)}`
    : op
      ? rupiah(op)
      : '';
  const t = r.target;
  out.unshift(
    `${T[lang].formula}: ${id ? `total biaya per ${noun} = HPP + biaya operasional per ${noun}` : `total cost per ${noun} = HPP + operating cost per ${noun}`}; ${
      t?.kind === 'margin'
        ? id
          ? 'harga jual = total biaya ÷ (1 − margin)'
          : 'price = total cost ÷ (1 − margin)'
        : t
          ? id
            ? 'harga jual = total biaya × (1 + markup)'
            : 'price = total cost × (1 + markup)'
          : id
            ? 'untung per unit = harga jual − total biaya'
            : 'profit per unit = price − total cost'
    }.`,
    '',
    `${T[lang].working}:`,
  );
  if (w.costIsTotal) out.push(`• ${costName} ${T[lang].per} ${noun} = ${rupiah(r.cost)}`);
  else if (op)
    out.push(
      `• ${id ? 'biaya operasional' : 'operating cost'} ${T[lang].per} ${noun} = ${opLine}`,
      `• ${costName} = ${rupiah(r.hpp)} + ${rupiah(op)} = ${rupiah(r.cost)}`,
    );
  else {
    const note = id
      ? 'biaya operasional belum Anda sebut; jika ada, sebutkan supaya ikut dihitung'
      : 'no operating costs given; tell me if there are any';
    out.push(w.hpp ? `• (${note})` : `• HPP ${T[lang].per} ${noun} = ${rupiah(r.hpp)} (${note})`);
  }
  if (t) {
    const formula =
      t.kind === 'markup'
        ? `${rupiah(r.cost)} × (1 + ${percent(t.bp)})`
        : `${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)})`;
    out.push(`• ${id ? 'harga jual' : 'price'} = ${formula} = ${rupiah(t.price)}${roundedUp(t.price, lang)}`);
    out.push(`• ${id ? 'untung' : 'profit'} = ${rupiah(t.profit)} ${T[lang].per} ${noun}`);
  }
  if (input.price !== undefined) {
    const p = frac(input.price);
    const profit = sub(p, r.cost);
    out.push(
      `• ${id ? 'harga jual' : 'price'} ${rupiah(p)} − ${rupiah(r.cost)} = ${rupiah(profit)} ${T[lang].per} ${noun}${profit.num < 0n ? (id ? ` (rugi ${rupiah(mul(profit, frac(-1)))})` : ` (a loss of ${rupiah(mul(profit, frac(-1)))})`) : r.marginOfPrice ? ` (margin ${percent(r.marginOfPrice)})` : ''}`,
    );
  }
  const ch = r.channel;
  if (ch) {
    const base = r.price!;
    const what =
      ch.kind === 'fee'
        ? id
          ? 'uang yang Anda terima setelah komisi'
          : 'what you receive after the fee'
        : ch.kind === 'reseller'
          ? id
            ? 'harga reseller'
            : 'reseller price'
          : id
            ? 'harga setelah diskon'
            : 'price after discount';
    out.push(`• ${what} = ${rupiah(base)} × (1 − ${percent(ch.bp)}) = ${rupiah(ch.net)}`);
    out.push(
      `• ${id ? 'untung Anda' : 'your profit'} = ${rupiah(ch.net)} − ${rupiah(r.cost)} = ${rupiah(ch.profit)} ${T[lang].per} ${noun}`,
    );
    if (ch.kind === 'fee' && ch.grossUpPrice)
      out.push(
        `• ${id ? `supaya tetap menerima ${rupiah(base)}, harga di marketplace` : `to still receive ${rupiah(base)}, list at`} = ${rupiah(base)} ÷ (1 − ${percent(ch.bp)}) = ${rupiah(ch.grossUpPrice)}`,
      );
  }
  out.push('');
  const final = ch?.net ?? r.price!;
  // A target price sold through a marketplace: the price to list is the answer, grossed up for the fee.
  const listed = ch?.kind === 'fee' && t && input.price === undefined && ch.grossUpPrice;
  const headline = listed
    ? id
      ? `harga di marketplace ${rupiah(ch.grossUpPrice!)}${roundedUp(ch.grossUpPrice!, lang)}, supaya setelah komisi ${percent(ch.bp)} Anda tetap menerima ${rupiah(t.price)}`
      : `list at ${rupiah(ch.grossUpPrice!)}${roundedUp(ch.grossUpPrice!, lang)} so that after the ${percent(ch.bp)} fee you still receive ${rupiah(t.price)}`
    : ch
      ? `${id ? (ch.kind === 'fee' ? 'uang diterima' : ch.kind === 'reseller' ? 'harga reseller' : 'harga setelah diskon') : 'net'} ${rupiah(ch.net)}`
      : t
        ? `${id ? 'harga jual' : 'selling price'} ${rupiah(t.price)}${roundedUp(t.price, lang)}`
        : `${id ? 'untung' : 'profit'} ${rupiah(sub(final, r.cost))}`;
  out.push(`${T[lang].result}: ${headline} ${T[lang].per} ${noun}.`);
  if (t) {
    const other = t.kind === 'markup' ? div(t.profit, t.price) : div(t.profit, r.cost);
    out.push(
      id
        ? t.kind === 'markup'
          ? `Markup dan margin berbeda: markup ${percent(t.bp)} dihitung dari biaya, sedangkan dari harga jual untung ${rupiah(t.profit)} itu hanya margin ${percent(other)}. Jika yang Anda maksud ${percent(t.bp)} dari harga jual (margin), harganya ${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)}) = ${t.bp < 10_000 ? rupiah(div(r.cost, sub(frac(1), frac(t.bp, 10_000)))) : '-'}.`
          : `Markup dan margin berbeda: margin ${percent(t.bp)} dihitung dari harga jual; dihitung dari biaya, untung ${rupiah(t.profit)} itu markup ${percent(other)}.`
        : t.kind === 'markup'
          ? `Markup is on cost, margin on price: a ${percent(t.bp)} markup is a ${percent(other)} margin on the price.`
          : `Margin is on price, markup on cost: a ${percent(t.bp)} margin is a ${percent(other)} markup on cost.`,
    );
  }
  if (r.belowHpp)
    out.push(
      id
        ? `⚠️ Harga ini di bawah HPP ${rupiah(r.hpp)}: setiap ${noun} yang terjual rugi, bahkan biaya membuatnya tidak tertutup.`
        : `⚠️ This is below the production cost ${rupiah(r.hpp)}: every ${noun} sold loses money.`,
    );
  else if (r.belowCost)
    out.push(
      id
        ? `⚠️ Harga ini di atas HPP tetapi di bawah total biaya ${rupiah(r.cost)}: biaya operasional tidak tertutup, jadi hanya pantas sesekali, misalnya menghabiskan stok lama.`
        : `⚠️ Above production cost but below total cost ${rupiah(r.cost)}: operating costs are not covered.`,
    );
  else if (cmp(ch?.net ?? r.price!, r.cost) === 0)
    out.push(
      id
        ? `${T[lang].meaning}: pada harga ini setiap ${noun} hanya impas, tidak untung dan tidak rugi; tambahkan keuntungan supaya usaha bisa tumbuh.`
        : `${T[lang].meaning}: at this price each ${noun} only breaks even, with no profit.`,
    );
  else
    out.push(
      id
        ? `${T[lang].meaning}: dengan harga ini setiap ${noun} menutup ${w.costIsTotal ? 'total biaya' : 'HPP'}${op ? ' dan biaya operasional' : ''} dan menyisakan untung; bandingkan juga dengan harga pesaing dan kemampuan pembeli.`
        : `${T[lang].meaning}: at this price each ${noun} covers its costs and leaves a profit; compare it with competitors' prices too.`,
    );
  return out;
}
