import { buysLines } from './format-buys.ts';
import type { Missing } from './calc.ts';
import { count, feeWords, partLine, T } from './format-common.ts';
import { hppLines, notIncludedNote } from './format-hpp.ts';
import { breakEvenLines } from './format-impas.ts';
import { feeLines, profitLines } from './format-laba.ts';
import { paybackReading, paybackTimeLines } from './format-payback.ts';
import { costFromPriceLines, priceLines, rangeLines } from './format-price.ts';
import { depreciationLines, machineLine } from './format-susut.ts';
import type { Lang } from './numbers.ts';
import { percent, rupiah } from './rupiah.ts';
import type { Worked } from './solve.ts';
import { WEEKS_PER_MONTH } from './read.ts';

/** The answers' own fixed phrases: the formula line of a worked answer, the reply line of a question back. */
const OWN = /^(?:Rumus|Formula): .+\n• |^(?:Balas saja dengan angkanya|Just reply with the figure), /m;

/**
 * Whether an earlier answer in the conversation was a Hitung bareng answer (or offered one), so that a
 * reply with figures continues that calculation. Answers lead with their result, not a header, so they are
 * known by the fixed phrases only they contain.
 */
export const isHitungAnswer = (answer: string) =>
  OWN.test(answer) || /hitung bareng|work it out/i.test(answer);

const MISSING: Record<Lang, Record<Missing, string>> = {
  id: {
    materials: 'biaya bahan baku (per unit, atau total sebulan / sekali produksi)',
    labour:
      'biaya tenaga kerja langsung (upah atau gaji orang yang membuat produk; kalau Anda sendiri yang mengerjakan, masukkan upah yang wajar untuk pekerjaan itu)',
    overhead:
      'biaya overhead produksi (listrik, sewa, gas, penyusutan mesin; tulis "overhead 0" jika memang tidak ada)',
    units: 'jumlah produksi (berapa UNIT jadi sebulan atau sekali produksi)',
    hpp: 'HPP per UNIT (atau bahan baku, tenaga kerja, overhead, dan jumlah produksi)',
    target:
      'target keuntungan (markup dari biaya atau margin dari harga jual di bawah 100%, misalnya 30%), atau harga jual yang ingin dicek',
    fixed: 'biaya tetap sebulan (gaji bulanan, sewa, listrik, penyusutan, biaya operasional)',
    price: 'harga jual per UNIT',
    variable: 'biaya variabel per UNIT (bahan baku, kemasan, upah borongan)',
    lifespan: 'umur pakai mesin atau alat (misalnya "umur 5 tahun"), untuk menghitung penyusutannya',
    machine: 'harga beli mesin atau alat (misalnya "mesin jahit 6 juta")',
    batches:
      'berapa kali produksi dalam sebulan (misalnya "sebulan 20 kali produksi"), untuk membagi biaya bulanan ke tiap produksi',
    sold: 'jumlah UNIT yang terjual pada periode itu',
    days: 'berapa hari kerja dalam sebulan (misalnya "sebulan 26 hari kerja"), untuk mengubah angka harian menjadi sebulan',
    revenue: 'omzet periode itu, atau harga jual per UNIT dan jumlah yang terjual',
    fee: 'potongan admin atau komisi marketplace dalam persen (misalnya "admin 8%")',
  },
  en: {
    materials: 'materials cost (per unit, or the total per month or batch)',
    labour: 'direct labour cost (wages of the people who make it; 0 if you do it yourself unpaid)',
    overhead: 'production overhead (electricity, rent, gas, machine depreciation; "overhead 0" if none)',
    units: 'number of units made (per month or per batch)',
    hpp: 'production cost (HPP) per UNIT',
    target: 'profit target (markup on cost or margin on price, e.g. 30%), or the selling price to check',
    fixed: 'fixed costs per month (salaries, rent, electricity, depreciation, operating costs)',
    price: 'selling price per UNIT',
    variable: 'variable cost per UNIT (materials, packaging, piece-rate wages)',
    lifespan: 'the machine\'s useful life (e.g. "5 years"), for depreciation',
    machine: 'the purchase price of the machine or tool (e.g. "sewing machine 6 million")',
    batches: 'how many batches you make a month (e.g. "20 batches a month"), to share the monthly costs',
    sold: 'how many UNITs you sold in that period',
    days: 'how many working days a month (e.g. "26 working days a month"), to turn the daily figures into a month\'s',
    revenue: 'your sales for the period, or the price per UNIT and how many you sold',
    fee: 'the marketplace fee or commission in percent (e.g. "fee 8%")',
  },
};

