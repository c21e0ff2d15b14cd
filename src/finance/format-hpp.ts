import type { HppComponent, Part } from './calc.ts';
import { count, partLine, T, withoutEcho } from './format-common.ts';
import type { Lang } from './numbers.ts';
import { add, type Frac, frac, mul, rupiah, sum } from './rupiah.ts';
import type { Worked } from './solve.ts';

const NAMES: Record<Lang, Record<HppComponent, string>> = {
  id: {
    materials: 'Bahan baku',
    labour: 'Tenaga kerja langsung',
    overhead: 'Overhead produksi',
    total: 'Total biaya produksi',
  },
  en: {
    materials: 'Materials',
    labour: 'Direct labour',
    overhead: 'Production overhead',
    total: 'Total production cost',
  },
};

/**
 * One component as the artisan gave it and what it comes to per unit, on one line: "Overhead produksi:
 * listrik dan sewa Rp 1.200.000 sebulan ÷ 40 tas = Rp 30.000 per tas". Their figures and the working were
 * two lists of the same numbers; one line says both.
 */
function componentLine(
  heading: string,
  given: Part[],
  k: { period: Frac; unit: Frac; perUnit: Frac },
  units: number | undefined,
  noun: string,
  periodWord: string,
  lang: Lang,
): string {
  const parts = withoutEcho(given, heading);
  const perNoun = `${T[lang].per} ${noun}`;
  if (parts.length === 0) return `• ${heading}: Rp 0`;
  const periodParts = parts.filter((p) => p.basis === 'period');
  const unitParts = parts.filter((p) => p.basis === 'unit');
  const divided = units ? ` ÷ ${count(units, noun, lang)}` : '';
  // A lone figure needs no sum: its own line carries the division.
  if (parts.length === 1 && periodParts.length === 1)
    return `• ${heading}: ${partLine(parts[0]!, noun, periodWord, lang)}${divided} = ${rupiah(k.perUnit)} ${perNoun}`;
  const listed = parts.map((p) => partLine(p, noun, periodWord, lang)).join(' + ');
  if (periodParts.length === 0)
    return `• ${heading}: ${listed}${parts.length > 1 ? ` = ${rupiah(k.perUnit)} ${perNoun}` : ''}`;
  const unitSum = unitParts.length ? ` + ${rupiah(sum(unitParts.map((p) => p.amount)))}` : '';
  // Each figure is shown in the reading line above; the working names them and sums them once.
  // A name that only repeats the heading ("bahan" under "Bahan baku") is dropped when a figure stands alone,
  // but in a list of names it is one of them: "bahan + benang", not "Rp 1.800.000 sekali produksi + benang".
  const named = parts
    .map((p, i) => p.name || given[i]?.name || partLine(p, noun, periodWord, lang))
    .join(' + ');
  return `• ${heading}: ${named}; ${rupiah(k.period)}${divided}${unitSum} = ${rupiah(k.perUnit)} ${perNoun}`;
}

/**
 * HPP per unit, result first: the result sentence, the formula, one line per component with the artisan's
 * figures and their share per unit, the sum, what it means, and how a figure's period was read.
 */
