import { count, feeWords, T } from './format-common.ts';
import type { Lang } from './numbers.ts';
import type { PaybackTime } from './payback.ts';
import type { PaybackUnit } from './read.ts';
import { ceil, frac, isWhole, number, rupiah, sum } from './rupiah.ts';
import type { Worked } from './solve.ts';

const UNIT_WORDS: Record<Lang, Record<PaybackUnit, { one: string; many: string; per: string }>> = {
  id: {
    month: { one: 'bulan', many: 'bulan', per: 'sebulan' },
    week: { one: 'minggu', many: 'minggu', per: 'seminggu' },
    day: { one: 'hari', many: 'hari', per: 'sehari' },
  },
  en: {
    month: { one: 'month', many: 'months', per: 'a month' },
    week: { one: 'week', many: 'weeks', per: 'a week' },
    day: { one: 'day', many: 'days', per: 'a day' },
  },
};

/** "× 26 hari", "× 4 minggu", "÷ 4": how a profit of the sales' period becomes one of the answer's unit. */
function factor(from: PaybackUnit, to: PaybackUnit, p: PaybackTime, lang: Lang): string {
  const id = lang === 'id';
  const d = id ? 'hari' : 'days';
  const w = id ? 'minggu' : 'weeks';
  const perMonth = p.days?.perMonth;
  const perWeek = p.days?.perWeek;
  if (from === to) return '';
  if (from === 'day' && to === 'month')
    return perWeek && !perMonth ? ` × ${perWeek} ${d} × 4 ${w}` : ` × ${perMonth} ${d}`;
  if (from === 'day' && to === 'week') return perWeek ? ` × ${perWeek} ${d}` : ` × ${perMonth} ${d} ÷ 4`;
  if (from === 'week' && to === 'month') return ` × 4 ${w}`;
  if (from === 'month' && to === 'week') return ' ÷ 4';
  if (from === 'week' && to === 'day') return perWeek ? ` ÷ ${perWeek} ${d}` : ` ÷ (${perMonth} ${d} ÷ 4)`;
  return ` ÷ ${perMonth} ${d}`;
}

/**
 * A payback over time, result first: when the capital is back ("2,3 bulan: lunas di bulan ke-3"), then the
 * profit of a month (or week, or day) from the profit of each unit and the sales, and the division.
 */