/**
 * The answer as the artisan reads it on a phone: the result in the first sentence (or exactly what is still
 * needed), then the formula with their numbers, the working, what it means and how a figure was read.
 */
export function formatWorked(w: Worked, lang: Lang): string {
  const t = T[lang];
  const noun = w.noun ?? 'unit';
  const periodWord = w.period === 'batch' ? t.batch : w.period === 'day' ? t.day : t.month;
  // a price asked for from a known cost, with no target yet: the usual range is the answer
  const ranged = onlyTargetMissing(w) && w.asksPrice === true;
  if ((w.missing.length > 0 || w.ambiguous.length > 0) && !ranged) return askBack(w, noun, periodWord, lang);
  const lines =
    w.intent === 'hpp' && w.hpp && w.buys
      ? buysLines(w, noun, periodWord, lang)
      : w.intent === 'hpp' && w.hpp
        ? hppLines(w, noun, periodWord, lang)
        : w.intent === 'harga' && w.costFromPrice
          ? costFromPriceLines(w, noun, lang)
          : w.intent === 'harga' && w.price
            ? priceLines(w, noun, periodWord, lang)
            : ranged
              ? rangeLines(w, noun, periodWord, lang)
              : w.intent === 'impas' && w.paybackTime?.result
                ? paybackTimeLines(w, noun, lang)
                : w.intent === 'impas' && w.breakEven?.result
                  ? breakEvenLines(w, noun, lang)
                  : w.intent === 'susut' && w.depreciation?.result
                    ? depreciationLines(w, lang)
                    : w.intent === 'laba' && w.profit?.result
                      ? profitLines(w, noun, lang)
                      : w.intent === 'potongan' && w.fee?.result
                        ? feeLines(w, noun, lang)
                        : undefined;
  if (!lines) return askBack(w, noun, periodWord, lang);
  const open = notIncludedNote(w, noun, periodWord, lang);
  if (open) lines.push(open);

  const capital = (w.unused ?? []).filter((i) => i.label === 'capital');
  const unused = (w.unused ?? []).filter((i) => i.label !== 'capital');
  for (const i of capital)
    lines.push(
      lang === 'id'
        ? `(${i.words ? `${i.words} ` : ''}${rupiah(i.amount)} tidak masuk hitungan ini: modal kembali dari untung penjualan; tanya "berapa ${noun} harus laku biar modal balik?" untuk menghitungnya.)`
        : `(${i.words ? `${i.words} ` : ''}${rupiah(i.amount)} is not part of this: capital comes back from the profit on sales; ask "how many ${noun}s to get my capital back?" to work it out.)`,
    );
  if (unused.length) {
    const listed = unused.map((i) => `${i.words ? `${i.words} ` : ''}${rupiah(i.amount)}`).join(', ');
    const are = unused.length > 1 ? 'are' : 'is';
    lines.push(
      w.intent === 'hpp'
        ? lang === 'id'
          ? `(${listed} adalah biaya operasional: tidak masuk HPP, tetapi ikut dihitung saat menentukan harga jual.)`
          : `(${listed} ${are} an operating cost: not part of HPP, but counted when you set the selling price.)`
        : lang === 'id'
          ? `(${listed} tidak masuk penyusutan; untuk HPP-nya, tanya "hpp nya brp?".)`
          : `(${listed} ${are} not part of the depreciation; for the cost per unit, ask "what is my cost per unit?".)`,
    );
  }
  // The result leads; right under it, how the figures were read, so that a misreading can be corrected.
  const reading = readingLine(w, noun, periodWord, lang);
  const full = reading ? [lines[0]!, reading, ...lines.slice(1)] : lines;
  // The last guard of "no figure dropped in silence": an amount the working does not show is asked about,
  // because a result computed without it could be a wrong figure.
  const shown = full.join('\n');
  const missed = (w.items ?? []).filter(
    (i) =>
      !shown.includes(rupiah(i.amount)) &&
      !(i.each && shown.includes(rupiah(i.each.amount))) &&
      !(w.unused ?? []).includes(i),
  );
  if (missed.length > 0)
    return askBack(
      {
        ...w,
        ambiguous: missed.map((i) => ({
          text: i.text,
          words: i.words,
          candidates: [i.amount],
          role: w.intent,
        })),
      },
      noun,
      periodWord,
      lang,
    );
  return full.join('\n');
}

