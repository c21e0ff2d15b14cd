import {
  type CoreReading,
  type Decimal,
  isNumberWord,
  type Lang,
  multiplierOf,
  readCore,
  readNumberWords,
  SLANG_AMOUNTS,
} from './numbers.ts';
import { SLANG } from '../text/slang.ts';
import { yearRule } from './years.ts';

/**
 * One figure found in a sentence. Money is in whole rupiah; percentages in basis points (30% = 3000);
 * durations in months. "bare" is a number with no unit at all ("kulit 150"): the question decides whether it
 * is a count or money, and a bare small number in a money slot is asked back rather than guessed.
 */
export interface Figure {
  kind: 'money' | 'count' | 'people' | 'percent' | 'duration' | 'days' | 'measure' | 'bare' | 'ambiguous';
  value: number;
  text: string;
  start: number;
  end: number;
  noun?: string;
  /** "2 penjahit @ 2,25 jt": the count and the amount each. */
  each?: { count: number; amount: number; noun?: string };
  /** Readings of an ambiguous figure, in rupiah. */
  candidates?: number[];
  approx?: boolean;
}

interface Token {
  t: string;
  raw: string;
  start: number;
  end: number;
  num: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|[a-z\u00c0-\u024f]+|,-|[%@×*/+]|[^\s]/giu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    t: m[0].toLowerCase(),
    raw: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
    num: /^\d/.test(m[0]),
  }));
}

/** Nouns that count what is said or chosen, never goods or rupiah. */
const OTHER_COUNT_NOUNS =
  /^(hal|pertanyaan|soal|poin|point|points?|macam|cara|langkah|tahap|pilihan|opsi|things?|questions?|ways?|steps?|options?)$/;

/** Nouns that count products made or sold. */
export const UNIT_NOUNS =
  /^(tas|bungkus|bks|psg|pcs|pc|buah|bh|unit|units|biji|butir|batang|potong|lembar|toples|stoples|pak|paket|pack|packs|botol|kotak|box|boxes|dus|porsi|helai|pasang|kodi|lusin|produk|products|item|items|piece|pieces|bag|bags|jar|jars|bottle|bottles|pouch|kaos|baju|kemeja|sepatu|sandal|dompet|kursi|meja|toples|cangkir|mangkok|gelas|sajadah|selendang|kain|sarung|pot|cup|kue|roti|keripik|kripik|sachet|renteng|jaket|tikar|keranjang|talenan|cups|baskets?|sarongs?|tables?|chairs?|shirts?|mats?|pairs?|cakes?|scarf|scarves|sheets?|pots|plates?|bowls?|wallets?|shoes|sachets|loaves|dolls?|jackets?|bars?|candles?|lamps?|gelang|kalung|cincin|anting|bros|gantungan|gamis|mukena|jilbab|hijab|kerudung|celana|daster|tumblers?|mugs?|cookies?|clips?|earrings?|bracelets?|necklaces?|soaps?|hats?|totes?|vases?|boxes|porsi|gelas|cangkir)$/;
const PEOPLE_NOUNS =
  /^(penjahit|orang|org|karyawan|pekerja|tukang|pegawai|buruh|pembatik|penenun|pengukir|penganyam|perajin|pengrajin|admin|kurir|sopir|tailors?|workers?|people|persons?|staff|employees?|weavers?|artisans?|craftsmen|craftswomen|carvers?|makers?|helpers?|assistants?|seamstress(?:es)?|tetangga|teman|temen|tmn|kawan|saudara|sodara|kerabat|keluarga|anak|adik|kakak|ibu|bapak|emak|warga|santri|mahasiswa|neighbou?rs?|friends?|relatives?|cousins?|sisters?|brothers?|sons?|daughters?|women|men|ladies|volunteers?|students?|family)$/;
