import { count, feeName, feeWords, partLine, T, withoutEcho } from './format-common.ts';
import type { Lang } from './numbers.ts';
import { isWhole, number, rupiah, sub, sum } from './rupiah.ts';
import type { Worked } from './solve.ts';

/** Break-even, result first: units and revenue a month, then the contribution margin and the division. */
export function breakEvenLines(w: Worked, noun: string, lang: Lang): string[] {
  if (w.breakEven!.unitProfit) return unitProfitLines(w, noun, lang);
  const b = w.breakEven!;
  const r = b.result!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const fixed = sum(b.fixed.map((p) => p.amount));
  // "bazar 3 hari": an event's fixed costs break even over the event, not over a month
  const during = b.event ? eventWords(b.event, lang) : T[lang].month;
  const variable = sum(b.variable.map((p) => p.amount));
  const fixedHeading = id ? 'Biaya tetap' : 'Fixed costs';
  const fixedParts = withoutEcho(b.fixed, fixedHeading);
  const fixedLine =
    fixedParts.length === 0
      ? 'Rp 0'
      : `${fixedParts.map((p) => partLine(p, noun, during, lang)).join(' + ')}${fixedParts.length > 1 ? ` = ${rupiah(fixed)} ${during}` : ''}`;
  // The variable cost keeps the artisan's words when they say what it is ("bahan Rp 180.000").
  const varParts = withoutEcho(b.variable, id ? 'biaya variabel' : 'variable cost');
  const varWord = id ? 'biaya variabel' : 'variable cost';
  const varText =
    varParts.length > 1
      ? `${varWord} ${rupiah(variable)} (${varParts.map((p) => `${p.name ? `${p.name} ` : ''}${p.detail ? `${p.detail} = ` : ''}${rupiah(p.amount)}`).join(' + ')})`
      : varParts[0]?.name
        ? `${varParts[0].name} ${rupiah(variable)}`
        : `${varWord} ${rupiah(variable)}`;
  const cut = feeTerm(w, lang);
  const formula = `${T[lang].formula}: ${id ? `BEP (unit) = biaya tetap ${during} ÷ (harga jual${cut} − biaya variabel ${perNoun}); omzet impas = BEP × harga jual` : `BEP (units) = fixed costs ${during} ÷ (price${cut} − variable cost ${perNoun}); revenue = BEP × price`}.`;
  const contribution = `• ${id ? 'margin kontribusi' : 'contribution margin'} = ${priceLess(w, lang)} − ${varText} = ${rupiah(r.contribution)} ${perNoun}`;
  const fixedBullet = `• ${fixedHeading}: ${fixedLine}`;
  const afterCut =
    b.fee && r.net
      ? id
        ? ` (setelah ${feeWords(b.fee, lang)}: ${rupiah(r.net)})`
        : ` (after the ${feeWords(b.fee, lang)}: ${rupiah(r.net)})`
      : '';
  if (r.never)
    return [
      id
        ? `Tidak ada titik impas: harga jual ${rupiah(b.price!)}${afterCut} tidak lebih tinggi dari biaya variabel ${rupiah(variable)} ${perNoun}, jadi makin banyak terjual makin rugi.`
        : `There is no break-even point: the price ${rupiah(b.price!)}${afterCut} does not exceed the variable cost ${rupiah(variable)} ${perNoun}, so every sale loses money.`,
      '',
      formula,
      fixedBullet,
      contribution,
      id
        ? 'Naikkan harga atau turunkan biaya variabel dulu.'
        : 'Raise the price or cut the variable cost first.',
    ];
  const exact = r.exactUnits!;
  const units = count(r.units!, noun, lang);
  if (b.payback) return paybackLines(w, noun, lang);
  return [
    id
      ? `Titik impas Anda ${units} ${during} (omzet ${rupiah(r.revenue!)}).`
      : `Your break-even point is ${units} ${during} (revenue ${rupiah(r.revenue!)}).`,
    '',
    formula,
    fixedBullet,
    contribution,
    `• BEP = ${rupiah(fixed)} ÷ ${rupiah(r.contribution)} = ${number(exact)}${isWhole(exact) ? '' : id ? `, dibulatkan ke atas ${units}` : `, rounded up to ${units}`}`,
    `• ${id ? 'omzet impas' : 'break-even revenue'} = ${r.units} × ${rupiah(b.price!)} = ${rupiah(r.revenue!)}`,
    id
      ? `${T[lang].meaning}: di bawah ${units} ${during} usaha rugi; setiap ${noun} di atasnya menambah untung ${rupiah(r.contribution)}.`
      : `${T[lang].meaning}: below ${units} ${during} you lose money; each one above adds ${rupiah(r.contribution)} profit.`,
    ...(b.hppAsVariable
      ? [
          id
            ? 'HPP per unit saya pakai sebagai biaya variabel. Kalau HPP itu sudah memuat bagian sewa atau gaji bulanan, biaya itu terhitung dua kali: pakai biaya bahan dan upah per unit saja, dan titik impasnya lebih rendah.'
            : 'I used the HPP per unit as the variable cost. If that HPP already holds a share of the monthly rent or salaries, those are counted twice: use the materials and piece wages per unit only, and the break-even is lower.',
        ]
      : []),
    ...(b.noLifespan ?? []).map((m) => machineNote(m, lang)),
  ];
}

