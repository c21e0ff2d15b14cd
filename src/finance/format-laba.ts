import type { Part, ProfitResult } from './calc.ts';
import { count, feeName, feeRate, feeWords, partLine, T } from './format-common.ts';
import type { Lang } from './numbers.ts';
import { bp, div, type Frac, frac, mul, percent, rupiah, sub } from './rupiah.ts';
import type { Worked } from './solve.ts';

const minus = (x: Frac) => mul(x, frac(-1));

/** The HPP parts a result may leave out, named in the answer's language. */
const MISSING_WORDS: Record<Lang, Partial<Record<string, string>>> = {
  id: { materials: 'bahan baku', labour: 'upah tenaga kerja', overhead: 'overhead' },
  en: { materials: 'materials', labour: 'labour', overhead: 'overhead' },
};

/**
 * Profit for a period, result first: the net profit (or the loss), then the formula, sales, the cost of what
 * was sold, the period's other costs, and what it means.
 */
export function profitLines(w: Worked, noun: string, lang: Lang): string[] {
  const p = w.profit!;
  // with no cost of the period said, what the sales leave over the HPP is the gross profit, and said so
  const grossOnly = !p.asksNet && p.costs.length === 0 && p.hppPerUnit !== undefined && p.price !== undefined;
  if (p.unitCosts?.length || p.batchHpp || p.asksGross || grossOnly) return grossNetLines(w, noun, lang);
  const r = p.result!;
  const id = lang === 'id';
  const loss = r.net.num < 0n;
  const sold = p.unitsSold ? count(p.unitsSold, noun, lang) : '';
  // a period worked out from a day's sales is said by its name; any other keeps "that period"
  const period = p.soldSaid || p.perMonth ? T[lang].month : p.perDay ? T[lang].day : undefined;
  // "untung per pasang dan per bulan?": the unit's share of the period's result, beside it
  const each =
    p.asksPerUnit && p.unitsSold && p.unitsSold > 0
      ? ` (${rupiah(div(loss ? minus(r.net) : r.net, frac(p.unitsSold)))} ${T[lang].per} ${noun})`
      : '';
  const out = [
    loss
      ? id
        ? `Anda rugi ${rupiah(minus(r.net))} ${period ?? 'pada periode itu'}${each}.`
        : `You made a loss of ${rupiah(minus(r.net))} ${period ?? 'in that period'}${each}.`
      : id
        ? `Untung bersih Anda ${rupiah(r.net)} ${period ?? 'pada periode itu'}${each}${shareOfSales(w, lang)}.`
        : `Your net profit is ${rupiah(r.net)} ${period ?? 'for that period'}${each}${shareOfSales(w, lang)}.`,
    '',
    id
      ? `${T[lang].formula}: untung bersih = omzet${cutTerm(w, lang)} − HPP barang yang terjual − biaya operasional.`
      : `${T[lang].formula}: net profit = sales${cutTerm(w, lang)} − cost of goods sold − operating costs.`,
  ];
  out.push(...salesAndCogsLines(w, sold, id));
  // the gross profit before the period's costs, so that the artisan sees what the costs take
  if (p.costs.length > 0 && (p.hppPerUnit !== undefined || p.hppTotal !== undefined))
    out.push(
      `• ${id ? 'Untung kotor' : 'Gross profit'} = ${received(r)} − ${rupiah(r.cogs)} = ${signed(r.gross)}`,
    );
  if (p.costs.length > 0) {
    const listed = p.costs.map((c: Part) =>
      partLine(c, noun, T[lang].month, lang).replace(/ sebulan$| a month$/, ''),
    );
    out.push(
      `• ${id ? 'Biaya operasional' : 'Operating costs'}: ${listed.join(' + ')}${p.costs.length > 1 ? ` = ${rupiah(r.costs)}` : ''}`,
    );
  }
  out.push(
    `• ${id ? 'Untung bersih' : 'Net profit'} = ${received(r)} − ${rupiah(r.cogs)} − ${rupiah(r.costs)} = ${loss ? '−' : ''}${rupiah(loss ? minus(r.net) : r.net)}`,
  );
  out.push(
    loss
      ? id
        ? `${T[lang].meaning}: penjualan periode itu belum menutup HPP dan biaya operasionalnya; cek harga jual, biaya terbesar, atau jumlah yang laku.`
        : `${T[lang].meaning}: the period's sales did not cover the cost of goods and the operating costs; check the price, the largest cost, or how many you sell.`
      : id
        ? `${T[lang].meaning}: setelah semua biaya periode itu tertutup, ${rupiah(r.net)} adalah hasil usaha; gaji Anda sendiri yang belum dicatat sebagai biaya juga diambil dari sini.`
        : `${T[lang].meaning}: after every cost of the period is covered, ${rupiah(r.net)} is what the business earned; any pay you take yourself that was not listed as a cost comes out of this.`,
  );
  return out;
}

