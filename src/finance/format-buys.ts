import { count, T } from './format-common.ts';
import { hppLines } from './format-hpp.ts';
import type { Lang } from './numbers.ts';
import { rupiah } from './rupiah.ts';
import type { Worked } from './solve.ts';

/**
 * How many units the capital pays for, result first ("Bisa produksi 200 botol."): the cost of one unit as the
 * HPP working shows it, then (capital − what is kept aside) ÷ that cost, and what is left over.
 */
export function buysLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const b = w.buys!;
  const id = lang === 'id';
  const units = count(Number(b.units), noun, lang);
  const perNoun = `${T[lang].per} ${noun}`;
  const hpp = w.hpp!.hpp;
  const reserved = b.reserve.num > 0n;
  const head = id
    ? `Bisa produksi ${units}${b.left.num > 0n ? ` (sisa ${rupiah(b.left)})` : ''}.`
    : `You can make ${units}${b.left.num > 0n ? ` (${rupiah(b.left)} left over)` : ''}.`;
  const spendWord = id
    ? reserved
      ? '(modal − cadangan)'
      : 'modal'
    : reserved
      ? '(capital − reserve)'
      : 'capital';
  const working = hppLines(w, noun, periodWord, lang).filter((l) => l.startsWith('• '));
  const spend = reserved ? `(${rupiah(b.capital)} − ${rupiah(b.reserve)})` : rupiah(b.capital);
  return [
    head,
    '',
    `${T[lang].formula}: ${id ? 'jumlah' : 'units'} = ${spendWord} ÷ HPP ${perNoun}.`,
    ...working,
    `• ${spend} ÷ ${rupiah(hpp)} = ${units}${b.left.num > 0n ? (id ? `, sisa ${rupiah(b.left)}` : `, ${rupiah(b.left)} left`) : ''}`,
  ];
}
