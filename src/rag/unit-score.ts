import { analyze, surfaceTokens } from '../text/analyze.ts';
import type { QuestionKind } from './question-kind.ts';
import { splitUnits, type Unit } from './sentences.ts';
import type { RetrievedChunk } from './types.ts';

/**
 * The knowledge's own sentences are analysed again for every question (and for every question of a
 * message that asks several): their terms are remembered, as the texts do not change between ingests.
 */
const analysed = new Map<string, string[]>();
export function analyzeKnown(text: string): string[] {
  let terms = analysed.get(text);
  if (terms === undefined) {
    if (analysed.size > 50_000) analysed.clear();
    terms = analyze(text);
    analysed.set(text, terms);
  }
  return terms;
}

/** A unit of one of the top chunks, scored for how well it answers the question. */
export interface ScoredUnit extends Unit {
  chunk: number;
  /** Analysed terms of the unit. */
  terms: Set<string>;
  /** Question terms the unit holds. */
  hits: Set<string>;
  /** Index (within its chunk) of the sentence ending in ":" that introduces the list this item is in. */
  intro?: number;
  score: number;
  /** Share of the question's weight held by the unit and the sentence before it, before any penalty. */
  support: number;
  /** The unit says the knowledge does not hold something ("Berita tersebut tidak merinci ..."). */
  absence: boolean;
  /**
   * For such a unit, the question terms it holds outside its "dokumen ini tidak memuat" phrase: a
   * question that asks for "dokumen apa saja" is not what "dokumen ini tidak memuat" is about.
   */
  absentHits?: Set<string>;
}

/** The knowledge saying what it does not hold: when that is the best match, the honest answer is "belum tahu". */
const ABSENCE =
  /\b(berita|sumber|dokumen|basis pengetahuan|data)( ini| tersebut| yang sama| itu)? (juga )?(sengaja )?(tidak|belum) (memuat|merinci|menjelaskan|menyebut|mencantumkan|memberi)/i;

/**
 * Whether a unit says the knowledge lacks something the question asks: "berita tidak merinci
 * jenisnya" does not answer "di mana tempat yang membuat aksesoris logam?" with "not held", since
 * what is missing (the kinds) is not what was asked.
 */
function absenceAbout(text: string, weights: Map<string, number>): boolean {
  const match = ABSENCE.exec(text);
  if (!match) return false;
  const missing = /^[^,;.:]*/.exec(text.slice(match.index + match[0].length))![0];
  const named = analyze(missing);
  return named.length === 0 || named.some((term) => weights.has(term));
}

/** Sentences about the document rather than its subject ("Dokumen ini menjelaskan ...") never answer. */
export const META =
  /^(dokumen|tulisan|bagian|halaman|artikel|panduan|catatan|ringkasan|basis pengetahuan) ini\b|\b(dokumen|basis pengetahuan|bagian) ini (tidak |belum )?(memuat|menjelaskan|membahas|berisi|merangkum|mencakup)|\blihat (juga )?(dokumen|bagian)\b|\bdibahas (di|dalam) (dokumen|bagian)\b/i;

/** Openers that lean on the sentence before: a poor first sentence on their own. */
export const ANAPHORIC =
  /^(ini|itu|hal ini|hal itu|karena itu|oleh karena itu|dengan begitu|dengan demikian|selain itu|namun|tetapi|akan tetapi|mereka|contoh(nya)?|misalnya|sebagai pembanding|angka (ini|itu|tersebut)|jumlah (ini|itu|tersebut)|\p{L}+ (ini|itu|tersebut)(lah)?\b)/iu;

const ASKING = /\?\s*$|^(apakah|berapa|bagaimana|mengapa|kenapa|siapa|kapan|di mana)\b/i;

const MONTH =
  /\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|october|december)\b/i;
const DEFINING =
  /\b(adalah|yaitu|ialah|merupakan|artinya|berarti|singkatan dari|kependekan dari|disebut|dimaksud dengan)\b|^[^.:]{2,60}(—|–|:)\s/i;
