import type { Missing } from './calc.ts';
import { partLine, T } from './format-common.ts';
import { hppLines } from './format-hpp.ts';
import { breakEvenLines } from './format-impas.ts';
import { priceLines } from './format-price.ts';
import type { Lang } from './numbers.ts';
import { rupiah } from './rupiah.ts';
import type { Worked } from './solve.ts';

/** Marks a Hitung bareng answer, so that the next turn of the conversation can continue the calculation. */
export const MARKER = 'Hitung bareng';

const MISSING: Record<Lang, Record<Missing, string>> = {
  id: {
    materials: 'biaya bahan baku (per unit, atau total sebulan / sekali produksi)',
    labour:
      'biaya tenaga kerja langsung (upah atau gaji orang yang membuat produk; kalau Anda sendiri yang mengerjakan, masukkan upah yang wajar untuk pekerjaan itu)',
    overhead:
      'biaya overhead produksi (listrik, sewa, gas, penyusutan mesin; tulis "overhead 0" jika memang tidak ada)',
    units: 'jumlah produksi (berapa unit jadi sebulan atau sekali produksi)',
    hpp: 'HPP per unit (atau bahan baku, tenaga kerja, overhead, dan jumlah produksi)',
    target:
      'target keuntungan (markup dari biaya atau margin dari harga jual di bawah 100%, misalnya 30%), atau harga jual yang ingin dicek',
    fixed: 'biaya tetap sebulan (gaji bulanan, sewa, listrik, penyusutan, biaya operasional)',
    price: 'harga jual per unit',
    variable: 'biaya variabel per unit (bahan baku, kemasan, upah borongan)',
    lifespan: 'umur pakai mesin atau alat (misalnya "umur 5 tahun"), untuk menghitung penyusutannya',
  },
  en: {
    materials: 'materials cost (per unit, or the total per month or batch)',
    labour: 'direct labour cost (wages of the people who make it; 0 if you do it yourself unpaid)',
    overhead: 'production overhead (electricity, rent, gas, machine depreciation; "overhead 0" if none)',
    units: 'number of units made (per month or per batch)',
    hpp: 'production cost (HPP) per unit',
    target: 'profit target (markup on cost or margin on price, e.g. 30%), or the selling price to check',
    fixed: 'fixed costs per month (salaries, rent, electricity, depreciation, operating costs)',
    price: 'selling price per unit',
    variable: 'variable cost per unit (materials, packaging, piece-rate wages)',
    lifespan: 'the machine\'s useful life (e.g. "5 years"), for depreciation',
  },
};

/** The answer as the artisan reads it: formula, their numbers in it, the result and one sentence of meaning. */
export function formatWorked(w: Worked, lang: Lang): string {
  const t = T[lang];
  const noun = w.noun ?? 'unit';
  const periodWord = w.period === 'batch' ? t.batch : t.month;
  const title =
    w.intent === 'hpp' ? `${t.hpp} ${noun}` : w.intent === 'harga' ? `${t.price} ${noun}` : t.impas;
  const lines = [`${MARKER}: ${title}`, ''];
  if (w.missing.length > 0 || w.ambiguous.length > 0) {
    lines.push(t.need);
    for (const a of w.ambiguous) lines.push(`• ${t.ambiguous(a.text, a.words, a.candidates)}`);
    const asked = new Set<string | undefined>(
      w.ambiguous.map((a) => (a.label === 'machine' ? 'overhead' : a.label === 'cost' ? 'hpp' : a.label)),
    );
    for (const m of w.missing) if (!asked.has(m)) lines.push(`• ${MISSING[lang][m]}`);
    const have = recorded(w, noun, periodWord, lang);
    if (have.length > 0) lines.push('', `${t.have} ${have.join('; ')}.`);
    const example = w.ambiguous[0]?.candidates[0]
      ? `"${rupiah(w.ambiguous[0].candidates[0]).replace('Rp ', '')}"`
      : w.missing.includes('lifespan')
        ? '"umur 5 tahun"'
        : w.missing.includes('units')
          ? `"40 ${noun}"`
          : w.missing.includes('target')
            ? '"markup 30%"'
            : '"1,2 juta"';
    lines.push(`${t.reply} ${example}.`);
    return lines.join('\n');
  }
  if (w.intent === 'hpp' && w.hpp) lines.push(...hppLines(w, noun, periodWord, lang));
  if (w.intent === 'harga' && w.price) lines.push(...priceLines(w, noun, periodWord, lang));
  if (w.intent === 'impas' && w.breakEven?.result) lines.push(...breakEvenLines(w, noun, lang));
  return lines.join('\n');
}

function recorded(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const parts = [
    ...(w.hppInput?.materials ?? []),
    ...(w.hppInput?.labour ?? []),
    ...(w.hppInput?.overhead ?? []),
    ...(w.breakEven?.fixed ?? []),
    ...(w.breakEven?.variable ?? []),
  ].map((p) => partLine(p, noun, periodWord, lang));
  const units = w.hppInput?.units;
  if (units) parts.push(`${units} ${noun} ${periodWord}`);
  const pi = w.priceInput;
  if (pi?.hpp && !w.hppInput) parts.push(`HPP ${rupiah(pi.hpp)}`);
  if (pi?.price !== undefined) parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(pi.price)}`);
  if (w.breakEven?.price)
    parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(w.breakEven.price)}`);
  return parts;
}