/**
 * " (13,3% dari omzet)" when the message asked the profit as a share of the sales ("brp persen dr omzet?"):
 * the profit in the lead (net, else gross) ÷ the sales; "" otherwise.
 */
function shareOfSales(w: Worked, lang: Lang): string {
  const p = w.profit!;
  const r = p.result;
  if (!p.asksShare || !r || r.revenue.num <= 0n) return '';
  const hasCosts = p.costs.length > 0;
  const profit = hasCosts || !(p.unitCosts?.length || p.asksGross) ? r.net : r.gross;
  const share = percent(div(profit, r.revenue));
  return lang === 'id' ? ` (${share} dari omzet)` : ` (${share} of sales)`;
}

/** " − potongan marketplace" in a formula when a cut was taken off the sales, else "". */
const cutTerm = (w: Worked, lang: Lang) => {
  const fee = w.profit?.fee;
  return fee && w.profit?.result?.fee ? ` − ${feeName(fee, lang)}` : '';
};

const capitalised = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** The sales less the marketplace's cut, as a subtraction ("Rp 11.400.000 − Rp 912.000"), or the sales alone. */
const received = (r: ProfitResult) => (r.fee ? `${rupiah(r.revenue)} − ${rupiah(r.fee)}` : rupiah(r.revenue));

/** The sales and the cost of the goods sold of a period, as the profit and the gross/net answers show them. */
function salesAndCogsLines(w: Worked, sold: string, id: boolean): string[] {
  const p = w.profit!;
  const r = p.result!;
  const revenue =
    p.revenueParts.length > 0
      ? p.revenueParts.map((x) => `${x.name ? `${x.name} ` : ''}${rupiah(x.amount)}`).join(' + ')
      : `${sold} × ${rupiah(p.price!)}`;
  const cogs =
    p.hppTotal !== undefined
      ? p.cogsParts?.length
        ? `${p.cogsParts.map((x) => `${x.name ? `${x.name} ` : ''}${rupiah(x.amount)}`).join(' + ')}${p.cogsParts.length > 1 ? ` = ${rupiah(r.cogs)}` : ''}`
        : rupiah(r.cogs)
      : p.hppPerUnit !== undefined
        ? `${sold} × ${rupiah(p.hppPerUnit)} = ${rupiah(r.cogs)}`
        : 'Rp 0';
  return [
    `• ${id ? 'Omzet' : 'Sales'}: ${revenue}${p.revenueParts.length > 1 || !p.revenue ? ` = ${rupiah(r.revenue)}` : ''}`,
    ...(r.fee && p.fee
      ? [
          `• ${capitalised(feeName(p.fee, id ? 'id' : 'en'))}: ${rupiah(r.revenue)} × ${feeRate(p.fee)} = ${rupiah(r.fee)}`,
        ]
      : []),
    `• ${id ? 'HPP barang yang terjual' : 'Cost of goods sold'}: ${cogs}`,
  ];
}

/** "Rp 7.800.000", or "−Rp 200.000" for a loss. */
const signed = (x: Frac) => (x.num < 0n ? `−${rupiah(minus(x))}` : rupiah(x));

/**
 * Profit for a period with the cost of each unit said ("modal per lembar: kain 40rb, upah 30rb") or the gross
 * profit asked: the gross profit (sales − HPP of what was sold) and the net (gross − the period's costs),
 * with the HPP and the profit of one unit when the unit price is known.
 */