/** The cost is known and only a markup or a price to check is missing: the range on that cost can be shown. */
const onlyTargetMissing = (w: Worked) =>
  w.intent === 'harga' &&
  w.range !== undefined &&
  w.ambiguous.length === 0 &&
  w.missing.length === 1 &&
  w.missing[0] === 'target';

const BEHAVES = {
  id: { variable: 'variabel', fixed: 'tetap' },
  en: { variable: 'variable', fixed: 'fixed' },
};

/**
 * "Saya baca: pisang Rp 1.500.000 sebulan (variabel); upah sy Rp 1.000.000 sebulan (tetap); 200 bungkus
 * sebulan.": every figure as it was understood (item, amount, per unit or per period, and whether it grows
 * with the quantity), in one line the artisan can correct ("pisangnya 2 juta", "itu per minggu").
 */
function readingLine(w: Worked, noun: string, periodWord: string, lang: Lang): string | undefined {
  const id = lang === 'id';
  const parts: string[] = [];
  const input = w.hppInput;
  if (input) {
    // grouped by how they behave: "(variabel)" and "(tetap)" said once each
    const all = [...(input.materials ?? []), ...(input.labour ?? []), ...(input.overhead ?? [])];
    for (const behaves of ['variable', 'fixed'] as const) {
      const group = all.filter((p) => (p.behaves ?? 'fixed') === behaves);
      if (group.length > 0)
        parts.push(
          `${group.map((p) => partLine(p, noun, periodWord, lang)).join(', ')} (${BEHAVES[lang][behaves]})`,
        );
    }
    for (const p of input.total ?? [])
      parts.push(`${partLine(p, noun, periodWord, lang)} (${id ? 'semua biaya' : 'all costs'})`);
    if (input.units)
      parts.push(
        `${w.unitsSaid ? `${w.unitsSaid} × 4 minggu = ` : w.unitsEach ? `${w.unitsEach} = ` : ''}${count(input.units, noun, lang)} ${periodWord}`,
      );
  }
  if (w.buys) {
    parts.push(`${id ? 'modal' : 'capital'} ${rupiah(w.buys.capital)}`);
    if (w.buys.reserve.num > 0n) parts.push(`${id ? 'cadangan' : 'kept aside'} ${rupiah(w.buys.reserve)}`);
  }
  if (w.batches)
    parts.push(
      w.batches.days
        ? `${w.batches.perMonth} ${id ? 'hari kerja sebulan' : 'working days a month'}`
        : id
          ? `${w.batches.perMonth} kali produksi sebulan ("${w.batches.text}"${/minggu/i.test(w.batches.text) ? ', 1 bulan = 4 minggu' : ''})`
          : `${w.batches.perMonth} batches a month ("${w.batches.text}")`,
    );
  const pi = w.priceInput;
  if (pi && !input) {
    if (pi.hpp)
      parts.push(
        `${w.costTotal ? `${w.costTotal.said} ${periodWord} ÷ ${w.costTotal.units} = ` : ''}${w.costIsTotal ? (id ? 'total biaya' : 'total cost') : 'HPP'} ${rupiah(pi.hpp)} ${T[lang].per} ${noun}`,
      );
  }
  if (w.market)
    parts.push(
      `${id ? 'harga pesaing' : "competitor's price"} ${rupiah(w.market.amount)} ${T[lang].per} ${noun}`,
    );
  const op = pi?.opcost;
  const opWord = id ? 'biaya operasional' : 'operating costs';
  if (op?.perUnit) parts.push(`${opWord} ${rupiah(op.perUnit)} ${T[lang].per} ${noun}`);
  if (op?.monthly)
    parts.push(
      `${opWord} ${rupiah(op.monthly)} ${T[lang].month}${op.unitsSold ? ` ÷ ${count(op.unitsSold, noun, lang)}` : ''}`,
    );
  parts.push(...paybackReading(w, noun, lang));
  const p = w.profit;
  if (p) {
    if (p.unitsSold)
      parts.push(
        `${p.soldAsMade ? (id ? 'dibuat (dianggap laku semua)' : 'made (taken as all sold)') : id ? 'terjual' : 'sold'} ${count(p.unitsSold, noun, lang)}${p.perMonth ? ` ${T[lang].month}` : ''}${p.perDay ? ` ${T[lang].day}` : ''}${w.unitsSaid ? ` (${w.unitsSaid} × ${WEEKS_PER_MONTH})` : p.soldSaid ? ` (${id || !p.batchHpp ? p.soldSaid : `${count(p.batchHpp.units, noun, lang)} × ${p.unitsSold / p.batchHpp.units} batches`})` : ''}`,
      );
    if (p.price)
      parts.push(
        `${id ? 'harga jual' : 'price'} ${rupiah(p.price)} ${T[lang].per} ${noun}${p.fee ? ` (${feeWords(p.fee, lang)})` : ''}`,
      );
    for (const r of p.revenueParts) parts.push(`${r.name || 'omzet'} ${rupiah(r.amount)}`);
    // "kain 40rb, upah 30rb" said per unit: read as the HPP of each unit sold
    const named = (p.unitCosts ?? []).map((c) => c.name).filter(Boolean);
    if (p.hppPerUnit)
      parts.push(
        `HPP ${rupiah(p.hppPerUnit)} ${T[lang].per} ${noun}${named.length > 1 ? ` (${named.join(' + ')})` : ''}`,
      );
    if (p.hppTotal) parts.push(`HPP ${id ? 'total' : 'in total'} ${rupiah(p.hppTotal)}`);
    for (const c of p.costs)
      parts.push(
        `${c.name ? `${c.name} ` : ''}${rupiah(c.amount)}${c.basis === 'unit' ? ` ${T[lang].per} ${noun}` : ''} (${p.perMonth ? (id ? 'biaya tetap sebulan' : 'fixed cost a month') : id ? 'biaya periode itu' : 'cost of the period'})`,
      );
  }
  if (parts.length === 0) return undefined;
  return `${id ? 'Saya baca' : 'I read'}: ${parts.join('; ')}.`;
}