const MEASURE_NOUNS =
  /^(kg|kilo|gram|gr|g|ons|liter|ltr|l|meter|mtr|cm|kaki|yard|tabung|karung|ikat|ton|rol|roll|gulung|gulungan|bal|hektar|ha|are|m2|metres?|meters?|kilos?|kgs|litres?|liters?|feet|foot|ft|sqft)$/;
const DURATION = /^(bulan|bln|bl|tahun|thn|th|tahunan|months?|years?|yrs?|mo)$/;
/** "26 hari", "kerja 25 hr", "6 days": a count of days (working days, days to sell), never money. */
export const DAY_NOUNS = /^(hari|hr|hri|days?)$/;
const PERCENT = /^(%|persen|prosen|percent|pct|perсen)$/;
const MULTIPLY = /^(@|x|×|\*|masing|each|per|tiap|setiap|a)$/;
/** Currency words that may stand before an amount, glued to it or not ("Rp2.400.000", "IDR 50k"). */
export const CURRENCY = /^(rp|idr|rupiah)$/;

const MAX_RUPIAH = 1_000_000_000_000n; // one trillion: far beyond any IKM figure; larger is a typo or hostile

function toRupiah(value: Decimal, multiplier: bigint): { rupiah?: bigint; exact: boolean } {
  const pow = 10n ** BigInt(value.scale);
  const scaled = value.digits * multiplier;
  if (scaled % pow !== 0n) return { rupiah: scaled / pow, exact: false };
  return { rupiah: scaled / pow, exact: true };
}

/**
 * Finds the figures of a sentence in order. Each token run is read once; what follows a number decides
 * what it is: "%" a percentage, "tas" a count, "penjahit" people, "bulan" a duration, "rb"/"juta"/"Rp"
 * money. "2 penjahit @ 2,25 jt" and "250 kaki × Rp 30.000" become one money figure with its factors.
 */
export function scanFigures(text: string, lang: Lang): Figure[] {
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "stand 3x3", "kain 2 x 1,5 m": a size, not a count times an amount
    const size = sizeEnd(tokens, i);
    if (size) {
      i = size;
      continue;
    }
    const read = readAt(tokens, i, lang, text);
    if (!read) {
      i++;
      continue;
    }
    let { figure, next } = read;
    // "jualan sambal dr 2022", "since 2020": a calendar year says when, not how much
    // "pertanyaan ke-3", "anak ke 2": an ordinal says which one, not how much
    // "rumah nomor 45", "kelas 5", "RT 03": a number that names a house, a class or a ward, not an amount
    if (
      figure.kind === 'bare' &&
      next === i + 1 &&
      (isYear(tokens, i) || isOrdinal(tokens, i) || NAMES_A_NUMBER.test(tokens[i - 1]?.t ?? ''))
    ) {
      i = next;
      continue;
    }
    const counted = ['count', 'people', 'measure', 'bare'].includes(figure.kind);
    // "dua mesin jahit masing-masing Rp 6 juta", "3 karung tepung @ 150rb": the counted thing may be named
    // between the count and the multiply word
    const named = counted ? nounRun(tokens, next) : 0;
    const comma = named > 0 && tokens[next + named]?.t === ',' ? 1 : 0;
    const op = tokens[next + named + comma];
    if (op && isMultiply(op.t)) {
      let after = next + named + comma + 1;
      if (op.t === 'masing' && tokens[after]?.t === '-') after += 1;
      if (op.t === 'masing' && tokens[after]?.t === 'masing') after += 1;
      if (named > 0 && PRICE_WORD.test(tokens[after]?.t ?? '')) after += 1;
      const second = readAt(tokens, after, lang, text);
      if (second && counted && second.figure.kind === 'money') {
        const words = tokens.slice(next, next + named).map((tk) => tk.t);
        const noun = [...(figure.noun ? [figure.noun] : []), ...words].join(' ') || undefined;
        figure = product({ ...figure, ...(noun ? { noun } : {}) }, second.figure, text);
        next = second.next;
      } else if (
        named === 0 &&
        second &&
        figure.kind === 'money' &&
        ['count', 'measure', 'people', 'bare'].includes(second.figure.kind)
      ) {
        figure = product(second.figure, figure, text);
        next = second.next;
      }
    }
    // "singkong 10 kg hrg 5rb/kg", "minyak 2 liter 18rb/liter": a quantity, then the price of one of its units
    if (figure.kind === 'measure' || figure.kind === 'count' || figure.kind === 'bare') {
      const priced = unitPriced(tokens, next, figure, lang, text);
      if (priced) {
        figure = product({ ...figure, noun: priced.noun }, priced.figure, text, priced.end);
        next = priced.next;
      }
    }
    figures.push(figure);
    i = next;
  }
  return figures;
}