function grossNetLines(w: Worked, noun: string, lang: Lang): string[] {
  const p = w.profit!;
  const r = p.result!;
  const id = lang === 'id';
  const sold = p.unitsSold ? count(p.unitsSold, noun, lang) : '';
  const allSold = id ? 'jika yang dibuat laku semua' : 'if all you make sells';
  const period = p.perMonth
    ? `${T[lang].month}${p.soldAsMade ? ` (${allSold})` : ''}`
    : p.perDay
      ? `${T[lang].day}${p.soldAsMade ? ` (${allSold})` : ''}`
      : p.soldAsMade
        ? id
          ? `untuk ${sold}, jika laku semua`
          : `for ${sold}, if all sell`
        : id
          ? 'pada periode itu'
          : 'for that period';
  const perNoun = `${T[lang].per} ${noun}`;
  const hasCosts = p.costs.length > 0;
  const share = shareOfSales(w, lang);
  // a loss after the period's costs is said as one, plainly; the gross profit beside it when it was asked
  const loss = hasCosts && r.net.num < 0n;
  const grossSaid = p.asksGross ? ` (${id ? 'untung kotor' : 'gross profit'} ${signed(r.gross)})` : '';
  // "untung per tas dan per bulan?": each unit's share beside the period's
  const each =
    p.asksPerUnit && p.unitsSold && p.unitsSold > 0
      ? ` (${signed(div(hasCosts ? r.net : r.gross, frac(p.unitsSold)))} ${perNoun})`
      : '';
  const result = id
    ? loss
      ? `Anda rugi ${rupiah(minus(r.net))} ${period}${grossSaid}${share}.`
      : hasCosts
        ? `Untung kotor ${signed(r.gross)} ${period}; untung bersih ${signed(r.net)} ${period}${each}${share}.`
        : `Untung kotor Anda ${signed(r.gross)} ${period}${each}${share}.`
    : loss
      ? `You made a loss of ${rupiah(minus(r.net))} ${period}${grossSaid}${share}.`
      : hasCosts
        ? `Gross profit ${signed(r.gross)} ${period}; net profit ${signed(r.net)} ${period}${each}${share}.`
        : `Your gross profit is ${signed(r.gross)} ${period}${each}${share}.`;
  // "HPP nya brp per dompet? untung sebulan brp?": the HPP of one unit, asked too, leads
  const lead =
    p.asksHpp && p.hppPerUnit
      ? `${id ? 'HPP' : 'Cost (HPP)'} ${rupiah(p.hppPerUnit)} ${perNoun}; ${/^Anda\b/.test(result) ? result : `${result[0]!.toLowerCase()}${result.slice(1)}`}`
      : result;
  const fixedWord = p.perMonth
    ? id
      ? 'biaya tetap'
      : 'fixed costs'
    : id
      ? 'biaya operasional'
      : 'operating costs';
  const out = [
    lead,
    '',
    id
      ? `${T[lang].formula}: untung kotor = omzet${cutTerm(w, lang)} − HPP barang yang terjual${hasCosts ? `; untung bersih = untung kotor − ${fixedWord}` : ''}.`
      : `${T[lang].formula}: gross profit = sales${cutTerm(w, lang)} − cost of goods sold${hasCosts ? `; net profit = gross profit − ${fixedWord}` : ''}.`,
  ];
  const unitCosts = p.unitCosts ?? [];
  // "bahan 600rb, tenaga 150rb, 100 bungkus sekali produksi": each unit's HPP from one batch
  if (p.batchHpp && p.hppPerUnit) {
    const b = p.batchHpp;
    const listed = b.parts.map((c) => partLine(c, noun, T[lang].batch, lang)).join(' + ');
    const open = b.notIncluded.map((m) => MISSING_WORDS[lang][m] ?? m).join(id ? ' dan ' : ' and ');
    out.push(
      `• HPP ${perNoun} = ${rupiah(p.hppPerUnit)} (${listed}; ${count(b.units, noun, lang)} ${T[lang].batch})${open ? (id ? `, belum termasuk ${open}` : `, ${open} not included`) : ''}`,
    );
  }
  if (unitCosts.length > 0 && p.hppPerUnit) {
    // a batch's cost shows its share ("kulit Rp 1.100.000 ÷ 22 = Rp 50.000")
    const listed = unitCosts
      .map((c) => `${c.name ? `${c.name} ` : ''}${c.detail ? `${c.detail} = ` : ''}${rupiah(c.amount)}`)
      .join(' + ');
    out.push(`• HPP ${perNoun}: ${listed}${unitCosts.length > 1 ? ` = ${rupiah(p.hppPerUnit)}` : ''}`);
  }
  // "jual 95rb, potongan admin 8%": what each sale brings in, then the profit of one unit on it
  const net = p.price && p.fee ? sub(p.price, mul(p.price, bp(p.fee.bp))) : p.price;
  if (p.price && p.fee && net && !p.revenueParts.length)
    out.push(
      `• ${id ? 'uang diterima' : 'received'} ${perNoun} = ${rupiah(p.price)} − ${feeWords(p.fee, lang)} ${rupiah(sub(p.price, net))} = ${rupiah(net)}`,
    );
  if (p.hppPerUnit && net && !p.revenueParts.length)
    out.push(
      `• ${id ? 'untung' : 'profit'} ${perNoun} = ${rupiah(net)} − ${rupiah(p.hppPerUnit)} = ${signed(sub(net, p.hppPerUnit))}`,
    );
  out.push(...salesAndCogsLines(w, sold, id));
  out.push(
    `• ${id ? 'Untung kotor' : 'Gross profit'} = ${received(r)} − ${rupiah(r.cogs)} = ${signed(r.gross)}`,
  );
  if (hasCosts) {
    const listed = p.costs.map((c: Part) =>
      partLine(c, noun, T[lang].month, lang).replace(/ sebulan$| a month$/, ''),
    );
    const heading = id
      ? fixedWord[0]!.toUpperCase() + fixedWord.slice(1)
      : fixedWord[0]!.toUpperCase() + fixedWord.slice(1);
    out.push(
      `• ${heading}${p.perMonth ? ` ${T[lang].month}` : ''}: ${listed.join(' + ')}${p.costs.length > 1 ? ` = ${rupiah(r.costs)}` : ''}`,
    );
    out.push(
      `• ${id ? 'Untung bersih' : 'Net profit'} = ${signed(r.gross)} − ${rupiah(r.costs)} = ${signed(r.net)}`,
    );
  }
  out.push(
    !hasCosts
      ? id
        ? `Belum dipotong biaya tetap (sewa, listrik, gaji bulanan): kirim angkanya untuk untung bersihnya.`
        : 'Fixed costs (rent, electricity, monthly salaries) are not taken off yet: send them for the net profit.'
      : r.net.num < 0n
        ? id
          ? `${T[lang].meaning}: penjualan belum menutup HPP dan biaya tetapnya; cek harga jual, biaya terbesar, atau jumlah yang laku.`
          : `${T[lang].meaning}: sales do not cover the cost of goods and the fixed costs yet; check the price, the largest cost, or how many you sell.`
        : id
          ? `${T[lang].meaning}: gaji Anda sendiri yang belum dicatat sebagai biaya juga diambil dari untung bersih ini.`
          : `${T[lang].meaning}: any pay you take yourself that was not listed as a cost comes out of this net profit.`,
  );
  return out;
}