export function hppLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const r = w.hpp!;
  const input = w.hppInput!;
  const id = lang === 'id';
  const components = input.total?.length
    ? (['total'] as const)
    : (['materials', 'labour', 'overhead'] as const);
  const perNoun = `${T[lang].per} ${noun}`;
  const made = r.units ? ` (${count(r.units, noun, lang)})` : '';
  const divisor =
    r.periodTotal.num > 0n
      ? id
        ? ` ÷ jumlah ${noun} ${periodWord}${made}`
        : ` ÷ ${noun}s made ${periodWord}${made}`
      : '';
  const parts = input.total?.length
    ? id
      ? 'total biaya produksi'
      : 'total production cost'
    : id
      ? 'bahan baku + tenaga kerja + overhead'
      : 'materials + labour + overhead';
  const open = notIncludedWords(w, lang);
  const out = [
    id
      ? `HPP per ${noun} Anda ${rupiah(r.hpp)}${open ? ` (belum termasuk ${open})` : ''}.`
      : `Your cost (HPP) per ${noun} is ${rupiah(r.hpp)}${open ? ` (${open} not included yet)` : ''}.`,
    '',
    `${T[lang].formula}: HPP ${perNoun} = ${divisor && !input.total?.length ? `(${parts})${divisor}` : `${parts}${divisor}`}.`,
  ];
  const terms: string[] = [];
  for (const c of components) {
    // a component left out is named in the headline and in the closing line, not in a line of its own
    if (c !== 'total' && w.notIncluded?.includes(c)) continue;
    const k = r.perComponent[c] ?? { period: frac(0), unit: frac(0), perUnit: frac(0) };
    out.push(componentLine(NAMES[lang][c], input[c] ?? [], k, r.units, noun, periodWord, lang));
    terms.push(rupiah(k.perUnit));
  }
  // "plastik 1rb per bungkus" beside a batch's costs: what one batch costs in all (a lone figure of the
  // batch is already shown in its own line)
  const periodParts = components.flatMap((c) => (input[c] ?? []).filter((p) => p.basis === 'period'));
  if (w.period === 'batch' && r.units && periodParts.length > 1 && r.unitTotal.num > 0n) {
    const total = add(r.periodTotal, mul(r.unitTotal, frac(r.units)));
    out.push(
      `• ${id ? `total biaya ${periodWord}` : `total cost ${periodWord}`} = ${rupiah(r.periodTotal)} + ${r.units} × ${rupiah(r.unitTotal)} = ${rupiah(total)}; ÷ ${count(r.units, noun, lang)} = ${rupiah(r.hpp)} ${perNoun}`,
    );
  }
  if (terms.length > 1) out.push(`• HPP ${perNoun} = ${terms.join(' + ')} = ${rupiah(r.hpp)}`);
  // a partial HPP is not yet the price below which the artisan loses: the closing line says what to add
  if (!w.notIncluded?.length)
    out.push(
      id
        ? `${T[lang].meaning}: di bawah ${rupiah(r.hpp)} ${perNoun} Anda rugi; harga jual perlu menutup HPP, biaya operasional, dan untung.`
        : `${T[lang].meaning}: below ${rupiah(r.hpp)} ${perNoun} you lose money; your price must cover this, operating costs and profit.`,
    );
  // How each figure was read (per unit or per month, fixed or variable) is said once, in the reading line.
  return out;
}

/** The HPP working alone (components and sum), for a price worked out from the artisan's costs. */
export const hppWorking = (w: Worked, noun: string, periodWord: string, lang: Lang) =>
  hppLines(w, noun, periodWord, lang).filter((l) => l.startsWith('• '));

/** "upah tenaga kerja": the HPP components a result leaves out, as the headline names them ("" for none). */
export function notIncludedWords(w: Worked, lang: Lang): string {
  const words = (w.notIncluded ?? []).map((m) => NOT_INCLUDED[lang][m] ?? m);
  return words.join(lang === 'id' ? ' dan ' : ' and ');
}

const NOT_INCLUDED: Record<Lang, Partial<Record<string, string>>> = {
  id: { materials: 'bahan baku', labour: 'upah tenaga kerja', overhead: 'overhead' },
  en: { materials: 'materials', labour: 'wages', overhead: 'overhead' },
};

/** What a reply that fills each left-out component could say, for the note's example. */
const EXAMPLE: Record<Lang, Partial<Record<string, (period: string) => string>>> = {
  id: {
    materials: (p) => `bahan 500rb ${p}`,
    labour: (p) => `upah 50rb ${p}`,
    overhead: (p) => `listrik 100rb ${p}`,
  },
  en: {
    materials: (p) => `materials 500k ${p}`,
    labour: (p) => `wages 50k ${p}`,
    overhead: (p) => `electricity 100k ${p}`,
  },
};

/**
 * Under a result that leaves a component out, one line: what is not in it and how to add it (wages alone
 * also say why the owner's own work is a cost).
 */
export function notIncludedNote(w: Worked, noun: string, periodWord: string, lang: Lang): string | undefined {
  const left = w.notIncluded ?? [];
  if (left.length === 0) return undefined;
  if (left.length === 1 && left[0] === 'labour')
    return lang === 'id'
      ? `Belum termasuk upah tenaga kerja: kalau Anda sendiri yang mengerjakan, upah yang wajar untuk pekerjaan itu juga biaya. Kirim angkanya (misalnya "upah 50rb ${periodWord}") dan HPP per ${noun} saya hitung ulang.`
      : `Wages are not included yet: if you do the work yourself, a fair wage for it is a cost too. Send it (e.g. "wages 50k ${periodWord}") and I will work the cost per ${noun} out again.`;
  const example = left
    .map((m) => EXAMPLE[lang][m]?.(periodWord))
    .filter(Boolean)
    .join(', ');
  const none = left.includes('overhead');
  return lang === 'id'
    ? `Belum termasuk ${notIncludedWords(w, lang)}: kirim angkanya (misalnya "${example}"${none ? ', atau "overhead 0" bila memang tidak ada' : ''}) dan HPP per ${noun} saya hitung ulang.`
    : `${notIncludedWords(w, lang)} not included yet: send the figures (e.g. "${example}"${none ? ', or "overhead 0" if there is none' : ''}) and I will work the cost per ${noun} out again.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      );
}