const PLACE =
  /\b(Jalan|Jl\.|Kelurahan|Kecamatan|Kabupaten|Kota|Desa|Provinsi|Kampung|Dusun)\b|\bdi (\p{Lu}\p{L}+)/u;
const WHERE_TO =
  /\b(Dinas|Kantor|Kementerian|Badan|Balai|Direktorat|Lembaga|OSS|SIHALAL|secara online|daring|situs|laman|aplikasi)\b/;
const PERSON =
  /\b(Dirjen|Direktur|Menteri|Kepala|Ketua|Bupati|Wali Kota|Gubernur|Presiden|pemilik|pendiri|Bapak|Ibu|Pak|Bu)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

/** A capitalised name right before or after a title: "Tjarda, Kepala ...", "Ketua Intako Makhbub Junaedi". */
const TITLE =
  '(?:Dirjen|Direktur|Menteri|Kepala|Ketua|Bupati|Wali Kota|Gubernur|Presiden|Sekretaris Daerah|Sekda|Camat|Lurah|Kepala Desa|pemilik|pendiri)';
/** Capitalised words that name a body, not a person. */
const BODY =
  '(?:Kemenperin|Kementerian|Dinas|Badan|Balai|Direktorat|Pemerintah|Pemkab|Pemkot|Pemprov|Pemda|Koperasi|Lembaga|Menurut|Berita)';
const TITLED_NAME = new RegExp(
  `(?:^|[\\s(])(?!${BODY}\\b)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?(?:,| sebagai| selaku) ${TITLE}\\b|\\b${TITLE}(?: [\\p{Lu}\\p{L}]+){0,3} \\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+`,
  'u',
);

/** Verbs that say who runs, owns, issues or founded something. */
const OWNED_BY =
  /\b(dikelola|dimiliki|milik|diselenggarakan|didirikan|dibangun|diterbitkan|dikeluarkan|dijalankan|didukung|oleh)\b/i;
const INSTITUTION =
  /\b(pemerintah|pemda|pemkab|pemkot|pemprov|dinas|kementerian|kemenperin|badan|lembaga|koperasi|asosiasi|kampus|balai|upt|bpjph|djki|bpom)\b/i;

/** "UU No. 33 Tahun 2014", "PP 29/2018": a regulation's name, neither a figure nor a date of what was asked. */
const REGULATION =
  /\b(?:(?:UU|PP|Perpres|Permen\w*|Perda|Peraturan(?: \p{Lu}\p{L}+)*)\s*)?(?:No\.?|Nomor)\s*\d+(?:\s*Tahun\s*\d{4})?|\b(?:UU|PP|Perpres|Permenperin)\s+\d+(?:\s*(?:Tahun|\/)\s*\d{4})?/giu;
/** A calendar date is not the quantity a "berapa" question asks for. */
const DATE =
  /\b\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(\s+\d{4})?|\b(19|20)\d{2}\b/gi;

/** A date to the day: "5 Desember 2019", "17 Oktober". */
const DAY_DATE = new RegExp(`\\b\\d{1,2}\\s+${MONTH.source}`, 'i');

/** Whether a time question asks for the day ("tanggal berapa", "what date"), not only the year. */
export const asksForDay = (question: string) =>
  /\b(tanggal|tgl|tang?gal|hari apa|what date|which day|on what day)\b/i.test(question);

/** Whether an amount question asks how long ("berapa lama", "how long"): a duration answers it. */
export const asksForDuration = (question: string) =>
  /\b(berapa lama|brp lama|brapa lama|berapa lamanya|how long)\b/i.test(question);

/** Numbers written as words, one to the tens ("dua", "tiga belas", "dua puluh"). */
const CARDINALS =
  'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\\p{L}+ belas|\\p{L}+ puluh';

/** A stretch of time: "10 tahun", "dua bulan", "berbulan-bulan", "selama komposisi ... tidak berubah". */
const DURATION_TEXT = new RegExp(
  `\\b(\\d+|${CARDINALS}|beberapa)\\s+(jam|hari|minggu|pekan|bulan|tahun)\\b|\\bse(hari|minggu|bulan|tahun)\\b|\\bber(hari|minggu|bulan|tahun)-(hari|minggu|bulan|tahun)\\b|\\bselama\\b`,
  'iu',
);

