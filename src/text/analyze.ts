import { Stemmer } from 'sastrawijs';
import { ENGLISH_TO_INDONESIAN, englishBase } from './english.ts';
import { SLANG } from './slang.ts';
import { STOPWORDS } from './stopwords.ts';

const stemmer = new Stemmer();
const stemCache = new Map<string, string>();
/** Words where Sastrawi's dictionary picks the wrong root (pengemasan -> "mas" instead of "kemas"). */
const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  pengemasan: 'kemas',
  pengemas: 'kemas',
  kemasan: 'kemas',
  kemasannya: 'kemas',
  dikemas: 'kemas',
  mengemas: 'kemas',
  perajin: 'rajin',
  pengrajin: 'rajin',
  pelabelan: 'label',
  berlabel: 'label',
  labelnya: 'label',
  pemasaran: 'pasar',
  memasarkan: 'pasar',
  dipasarkan: 'pasar',
  penjualan: 'jual',
  berjualan: 'jual',
  keuangan: 'uang',
  pembukuan: 'buku',
  merek: 'merek',
  mereknya: 'merek',
  sentra: 'sentra',
  // The board of a sentra or a cooperative, not "urus" (to see to): "ada pengurusnya?" is not "yg ngurusin".
  pengurus: 'pengurus',
  pengurusnya: 'pengurus',
  kepengurusan: 'pengurus',
  // men- + tengah, not "engah" (to pant): IKM's glossary expansion says "menengah" on every query.
  menengah: 'tengah',
  // "ekspor" is not in Sastrawi's dictionary, so its meN-/peN- forms stay whole ("diekspor" it strips):
  // "Jatim pengekspor ke-2" must meet "ekspor" in the knowledge. "eksportir" stays whole: a buyer who
  // checks a supplier, not the export itself.
  mengekspor: 'ekspor',
  mengekspornya: 'ekspor',
  pengekspor: 'ekspor',
  pengeksporan: 'ekspor',
};

