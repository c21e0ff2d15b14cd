import type { Machine } from './calc.ts';
import { count, T } from './format-common.ts';
import type { Lang } from './numbers.ts';
import { type Frac, frac, isWhole, mul, number, rupiah } from './rupiah.ts';
import type { Worked } from './solve.ts';

/** "60 bulan (5 tahun)": the months the division uses, with the years the artisan probably said. */
function lifespan(months: number, lang: Lang): string {
  const id = lang === 'id';
  const inMonths = id ? `${months} bulan` : `${months} month${months === 1 ? '' : 's'}`;
  if (months % 12 !== 0) return inMonths;
  const years = months / 12;
  return `${inMonths} (${years} ${id ? 'tahun' : `year${years === 1 ? '' : 's'}`})`;
}

/** A result that is not whole rupiah shows its decimals, then the rounded figure the answer uses. */
const rounded = (value: Frac, lang: Lang) =>
  isWhole(value)
    ? rupiah(value)
    : `Rp ${number(value)}, ${lang === 'id' ? 'dibulatkan' : 'rounded to'} ${rupiah(value).replace('± ', '')}`;

/** A machine's name as the artisan said it, without the price words that followed it ("oven seharga"). */
const nameOf = (m: Machine, lang: Lang) =>
  m.name
    ?.replace(/^(?:unit|buah|bh|pcs|set)\s+/i, '')
    .replace(/[\s:,]*\b(?:seharga|harganya|harga|hrg|senilai|for|at|costing|worth)?[\s:,]*$/i, '')
    .trim() || (lang === 'id' ? 'mesin' : 'machine');

/** A machine as bought: "mesin jahit: 2 × Rp 6.000.000 = Rp 12.000.000". */
export function machineLine(m: Machine, lang: Lang, separator = ': '): string {
  const name = nameOf(m, lang);
  const bought = m.detail ? `${m.detail} = ${rupiah(m.price)}` : rupiah(m.price);
  return `${name}${separator}${bought}`;
}

/**
 * Machine depreciation, result first: the month's amount, the straight-line formula, each machine's price
 * divided by its useful life, the share per unit when the month's output is known, and what to do with it.
 */
export function depreciationLines(w: Worked, lang: Lang): string[] {
  const d = w.depreciation!;
  const r = d.result!;
  const id = lang === 'id';
  const month = id ? 'per bulan' : 'a month';
  const noun = w.noun ?? 'unit';
  const perUnit = r.perUnit && d.units ? r.perUnit : undefined;
  const year = rupiah(mul(r.perMonth, frac(12)));
  const salvaged = d.machines.some((m) => m.salvage);
  // one machine is named by its own short name ("oven besar"), several are "mesin"
  const only = d.machines.length === 1 ? nameOf(d.machines[0]!, lang) : undefined;
  const asset = only && only.split(' ').length <= 3 ? only : id ? 'mesin' : 'machine';
  const out = [
    // "penyusutan per tahunnya brp?": the year's amount asked leads, the month's follows; one machine is named
    id
      ? `Penyusutan ${asset} Anda ${
          d.perYear
            ? `${year} per tahun (${rupiah(r.perMonth)} per bulan)`
            : `${rupiah(r.perMonth)} per bulan`
        }.`
      : `Depreciation of your ${asset}: ${
          d.perYear ? `${year} a year (${rupiah(r.perMonth)} a month)` : `${rupiah(r.perMonth)} a month`
        }.`,
    '',
    `${T[lang].formula}: ${
      id
        ? `penyusutan per bulan = ${salvaged ? '(harga beli mesin − nilai sisa)' : 'harga beli mesin'} ÷ umur pakai dalam bulan (metode garis lurus)`
        : `depreciation a month = ${salvaged ? '(purchase price − salvage value)' : 'purchase price'} ÷ useful life in months (straight line)`
    }.`,
  ];
  d.machines.forEach((m, n) => {
    const worth = m.salvage
      ? `(${machineLine(m, lang)} − ${id ? 'nilai sisa' : 'salvage value'} ${rupiah(m.salvage)})`
      : machineLine(m, lang);
    out.push(`• ${worth} ÷ ${lifespan(m.months!, lang)} = ${rounded(r.perMachine[n]!, lang)} ${month}`);
  });
  if (d.machines.length > 1)
    out.push(
      `• ${id ? 'jumlah' : 'total'} = ${r.perMachine.map((v) => rupiah(v)).join(' + ')} = ${rupiah(r.perMonth)} ${month}`,
    );
  if (perUnit)
    out.push(
      `• ${T[lang].per} ${noun}: ${rupiah(r.perMonth)} ÷ ${count(d.units!, noun, lang)} = ${rounded(perUnit, lang)} ${T[lang].per} ${noun}`,
    );
  const share = perUnit ? ` (${rupiah(perUnit)} ${T[lang].per} ${noun})` : '';
  // how it goes into the books: the same cost every month, and what that makes a year
  out.push(
    id
      ? `${T[lang].meaning}: sisihkan ${rupiah(r.perMonth)} setiap bulan (${year} setahun) sebagai dana pengganti mesin, catat sebagai biaya penyusutan di pembukuan, dan masukkan ke overhead produksi saat menghitung HPP${share}.`
      : `${T[lang].meaning}: record ${rupiah(r.perMonth)} every month (${year} a year) as a depreciation cost in your books and set it aside to replace the machine; count it as production overhead in your HPP${share}.`,
  );
  return out;
}