/**
 * Whether an answer to a "berapa" question states an amount at all: a figure (citation markers are
 * not figures), a quantity in words, or, for "berapa lama", a stretch of time.
 */
export function statesAmount(answer: string, question: string): boolean {
  const text = answer.replace(/\s*\[\d+\]/g, '');
  return (
    /\d/.test(text) ||
    NUMBER_WORD.test(text) ||
    (asksForDuration(question) && DURATION_TEXT.test(text)) ||
    // "Biaya sewa stan berbeda setiap tahun": the knowledge's own answer is that there is no one figure.
    /\b(berbeda|berubah|bervariasi|beragam|tergantung|tidak (tetap|pasti|sama))\b/i.test(text)
  );
}

/** How strongly a unit with a figure fits a "berapa" question. */
const AMOUNT_FIT = 1.7;

/** A quantity written in words ("dua warna", "tiga puluh persen"). */
export const NUMBER_WORD = new RegExp(
  `\\b(${CARDINALS}|seratus|\\p{L}+ ratus|seribu|setengah|separuh|sepertiga|seperempat)\\b`,
  'iu',
);

/**
 * What a "berapa" question counts: the noun after it ("brp warna" -> "warna"), as the knowledge
 * indexes it; undefined when the question asks an amount of nothing in particular ("berapa lama").
 */
export function countedNoun(question: string): string | undefined {
  const word = /\b(?:berapa|brp|brapa|berapakah)\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase();
  if (!word || /^(lama|banyak|besar|jumlah|nilai|sih|ya|kah|persen|kali)$/.test(word)) return undefined;
  return analyze(word, { slang: true })[0];
}

/** What a defining sentence defines: the words before its "adalah" / "yaitu" / dash. */
const SUBJECT =
  /^(.{2,80}?)\s+(?:adalah|yaitu|ialah|merupakan|singkatan dari|kependekan dari|berarti|artinya)\b|^([^.:]{2,60})\s*(?:—|–|:)\s/i;

/** The words a defining sentence defines ("KBLI" in "KBLI adalah ..."), or undefined for another sentence. */
export function definedSubject(text: string): string | undefined {
  const match = SUBJECT.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** How much a question word in the unit's section heading counts, against one in the unit itself. */
const SECTION_WEIGHT = 0.4;

/** How strongly a unit carries what this kind of question asks for (1 = neutral). */
export function kindFit(kind: QuestionKind, unit: Unit): number {
  // "UU No. 33 Tahun 2014" names a regulation: neither a figure nor a date of what was asked.
  const text = unit.text.replace(REGULATION, '');
  switch (kind) {
    case 'amount':
      // "Satu atau dua warna" answers "berapa warna" as well as "2 warna" would.
      if (!/\d/.test(text.replace(DATE, ''))) return NUMBER_WORD.test(text) ? 1.3 : 1;
      // A figure other than a year, a list number or a regulation number.
      return /(?<![\p{L}/.-])\d[\d.,]*(?!\d)(?!\s*tahun \d)/u.test(text.replace(/\b(19|20)\d{2}\b/g, ''))
        ? AMOUNT_FIT
        : 1;
    case 'time': {
      const dated = (t: string) => /\b(19|20)\d{2}\b/.test(t) || MONTH.test(t);
      // "(hotfokus.com, November 2018)" dates the source, not the event: a date in running text
      // answers "kapan" better than one only inside parentheses.
      if (dated(text.replace(/\([^)]*\)/g, ''))) return 1.7;
      return dated(text) ? 1.3 : 1;
    }
    case 'person':
      // "Punya siapa?", "siapa yang menerbitkan?": an institution that runs or issues it answers too.
      // A name next to its title ("Tjarda, Kepala Disperindag", "Dirjen IKMA Reni Yanita") names the person.
      if (TITLED_NAME.test(text)) return 1.8;
      return PERSON.test(text) || (OWNED_BY.test(text) && INSTITUTION.test(text)) ? 1.5 : 1;
    case 'place':
      // A street address answers "di mana" more exactly than a town does.
      if (/\b(Jalan|Jl\.|Kelurahan|Kecamatan|Dusun)\s+\p{Lu}/u.test(text)) return 1.9;
      // "Ke mana / lewat mana" is answered by an office or a channel as often as by a town.
      return PLACE.test(text) || WHERE_TO.test(text) ? 1.6 : 1;
    case 'definition':
      // A table row ("12: Ambil uang kas ...") has a colon but defines nothing.
      return DEFINING.test(text) && unit.kind !== 'row' && !/^\d/.test(text) ? 1.6 : 1;
    case 'reason':
      return /\b(karena|sebab|agar|supaya|sehingga|akibat(nya)?|alasan(nya)?|because)\b/i.test(text)
        ? 1.4
        : 1;
    case 'list':
    case 'steps':
      // A sentence that lists after its colon ("calon pembeli yang beragam: pelaku usaha, pemilik
      // travel, perusahaan wisata") is a list written inline.
      return unit.kind === 'item' || text.endsWith(':') || /:\s[^:]*,[^,]*,/.test(text) ? 1.4 : 1;
    default:
      return 1;
  }
}

