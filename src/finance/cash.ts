import { type Figure, scanFigures } from './figures.ts';
import type { Lang } from './numbers.ts';
import { type Frac, frac, rupiah, sub, sum } from './rupiah.ts';
import { FINANCE_SOURCES, type FinanceSource } from './sources.ts';

/**
 * What is left of a period's cash: the money that came in less the money that went out ("masuk 14,5 jt,
 * keluar: kain 6,2 jt, gaji 4 jt ... sisa kas brp?"). Not a profit: a down payment is cash in and a loan
 * instalment cash out, whatever they do to the profit, so each amount is taken as the message says it moved.
 */

/**
 * "sisa kas brp?", "saldo kas akhir bulan", "surplus", "cash surplus", "how much cash is left", "how much cash
 * should be left", "uang yang tersisa", "duit kas tinggal brp".
 */
const CASH_ASKED =
  /\b(sisa (kas|uang|duit)\w*|saldo (kas|akhir)\w*|kas (akhir|bersih)\w*|surplus\w*|defisit\w*|cash (surplus|left|balance)|(closing|ending) (cash|balance)|(cash|money)(\s+\w+){0,3}\s+(left|remaining|remains?)( over)?|left over|net cash( flow)?|(uang|duit|kas)\w*(\s+\w+){0,2}\s+(tersisa|tinggal|sisa)\w*)\b/i;

/** Where the money going out starts: "Keluar:", "keluarnya", "pengeluaran", "money out", "spent". */
const OUT_MARK =
  /\b(keluar\w*|pengeluaran\w*|uang keluar|kas keluar|dipakai buat|belanja\w*|money out|cash out|spent|spending|outgoings|expenses|paid out)\b/i;

/**
 * The cash there was when the period began: "saldo awal 5 jt", "saldo kas sy awal bln 3,5jt", "awal bulan kas
 * ada 5jt", "I started November with IDR 5,000,000", "opening balance". It is neither money in nor out: the
 * closing balance adds it.
 */
const OPENING =
  /\b(saldo (kas )?(\w+ )?awal|kas (\w+ )?awal|uang (kas )?awal|awal (bulan|bln|minggu|mgg|tahun|thn|periode)\b.*\b(ada|punya|pegang|kas|saldo|uang)|(start|started|starting|began|begin) (\w+ ){0,3}with|opening (cash|balance)|beginning balance|at the start)\b/i;

/** Words that name money coming in, said before where the money going out starts. */
const IN_WORD =
  /\b(masuk|pemasukan|penjualan|omzet|omset|pendapatan|dp|uang muka|terima|diterima|sales|revenue|income|brought in|came in|received|deposit)\b/i;

export interface CashAnswer {
  text: string;
  source: FinanceSource;
}

interface Flow {
  words: string;
  amount: Frac;
}

/** When the period was: not what the amount is. */
const WHEN =
  /\b(bulan|minggu|tahun) (lalu|ini|kemarin|kmrn)\b|\b(last|this) (month|week|year)\b|\bhari ini\b|\btoday\b/gi;