/** " − potongan", " − bagian toko", " − fee" in a formula when a cut comes off the price, else "". */
function feeTerm(w: Worked, lang: Lang): string {
  const fee = w.breakEven!.fee;
  if (!fee) return '';
  return ` − ${fee.byShop ? feeName(fee, lang) : lang === 'id' ? 'potongan' : 'fee'}`;
}

/** The price each sale brings in, as a subtraction when a marketplace takes a cut ("Rp 95.000 − potongan 8% Rp 7.600"). */
function priceLess(w: Worked, lang: Lang): string {
  const b = w.breakEven!;
  const net = b.result?.net;
  return b.fee && net
    ? `${rupiah(b.price!)} − ${feeWords(b.fee, lang)} ${rupiah(sub(b.price!, net))}`
    : rupiah(b.price!);
}

/** "bazar 3 hari": "selama bazar 3 hari", "during the 3-day bazar". */
const eventWords = (event: string, lang: Lang) =>
  lang === 'id' ? `selama ${event}` : `during the ${event.replace(/^(.*) (\d+) hari$/, '$2-day $1')}`;

/**
 * A machine bought once is not a cost of every month: it enters the fixed costs as its depreciation
 * (price ÷ useful life in months), which needs its useful life.
 */
function machineNote(m: { name: string; amount: number }, lang: Lang): string {
  const named = m.name || (lang === 'id' ? 'mesin' : 'the machine');
  const name = `${named[0]!.toUpperCase()}${named.slice(1)}`;
  return lang === 'id'
    ? `${name} ${rupiah(m.amount)} belum masuk: harga mesin dibayar sekali, bukan biaya bulanan; ia masuk biaya tetap sebagai penyusutan (harga ÷ umur pakai dalam bulan). Kirim umur pakainya, misalnya "umur 5 tahun", dan titik impasnya saya hitung ulang.`
    : `${name} ${rupiah(m.amount)} is not in this yet: a machine is paid for once, not every month; it enters the fixed costs as depreciation (price ÷ useful life in months). Send its useful life, e.g. "5 years", and I will work the break-even out again.`;
}

/**
 * Start-up capital earned back, result first: how many units must sell before the profit over the HPP of
 * each has returned it. It is paid once, so no month is said; monthly costs outside the HPP come first.
 */