/** Where a size ("3x3", "2 x 1,5 m", "3x4 meter") starting at `at` ends, or 0 when none starts there. */
function sizeEnd(tokens: Token[], at: number): number {
  const [a, x, b, after] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (!a?.num || (x?.t !== 'x' && x?.t !== '×') || !b?.num) return 0;
  if (tokens[at - 1]?.t === 'x' || tokens[at - 1]?.t === 'rp') return 0;
  // sizes are small numbers: "3 x 25.000" is three times an amount
  const small = (t: string) => /^\d{1,2}(?:[.,]\d{1,2})?$/.test(t);
  if (!small(a.t) || !small(b.t)) return 0;
  if (after && /^(m|meter|cm|m2|mm)$/.test(after.t)) return at + 4;
  // "stand 3x3 Rp 4,5 juta", "booth 2x3, 1,5jt": the size of a place, then (or not) what it costs
  const place = tokens
    .slice(Math.max(0, at - 3), at)
    .some((tk) => /^(stand|booth|lapak|kios|tenda|ukuran|luas|ruang|ruko|meja|stan)$/.test(tk.t));
  return place && (!after || !/^[\p{L}]/u.test(after.t) || after.t === 'rp') ? at + 3 : 0;
}

/** Words after which a number is a name: a house, a street, a class, a ward, a block. */
const NAMES_A_NUMBER = /^(nomor|nomer|nmr|no|kelas|kls|rt|rw|blok|gang|gg|number|kamar|lantai|kav|kavling)$/;
const isOrdinal = (tokens: Token[], at: number) =>
  tokens[at - 1]?.t === 'ke' || (tokens[at - 1]?.t === '-' && tokens[at - 2]?.t === 'ke');
const isYear = (tokens: Token[], at: number) =>
  yearRule({
    number: tokens[at]!.t,
    before: tokens.slice(Math.max(0, at - 2), at).map((tk) => tk.t),
    after: tokens.slice(at + 1, at + 3).map((tk) => tk.t),
  }) !== undefined;

/** "/kg", "per liter", "sekilo": the unit a price after a quantity is said for, in the lexicon's spelling. */
const PER_UNIT = /^(\/|per|tiap|setiap|each|a)$/;
/** Spellings of one measure: "10 kg ... 5rb/kilo" prices the same unit. */
const SAME_MEASURE: string[][] = [
  ['kg', 'kilo', 'kilogram'],
  ['liter', 'ltr', 'l', 'litre'],
  ['gram', 'gr', 'g'],
  ['meter', 'mtr', 'm'],
  ['kaki', 'feet', 'foot', 'ft'],
];
export const sameUnit = (a: string, b: string) =>
  a === b || SAME_MEASURE.some((group) => group.includes(a) && group.includes(b));

/**
 * A money figure right after a quantity (a price word may sit between), followed by the quantity's own
 * unit ("hrg 5rb/kg" after "10 kg"): the price of one unit, to be multiplied out. A price per another unit
 * ("10 kg 50rb per bungkus") is not.
 */