const TOKEN = /[\p{L}\p{N}]+(?:[-'.,][\p{L}\p{N}]+)*/gu;

/**
 * Bumped whenever analysis changes what terms a text gives: stored chunks analysed by an older
 * version are re-analysed on the next ingest (the version is part of every content hash).
 */
export const ANALYZER_VERSION = 8;

/** A root word of Sastrawi's dictionary. */
const isRoot = (word: string) => stemmer.find(word);

/** Whether an analysed term is a word of the language (a dictionary root), not a typo or a name. */
export const isDictionaryWord = (term: string): boolean => isRoot(term);

/** Colloquial nasal prefixes and the root's first letters they replace: "nulis" is "tulis". */
const NASAL: readonly [RegExp, readonly string[]][] = [
  [/^nge(?=[^aiueo]+[aiueo][^aiueo]*$)/, ['']], // "ngecek": nge- before a one-syllable root
  [/^ny(?=[aiueo])/, ['c', 's']],
  [/^ng(?=[aiueo])/, ['', 'h', 'k']],
  [/^n(?=[aiueo])/, ['t']],
  [/^m(?=[aiueo])/, ['p']],
];

/**
 * The root of a chat-style verb Sastrawi's grammar does not cover: informal -in / -nya endings
 * ("ngitungin", "misahinnya"), nasal prefixes ("nulis", "nyimpen", "ngirim"), and the colloquial
 * e for a in the last syllable ("simpen", "arep"). Only a form the dictionary knows is accepted,
 * so a name ("Kemenperin") is left whole.
 */
function informalRoot(word: string): string | undefined {
  const bases = [...new Set([word, word.replace(/(in|nya|innya)$/, '')])].filter((base) => base.length > 3);
  // The colloquial e for a: in the last syllable ("simpen"), or the one before ("catetan").
  const spellings = (base: string) => [
    base,
    base.replace(/e(?=[^aiueo]+$)/, 'a'),
    base.replace(/e(?=[^aiueo]+[aiueo][^aiueo]*$)/, 'a'),
  ];
  for (const base of bases) {
    if (base !== word) {
      const stemmed = stemmer.stem(base);
      if (isRoot(stemmed)) return stemmed;
    }
    for (const [prefix, starts] of NASAL) {
      if (!prefix.test(base)) continue;
      // The written vowel first ("ngirim" is "kirim"), then the colloquial one ("ngarep" is "harap").
      for (const spelling of spellings(base))
        for (const start of starts) {
          const candidate = spelling.replace(prefix, start);
          if (candidate.length > 2 && isRoot(candidate)) return candidate;
        }
      // With a suffix of the standard grammar after the nasal ("ngatasi" is "mengatasi": atas).
      for (const start of starts) {
        const candidate = base.replace(prefix, start);
        const stemmed = candidate.length > 3 ? stemmer.stem(candidate) : candidate;
        if (stemmed !== candidate && stemmed.length > 2 && isRoot(stemmed)) return stemmed;
      }
    }
    for (const candidate of spellings(base).slice(base === word ? 1 : 0)) {
      if (isRoot(candidate)) return candidate;
      const stemmed = stemmer.stem(candidate);
      if (stemmed !== candidate && isRoot(stemmed)) return stemmed;
    }
  }
  return undefined;
}

function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result: string = STEM_OVERRIDES[word] ?? word;
  if (!(word in STEM_OVERRIDES) && word.length > 3 && /^[a-z]+$/.test(word)) {
    result = stemmer.stem(word);
    // A word Sastrawi leaves as it is and does not know ("desain" and "mesin" it knows) may be
    // chat Indonesian.
    if (result === word && !isRoot(word)) result = informalRoot(word) ?? word;
    // A loanword with the possessive "-nya" ("tipsnya", "brandingnya", "resellernya"): Sastrawi
    // strips it only from words its dictionary knows.
    if (result === word && !isRoot(word) && word.length > 6 && word.endsWith('nya'))
      result = stem(word.slice(0, -3));
  }
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

/** Splits raw text into lower-case surface tokens; numbers keep their separators ("13.762", "4,2"). */
export function surfaceTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(TOKEN)) {
    const token = match[0];
    if (/^[\d.,]+$/.test(token)) {
      out.push(token.replace(/[.,]$/, ''));
      continue;
    }
    // "ciri2", "oleh2", "malu2in": informal reduplication, with any ending kept.
    const repeated = /^(\p{L}{3,})2(\p{L}*)$/u.exec(token);
    if (repeated) {
      out.push(repeated[1]! + repeated[2]!);
      continue;
    }
    // "Kemenperin's", "the artisan’s": an English possessive is the word itself.
    const parts = token
      .replace(/['’]s$/, '')
      .split(/[-'’.,]/)
      .filter(Boolean);
    if (parts.length === 1) out.push(parts[0]!);
    else if (parts.every((part) => part === parts[0]))
      out.push(parts[0]!); // reduplication: usaha-usaha
    else if (parts.some((part) => part.length <= 2))
      out.push(parts.join('')); // p-irt, e-smart, ukm's
    else out.push(...parts);
  }
  return out;
}

/** Canonical form of a number token: "13.762" and "13762" match; "4,2" stays a decimal. */
function canonicalNumber(token: string): string {
  if (/^\d{1,3}(\.\d{3})+$/.test(token)) return token.replaceAll('.', '');
  return token.replace('.', ',');
}

export interface AnalyzeOptions {
  /** Map informal words to standard ones (queries). Documents are written in standard Indonesian. */
  slang?: boolean;
  /** Map English words to Indonesian ones (questions detected as English). */
  english?: boolean;
}

/**
 * Text -> index terms: tokens, informal words normalised, stopwords dropped, Indonesian stems.
 * The same function serves documents and queries so that both sides meet on the same terms.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): string[] {
  const terms: string[] = [];
  // "a fair price", "a fair wage": fair as in reasonable, not a trade fair.
  // "in order to", "so as to": a purpose, not an order of goods.
  const read = options.english
    ? text
        .replace(/\bfair(?=\s+(?:price|prices|pricing|wage|wages|share|deal)\b)/gi, 'reasonable')
        .replace(/\b(?:in order|so as)(?=\s+to\b)/gi, '')
    : text;
  for (const raw of surfaceTokens(read)) {
    const bare = raw.length > 5 ? raw.replace(/nya$/, '') : raw;
    const slang = options.slang ? (SLANG[raw] ?? SLANG[bare]) : undefined;
    const base = options.english && !(raw in SLANG) ? englishBase(raw) : undefined;
    const english = base ? ENGLISH_TO_INDONESIAN[base] : undefined;
    const expanded = english ?? slang ?? raw;
    for (const token of expanded.split(' ')) {
      if (!token || STOPWORDS.has(token)) continue;
      if (/^[\d.,]+$/.test(token)) {
        terms.push(canonicalNumber(token));
        continue;
      }
      if (token.length < 2) continue;
      const root = stem(token);
      if (!STOPWORDS.has(root)) terms.push(root);
    }
  }
  return terms;
}

/** Term -> count. */
export function termFrequencies(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const EN_HINTS = new Set([
  'the',
  'what',
  'how',
  'is',
  'are',
  'does',
  'do',
  'can',
  'which',
  'who',
  'of',
  'for',
  'my',
  'where',
  'when',
  'why',
  'much',
  'many',
  'should',
  'and',
  'to',
  'in',
  'a',
  // function words of short questions that hold none of the above: "Will they build new ones that year too?"
  'will',
  'would',
  'could',
  'they',
  'them',
  'their',
  'there',
  'that',
  'this',
  'these',
  'those',
  'was',
  'were',
  'has',
  'have',
  'had',
  'it',
  'its',
  'you',
  'your',
  'we',
  'our',
  'i',
  'be',
  'been',
  'with',
  'from',
  'about',
  'if',
  'or',
  'not',
  'an',
  'at',
  'on',
  'by',
  'too',
  'also',
  'did',
]);
const ID_HINTS = new Set([
  'apa',
  'yang',
  'bagaimana',
  'gimana',
  'berapa',
  'brp',
  'di',
  'dan',
  'untuk',
  'saya',
  'ini',
  'itu',
  'bisa',
  'ada',
  'ke',
  'dari',
  'kalau',
  'gak',
  'tidak',
  'cara',
  'dengan',
  'yg',
  'sy',
  'apakah',
  'kami',
  'mau',
]);

/** A cheap language guess for replies: English only when English function words clearly dominate. */
export function detectLanguage(text: string): 'id' | 'en' {
  let en = 0;
  let id = 0;
  for (const token of surfaceTokens(text)) {
    if (EN_HINTS.has(token)) en++;
    if (ID_HINTS.has(token)) id++;
  }
  return en >= 2 && en > id * 2 ? 'en' : 'id';
}