/** What is still needed, named in the first sentence; what was already read; an example reply. */
function askBack(w: Worked, noun: string, periodWord: string, lang: Lang): string {
  const t = T[lang];
  const what =
    w.intent === 'hpp'
      ? `${t.hpp} ${noun}`
      : w.intent === 'harga'
        ? `${t.price} ${noun}`
        : w.intent === 'susut'
          ? t.susut
          : w.intent === 'laba'
            ? lang === 'id'
              ? 'untung bersih'
              : 'net profit'
            : w.intent === 'potongan'
              ? lang === 'id'
                ? 'potongan marketplace'
                : 'marketplace fee'
              : t.impas;
  const asked = new Set<string | undefined>(
    w.ambiguous.map((a) => (a.label === 'machine' ? 'overhead' : a.label === 'cost' ? 'hpp' : a.label)),
  );
  const needs = [
    ...w.ambiguous.map((a) =>
      a.role
        ? t.role(a.text, a.words, a.candidates[0]!, a.role === 'harga')
        : a.which
          ? t.which(a.text)
          : a.unnamed
            ? t.unnamed(a.text, a.candidates[0]!)
            : t.ambiguous(a.text, a.words, a.candidates),
    ),
    ...w.missing
      .filter((m) => !asked.has(m))
      .map((m) => MISSING[lang][m].replaceAll('UNIT', noun))
      // asked for depreciation, the lifespan needs no reason given
      .map((text) =>
        w.intent === 'susut'
          ? text.replace(/, (untuk menghitung penyusutannya|for depreciation)$/, '')
          : text,
      ),
  ];
  const lead = `${t.toWork} ${what}, ${t.need}`;
  // One plain need reads as one sentence; several, or a figure asked back, as a list under the sentence.
  // A cost given with nothing asked yet is noted, and the price from it offered with the usual range.
  const lines = onlyTargetMissing(w)
    ? notedLines(w, noun, lang)
    : needs.length === 1 && w.ambiguous.length === 0
      ? [`${lead} ${lang === 'en' && !/^(the|your|a|an|how)\b/.test(needs[0]!) ? 'the ' : ''}${needs[0]}.`]
      : [`${lead}:`, ...needs.map((n) => `• ${n}`)];
  // a noted cost already says what it noted
  const have = onlyTargetMissing(w) ? [] : recorded(w, noun, periodWord, lang);
  // whatever the lists above do not show is still named, with its amount
  const said = [...lines, ...have].join('\n');
  for (const i of w.items ?? [])
    if (!said.includes(rupiah(i.amount))) have.push(`${i.words ? `${i.words} ` : ''}${rupiah(i.amount)}`);
  if (have.length > 0) lines.push(`${t.have} ${have.join('; ')}.`);
  const example = w.ambiguous[0]?.which
    ? `"${lang === 'id' ? 'pisangnya per minggu' : 'bananas per week'}"`
    : w.ambiguous[0]?.unnamed
      ? `"${lang === 'id' ? 'sewa' : 'rent'} ${w.ambiguous[0].text}"`
      : w.ambiguous[0]?.candidates[0]
        ? `"${rupiah(w.ambiguous[0].candidates[0]).replace('Rp ', '')}"`
        : w.missing.includes('lifespan')
          ? lang === 'id'
            ? '"umur 5 tahun"'
            : '"5 years"'
          : w.missing.includes('machine')
            ? `"${lang === 'id' ? 'mesin jahit 6 juta' : 'sewing machine 6 million'}"`
            : w.missing.includes('units')
              ? `"${count(40, noun, lang)}"`
              : w.missing.includes('target')
                ? '"markup 30%"'
                : w.missing.includes('price')
                  ? `"${lang === 'id' ? '45rb' : '45k'}"`
                  : w.missing.length === 1 && w.missing[0] === 'days'
                    ? `"${lang === 'id' ? '26 hari kerja' : '26 working days a month'}"`
                    : `"${lang === 'id' ? '1,2 juta' : '1.2 million'}"`;
  lines.push(`${t.reply} ${example}.`);
  return lines.join('\n');
}

