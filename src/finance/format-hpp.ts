import type { Lang } from './numbers.ts';
import { rupiah } from './rupiah.ts';
import type { Worked } from './solve.ts';
import { partLine, T } from './format-common.ts';

/** HPP per unit: formula, the artisan's figures, each component per unit, the result and what it means. */
export function hppLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const r = w.hpp!;
  const input = w.hppInput!;
  const id = lang === 'id';
  const names = id
    ? {
        materials: 'Bahan baku',
        labour: 'Tenaga kerja langsung',
        overhead: 'Overhead produksi',
        total: 'Total biaya produksi',
      }
    : {
        materials: 'Materials',
        labour: 'Direct labour',
        overhead: 'Production overhead',
        total: 'Total production cost',
      };
  const components = input.total?.length
    ? (['total'] as const)
    : (['materials', 'labour', 'overhead'] as const);
  const out = [
    `${T[lang].formula}: ${id ? `HPP per ${noun} = (bahan baku + tenaga kerja langsung + overhead produksi) ÷ jumlah ${noun} yang dibuat` : `cost per ${noun} = (materials + direct labour + production overhead) ÷ ${noun}s made`}${r.periodTotal.num > 0n ? (id ? (w.period === 'batch' ? ' (biaya satu kali produksi dibagi hasil jadinya)' : ' (biaya sebulan dibagi produksi sebulan)') : ` (costs ${periodWord} divided by output ${periodWord})`) : ''}.`,
    '',
    `${T[lang].numbers}:`,
  ];
  for (const c of components) {
    const parts = input[c] ?? [];
    out.push(
      `• ${names[c]}: ${parts.length ? parts.map((p) => partLine(p, noun, periodWord, lang)).join(' + ') : 'Rp 0'}`,
    );
  }
  if (r.units) out.push(`• ${id ? 'Jumlah produksi' : 'Units made'}: ${r.units} ${noun} ${periodWord}`);
  out.push('', `${T[lang].working}:`);
  const terms: string[] = [];
  for (const c of components) {
    const k = r.perComponent[c]!;
    const pieces: string[] = [];
    if (k.period.num > 0n) pieces.push(`${rupiah(k.period)} ÷ ${r.units}`);
    if (k.unit.num > 0n) pieces.push(rupiah(k.unit));
    const shown =
      pieces.length === 0 || (pieces.length === 1 && k.period.num === 0n) ? '' : `${pieces.join(' + ')} = `;
    out.push(`• ${names[c]} ${T[lang].per} ${noun} = ${shown}${rupiah(k.perUnit)}`);
    terms.push(rupiah(k.perUnit));
  }
  if (terms.length > 1) out.push(`• HPP ${T[lang].per} ${noun} = ${terms.join(' + ')} = ${rupiah(r.hpp)}`);
  out.push(
    '',
    `${T[lang].result}: HPP ${T[lang].per} ${noun} ${rupiah(r.hpp)}.`,
    id
      ? `${T[lang].meaning}: menjual satu ${noun} di bawah ${rupiah(r.hpp)} berarti rugi; harga jual perlu menutup HPP ini ditambah biaya operasional (gaji pemilik, promosi, transport) dan keuntungan.`
      : `${T[lang].meaning}: selling a ${noun} below ${rupiah(r.hpp)} loses money; your price must cover this plus operating costs (owner's pay, promotion, transport) and profit.`,
  );
  const unitParts = [...(input.materials ?? []), ...(input.labour ?? [])].filter((p) => p.basis === 'unit');
  if (unitParts.length > 0 && r.periodTotal.num > 0n)
    out.push(
      id
        ? `(Saya membaca ${unitParts.map((p) => p.name).join(', ')} sebagai biaya per ${noun}. Jika itu total ${periodWord}, tulis misalnya "${unitParts[0]!.name} ${rupiah(unitParts[0]!.amount)} ${periodWord}".)`
        : `(I read ${unitParts.map((p) => p.name).join(', ')} as per-${noun} costs. If it is the total ${periodWord}, say so.)`,
    );
  return out;
}