function unitPriced(
  tokens: Token[],
  at: number,
  quantity: Figure,
  lang: Lang,
  text: string,
): { figure: Figure; next: number; end: number; noun: string } | undefined {
  let j = at;
  // "benang 3 gulung harga 25rb per gulung": a unit the lexicon lacks is named by the price said per it
  let unitWord = quantity.noun;
  if (!unitWord) {
    const word = tokens[j];
    if (!word || word.num || !/^[a-z]+$/.test(word.t) || NOT_NOUN.test(word.t)) return undefined;
    unitWord = word.t;
    j++;
  }
  if (tokens[j] && PRICE_WORD.test(SLANG[tokens[j]!.t] ?? tokens[j]!.t)) j++;
  // "kulit 3 feet, per feet Rp18.000", "2 kg @kg 12rb": the unit is named before its price
  if (tokens[j]?.t === ',') j++;
  if (
    tokens[j] &&
    /^(per|tiap|setiap|@)$/.test(tokens[j]!.t) &&
    tokens[j + 1] &&
    sameUnit(tokens[j + 1]!.t, unitWord)
  ) {
    const first = readAt(tokens, j + 2, lang, text);
    if (first && first.figure.kind === 'money')
      return { figure: first.figure, next: first.next, end: first.figure.end, noun: unitWord };
  }
  const price = readAt(tokens, j, lang, text);
  if (!price || price.figure.kind !== 'money') return undefined;
  let k = price.next;
  if (!tokens[k] || !PER_UNIT.test(tokens[k]!.t)) return undefined;
  k++;
  const unit = tokens[k];
  if (!unit || !sameUnit(unit.t, unitWord)) return undefined;
  return { figure: price.figure, next: k + 1, end: unit.end, noun: unitWord };
}

const isMultiply = (t: string) => MULTIPLY.test(t) && !/^(per|a|tiap|setiap)$/.test(t);
/** "seharga" after "masing-masing" says nothing more: the price follows. */
const PRICE_WORD = /^(seharga|harga|harganya|senilai)$/;
/** Words that end a noun run: they join or date things, they do not name what is counted. */
const NOT_NOUN =
  /^(per|tiap|setiap|dan|and|atau|or|sama|sm|untuk|utk|buat|for|of|dengan|with|sebulan|seminggu|sehari|setahun|rp|idr|rupiah)$/;

/** How many plain words (at most three) follow `at` before a multiply word: the noun of "2 mesin jahit @ 6 jt". */
function nounRun(tokens: Token[], at: number): number {
  for (let n = 0; n <= 3; n++) {
    const tk = tokens[at + n];
    if (!tk) return 0;
    if (n > 0 && isMultiply(tk.t) && tk.t !== 'a') return n;
    // "4 unit ATBM, masing-masing Rp 6,5 juta": a comma may stand before "each"
    if (n > 0 && tk.t === ',' && /^(masing|each|@)$/.test(tokens[at + n + 1]?.t ?? '')) return n;
    if (tk.num || !/^[a-z\u00c0-\u024f]+$/u.test(tk.t) || NOT_NOUN.test(tk.t) || isMultiply(tk.t)) return 0;
    if (isNumberWord(tk.t) || multiplierOf(tk.t, 'id', tk.raw)) return 0;
  }
  return 0;
}

function product(count: Figure, amount: Figure, text: string, through = 0): Figure {
  const start = Math.min(count.start, amount.start);
  const end = Math.max(count.end, amount.end, through);
  return {
    kind: 'money',
    value: count.value * amount.value,
    text: text.slice(start, end),
    start,
    end,
    noun: count.noun,
    each: { count: count.value, amount: amount.value, noun: count.noun },
  };
}

