import type { Missing, Part } from './calc.ts';
import type { Lang } from './numbers.ts';
import { div, type Frac, frac, isWhole, mul, number, percent, rupiah, sub, sum } from './rupiah.ts';
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
      'target keuntungan (markup dari biaya atau margin dari harga jual, misalnya 30%), atau harga jual yang ingin dicek',
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

const T = {
  id: {
    hpp: 'HPP per',
    price: 'harga jual per',
    impas: 'titik impas (BEP)',
    need: 'Supaya bisa saya hitung, saya masih perlu:',
    have: 'Yang sudah saya catat:',
    reply: 'Balas saja dengan angkanya, misalnya',
    formula: 'Rumus',
    numbers: 'Angka Anda',
    working: 'Hitungan',
    result: 'Hasil',
    meaning: 'Artinya',
    month: 'sebulan',
    batch: 'sekali produksi',
    per: 'per',
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` untuk ${words}` : ''}: ${c.length ? `maksudnya ${c.map((v) => rupiah(v)).join(' atau ')}?` : 'angka ini tidak bisa saya baca dengan pasti.'} Tulis lengkap, misalnya "150rb" atau "Rp 1.500".`,
  },
  en: {
    hpp: 'production cost (HPP) per',
    price: 'selling price per',
    impas: 'break-even point (BEP)',
    need: 'To work it out I still need:',
    have: 'What I have so far:',
    reply: 'Just reply with the figure, for example',
    formula: 'Formula',
    numbers: 'Your figures',
    working: 'Working',
    result: 'Result',
    meaning: 'What it means',
    month: 'a month',
    batch: 'per batch',
    per: 'per',
    ambiguous: (text: string, words: string | undefined, c: number[]) =>
      `"${text}"${words ? ` for ${words}` : ''}: ${c.length ? `do you mean ${c.map((v) => rupiah(v)).join(' or ')}?` : 'I cannot read this figure for sure.'} Please write it in full, e.g. "150k" or "Rp 1,500".`,
  },
};

const plural = (noun: string) => (/(s|x|ch|sh)$/.test(noun) ? noun : `${noun}s`);

const partLine = (p: Part, noun: string, periodWord: string, lang: Lang) =>
  `${p.name ? `${p.name} ` : ''}${p.detail ? `${p.detail} = ` : ''}${rupiah(p.amount)} ${p.basis === 'unit' ? `${T[lang].per} ${noun}` : periodWord}`;

/** The answer as the artisan reads it: formula, their numbers in it, the result and one sentence of meaning. */
export function formatWorked(w: Worked, lang: Lang): string {
  const t = T[lang];
  const noun = w.noun ?? (lang === 'id' ? 'unit' : 'unit');
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

function hppLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
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

const roundedUp = (price: Frac, lang: Lang) => {
  if (isWhole(price) && price.num % (1000n * price.den) === 0n) return '';
  const up = ((price.num + 1000n * price.den - 1n) / (1000n * price.den)) * 1000n;
  return lang === 'id' ? `, dibulatkan ke atas ${rupiah(up)}` : `, rounded up to ${rupiah(up)}`;
};

function priceLines(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const r = w.price!;
  const input = w.priceInput!;
  const id = lang === 'id';
  const out: string[] = [];
  const costName = id ? 'total biaya' : 'total cost';
  if (w.hpp) out.push(...hppLines(w, noun, periodWord, lang).filter((l) => l.startsWith('• HPP')));
  const op = r.opcostPerUnit;
  const opLine = input.opcost?.monthly
    ? `${rupiah(input.opcost.monthly)} ÷ ${input.opcost.unitsSold} ${noun} = ${rupiah(op!)}`
    : op
      ? rupiah(op)
      : '';
  const t = r.target;
  out.unshift(
    `${T[lang].formula}: ${id ? `total biaya per ${noun} = HPP + biaya operasional per ${noun}` : `total cost per ${noun} = HPP + operating cost per ${noun}`}; ${
      t?.kind === 'margin'
        ? id
          ? 'harga jual = total biaya ÷ (1 − margin)'
          : 'price = total cost ÷ (1 − margin)'
        : t
          ? id
            ? 'harga jual = total biaya × (1 + markup)'
            : 'price = total cost × (1 + markup)'
          : id
            ? 'untung per unit = harga jual − total biaya'
            : 'profit per unit = price − total cost'
    }.`,
    '',
    `${T[lang].working}:`,
  );
  if (w.costIsTotal) out.push(`• ${costName} ${T[lang].per} ${noun} = ${rupiah(r.cost)}`);
  else if (op)
    out.push(
      `• ${id ? 'biaya operasional' : 'operating cost'} ${T[lang].per} ${noun} = ${opLine}`,
      `• ${costName} = ${rupiah(r.hpp)} + ${rupiah(op)} = ${rupiah(r.cost)}`,
    );
  else {
    const note = id
      ? 'biaya operasional belum Anda sebut; jika ada, sebutkan supaya ikut dihitung'
      : 'no operating costs given; tell me if there are any';
    out.push(w.hpp ? `• (${note})` : `• HPP ${T[lang].per} ${noun} = ${rupiah(r.hpp)} (${note})`);
  }
  if (t) {
    const formula =
      t.kind === 'markup'
        ? `${rupiah(r.cost)} × (1 + ${percent(t.bp)})`
        : `${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)})`;
    out.push(`• ${id ? 'harga jual' : 'price'} = ${formula} = ${rupiah(t.price)}${roundedUp(t.price, lang)}`);
    out.push(`• ${id ? 'untung' : 'profit'} = ${rupiah(t.profit)} ${T[lang].per} ${noun}`);
  }
  if (input.price !== undefined) {
    const p = frac(input.price);
    const profit = sub(p, r.cost);
    out.push(
      `• ${id ? 'harga jual' : 'price'} ${rupiah(p)} − ${rupiah(r.cost)} = ${rupiah(profit)} ${T[lang].per} ${noun}${profit.num < 0n ? (id ? ` (rugi ${rupiah(mul(profit, frac(-1)))})` : ` (a loss of ${rupiah(mul(profit, frac(-1)))})`) : r.marginOfPrice ? ` (margin ${percent(r.marginOfPrice)})` : ''}`,
    );
  }
  const ch = r.channel;
  if (ch) {
    const base = r.price!;
    const what =
      ch.kind === 'fee'
        ? id
          ? 'uang yang Anda terima setelah komisi'
          : 'what you receive after the fee'
        : ch.kind === 'reseller'
          ? id
            ? 'harga reseller'
            : 'reseller price'
          : id
            ? 'harga setelah diskon'
            : 'price after discount';
    out.push(`• ${what} = ${rupiah(base)} × (1 − ${percent(ch.bp)}) = ${rupiah(ch.net)}`);
    out.push(
      `• ${id ? 'untung Anda' : 'your profit'} = ${rupiah(ch.net)} − ${rupiah(r.cost)} = ${rupiah(ch.profit)} ${T[lang].per} ${noun}`,
    );
    if (ch.kind === 'fee' && ch.grossUpPrice)
      out.push(
        `• ${id ? `supaya tetap menerima ${rupiah(base)}, harga di marketplace` : `to still receive ${rupiah(base)}, list at`} = ${rupiah(base)} ÷ (1 − ${percent(ch.bp)}) = ${rupiah(ch.grossUpPrice)}`,
      );
  }
  out.push('');
  const final = ch?.net ?? r.price!;
  // A target price sold through a marketplace: the price to list is the answer, grossed up for the fee.
  const listed = ch?.kind === 'fee' && t && input.price === undefined && ch.grossUpPrice;
  const headline = listed
    ? id
      ? `harga di marketplace ${rupiah(ch.grossUpPrice!)}${roundedUp(ch.grossUpPrice!, lang)}, supaya setelah komisi ${percent(ch.bp)} Anda tetap menerima ${rupiah(t.price)}`
      : `list at ${rupiah(ch.grossUpPrice!)}${roundedUp(ch.grossUpPrice!, lang)} so that after the ${percent(ch.bp)} fee you still receive ${rupiah(t.price)}`
    : ch
      ? `${id ? (ch.kind === 'fee' ? 'uang diterima' : ch.kind === 'reseller' ? 'harga reseller' : 'harga setelah diskon') : 'net'} ${rupiah(ch.net)}`
      : t
        ? `${id ? 'harga jual' : 'selling price'} ${rupiah(t.price)}${roundedUp(t.price, lang)}`
        : `${id ? 'untung' : 'profit'} ${rupiah(sub(final, r.cost))}`;
  out.push(`${T[lang].result}: ${headline} ${T[lang].per} ${noun}.`);
  if (t) {
    const other = t.kind === 'markup' ? div(t.profit, t.price) : div(t.profit, r.cost);
    out.push(
      id
        ? t.kind === 'markup'
          ? `Markup dan margin berbeda: markup ${percent(t.bp)} dihitung dari biaya, sedangkan dari harga jual untung ${rupiah(t.profit)} itu hanya margin ${percent(other)}. Jika yang Anda maksud ${percent(t.bp)} dari harga jual (margin), harganya ${rupiah(r.cost)} ÷ (1 − ${percent(t.bp)}) = ${t.bp < 10_000 ? rupiah(div(r.cost, sub(frac(1), frac(t.bp, 10_000)))) : '-'}.`
          : `Markup dan margin berbeda: margin ${percent(t.bp)} dihitung dari harga jual; dihitung dari biaya, untung ${rupiah(t.profit)} itu markup ${percent(other)}.`
        : t.kind === 'markup'
          ? `Markup is on cost, margin on price: a ${percent(t.bp)} markup is a ${percent(other)} margin on the price.`
          : `Margin is on price, markup on cost: a ${percent(t.bp)} margin is a ${percent(other)} markup on cost.`,
    );
  }
  if (r.belowHpp)
    out.push(
      id
        ? `⚠️ Harga ini di bawah HPP ${rupiah(r.hpp)}: setiap ${noun} yang terjual rugi, bahkan biaya membuatnya tidak tertutup.`
        : `⚠️ This is below the production cost ${rupiah(r.hpp)}: every ${noun} sold loses money.`,
    );
  else if (r.belowCost)
    out.push(
      id
        ? `⚠️ Harga ini di atas HPP tetapi di bawah total biaya ${rupiah(r.cost)}: biaya operasional tidak tertutup, jadi hanya pantas sesekali, misalnya menghabiskan stok lama.`
        : `⚠️ Above production cost but below total cost ${rupiah(r.cost)}: operating costs are not covered.`,
    );
  else
    out.push(
      id
        ? `${T[lang].meaning}: dengan harga ini setiap ${noun} menutup ${w.costIsTotal ? 'total biaya' : 'HPP'}${op ? ' dan biaya operasional' : ''} dan menyisakan untung; bandingkan juga dengan harga pesaing dan kemampuan pembeli.`
        : `${T[lang].meaning}: at this price each ${noun} covers its costs and leaves a profit; compare it with competitors' prices too.`,
    );
  return out;
}

function breakEvenLines(w: Worked, noun: string, lang: Lang): string[] {
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
