/**
 * Personal data in Indonesian text: a NIK (16-digit national id), a phone number (mobile 08xx / +62 8xx and
 * landlines with an area code, with spaces, dots or dashes), an e-mail address and a street address
 * ("Jl. Mawar No. 12"). Used wherever a user's words are kept for mentors beyond the interaction itself
 * (curated drafts, audit details, exports, card variants), and by /hapus to find the values to remove.
 *
 * Prices ("Rp 1.500.000"), years, counts ("13.762 sentra") and percentages are not personal data: the
 * patterns need a phone's leading 0 / +62 and its length, or exactly 16 digits for a NIK.
 */

export type PersonalKind = 'nik' | 'phone' | 'email' | 'address';

export const MASKS: Record<PersonalKind, string> = {
  nik: '[NIK disamarkan]',
  phone: '[nomor telepon disamarkan]',
  email: '[email disamarkan]',
  address: '[alamat disamarkan]',
};

interface Pattern {
  kind: PersonalKind;
  regex: RegExp;
  /** Extra check on a match (its digits), so a lookalike is left alone. */
  accept?: (match: string) => boolean;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

const PATTERNS: Pattern[] = [
  {
    kind: 'email',
    regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  },
  {
    // "Jl. Mawar No. 12", "Jalan Raya Bogor Km 5 No 7A", "Gg. Melati no.3/RT 02": a street with a house number.
    kind: 'address',
    regex:
      /\b(?:Jl|Jln|Jalan|Gg|Gang)\.?\s+[^\n,;:()]{2,60}?\s+No(?:mor)?\.?\s*\d+[A-Za-z]?(?:\s*\/\s*\d+)?(?:,?\s*RT\.?\s*\d+\s*\/?\s*RW\.?\s*\d+)?/gi,
  },
  {
    // 16 digits, run together or in groups of four; the first two are a province code (11..94).
    kind: 'nik',
    regex: /(?<![\d.,])\d{4}(?:[ .-]?\d{4}){3}(?![\d]|[.,]\d)/g,
    accept: (match) => {
      const province = Number(digitsOf(match).slice(0, 2));
      return province >= 11 && province <= 94;
    },
  },
  {
    // Mobile: 08xx / +62 8xx / 62 8xx, 10..13 digits in the national form, any separators.
    kind: 'phone',
    regex: /(?<![\w.,+])(?:\+62|62|0)[\s.-]?\(?8\d{1,3}\)?(?:[\s.-]?\d{2,5}){1,4}(?![\w]|[.,]\d)/g,
    accept: (match) => {
      const national = digitsOf(match).replace(/^62/, '0');
      return national.length >= 10 && national.length <= 13;
    },
  },
  {
    // Landline with an area code: (021) 555-1234, 0274 512345, +62 21 5551234.
    kind: 'phone',
    regex:
      /(?<![\w.,+])(?:\(0[1-9]\d{1,2}\)|0[1-79]\d{1,2}|\+62[\s.-]?[1-79]\d{1,2})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\w]|[.,]\d)/g,
    accept: (match) => {
      const national = digitsOf(match).replace(/^62/, '0');
      return national.length >= 9 && national.length <= 12;
    },
  },
];

export interface PersonalMatch {
  kind: PersonalKind;
  value: string;
}

/** Every piece of personal data in the text, in the order the patterns find them. */
export function findPersonal(text: string): PersonalMatch[] {
  const found: PersonalMatch[] = [];
  let rest = text;
  for (const pattern of PATTERNS) {
    rest = rest.replace(pattern.regex, (match) => {
      if (pattern.accept && !pattern.accept(match)) return match;
      found.push({ kind: pattern.kind, value: match });
      // Blank it out so that a later pattern (a phone inside an address) does not find it again.
      return ' '.repeat(match.length);
    });
  }
  return found;
}

/** The text with each piece of personal data replaced by a marker, and the kinds that were found. */
export function maskPersonal(text: string): { text: string; found: PersonalKind[] } {
  const kinds = new Set<PersonalKind>();
  let masked = text;
  for (const pattern of PATTERNS) {
    masked = masked.replace(pattern.regex, (match) => {
      if (pattern.accept && !pattern.accept(match)) return match;
      kinds.add(pattern.kind);
      return MASKS[pattern.kind];
    });
  }
  return { text: masked, found: [...kinds] };
}

/** Masks every string inside a JSON-like value (audit details, filters), keys left as they are. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskPersonal(value).text as T;
  if (Array.isArray(value)) return value.map((item) => maskDeep(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, maskDeep(item)]),
    ) as T;
  }
  return value;
}