export function paybackTimeLines(w: Worked, noun: string, lang: Lang): string[] {
  const p = w.paybackTime!;
  const r = p.result!;
  const id = lang === 'id';
  const u = UNIT_WORDS[lang][p.unit];
  const total = sum(p.capital.map((i) => frac(i.amount)));
  const named = p.capital
    .map((i) => i.words.replace(/\s+(hrg|harga|harganya|seharga|price)$/i, '').trim())
    .filter(Boolean)
    .join(', ');
  const what = id
    ? `Modal ${rupiah(total)}${named ? ` (${named})` : ''}`
    : `Your capital of ${rupiah(total)}${named ? ` (${named})` : ''}`;
  const whole = ceil(r.exact);
  const lead = r.never
    ? id
      ? `${what} tidak akan kembali: untung ${u.per} tidak menutup biaya tetapnya.`
      : `${what} will not come back: the profit ${u.per} does not cover the fixed costs.`
    : isWhole(r.exact)
      ? id
        ? `${what} balik dalam ${whole} ${u.many}.`
        : `${what} comes back in ${whole} ${whole === 1n ? u.one : u.many}.`
      : id
        ? `${what} balik dalam ± ${number(r.exact, 1)} ${u.many}: lunas di ${u.one} ke-${whole}.`
        : `${what} comes back in about ${number(r.exact, 1)} ${u.many}: paid off in ${u.one} ${whole}.`;
  const profitWord = id ? `untung ${u.per}` : `profit ${u.per}`;
  const out = [
    lead,
    '',
    `${T[lang].formula}: ${id ? `lama balik modal = modal ÷ ${profitWord}` : `payback time = capital ÷ ${profitWord}`}.`,
  ];
  const perNoun = `${T[lang].per} ${noun}`;
  if (p.unitProfit?.price && p.unitProfit.cost)
    out.push(
      `• ${id ? 'untung' : 'profit'} ${perNoun} = ${rupiah(p.unitProfit.price)}${p.unitProfit.fee ? ` − ${feeWords(p.unitProfit.fee, lang)} ${rupiah(p.unitProfit.fee.cut)}` : ''} − HPP ${rupiah(p.unitProfit.cost)} = ${rupiah(p.unitProfit.amount)}`,
    );
  const grossWord = r.fixedCost ? (id ? `untung kotor ${u.per}` : `gross profit ${u.per}`) : profitWord;
  if (p.periodProfit) {
    const by = factor(p.periodProfit.per, p.unit, p, lang);
    out.push(
      by
        ? `• ${grossWord} = ${rupiah(p.periodProfit.amount)}${by} = ${rupiah(r.gross)}`
        : `• ${grossWord}: ${rupiah(r.gross)}`,
    );
  } else if (p.unitProfit && p.sales)
    out.push(
      `• ${grossWord} = ${rupiah(p.unitProfit.amount)} × ${count(p.sales.count, noun, lang)}${factor(p.sales.per, p.unit, p, lang)} = ${rupiah(r.gross)}`,
    );
  if (r.fixedCost) {
    const listed = p.fixed.map((i) => `${i.words ? `${i.words} ` : ''}${rupiah(i.amount)}`).join(' + ');
    const fixedMonth = sum(p.fixed.map((i) => frac(i.amount)));
    out.push(
      `• ${id ? 'biaya tetap sebulan' : 'fixed costs a month'}: ${listed}${p.fixed.length > 1 ? ` = ${rupiah(fixedMonth)}` : ''}${p.unit === 'month' ? '' : `${factor('month', p.unit, p, lang)} = ${rupiah(r.fixedCost)}`}`,
      `• ${profitWord} = ${rupiah(r.gross)} − ${rupiah(r.fixedCost)} = ${rupiah(r.profit)}`,
    );
  }
  if (!r.never) out.push(`• ${rupiah(total)} ÷ ${rupiah(r.profit)} = ${number(r.exact, 2)} ${u.many}`);
  if (p.asked && p.asked !== p.unit)
    out.push(
      id
        ? `Kirim ${p.asked === 'week' ? 'berapa hari buka seminggu (misalnya "6 hari seminggu")' : 'berapa hari kerja sebulan (misalnya "26 hari kerja")'} untuk menghitungnya dalam ${UNIT_WORDS.id[p.asked].many}.`
        : `Send your ${p.asked === 'week' ? 'working days a week (e.g. "6 days a week")' : 'working days a month (e.g. "26 working days")'} to say it in ${UNIT_WORDS.en[p.asked].many}.`,
    );
  if (!r.never)
    out.push(
      id
        ? `${T[lang].meaning}: ini bila semua untung dipakai menutup modal dan penjualan tetap seperti itu${r.fixedCost ? '' : '; biaya bulanan yang belum disebut (sewa, listrik, gaji) membuatnya lebih lama'}.`
        : `${T[lang].meaning}: this holds if all the profit goes to the capital and sales stay as they are${r.fixedCost ? '' : '; monthly costs not mentioned (rent, electricity, salaries) make it longer'}.`,
    );
  return out;
}

/** How the payback's figures were read, for the reading line: the profit of one unit, the sales, the days. */
export function paybackReading(w: Worked, noun: string, lang: Lang): string[] {
  const p = w.paybackTime;
  if (!p) return [];
  const id = lang === 'id';
  const parts: string[] = [];
  if (p.unitProfit && !p.unitProfit.price)
    parts.push(`${id ? 'untung' : 'profit'} ${rupiah(p.unitProfit.amount)} ${T[lang].per} ${noun}`);
  if (p.sales)
    parts.push(
      `${id ? 'laku' : 'sold'} ${count(p.sales.count, noun, lang)} ${UNIT_WORDS[lang][p.sales.per].per}`,
    );
  if (p.days?.perWeek) parts.push(`${p.days.perWeek} ${id ? 'hari kerja seminggu' : 'working days a week'}`);
  else if (p.days?.perMonth)
    parts.push(`${p.days.perMonth} ${id ? 'hari kerja sebulan' : 'working days a month'}`);
  return parts;
}