/**
 * "HPP Anda Rp 12.000 per box sudah saya catat; mau saya hitungkan harga jualnya?": what was noted, the
 * next step, and the usual range on that cost so the artisan sees it work.
 */
function notedLines(w: Worked, noun: string, lang: Lang): string[] {
  const { low, high } = w.range!;
  const id = lang === 'id';
  const total = low.opcostPerUnit !== undefined || w.costIsTotal;
  const costWord = total ? (id ? 'total biaya' : 'total cost') : 'HPP';
  return id
    ? [
        `${costWord === 'HPP' ? 'HPP' : 'Total biaya'} Anda ${rupiah(low.cost)} per ${noun} sudah saya catat; mau saya hitungkan harga jualnya?`,
        'Kirim target markup Anda, atau harga yang ingin dicek (misalnya harga pesaing).',
        `Contoh: markup ${percent(low.target!.bp)} (grosir) sampai ${percent(high.target!.bp)} (eceran) dari ${costWord} memberi harga ${rupiah(low.target!.price)} sampai ${rupiah(high.target!.price)} per ${noun}.`,
      ]
    : [
        `I have noted your ${costWord === 'HPP' ? 'cost (HPP)' : 'total cost'} of ${rupiah(low.cost)} per ${noun}; shall I work out your selling price?`,
        "Send your markup, or a price to check (such as a competitor's).",
        `For example, a ${percent(low.target!.bp)} (wholesale) to ${percent(high.target!.bp)} (retail) markup on that cost gives ${rupiah(low.target!.price)} to ${rupiah(high.target!.price)} per ${noun}.`,
      ];
}

