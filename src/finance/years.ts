/**
 * Calendar years in a money message ("jualan sambal dr 2022", "sejak 2015", "thn 2023 kemarin", "since
 * 2020"). A year is a four-digit 19xx/20xx number with no currency, multiplier or unit; it says when the
 * business started, never what anything costs, so the reader leaves it out. A bare "2000" right after a
 * price word ("harga 2000", "jual 2000") stays an amount.
 */

/** The words around a number, lower-cased; punctuation tokens are themselves. */
export interface YearContext {
  /** The text of the number itself. */
  number: string;
  /** The tokens before it, nearest last. */
  before: string[];
  /** The tokens after it, nearest first. */
  after: string[];
}

interface YearRule {
  name: string;
  /** What the rule says, for a reader. */
  does: string;
  /** A message it must match. */
  example: string;
  test: (c: YearContext) => boolean;
}

const YEAR_DIGITS = /^(19|20)\d\d$/;
/** Words that introduce a year. */
const YEAR_BEFORE =
  /^(dari|dr|sejak|sjk|semenjak|tahun|thn|th|taun|thun|since|in|mulai|awal|akhir|pertengahan|year|berdiri|didirikan|dirintis|merintis|rintis|lahir|dibuka|founded|established|started|opened|born)$/;
/** "dari 2000 jadi 2500": a change of an amount, not a year. */
const CHANGE_TO = /^(jadi|jd|menjadi|ke|sampai|sampe|hingga|to|-)$/;
/** Words right after a year ("2023 kemarin", "2022 lalu", "2019 ago"). */
const YEAR_AFTER = /^(kemarin|kemaren|kmrn|kmrin|lalu|ago)$/;
/** Words that name an amount: a number right after one is what it names ("harga 2000", "jual 2000"). */
const AMOUNT_WORD =
  /^(harga\w*|hrg\w*|jual|dijual|jualnya|modal\w*|biaya\w*|ongkos\w*|upah\w*|gaji\w*|bayar\w*|seharga|cuma|cm|hanya|only|at|for|price|costs?|sells?|rp|idr|@|x|per)$/;
const PUNCT = /^[^a-z0-9\u00c0-\u024f]+$/u;
const isEdge = (t: string | undefined) => t === undefined || PUNCT.test(t);

/** The rules that make a number a year, applied in order; the first that holds names the reading. */
export const YEAR_RULES: YearRule[] = [
  {
    name: 'year.after-word',
    does: 'a year word right before it, or two words before with a plain word between ("mulai jualan 2021")',
    example: 'jualan sambal botolan dr 2022',
    test: ({ before, after }) => {
      const [near, far] = [before.at(-1), before.at(-2)];
      const introduced =
        (near !== undefined && YEAR_BEFORE.test(near)) ||
        (far !== undefined &&
          YEAR_BEFORE.test(far) &&
          near !== undefined &&
          /^[a-z]+$/.test(near) &&
          !AMOUNT_WORD.test(near));
      const word = YEAR_BEFORE.test(near ?? '') ? near : far;
      // "naik dari 2000 jadi 2500" is a price that changed
      if (introduced && /^(dari|dr|from)$/.test(word ?? '') && CHANGE_TO.test(after[0] ?? '')) return false;
      return introduced;
    },
  },
  {
    name: 'year.before-when',
    does: 'a word of past time right after it',
    example: '2023 kemarin sy mulai bikin tas',
    test: ({ after }) => YEAR_AFTER.test(after[0] ?? ''),
  },
  {
    name: 'year.alone',
    does: 'a number standing alone between punctuation, with no word to name it an amount',
    example: 'usaha kecil, 2019, modal 5jt',
    test: ({ before, after }) => isEdge(before.at(-1)) && isEdge(after[0]),
  },
];

/** The rule that reads a number as a calendar year, or undefined when it is not one. */
export function yearRule(c: YearContext): string | undefined {
  if (!YEAR_DIGITS.test(c.number)) return undefined;
  if (c.before.length > 0 && AMOUNT_WORD.test(c.before.at(-1)!)) return undefined;
  return YEAR_RULES.find((r) => r.test(c))?.name;
}
