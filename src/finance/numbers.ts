/**
 * Number cores and multipliers of money expressions: "150.000", "1,5", "1.500.000,00", "150k", "2 jt",
 * "seratus lima puluh ribu", "two million". Values are exact: decimals are kept as digits over a power of ten
 * and only turned into whole rupiah after the multiplier, so "1,5 jt" is 1.500.000 with no float in between.
 */
export type Lang = 'id' | 'en';

/** value = digits / 10^scale, exactly. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

export type CoreReading =
  | { ok: true; value: Decimal; grouped: boolean }
  | { ok: false; candidates: Decimal[] };

const dec = (text: string, scale = 0): Decimal => ({ digits: BigInt(text || '0'), scale });

/**
 * Reads a digit string with separators. Indonesian writes thousands with dots and decimals with a comma,
 * English the other way round; people also mix them ("1.5juta"). A single separator followed by exactly
 * three digits is the one truly ambiguous case ("1,500": 1.500 or 1,5?) and is returned with both readings.
 */
export function readCore(text: string, lang: Lang, multiplied: boolean): CoreReading {
  const seps = [...text.matchAll(/[.,]/g)].map((m) => m[0]);
  const groups = text.split(/[.,]/);
  if (seps.length === 0) return { ok: true, value: dec(text), grouped: false };
  const thousandsOk = (parts: string[]) =>
    parts.slice(1).every((g) => g.length === 3) && parts[0]!.length <= 3;
  const kinds = new Set(seps);
  if (kinds.size === 2) {
    // "150.000,00" or "150,000.00": the last separator is the decimal one.
    const last = seps.at(-1)!;
    if (seps.slice(0, -1).some((s) => s === last)) return { ok: false, candidates: [] };
    const intParts = groups.slice(0, -1);
    if (!thousandsOk(intParts)) return { ok: false, candidates: [] };
    const frac = groups.at(-1)!;
    return { ok: true, value: dec(intParts.join('') + frac, frac.length), grouped: true };
  }
  if (seps.length > 1) {
    if (!thousandsOk(groups)) return { ok: false, candidates: [] };
    return { ok: true, value: dec(groups.join('')), grouped: true };
  }
  const [head, tail] = groups as [string, string];
  const asDecimal = dec(head + tail, tail.length);
  const asThousands = dec(head + tail);
  if (tail.length !== 3) return { ok: true, value: asDecimal, grouped: false };
  const sep = seps[0]!;
  const thousandSep = lang === 'id' ? '.' : ',';
  if (head === '0') return { ok: true, value: asDecimal, grouped: false };
  if (sep === thousandSep && !multiplied) return { ok: true, value: asThousands, grouped: true };
  if (sep !== thousandSep && multiplied) return { ok: true, value: asDecimal, grouped: false };
  return { ok: false, candidates: [asThousands, asDecimal] };
}

/** Multiplier words after a number; "m" is million in English but miliar in Indonesian. */
export function multiplierOf(word: string, lang: Lang, raw: string): bigint | undefined {
  const w = word.toLowerCase();
  if (/^(rb|rbu|rbn|rban|ribu|rebu|ribuan|k|rbuan|thousand|thousands|grand|ribuh|riibu|ribui)$/.test(w))
    return 1_000n;
  if (/^(jt|jta|jtan|juta|jutaan|jeti|jut|jutah|million|millions|mio|mn|mil|juts)$/.test(w))
    return 1_000_000n;
  if (/^(miliar|milyar|milyard|miliard|billion|billions|bn|b)$/.test(w)) return 1_000_000_000n;
  if (/^(triliun|trilyun|trillion)$/.test(w)) return 1_000_000_000_000n;
  if (w === 'm') return lang === 'en' ? 1_000_000n : raw === 'M' ? 1_000_000_000n : undefined;
  if (/^(ratus|hundred|ratusan)$/.test(w)) return 100n;
  return undefined;
}

const UNITS_ID: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  zero: 0,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SE: Record<string, string[]> = {
  seratus: ['satu', 'ratus'],
  seribu: ['satu', 'ribu'],
  sejuta: ['satu', 'juta'],
  semiliar: ['satu', 'miliar'],
};
const SCALES: Record<string, number> = {
  ribu: 1e3,
  rebu: 1e3,
  thousand: 1e3,
  juta: 1e6,
  million: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  billion: 1e9,
};
/** Street slang for amounts (Hokkien-derived, common in Java). */
export const SLANG_AMOUNTS: Record<string, number> = {
  cepek: 100,
  gopek: 500,
  seceng: 1_000,
  noceng: 2_000,
  goceng: 5_000,
  ceban: 10_000,
  goban: 50_000,
  cepekceng: 100_000,
};

export const isNumberWord = (w: string) =>
  w in UNITS_ID || w in SE || w in SCALES || /^(puluh|belas|ratus|hundred|setengah|half|and)$/.test(w);

/**
 * Reads a run of number words ("seratus lima puluh ribu", "satu setengah juta", "two hundred thousand").
 * Returns the value and how many words it used, or undefined when the words are not a number.
 * Values are kept in halves so that "setengah juta" stays exact.
 */
export function readNumberWords(
  words: string[],
): { value: number; used: number; scaled: boolean } | undefined {
  const expanded: { w: string; from: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isNumberWord(w)) break;
    for (const part of SE[w] ?? [w]) expanded.push({ w: part, from: i });
  }
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  let scaled = false;
  let lastScale = 0;
  let lastUnit = 0;
  let previous = '';
  for (const { w, from } of expanded) {
    if (w === 'and') {
      if (!any) break;
      continue;
    }
    if (w in UNITS_ID) {
      if (w === 'a' && previous === 'half') continue;
      if (w === 'a' && any) break;
      lastUnit = UNITS_ID[w]!;
      current += lastUnit;
    } else if (w === 'belas') {
      current += 10;
      lastUnit = 0;
    } else if (w === 'puluh') {
      current += (lastUnit || 1) * 9 + (lastUnit ? 0 : 1);
      lastUnit = 0;
    } else if (w === 'ratus' || w === 'hundred') {
      current += (lastUnit || 1) * 99 + (lastUnit ? 0 : 1);
      lastUnit = 0;
    } else if ((w === 'setengah' || w === 'half') && current === 0 && lastScale > 0)
      total += lastScale / 2; // "sejuta setengah" is 1,5 juta
    else if (w === 'setengah' || w === 'half') current += 0.5;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      lastUnit = 0;
      scaled = true;
      lastScale = SCALES[w]!;
    } else break;
    previous = w;
    any = true;
    used = from + 1;
  }
  if (!any) return undefined;
  const value = total + current;
  return { value, used, scaled };
}