function readAt(
  tokens: Token[],
  i: number,
  lang: Lang,
  text: string,
): { figure: Figure; next: number } | undefined {
  let j = i;
  let currency = false;
  if (CURRENCY.test(tokens[j]?.t ?? '') && tokens[j]!.t !== 'rupiah') {
    currency = true;
    j++;
    if (tokens[j]?.t === '.') j++;
  }
  const first = tokens[j];
  if (!first) return undefined;
  const start = tokens[i]!.start;
  const slang = SLANG_AMOUNTS[first.t];
  if (slang !== undefined && !first.num) {
    return { figure: money(slang, text, start, first.end), next: j + 1 };
  }
  let core: CoreReading | undefined;
  let wordsValue: number | undefined;
  let scaledWords = false;
  if (first.num) {
    core = undefined;
    j++;
  } else if (isNumberWord(first.t) && first.t !== 'a' && first.t !== 'and') {
    const words = readNumberWords(tokens.slice(j, j + 12).map((tk) => tk.t));
    if (!words || ((first.t === 'setengah' || first.t === 'half') && !words.scaled)) return undefined;
    wordsValue = words.value;
    scaledWords = words.scaled;
    j += words.used;
  } else return currency ? undefined : undefined;

  // multipliers: "150 rb", "5 ratus ribu", "1,5jt"
  let multiplier = 1n;
  let multiplied = false;
  while (tokens[j] && multiplierOf(tokens[j]!.t, lang, tokens[j]!.raw)) {
    const m = multiplierOf(tokens[j]!.t, lang, tokens[j]!.raw)!;
    if (multiplied && m <= 100n) break;
    multiplier *= m;
    multiplied = true;
    j++;
    if (m >= 1000n) break;
  }
  if (first.num) core = readCore(first.raw, lang, multiplied);
  // "Rp150.000" in an English message: after a currency and with no multiplier, one separator before three
  // digits groups thousands (a fraction of a rupiah is never meant), whichever language the message is in
  if (core && !core.ok && core.candidates.length === 2 && currency && !multiplied)
    core = { ok: true, value: core.candidates[0]!, grouped: true };
  // "12,5%": a percentage is read before any rupiah rule, decimals and all
  if (!multiplied && !currency && tokens[j] && PERCENT.test(tokens[j]!.t)) {
    const bp = core
      ? core.ok
        ? Number(toRupiah(core.value, 100n).rupiah)
        : Number(toRupiah(core.candidates.at(-1)!, 100n).rupiah)
      : Math.round((wordsValue ?? 0) * 100);
    const end = tokens[j]!.end;
    return { figure: { kind: 'percent', value: bp, text: text.slice(start, end), start, end }, next: j + 1 };
  }
  let approx = /an$/.test(tokens[j - 1]?.t ?? '') && multiplied;

  let rupiah: bigint;
  if (wordsValue !== undefined) {
    const halves = BigInt(Math.round(wordsValue * 2));
    rupiah = (halves * multiplier) / 2n;
    multiplied ||= scaledWords;
  } else if (core && !core.ok) {
    const end = tokens[j - 1]!.end;
    // Without a unit, the decimal reading of "1,500" can only mean 1,5 juta (a fraction of a rupiah never is).
    const candidates = core.candidates
      .map((c, n) => toRupiah(c, n === 1 && !multiplied ? 1_000_000n : multiplier))
      .filter((r) => r.rupiah !== undefined && r.rupiah > 0n)
      .map((r) => Number(r.rupiah));
    return {
      figure: { kind: 'ambiguous', value: 0, text: text.slice(start, end), start, end, candidates },
      next: j,
    };
  } else {
    const converted = toRupiah(core!.ok ? core!.value : { digits: 0n, scale: 0 }, multiplier);
    if (!converted.exact && (currency || multiplied)) {
      // "Rp 1,5": a fraction of a rupiah is never meant; ribu or juta was left out
      const end = tokens[j - 1]!.end;
      const c = core!.ok ? core!.value : undefined;
      const candidates =
        c && !multiplied ? [Number(toRupiah(c, 1_000n).rupiah), Number(toRupiah(c, 1_000_000n).rupiah)] : [];
      return {
        figure: { kind: 'ambiguous', value: 0, text: text.slice(start, end), start, end, candidates },
        next: j,
      };
    }
    rupiah = converted.rupiah!;
    // "butuh 1,5 meter", "tepung 2,5 kg", "umur 2,5 tahun": a fraction with the unit it measures is a
    // quantity, never rupiah
    const measured =
      !converted.exact && core?.ok ? fractionalQuantity(tokens, j, core.value, text, start, lang) : undefined;
    if (measured) return measured;
    if (!converted.exact) {
      // "1,5" with no unit: a fraction of a rupiah is never meant; ask whether it is juta or ribu.
      const end = tokens[j - 1]!.end;
      const c = core as { value: Decimal };
      const thousand = Number(toRupiah(c.value, 1_000n).rupiah);
      const million = Number(toRupiah(c.value, 1_000_000n).rupiah);
      return {
        figure: {
          kind: 'ambiguous',
          value: 0,
          text: text.slice(start, end),
          start,
          end,
          candidates: [thousand, million],
        },
        next: j,
      };
    }
  }
  // "2 juta 500 ribu", "2jt500", "sejuta setengah"
  if (multiplier >= 1_000_000n && tokens[j]?.num && /^\d{1,3}$/.test(tokens[j]!.t)) {
    const rest = BigInt(tokens[j]!.t);
    const restMult = multiplierOf(tokens[j + 1]?.t ?? '', lang, tokens[j + 1]?.raw ?? '');
    const unit = restMult && restMult < multiplier ? restMult : multiplier / 1000n;
    const follows = tokens[j + 1];
    if (restMult || !follows || !UNIT_NOUNS.test(follows.t)) {
      rupiah += rest * unit;
      j += restMult ? 2 : 1;
    }
  } else if (multiplier >= 1000n && tokens[j]?.t === 'setengah') {
    rupiah += multiplier / 2n;
    j++;
  }
  while (tokens[j] && /^(,-|an|rupiah|perak|idr|rp)$/.test(tokens[j]!.t)) {
    if (tokens[j]!.t === 'an') approx = true;
    if (/^(rupiah|perak|idr|rp)$/.test(tokens[j]!.t)) currency = true;
    j++;
    if (tokens[j - 1]!.t === ',-' && tokens[j]?.t === '-') j++;
  }
  if (tokens[j]?.t === '.' && tokens[j + 1]?.t === '-') j += 2;
  let end = tokens[j - 1]!.end;
  const value = Number(rupiah);
  if (rupiah > MAX_RUPIAH) {
    return {
      figure: { kind: 'ambiguous', value: 0, text: text.slice(start, end), start, end, candidates: [] },
      next: j,
    };
  }
  const isMoney = currency || multiplied || (core?.ok === true && core.grouped);
  const strongMoney = currency || multiplied;
  const noun = tokens[j];
  if (!isMoney && noun && PERCENT.test(noun.t)) {
    const bp = core?.ok ? Number(toRupiah(core.value, 100n).rupiah) : Math.round((wordsValue ?? 0) * 100);
    return {
      figure: { kind: 'percent', value: bp, text: text.slice(start, noun.end), start, end: noun.end },
      next: j + 1,
    };
  }
  if (!strongMoney && noun && !noun.num) {
    let n = noun.t;
    let k = j;
    // "a 3-day bazaar", "a 6-month lease": a length of time joined to its number by a hyphen
    const joined = tokens[k + 1];
    if (
      n === '-' &&
      joined &&
      noun.start === tokens[j - 1]!.end &&
      joined.start === noun.end &&
      (DAY_NOUNS.test(joined.t) || DURATION.test(joined.t))
    ) {
      k++;
      n = joined.t;
    }
    // "40 tas kulit", "40 buah tas": the counting word or the product noun
    if (
      /^(buah|biji|unit|pcs|lembar|potong)$/.test(n) &&
      tokens[k + 1] &&
      UNIT_NOUNS.test(tokens[k + 1]!.t)
    ) {
      k++;
      n = tokens[k]!.t;
    }
    const count = (kind: Figure['kind'], v: number) => ({
      figure: {
        kind,
        value: v,
        text: text.slice(start, tokens[k]!.end),
        start,
        end: tokens[k]!.end,
        noun: n,
      },
      next: k + 1,
    });
    // "mau nanya 2 hal", "ada 3 cara", "two questions": a count of things said, not of goods or money.
    if (OTHER_COUNT_NOUNS.test(n)) return undefined;
    const quantity = quantityOf(n, lang);
    if (quantity) return count(quantity.kind, value * quantity.scale);
  }
  end = tokens[j - 1]!.end;
  // A number said in words with no unit and no multiplier ("campur jd satu", "dua-duanya") is a word of the
  // sentence, not an amount; a count in words still reads ("dua penjahit", "lima tahun") through its noun,
  // and "dua mesin @ 6 jt" through the multiply word that follows it.
  if (wordsValue !== undefined && !isMoney) {
    const op = tokens[j + nounRun(tokens, j)];
    if (!(op && isMultiply(op.t))) return undefined;
  }
  const kind: Figure['kind'] = isMoney ? 'money' : 'bare';
  return {
    figure: { kind, value, text: text.slice(start, end), start, end, ...(approx ? { approx } : {}) },
    next: j,
  };
}