function paybackLines(w: Worked, noun: string, lang: Lang): string[] {
  const b = w.breakEven!;
  const r = b.result!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const capital = sum(b.fixed.map((p) => p.amount));
  const variable = sum(b.variable.map((p) => p.amount));
  const exact = r.exactUnits!;
  const units = count(r.units!, noun, lang);
  const named = withoutEcho(b.fixed, id ? 'modal' : 'capital')
    .map((p) => `${p.name ? `${p.name} ` : ''}${rupiah(p.amount)}`)
    .join(' + ');
  const varWord =
    b.variable.length === 1 && b.variable[0]!.name ? b.variable[0]!.name : id ? 'biaya' : 'cost';
  return [
    id
      ? `Modal ${rupiah(capital)} kembali setelah ${units} terjual.`
      : `Your capital of ${rupiah(capital)} comes back after ${units} are sold.`,
    '',
    `${T[lang].formula}: ${id ? `jumlah terjual untuk balik modal = modal ÷ (harga jual${feeTerm(w, lang)} − ${varWord} ${perNoun})` : `units to earn the capital back = capital ÷ (price${feeTerm(w, lang)} − ${varWord} ${perNoun})`}.`,
    `• ${id ? 'modal' : 'capital'}: ${named}`,
    `• ${id ? 'untung' : 'profit'} ${perNoun} = ${priceLess(w, lang)} − ${varWord} ${rupiah(variable)} = ${rupiah(r.contribution)}`,
    `• ${rupiah(capital)} ÷ ${rupiah(r.contribution)} = ${number(exact)}${isWhole(exact) ? '' : id ? `, dibulatkan ke atas ${units}` : `, rounded up to ${units}`}`,
    id
      ? `${T[lang].meaning}: setelah ${units} terjual, untung ${rupiah(r.contribution)} ${perNoun} sudah mengembalikan modal; biaya bulanan yang belum masuk HPP (sewa, listrik, gaji) ikut ditutup dulu, jadi perlu lebih banyak jika ada.`
      : `${T[lang].meaning}: once ${units} are sold, the ${rupiah(r.contribution)} profit ${perNoun} has returned the capital; monthly costs not in the HPP (rent, electricity, salaries) come first, so it takes more if you have them.`,
  ];
}

/**
 * The count to sell when the profit on each unit is said outright, result first: the costs to cover (an
 * event's, a machine's, the capital) ÷ that profit, rounded up to a whole unit, with the division shown.
 */
function unitProfitLines(w: Worked, noun: string, lang: Lang): string[] {
  const b = w.breakEven!;
  const r = b.result!;
  const id = lang === 'id';
  const perNoun = `${T[lang].per} ${noun}`;
  const total = sum(b.fixed.map((p) => p.amount));
  const profit = b.unitProfit!;
  const exact = r.exactUnits!;
  const units = count(r.units!, noun, lang);
  const during = b.event ? ` ${eventWords(b.event, lang)}` : b.perMonth ? ` ${T[lang].month}` : '';
  const listed = b.fixed
    .map((p) => `${p.name ? `${p.name} ` : ''}${p.detail ? `${p.detail} = ` : ''}${rupiah(p.amount)}`)
    .join(' + ');
  const costWord = b.payback ? (id ? 'modal' : 'capital') : id ? 'biaya' : 'costs';
  return [
    b.payback
      ? id
        ? `Modal ${rupiah(total)} kembali setelah ${units} terjual.`
        : `Your capital of ${rupiah(total)} comes back after ${units} are sold.`
      : id
        ? `Anda perlu menjual minimal ${units}${during} untuk menutup biaya ${rupiah(total)}.`
        : `You need to sell at least ${units}${during} to cover ${rupiah(total)} of costs.`,
    '',
    `${T[lang].formula}: ${id ? `jumlah yang harus terjual = ${b.payback ? 'modal' : 'biaya yang harus ditutup'} ÷ untung ${perNoun}` : `units to sell = ${b.payback ? 'capital' : 'costs to cover'} ÷ profit ${perNoun}`}.`,
    `• ${costWord}: ${listed}${b.fixed.length > 1 ? ` = ${rupiah(total)}` : ''}`,
    `• ${id ? 'untung' : 'profit'} ${perNoun}: ${rupiah(profit)}`,
    `• ${rupiah(total)} ÷ ${rupiah(profit)} = ${number(exact)}${isWhole(exact) ? '' : id ? `, dibulatkan ke atas ${units}` : `, rounded up to ${units}`}`,
    id
      ? `${T[lang].meaning}: setelah ${units} terjual, untung ${rupiah(profit)} ${perNoun} sudah menutup ${b.payback ? 'modal' : 'biaya'} ${rupiah(total)}; setiap ${noun} berikutnya menambah untung. Ini berlaku bila ${rupiah(profit)} itu untung bersih (harga jual − semua biaya ${perNoun}); biaya lain yang belum disebut membuatnya lebih banyak.`
      : `${T[lang].meaning}: once ${units} are sold, the ${rupiah(profit)} profit ${perNoun} has covered the ${rupiah(total)}; each one after that adds profit. This holds if ${rupiah(profit)} is your net profit (price − every cost ${perNoun}); costs not mentioned make it more.`,
  ];
}