/** Whether a text gives a quantity of the noun: "satu atau dua warna", "20 persen", "354 perajin". */
function countsNoun(text: string, noun: string): boolean {
  const tokens = surfaceTokens(text);
  return tokens.some((token, i) => {
    if (i === 0) return false;
    const before = tokens.slice(Math.max(0, i - 2), i).join(' ');
    const quantity = /\d/.test(before) || NUMBER_WORD.test(before);
    return quantity && analyze(token, { slang: true })[0] === noun;
  });
}

/** 1 when the question words a unit holds sit close together, less when they are spread far apart. */
function proximity(text: string, weights: Map<string, number>): number {
  const tokens = analyzeKnown(text);
  const positions = tokens.map((token, i) => (weights.has(token) ? i : -1)).filter((i) => i >= 0);
  if (positions.length < 2 || tokens.length < 12) return 1;
  const span = positions.at(-1)! - positions[0]! + 1;
  return 0.85 + 0.15 * Math.min(1, (2 * positions.length) / span);
}

/**
 * Scores every unit of the top chunks: the question's term weight it holds (a share of the whole),
 * times how well it fits the question's kind, how close its matches sit, how strong its chunk was
 * in retrieval, and whether it can stand first (no headings, no sentences about the document).
 */
export function scoreUnits(
  chunks: RetrievedChunk[],
  corpusWeights: Map<string, number>,
  kind: QuestionKind,
  asked: { counted?: string; day?: boolean; duration?: boolean } = {},
): ScoredUnit[][] {
  const { counted } = asked;
  const weights = localWeights(chunks, corpusWeights);
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const topScore = chunks[0]?.score || 1;
  return chunks.map((chunk, c) => {
    const prior = 0.6 + 0.4 * Math.min(1, chunk.score / topScore);
    // The section a unit stands in is its context: "Cara mengemas kain" makes each of its items
    // about packing cloth even when the item itself names neither.
    const section = new Set(analyzeKnown(chunk.section).filter((term) => weights.has(term)));
    let intro: number | undefined;
    return splitUnits(chunk.content).map((unit, i, all) => {
      if (unit.kind !== 'item') intro = undefined;
      const terms = new Set(analyzeKnown(unit.text));
      const hits = new Set([...terms].filter((term) => weights.has(term)));
      let mass = 0;
      for (const term of hits) mass += weights.get(term)!;
      let context = 0;
      for (const term of section) if (!hits.has(term)) context += weights.get(term)!;
      let score =
        ((mass + SECTION_WEIGHT * context) / total) *
        prior *
        kindFit(kind, unit) *
        proximity(unit.text, weights);
      // "What is NIB?" is answered by the sentence that defines NIB, not by the one that defines KBLI
      // and mentions NIB in passing: a definition counts only when what it defines is asked about.
      if (kind === 'definition' && unit.kind !== 'heading') {
        const subject = definedSubject(unit.text);
        if (subject !== undefined) {
          const asked = analyze(subject).some((term) => weights.has(term));
          score *= asked ? 1.2 : 0.6;
        }
      }
      // "Berapa warna?" is answered by the unit that counts colours: a quantity right before the noun.
      // Stated as the item's own label ("Satu atau dua warna: ...") it is the item's claim; in passing
      // ("sablon satu warna") it is only a mention.
      if (kind === 'amount' && counted && countsNoun(unit.text, counted)) {
        const label = /^([^:]{1,60}):\s/.exec(unit.text)?.[1];
        score *= label !== undefined && countsNoun(label, counted) ? 1.6 : 1.2;
      }
      // "Berapa lama?" is answered by a stretch of time ("berbulan-bulan" as much as "10 tahun"), not by
      // any figure: the duration counts as the figure this question wants.
      if (kind === 'amount' && asked.duration && DURATION_TEXT.test(unit.text))
        score *= (1.5 * AMOUNT_FIT) / kindFit(kind, unit);
      // "Tanggal berapa?" asks for the day: "5 Desember 2019" answers it, "Desember 2019" only nearly.
      if (kind === 'time' && asked.day && DAY_DATE.test(unit.text)) score *= 1.2;
      if (unit.kind === 'heading' || META.test(unit.text)) score = 0;
      if (ANAPHORIC.test(unit.text)) score *= 0.8;
      // A question in the knowledge ("Apakah usahanya ada di satu desa?") restates, it does not answer.
      if (ASKING.test(unit.text)) score *= 0.5;
      // A list's introducing sentence states no fact of its own; it leads only as part of its list.
      if (unit.text.endsWith(':') && (all[i + 1]?.kind === 'item' || all[i + 1]?.kind === 'row'))
        score *= 0.5;
      if (unit.text.length > 320) score *= 0.85;
      // "Dokumen ini tidak memuat X": only what it says is missing speaks to the question, not its
      // own "dokumen" (a question may ask for "dokumen apa saja").
      const absentHits = ABSENCE.test(unit.text)
        ? new Set(analyze(unit.text.replace(ABSENCE, ' ')).filter((term) => hits.has(term)))
        : undefined;
      const own = absentHits ?? hits;
      let withBefore = 0;
      for (const term of own) withBefore += weights.get(term)!;
      const before = i > 0 ? new Set(analyzeKnown(all[i - 1]!.text)) : new Set<string>();
      for (const term of before) if (!own.has(term)) withBefore += weights.get(term) ?? 0;
      const scored: ScoredUnit = {
        ...unit,
        chunk: c,
        terms,
        hits,
        score,
        support: (withBefore / total) * prior,
        absence: absenceAbout(unit.text, weights),
        ...(absentHits ? { absentHits } : {}),
        ...(intro !== undefined ? { intro } : {}),
      };
      if (unit.kind !== 'item' && unit.text.endsWith(':') && all[i + 1]?.kind === 'item') intro = i;
      return scored;
    });
  });
}

/**
 * Question words weighted by how well they tell the candidate units apart: a word that every
 * sentence of the retrieved sections holds ("label" in a document about labels) says little about
 * which sentence answers, a word few hold says much.
 */
export function localWeights(chunks: RetrievedChunk[], weights: Map<string, number>): Map<string, number> {
  const units = chunks.flatMap((chunk) =>
    splitUnits(chunk.content).map((unit) => new Set(analyzeKnown(unit.text))),
  );
  const n = units.length || 1;
  const out = new Map<string, number>();
  for (const [term, weight] of weights) {
    const df = units.filter((terms) => terms.has(term)).length;
    out.set(term, weight * Math.log(1 + n / (1 + df)));
  }
  return out;
}

/** Share of the smaller term set found in the other: near 1 means one unit repeats the other. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}