/** The words that name an amount: the last few words of its clause, without when it was. */
function nameOf(text: string, figure: Figure, from: number): string {
  const before = text.slice(from, figure.start);
  const piece = before.split(/[,:;\n]|[.!?](?=\s)|\bplus\b|\+/).at(-1) ?? '';
  const words = piece
    .replace(WHEN, ' ')
    // "... IDR 12,500,000 from sales and paid out IDR 14,200,000": the words before "and" named the amount before
    .replace(/^.*\b(from|dari|dr) \w+ (and|dan)\b/i, ' ')
    .replace(/^\s*(?:keluar\w*|pengeluaran\w*|money out|uang|kas)\b/i, ' ')
    .replace(/\b(sebesar|senilai|total|sekitar|kurang lebih|rp|idr)\s*$/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.slice(-4).join(' ');
}

/**
 * The cash left from the amounts a message says came in and went out, when it asks for it. The amounts before
 * the word that starts the money going out are in, those after it out; with no such word, only the amounts
 * named as sales or income are in.
 */
export function cashSurplus(question: string, lang: Lang): CashAnswer | undefined {
  if (!CASH_ASKED.test(question)) return undefined;
  const figures = scanFigures(question, lang).filter((f) => f.kind === 'money' && f.value > 0);
  if (figures.length < 2) return undefined;
  const mark = OUT_MARK.exec(question);
  const inflow: Flow[] = [];
  const outflow: Flow[] = [];
  let opening: Flow | undefined;
  let from = 0;
  for (const f of figures) {
    const words = nameOf(question, f, from);
    // The clause the amount closes: an opening balance is said there ("I started November with IDR 5,000,000").
    const clause =
      question
        .slice(from, f.start)
        .split(/[,;\n]|[.!?](?=\s)/)
        .at(-1) ?? '';
    from = f.end;
    if (!opening && OPENING.test(clause)) {
      opening = { words, amount: frac(f.value) };
      continue;
    }
    const isIn = mark ? f.start < mark.index : IN_WORD.test(words);
    (isIn ? inflow : outflow).push({ words, amount: frac(f.value) });
  }
  if (inflow.length === 0 || outflow.length === 0) return undefined;
  return { text: formatCash(inflow, outflow, lang, opening), source: FINANCE_SOURCES.cash };
}

function formatCash(inflow: Flow[], outflow: Flow[], lang: Lang, opening?: Flow): string {
  const id = lang === 'id';
  const total = (flows: Flow[]) => sum(flows.map((f) => f.amount));
  const cashIn = total(inflow);
  const cashOut = total(outflow);
  const left = sub(opening ? sum([opening.amount, cashIn]) : cashIn, cashOut);
  const short = left.num < 0n;
  const shown = short ? sub(frac(0), left) : left;
  const list = (flows: Flow[]) =>
    flows.map((f) => `${f.words ? `${f.words} ` : ''}${rupiah(f.amount)}`).join(' + ') +
    (flows.length > 1 ? ` = ${rupiah(total(flows))}` : '');
  if (opening) {
    const lead = id
      ? short
        ? `Saldo kas akhir Anda minus ${rupiah(shown)}: uang keluar melebihi saldo awal ditambah uang masuk.`
        : `Saldo kas akhir Anda ${rupiah(left)}.`
      : short
        ? `Your closing cash balance is minus ${rupiah(shown)}: more went out than the opening balance plus what came in.`
        : `Your closing cash balance is ${rupiah(left)}.`;
    return [
      lead,
      '',
      id
        ? 'Rumus: saldo akhir = saldo awal + uang masuk − uang keluar.'
        : 'Formula: closing balance = opening balance + money in − money out.',
      `• ${id ? 'Saldo awal' : 'Opening balance'}: ${rupiah(opening.amount)}`,
      `• ${id ? 'Uang masuk' : 'Money in'}: ${list(inflow)}`,
      `• ${id ? 'Uang keluar' : 'Money out'}: ${list(outflow)}`,
      `• ${id ? 'Saldo akhir' : 'Closing balance'} = ${rupiah(opening.amount)} + ${rupiah(cashIn)} − ${rupiah(cashOut)} = ${short ? '−' : ''}${rupiah(shown)}`,
      id
        ? 'Artinya: saldo kas bukan laba; untuk untung atau rugi, pakai laporan laba rugi.'
        : 'What it means: a cash balance is not a profit; for profit or loss, use the profit and loss statement.',
    ].join('\n');
  }
  const lead = id
    ? short
      ? `Kas Anda kurang (defisit) ${rupiah(shown)} pada periode itu.`
      : `Sisa kas Anda ${rupiah(left)} pada periode itu.`
    : short
      ? `Your cash fell short by ${rupiah(shown)} over the period.`
      : `Your cash surplus is ${rupiah(left)} for the period.`;
  return [
    lead,
    '',
    id ? 'Rumus: sisa kas = uang masuk − uang keluar.' : 'Formula: cash surplus = money in − money out.',
    `• ${id ? 'Uang masuk' : 'Money in'}: ${list(inflow)}`,
    `• ${id ? 'Uang keluar' : 'Money out'}: ${list(outflow)}`,
    `• ${id ? 'Sisa kas' : 'Surplus'} = ${rupiah(cashIn)} − ${rupiah(cashOut)} = ${short ? '−' : ''}${rupiah(shown)}`,
    id
      ? 'Artinya: sisa kas bukan laba. Uang muka (DP) yang belum jadi penjualan menambah kas, dan cicilan atau bahan yang baru terpakai bulan depan menguranginya; untuk untung atau rugi, pakai laporan laba rugi.'
      : 'What it means: a cash surplus is not a profit. A down payment not yet earned adds to cash, and a loan instalment or materials for next month take from it; for profit or loss, use the profit and loss statement.',
  ].join('\n');
}