function recorded(w: Worked, noun: string, periodWord: string, lang: Lang): string[] {
  const parts = [
    ...(w.hppInput?.materials ?? []),
    ...(w.hppInput?.labour ?? []),
    ...(w.hppInput?.overhead ?? []),
    ...(w.breakEven?.fixed ?? []),
    ...(w.breakEven?.variable ?? []),
  ].map((p) => partLine(p, noun, periodWord, lang));
  for (const m of w.depreciation?.machines ?? []) {
    const life = m.months
      ? `, ${lang === 'id' ? 'umur' : 'life'} ${m.months} ${lang === 'id' ? 'bulan' : 'months'}`
      : '';
    parts.push(`${machineLine(m, lang, ' ')}${life}`);
  }
  const units = w.hppInput?.units ?? w.depreciation?.units;
  if (units) parts.push(`${count(units, noun, lang)} ${periodWord}`);
  const pi = w.priceInput;
  if (pi?.hpp && !w.hppInput) parts.push(`HPP ${rupiah(pi.hpp)}`);
  if (pi?.price !== undefined && pi.price !== w.market?.amount)
    parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(pi.price)}`);
  if (w.market)
    parts.push(`${lang === 'id' ? 'harga pesaing' : "competitor's price"} ${rupiah(w.market.amount)}`);
  if (w.breakEven?.price)
    parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(w.breakEven.price)}`);
  parts.push(...paybackReading(w, noun, lang));
  const p = w.profit;
  if (p) {
    if (p.unitsSold) parts.push(`${lang === 'id' ? 'terjual' : 'sold'} ${count(p.unitsSold, noun, lang)}`);
    if (p.price) parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(p.price)}`);
    for (const r of p.revenueParts) parts.push(`${r.name || 'omzet'} ${rupiah(r.amount)}`);
    if (p.hppPerUnit) parts.push(`HPP ${rupiah(p.hppPerUnit)}`);
    if (p.hppTotal) parts.push(`HPP total ${rupiah(p.hppTotal)}`);
    for (const c of p.costs) parts.push(`${c.name ? `${c.name} ` : ''}${rupiah(c.amount)}`);
  }
  for (const i of w.unused ?? [])
    parts.push(
      `${i.words ? `${i.words} ` : ''}${rupiah(i.amount)} (${
        i.label === 'capital'
          ? lang === 'id'
            ? 'modal awal, di luar HPP'
            : 'start-up capital, outside HPP'
          : lang === 'id'
            ? 'biaya operasional, di luar HPP'
            : 'operating cost, outside HPP'
      })`,
    );
  if (w.fee?.price) parts.push(`${lang === 'id' ? 'harga jual' : 'price'} ${rupiah(w.fee.price)}`);
  return parts;
}
