import { T } from './format-common.ts';
import { hppWorking, notIncludedWords } from './format-hpp.ts';
import type { Lang } from './numbers.ts';
import { type ChannelKind, COMMON_MARKUPS, type PriceResult } from './calc.ts';
import { cmp, div, type Frac, frac, isWhole, mul, percent, rupiah, sub } from './rupiah.ts';
import type { PercentAsked } from './read.ts';
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

/** The cut a target is kept after, in a sentence: "setelah diskon reseller 20%". */
const CUT = {
  id: { fee: 'komisi', reseller: 'diskon reseller', discount: 'diskon' },
  en: { fee: 'fee', reseller: 'reseller discount', discount: 'discount' },
};

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
  // a target the artisan keeps after the channel's cut: the price to ask is grossed up over the cut
  const listed =
    ch && t && input.price === undefined && (ch.kind === 'fee' || input.targetAfterCut)
      ? ch.grossUpPrice
      : undefined;
  // a consignment shop's share is not a marketplace fee
  const channelWord = (kind: ChannelKind) =>
    w.cutByShop && kind === 'fee' && !id ? "what you receive after the shop's share" : CHANNEL[lang][kind];
  const cutSaid = ch ? (ch.bp !== undefined ? percent(ch.bp) : rupiah(ch.cut)) : '';
  // the price checked is someone else's ("temen sy jual 25rb"): said as theirs, and set against the range
  const checksMarket = w.market !== undefined && input.price === w.market.amount && !t && !ch;

  let headline: string;
  const keeps = t?.kind === 'amount' ? ` (${gain(t.profit, lang)} ${perNoun})` : '';
  if (listed && t && ch?.kind === 'fee')
    headline = id
      ? `Pasang harga ${quoted(listed, lang, ` ${perNoun}`)} di marketplace, supaya setelah komisi ${cutSaid} Anda tetap menerima ${rupiah(t.price)}${keeps}.`
      : `List it at ${quoted(listed, lang, ` ${perNoun}`)} so that after the ${cutSaid} fee you still receive ${rupiah(t.price)}${keeps}.`;
  else if (listed && t)
    headline = id
      ? `Pasang harga ${quoted(listed, lang, ` ${perNoun}`)}, supaya setelah ${CUT.id[ch!.kind]} ${cutSaid} Anda tetap menerima ${rupiah(t.price)}${keeps}.`
      : `Set your price at ${quoted(listed, lang, ` ${perNoun}`)}, so that after the ${CUT.en[ch!.kind]} of ${cutSaid} you still receive ${rupiah(t.price)}${keeps}.`;
  else if (ch) {
    const what = channelWord(ch.kind);
    const lead = t
      ? `${id ? 'Harga jual' : 'Selling price'} ${quoted(t.price, lang, ` ${perNoun}`)}; ${what}`
      : what;
    // "ambil 2 kodi ... untung total brp?": the whole order beside each unit
    const order =
      w.order && !t
        ? id
          ? `; untuk ${w.order.count} ${noun}: ${what} total ${rupiah(mul(ch.net, frac(w.order.count)))}, untung total ${rupiah(mul(ch.profit, frac(w.order.count)))}`
          : `; for ${w.order.count} ${noun}: ${what} ${rupiah(mul(ch.net, frac(w.order.count)))} in total, profit ${rupiah(mul(ch.profit, frac(w.order.count)))} in total`
        : '';
    const text = `${lead} ${rupiah(ch.net)}${t ? '' : ` ${perNoun}`}, ${id ? 'Anda' : 'you make'} ${gain(ch.profit, lang)}${order}.`;
    headline = text.charAt(0).toUpperCase() + text.slice(1);
  } else if (t && w.packAsked)
    // "what price for the dozen?": the pack's price is the exact price of a piece × its size, then rounded
    headline = `${id ? 'Harga jual' : 'Selling price'} ${quoted(mul(t.price, frac(w.packAsked.size)), lang, ` per ${w.packAsked.noun}`)}: ${w.packAsked.size} × ${rupiah(t.price)} ${perNoun}.`;
  else if (t) headline = `${id ? 'Harga jual' : 'Selling price'} ${quoted(t.price, lang, ` ${perNoun}`)}.`;
  else {
    const profit = sub(frac(input.price!), r.cost);
    const shares = profit.num > 0n ? ` (${sharesAt(r, costWord, lang, checksMarket)})` : '';
    const at = checksMarket
      ? id
        ? `Di harga pesaing ${rupiah(input.price!)}, `
        : `At the competitor's price of ${rupiah(input.price!)}, `
      : '';
    const asked = w.percentAsked && profit.num > 0n && !checksMarket ? w.percentAsked : undefined;
    headline = asked
      ? percentLead(asked, r, costWord, perNoun, lang)
      : profit.num < 0n
        ? id
          ? `${at}Anda rugi ${rupiah(mul(profit, frac(-1)))} ${perNoun}: harga ${rupiah(input.price!)} di bawah ${costWord} ${rupiah(r.cost)}.`
          : `${at}${at ? 'y' : 'Y'}ou lose ${rupiah(mul(profit, frac(-1)))} ${perNoun}: the price ${rupiah(input.price!)} is below the ${costWord} ${rupiah(r.cost)}.`
        : id
          ? `${at}${at ? 'u' : 'U'}ntung Anda ${rupiah(profit)} ${perNoun}${shares}.`
          : `${at}${at ? 'y' : 'Y'}our profit is ${rupiah(profit)} ${perNoun}${shares}.`;
    // "1 lusin 300rb": each piece's price first, then the profit of a piece and of the pack
    if (w.pack)
      headline = id
        ? `Harga ${perNoun} ${rupiah(input.price!)}; untung ${signedRp(profit)} ${perNoun}, ${signedRp(mul(profit, frac(w.pack.size)))} per ${w.pack.noun}.`
        : `Price ${perNoun} ${rupiah(input.price!)}; profit ${signedRp(profit)} ${perNoun}, ${signedRp(mul(profit, frac(w.pack.size)))} per ${w.pack.noun}.`;
  }

  // worked out from the costs said: the HPP it stands on is said with the price (the artisan counted the
  // costs to learn it), with what that HPP does not hold yet
  const open = notIncludedWords(w, lang);
  if (w.hpp) {
    const hpp = `${rupiah(r.hpp)} ${perNoun}${open ? (id ? `, belum termasuk ${open}` : `, ${open} not included`) : ''}`;
    headline = `${headline.replace(/\.$/, '')}; ${id ? `dari HPP ${hpp}` : `from an HPP of ${hpp}`}.`;
  }

  const formulas: string[] = [];
  if (op)
    formulas.push(
      id
        ? `total biaya = HPP + biaya operasional ${perNoun}`
        : `total cost = HPP + operating cost ${perNoun}`,
    );
  const received = listed ? (id ? 'yang Anda terima' : 'what you receive') : id ? 'harga jual' : 'price';
  if (t?.kind === 'markup')
    formulas.push(
      id ? `${received} = ${costWord} × (1 + markup)` : `${received} = ${costWord} × (1 + markup)`,
    );
  else if (t?.kind === 'amount')
    formulas.push(
      id
        ? `${received} = ${costWord} + untung yang diinginkan`
        : `${received} = ${costWord} + the profit you want`,
    );
  else if (t)
    formulas.push(
      id ? `${received} = ${costWord} ÷ (1 − margin)` : `${received} = ${costWord} ÷ (1 − margin)`,
    );
  const share =
    ch?.kind === 'fee'
      ? w.cutByShop
        ? id
          ? 'bagian toko'
          : "the shop's share"
        : id
          ? 'komisi'
          : 'fee'
      : id
        ? 'diskon'
        : 'discount';
  if (listed && ch?.kind === 'fee')
    formulas.push(
      id ? 'harga di marketplace = harga jual ÷ (1 − komisi)' : 'marketplace price = price ÷ (1 − fee)',
    );
  else if (listed)
    formulas.push(
      ch!.bp !== undefined
        ? id
          ? `harga jual = yang Anda terima ÷ (1 − ${share})`
          : `price = what you receive ÷ (1 − ${share})`
        : id
          ? 'harga jual = yang Anda terima + potongan'
          : 'price = what you receive + the cut',
    );
  else if (ch)
    formulas.push(
      ch.bp !== undefined
        ? id
          ? `${channelWord(ch.kind)} = harga × (1 − ${share})`
          : `${channelWord(ch.kind)} = price × (1 − ${share})`
        : id
          ? `${channelWord(ch.kind)} = harga − potongan`
          : `${channelWord(ch.kind)} = price − the cut`,
    );
  // The profit is counted on what reaches the artisan: the price itself, or what is left after the channel.
  if (!t) {
    const received = ch ? channelWord(ch.kind) : id ? 'harga jual' : 'price';
    formulas.push(id ? `untung = ${received} − ${costWord}` : `profit = ${received} − ${costWord}`);
  }
  // the percentage asked has its own formula beside the profit's, the one asked first
  const sharesAsked =
    w.percentAsked !== undefined && !t && !ch && r.profit !== undefined && r.profit.num > 0n;
  if (sharesAsked) formulas.push(shareFormulas(w.percentAsked!, costWord, lang));
  // the profit at a price checked, on the cost (markup) and on the price (margin): its working line says how
  const showsShares = !t && !ch && r.profit !== undefined && r.profit.num > 0n;

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
        : t.kind === 'amount'
          ? `${rupiah(r.cost)} + ${rupiah(t.profit)}`
          : `${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)})`;
    // what the artisan receives is exact; only the price asked of buyers is rounded
    out.push(
      `• ${received} = ${formula} = ${rupiah(t.price)}${listed ? '' : roundedUp(t.price, lang)}; ${gain(t.profit, lang)} ${perNoun}`,
    );
  }
  if (w.pack)
    out.push(
      `• ${id ? 'harga' : 'price'} ${perNoun} = ${rupiah(w.pack.amount)} ÷ ${w.pack.size} = ${rupiah(input.price!)}`,
    );
  if (input.price !== undefined && !ch) {
    const p = frac(input.price);
    out.push(
      `• ${id ? 'untung' : 'profit'} = ${rupiah(p)} − ${rupiah(r.cost)} = ${rupiah(sub(p, r.cost))} ${perNoun}`,
    );
    if (w.pack)
      out.push(
        `• ${id ? 'untung' : 'profit'} per ${w.pack.noun} = ${w.pack.size} × ${rupiah(sub(p, r.cost))} = ${rupiah(mul(sub(p, r.cost), frac(w.pack.size)))}`,
      );
    if (showsShares) {
      const markupLine = `markup = ${rupiah(r.profit!)} ÷ ${rupiah(r.cost)} = ${percent(div(r.profit!, r.cost))}`;
      const marginLine = `margin = ${rupiah(r.profit!)} ÷ ${rupiah(p)} = ${percent(r.marginOfPrice!)}`;
      out.push(
        `• ${w.percentAsked === 'margin' ? `${marginLine}; ${markupLine}` : `${markupLine}; ${marginLine}`}`,
      );
    }
    for (const c of w.claimed ?? []) out.push(claimLine(c.bp, r, costWord, lang));
  }
  if (ch) {
    const from = r.price!;
    // Listing at the grossed-up price is the answer; what a sale at the bare price would leave is not asked.
    const cutWord = w.cutByShop ? (id ? 'bagian toko' : "the shop's share") : id ? 'potongan' : 'the cut';
    const cutLine =
      ch.bp !== undefined ? `${cutWord} = ${rupiah(from)} × ${percent(ch.bp)} = ${rupiah(ch.cut)}; ` : '';
    const left =
      ch.bp !== undefined
        ? `${rupiah(from)} × (1 − ${percent(ch.bp)})`
        : `${rupiah(from)} − ${rupiah(ch.cut)}`;
    if (!listed)
      out.push(
        `• ${cutLine}${channelWord(ch.kind)} = ${left} = ${rupiah(ch.net)}; ${id ? 'untung Anda' : 'your profit'} = ${rupiah(ch.net)} − ${rupiah(r.cost)} = ${rupiah(ch.profit)}`,
      );
    if (ch.grossUpPrice && (ch.kind === 'fee' || listed) && ch.bp !== undefined) {
      const target =
        ch.kind === 'fee' && !w.cutByShop
          ? id
            ? 'harga di marketplace'
            : 'list at'
          : id
            ? 'harga jual'
            : 'price';
      out.push(
        `• ${id ? `supaya tetap menerima ${rupiah(from)}, ${target}` : `to still receive ${rupiah(from)}, ${target}`} = ${rupiah(from)} ÷ (1 − ${percent(ch.bp)}) = ${rupiah(ch.grossUpPrice)}${roundedUp(ch.grossUpPrice, lang)}`,
      );
    } else if (listed && ch.grossUpPrice)
      out.push(
        `• ${id ? `supaya tetap menerima ${rupiah(from)}, harga jual` : `to still receive ${rupiah(from)}, price`} = ${rupiah(from)} + ${rupiah(ch.cut)} = ${rupiah(ch.grossUpPrice)}`,
      );
  }
  if (t?.kind === 'amount')
    out.push(
      id
        ? `Untung ${rupiah(t.profit)} itu markup ${percent(div(t.profit, r.cost))} dari ${costWord}, margin ${percent(t.otherBp)} dari ${rupiah(t.price)}.`
        : `A profit of ${rupiah(t.profit)} is a ${percent(div(t.profit, r.cost))} markup on the ${costWord}, a ${percent(t.otherBp)} margin of ${rupiah(t.price)}.`,
    );
  else if (t) {
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
  // someone else's price, or a price asked for: the usual range on the cost, and where that price stands
  const compares = w.range && !ch && (w.market !== undefined || (w.asksPrice && !t));
  if (compares) {
    out.push(rangeLine(w, costWord, perNoun, lang));
    if (w.market && !checksMarket) out.push(marketLine(w, lang));
    out.push(w.market ? marketVerdict(w, costWord, lang) : verdict(w, noun, lang));
    out.push(allCosts(lang));
    return out;
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

/**
 * "Margin Anda 25% dari harga jual (markup 33,3% dari HPP); untung Rp 20.000 per tas.": the percentage asked
 * first, the other one beside it, then the profit they are shares of; asked only for "the percentage"
 * ("untung sy brp persen?"), the profit with both shares of it.
 */
function percentLead(
  asked: PercentAsked,
  r: PriceResult,
  costWord: string,
  perNoun: string,
  lang: Lang,
): string {
  const markup = percent(div(r.profit!, r.cost));
  const margin = percent(r.marginOfPrice!);
  const profit = rupiah(r.profit!);
  if (lang === 'id')
    return asked === 'margin'
      ? `Margin Anda ${margin} dari harga jual (markup ${markup} dari ${costWord}); untung ${profit} ${perNoun}.`
      : asked === 'markup'
        ? `Markup Anda ${markup} dari ${costWord} (margin ${margin} dari harga jual); untung ${profit} ${perNoun}.`
        : `Untung Anda ${profit} ${perNoun}: markup ${markup} dari ${costWord}, margin ${margin} dari harga jual.`;
  return asked === 'margin'
    ? `Your margin is ${margin} of the price (a ${markup} markup on cost); profit ${profit} ${perNoun}.`
    : asked === 'markup'
      ? `Your markup is ${markup} on cost (a ${margin} margin of the price); profit ${profit} ${perNoun}.`
      : `Your profit is ${profit} ${perNoun}: markup ${markup} on cost, margin ${margin} of the price.`;
}

/** "margin = untung ÷ harga jual; markup = untung ÷ HPP", the one asked first. */
function shareFormulas(asked: PercentAsked, costWord: string, lang: Lang): string {
  const margin = lang === 'id' ? 'margin = untung ÷ harga jual' : 'margin = profit ÷ price';
  const markup = lang === 'id' ? `markup = untung ÷ ${costWord}` : `markup = profit ÷ ${costWord}`;
  return asked === 'margin' ? `${margin}; ${markup}` : `${markup}; ${margin}`;
}

/** A claimed percentage within a point of a share is taken to be that share, rounded as people say it. */
const CLAIM_TOLERANCE_BP = 100;

/**
 * "Angka 33% itu markup (untung ÷ HPP), bukan margin": which share a percentage the message says matches,
 * the nearer one within CLAIM_TOLERANCE_BP, that it matches neither, or that no profit is left to share.
 */
function claimLine(claimedBp: number, r: PriceResult, costWord: string, lang: Lang): string {
  const said = percent(claimedBp);
  const id = lang === 'id';
  if (r.profit!.num <= 0n)
    return id
      ? `Angka ${said} tidak berlaku: pada harga ini tidak ada untung.`
      : `The ${said} figure does not hold: at this price there is no profit.`;
  const toBp = (x: Frac) => Number((x.num * 10_000n) / x.den);
  const markupBp = toBp(div(r.profit!, r.cost));
  const marginBp = toBp(r.marginOfPrice!);
  const offMarkup = Math.abs(claimedBp - markupBp);
  const offMargin = Math.abs(claimedBp - marginBp);
  const markup = percent(div(r.profit!, r.cost));
  const margin = percent(r.marginOfPrice!);
  if (offMarkup < CLAIM_TOLERANCE_BP && offMarkup <= offMargin)
    return id
      ? `Angka ${said} itu markup (untung ÷ ${costWord}), bukan margin; dihitung dari harga jual, margin Anda ${margin}.`
      : `The ${said} figure is the markup (profit ÷ cost), not the margin; of the price, your margin is ${margin}.`;
  if (offMargin < CLAIM_TOLERANCE_BP)
    return id
      ? `Angka ${said} itu margin (untung ÷ harga jual), bukan markup; dihitung dari ${costWord}, markup Anda ${markup}.`
      : `The ${said} figure is the margin (profit ÷ price), not the markup; on cost, your markup is ${markup}.`;
  return id
    ? `Angka ${said} tidak cocok dengan keduanya: markup Anda ${markup} dari ${costWord}, margin ${margin} dari harga jual.`
    : `The ${said} figure matches neither: your markup is ${markup} on cost, your margin ${margin} of the price.`;
}

/** "Rp 7.000", or "−Rp 2.000" for a loss. */
const signedRp = (x: Frac) => (x.num < 0n ? `−${rupiah(mul(x, frac(-1)))}` : rupiah(x));

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

/** "markup 108,3% dari HPP, margin 52% dari harga jual": the profit at a price, on the cost and on the price. */
function sharesAt(r: PriceResult, costWord: string, lang: Lang, long: boolean): string {
  const markup = percent(div(r.profit!, r.cost));
  const margin = percent(r.marginOfPrice!);
  if (!long) return `markup ${markup}, margin ${margin}`;
  return lang === 'id'
    ? `markup ${markup} dari ${costWord}, margin ${margin} dari harga jual`
    : `markup ${markup} on cost, margin ${margin} of the price`;
}

/** "Rp 13.200 sampai Rp 18.000": the prices at the usual markups on the cost, wholesale to retail. */
const spans = (w: Worked, lang: Lang) =>
  `${rupiah(w.range!.low.target!.price)} ${lang === 'id' ? 'sampai' : 'to'} ${rupiah(w.range!.high.target!.price)}`;

const MARKUPS = `${percent(COMMON_MARKUPS.wholesaleBp)}`;
const RETAIL = `${percent(COMMON_MARKUPS.retailBp)}`;

/** The usual range on the cost, as one working line. */
function rangeLine(w: Worked, costWord: string, perNoun: string, lang: Lang): string {
  return lang === 'id'
    ? `• kisaran dari biaya: markup ${MARKUPS} (grosir) sampai ${RETAIL} (eceran) dari ${costWord} = ${spans(w, lang)} ${perNoun}`
    : `• range from cost: a ${MARKUPS} (wholesale) to ${RETAIL} (retail) markup on the ${costWord} = ${spans(w, lang)} ${perNoun}`;
}

/** Where someone else's price stands next to the artisan's own: "harga Anda Rp 16.800 (Rp 8.200 lebih murah)". */
function marketLine(w: Worked, lang: Lang): string {
  const m = frac(w.market!.amount);
  const own = w.price!.price!;
  const gap = sub(m, own);
  const id = lang === 'id';
  const size = rupiah(gap.num < 0n ? mul(gap, frac(-1)) : gap);
  const where =
    gap.num === 0n
      ? id
        ? 'sama'
        : 'the same'
      : gap.num > 0n
        ? id
          ? `${size} lebih murah`
          : `${size} cheaper`
        : id
          ? `${size} lebih mahal`
          : `${size} dearer`;
  return id
    ? `• harga pesaing ${rupiah(m)}; harga Anda ${rupiah(own)} (${where})`
    : `• competitor's price ${rupiah(m)}; yours ${rupiah(own)} (${where})`;
}

/**
 * What someone else's price means for the artisan, as the price document says it: the price from the costs
 * is the floor and the market the ceiling; a market far above leaves room for margin, a market below the cost
 * is no reason to sell at a loss.
 */
function marketVerdict(w: Worked, costWord: string, lang: Lang): string {
  const m = frac(w.market!.amount);
  const r = w.price!;
  const id = lang === 'id';
  const meaning = T[lang].meaning;
  if (cmp(m, r.cost) <= 0)
    return id
      ? `⚠️ Harga pesaing ${rupiah(m)} tidak di atas ${costWord} Anda ${rupiah(r.cost)}: jangan langsung menurunkan harga sampai rugi; periksa lagi biaya (bahan terbuang, proses lambat, kemasan terlalu mahal), buat versi yang lebih sederhana, atau cari pembeli yang menghargai mutu.`
      : `⚠️ The competitor's price ${rupiah(m)} is not above your ${costWord} ${rupiah(r.cost)}: do not cut your price to a loss; check your costs again (waste, slow steps, costly packaging), make a simpler version, or find buyers who pay for quality.`;
  if (cmp(m, w.range!.high.target!.price) > 0)
    return id
      ? `${meaning}: harga dari biaya adalah batas bawah dan harga pesaing batas atas; ${rupiah(m)} di atas kisaran itu, jadi ada ruang menaikkan margin selama mutu dan kemasan Anda setara.`
      : `${meaning}: the price from your costs is the floor and the competitor's price the ceiling; ${rupiah(m)} is above that range, so there is room for more margin if your quality and packaging match.`;
  if (cmp(m, w.range!.low.target!.price) >= 0)
    return id
      ? `${meaning}: harga pesaing ${rupiah(m)} masuk kisaran dari biaya Anda, jadi harga di sekitar itu wajar dan tetap untung.`
      : `${meaning}: the competitor's price ${rupiah(m)} is within the range from your costs, so a price around it is fair and still profitable.`;
  return id
    ? `${meaning}: harga pesaing ${rupiah(m)} hanya sedikit di atas ${costWord} Anda, untungnya tipis; periksa lagi biaya atau bedakan produk Anda sebelum ikut harga itu.`
    : `${meaning}: the competitor's price ${rupiah(m)} is only just above your ${costWord}, a thin profit; check your costs again or set your product apart before matching it.`;
}

/** Every cost belongs in the HPP before a price is set on it. */
const allCosts = (lang: Lang) =>
  lang === 'id'
    ? 'Pastikan HPP sudah memuat semua biaya: bahan, kemasan, upah (juga upah Anda sendiri), gas/listrik, penyusutan; biaya operasional seperti promosi dan ongkir ditambahkan di atasnya.'
    : 'Make sure your HPP holds every cost: materials, packaging, wages (yours too), gas/electricity, depreciation; operating costs such as promotion and shipping come on top.';

/**
 * A price asked for from a known cost with no target yet ("hpp brownies sy 12rb per box, harga jual enaknya
 * brp?"): the usual range, worked out, and an invitation to send a markup or a competitor's price.
 */
export function rangeLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const { low, high } = w.range!;
  const op = low.opcostPerUnit;
  const costWord = op || w.costIsTotal ? (id ? 'total biaya' : 'total cost') : 'HPP';
  const out = [
    id
      ? `Dari ${costWord} ${rupiah(low.cost)}, harga jual umumnya ${spans(w, lang)} ${perNoun} (markup ${MARKUPS} untuk grosir sampai ${RETAIL} untuk eceran); harga pastinya tergantung target keuntungan Anda (markup atau margin).`
      : `From your ${costWord} of ${rupiah(low.cost)}, the usual selling price is ${spans(w, lang)} ${perNoun} (a ${MARKUPS} markup for wholesale up to ${RETAIL} for retail); the exact price depends on your profit target (markup or margin).`,
    '',
    `${T[lang].formula}: ${id ? 'harga jual' : 'price'} = ${costWord} × (1 + markup).`,
  ];
  if (w.hpp) out.push(...hppWorking(w, noun, periodWord, lang));
  if (op) {
    const oc = w.priceInput!.opcost!;
    if (oc.monthly)
      out.push(
        `• ${id ? 'biaya operasional' : 'operating cost'} ${perNoun} = ${rupiah(oc.monthly)} ÷ ${oc.unitsSold} ${noun} = ${rupiah(op)}`,
      );
    out.push(
      `• ${id ? 'total biaya' : 'total cost'} = ${rupiah(low.hpp)} + ${rupiah(op)} = ${rupiah(low.cost)}`,
    );
  }
  for (const [who, r] of [
    [id ? 'grosir' : 'wholesale', low],
    [id ? 'eceran' : 'retail', high],
  ] as const)
    out.push(`• ${who}: ${rupiah(r.cost)} × (1 + ${percent(r.target!.bp)}) = ${rupiah(r.target!.price)}`);
  out.push(
    id
      ? `${T[lang].meaning}: harga dari biaya ini batas bawah; bandingkan dengan harga pesaing yang mutunya setara (kirim harganya untuk saya cek), atau kirim target markup Anda.`
      : `${T[lang].meaning}: a price from your costs is the floor; compare it with competitors of the same quality (send their price for me to check), or send your own markup.`,
    allCosts(lang),
  );
  return out;
}

/**
 * The cost a price leaves at a markup or a margin, result first: "modal Rp 19.231 per unit" with the division,
 * so that the artisan knows the most one unit may cost to keep that profit.
 */
export function costFromPriceLines(w: Worked, noun: string, lang: Lang): string[] {
  const c = w.costFromPrice!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const share = percent(c.bp);
  // the most one unit may cost, in whole rupiah: rounded down, so that the profit is not below the share
  const exact = c.cost;
  const cost = frac(Number(exact.num / exact.den));
  const rounded = isWhole(exact)
    ? ''
    : id
      ? `, dibulatkan ke bawah ${rupiah(cost)}`
      : `, rounded down to ${rupiah(cost)}`;
  const working =
    c.kind === 'markup'
      ? `${rupiah(c.price)} ÷ (1 + ${share}) = ${rupiah(exact)}${rounded}`
      : `${rupiah(c.price)} × (1 − ${share}) = ${rupiah(exact)}${rounded}`;
  const profit = sub(c.price, cost);
  return [
    id
      ? `Modal (HPP) paling tinggi ${rupiah(cost)} ${perNoun} supaya harga ${rupiah(c.price)} memberi ${c.kind} ${share}.`
      : `Your cost (HPP) can be at most ${rupiah(cost)} ${perNoun} for the price ${rupiah(c.price)} to give a ${share} ${c.kind}.`,
    '',
    `${T[lang].formula}: ${c.kind === 'markup' ? (id ? 'modal = harga jual ÷ (1 + markup)' : 'cost = price ÷ (1 + markup)') : id ? 'modal = harga jual × (1 − margin)' : 'cost = price × (1 − margin)'}.`,
    `• ${working}`,
    `• ${id ? 'untung' : 'profit'} = ${rupiah(c.price)} − ${rupiah(cost)} = ${rupiah(profit)} ${perNoun}`,
    id
      ? `${T[lang].meaning}: kalau modal per ${noun} lebih dari ${rupiah(cost)}, untungnya kurang dari ${share}; turunkan biaya atau naikkan harga.`
      : `${T[lang].meaning}: if one ${noun} costs more than ${rupiah(cost)}, the profit is below ${share}; cut the cost or raise the price.`,
  ];
}