/**
 * What a noun after a number makes it, and what one of it counts: "3 kodi" is 60 pieces, "2 lusin" 24, "2 tahun"
 * 24 months, "40 tas" a count, "2 penjahit" people, "10 kg" a measure, "26 hari" days. Undefined for any other
 * word.
 */
function quantityOf(n: string, lang: Lang): { kind: Figure['kind']; scale: number } | undefined {
  if (n === 'kodi') return { kind: 'count', scale: 20 };
  if (n === 'lusin' || n === 'dozen' || n === 'dozens') return { kind: 'count', scale: 12 };
  if (UNIT_NOUNS.test(n)) return { kind: 'count', scale: 1 };
  if (PEOPLE_NOUNS.test(n)) return { kind: 'people', scale: 1 };
  if (MEASURE_NOUNS.test(n) || (n === 'm' && lang === 'id')) return { kind: 'measure', scale: 1 };
  if (DAY_NOUNS.test(n)) return { kind: 'days', scale: 1 };
  if (DURATION.test(n))
    return { kind: 'duration', scale: /^(tahun|thn|th|tahunan|years?|yrs?)$/.test(n) ? 12 : 1 };
  return undefined;
}

/** A fraction followed by a measure, a length of time or a counted unit (not people): that quantity, fraction and all. */
function fractionalQuantity(
  tokens: Token[],
  at: number,
  value: Decimal,
  text: string,
  start: number,
  lang: Lang,
): { figure: Figure; next: number } | undefined {
  const noun = tokens[at];
  if (!noun || noun.num) return undefined;
  const n = noun.t;
  const quantity = quantityOf(n, lang);
  if (!quantity || quantity.kind === 'people') return undefined;
  const amount = Number(value.digits) / 10 ** value.scale;
  return {
    figure: {
      kind: quantity.kind,
      value: amount * quantity.scale,
      text: text.slice(start, noun.end),
      start,
      end: noun.end,
      noun: n,
    },
    next: at + 1,
  };
}

function money(value: number, text: string, start: number, end: number): Figure {
  return { kind: 'money', value, text: text.slice(start, end), start, end };
}

/**
 * Reads one expression on its own, as a flag value or a reply ("150rb", "Rp 1,5 jt", "40 tas").
 * A bare number is taken literally only when it is big enough to be rupiah; "150" alone is asked back.
 */
export function readExpression(text: string, lang: Lang = 'id'): Figure | undefined {
  const figure = scanFigures(text, lang)[0];
  return figure?.kind === 'bare' && figure.value >= 1000 ? { ...figure, kind: 'money' } : figure;
}
