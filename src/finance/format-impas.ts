import type { Lang } from './numbers.ts';
import { isWhole, number, rupiah, sum } from './rupiah.ts';
import type { Worked } from './solve.ts';
import { partLine, plural, T } from './format-common.ts';

/** Break-even: contribution margin, units rounded up, revenue. */
export function breakEvenLines(w: Worked, noun: string, lang: Lang): string[] {
  const b = w.breakEven!;
  const r = b.result!;
  const id = lang === 'id';
  const fixed = sum(b.fixed.map((p) => p.amount));
  const variable = sum(b.variable.map((p) => p.amount));
  const out = [
    `${T[lang].formula}: ${id ? `BEP (unit) = biaya tetap sebulan ÷ (harga jual − biaya variabel per ${noun}); BEP (rupiah) = BEP (unit) × harga jual` : `BEP (units) = fixed costs per month ÷ (price − variable cost per ${noun}); BEP (rupiah) = units × price`}.`,
    '',
    `${T[lang].numbers}:`,
    `• ${id ? 'Biaya tetap' : 'Fixed costs'}: ${b.fixed.map((p) => partLine(p, noun, T[lang].month, lang)).join(' + ') || 'Rp 0'}${b.fixed.length > 1 ? `; jumlah ${rupiah(fixed)}` : ''}`,
    `• ${id ? 'Harga jual' : 'Price'}: ${rupiah(b.price!)} ${T[lang].per} ${noun}`,
    `• ${id ? 'Biaya variabel' : 'Variable cost'}: ${b.variable.map((p) => partLine(p, noun, T[lang].month, lang)).join(' + ') || 'Rp 0'}${b.variable.length > 1 ? `; jumlah ${rupiah(variable)}` : ''}`,
    '',
    `${T[lang].working}:`,
    `• ${id ? 'margin kontribusi' : 'contribution margin'} = ${rupiah(b.price!)} − ${rupiah(variable)} = ${rupiah(r.contribution)} ${T[lang].per} ${noun}`,
  ];
  if (r.never) {
    out.push(
      '',
      id
        ? `${T[lang].result}: tidak ada titik impas. Harga jual tidak lebih tinggi dari biaya variabel, jadi makin banyak terjual makin rugi. Naikkan harga atau turunkan biaya variabel dulu.`
        : `${T[lang].result}: there is no break-even point: the price does not exceed the variable cost, so every sale loses money.`,
    );
    return out;
  }
  const exact = r.exactUnits!;
  out.push(
    `• BEP = ${rupiah(fixed)} ÷ ${rupiah(r.contribution)} = ${number(exact)}${isWhole(exact) ? '' : id ? `, dibulatkan ke atas ${r.units} ${noun}` : `, rounded up to ${r.units} ${noun}`}`,
    `• ${id ? 'omzet impas' : 'break-even revenue'} = ${r.units} × ${rupiah(b.price!)} = ${rupiah(r.revenue!)}`,
    '',
    `${T[lang].result}: ${id ? `minimal ${r.units} ${noun} terjual sebulan (omzet ${rupiah(r.revenue!)}).` : `at least ${r.units} ${plural(noun)} sold a month (revenue ${rupiah(r.revenue!)}).`}`,
    id
      ? `${T[lang].meaning}: di bawah ${r.units} ${noun} sebulan usaha rugi; setiap ${noun} di atasnya menambah untung ${rupiah(r.contribution)}.`
      : `${T[lang].meaning}: below ${r.units} a month you lose money; each one above adds ${rupiah(r.contribution)} profit.`,
  );
  return out;
}