/** What the marketplace leaves of a price, result first. */
export function feeLines(w: Worked, noun: string, lang: Lang): string[] {
  const r = w.fee!.result!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  return [
    id
      ? `Uang yang Anda terima ${rupiah(r.net)} ${perNoun} (potongan ${percent(r.bp)} = ${rupiah(r.fee)}).`
      : `You receive ${rupiah(r.net)} ${perNoun} (the ${percent(r.bp)} fee takes ${rupiah(r.fee)}).`,
    '',
    id
      ? `${T[lang].formula}: uang diterima = harga jual × (1 − potongan admin atau komisi).`
      : `${T[lang].formula}: received = price × (1 − fee).`,
    `• ${rupiah(r.price)} × (100% − ${(w.fee!.parts ?? [r.bp]).map((p) => percent(p)).join(' − ')}) = ${rupiah(r.net)}`,
    id
      ? `${T[lang].meaning}: harga jual di marketplace perlu menutup HPP, biaya lain, dan untung SETELAH potongan ini; kirim HPP Anda untuk melihat untungnya.`
      : `${T[lang].meaning}: your marketplace price must cover your cost, other costs and profit AFTER this fee; send your cost (HPP) to see the profit.`,
    id
      ? 'Potongan lain yang Anda ikuti (program gratis ongkir, cashback, voucher atau promo toko, biaya per pesanan) mengurangi lagi uang yang diterima; cek rincian pesanan di aplikasi.'
      : 'Other charges you take part in (free-shipping programmes, cashback, shop vouchers or promos, a per-order fee) reduce what you receive further; check the order details in the app.',
  ];
}
