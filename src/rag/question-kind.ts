import { analyze, isDictionaryWord } from '../text/analyze.ts';
import { editDistance } from '../text/fuzzy.ts';
import { SLANG } from '../text/slang.ts';
import { askingSentences } from '../text/lexicon.ts';

/**
 * What a question asks for, on its own words alone. Kept apart from question.ts so the follow-up
 * completion (which question.ts calls) can use it without an import circle.
 */

/**
 * What kind of answer a question wants. The composer leads with a unit of that kind: a figure for
 * "amount", a date for "time", a name for "person", a place for "place", a whole list for "list",
 * the steps for "steps", a defining sentence for "definition", a cause for "reason".
 */
export type QuestionKind =
  | 'amount'
  | 'time'
  | 'person'
  | 'place'
  | 'list'
  | 'steps'
  | 'definition'
  | 'reason'
  | 'status'
  | 'general';

const KINDS: [QuestionKind, RegExp][] = [
  // "kok gak ada ya?", "kok bisa rugi?": informal puzzlement asks why.
  [
    'reason',
    /\b(mengapa|kenapa|knp|napa|why|apa alasan(nya)?|alasannya apa|kok (gak|ga|nggak|tidak|bisa|malah))\b/,
  ],
  // "proposal kami udh disetujui blm?", "udh di-acc blm?", "kapan bantuan sy cair?": where one's own application stands
  [
    'status',
    /\b((sudah|udah|udh|sdh|dah|sdah)\s+(di-?[a-z]+|di acc|cair|keluar|lolos|turun|terbit)\s+(belum|blm|apa belum)|status(nya)?\s+(pengajuan|permohonan|usulan|proposal)|kapan\s+(cair|keluar|turun|terbit)|(has|have|is|was)\s+(it|my|our)\s+([a-z]+\s+){0,2}(been\s+)?(approved|processed|accepted|rejected))\b/,
  ],
  [
    'time',
    /\b(kapan|kpn|tahun berapa|thn brp|tahun brp|sejak kapan|when|what year|since when|sampai kapan|(tanggal|tgl|bulan|hari) (berapa|brp|brapa|apa)|(what|which) (date|day|month))\b/,
  ],
  [
    'amount',
    // "what is the allocation for ...?" asks a figure, not what a word means.
    /\b(berapa|brp|brapa|berapakah|how (much|many|long)|jumlah(nya)?|persen|porsi(nya)?|nilai(nya)?|what (is|are|was|were|will be) the ([\w-]+ ){0,3}(allocation|amount|budget|price|cost|fee|total|number|rate|value|share|percentage|turnover|revenue|salary|wage|capacity)s?|what (share|percentage|portion|proportion) of|how (big|large) (a|is the) (share|portion))\b/,
  ],
  // "which director spoke ...?", "which organisation ...?": a person or a body asked for by its role.
  [
    'person',
    /\b(siapa|who|which (\w+ ){0,2}(director|minister|official|officer|head|chairman|chair|governor|regent|mayor|organi[sz]ations?|institutions?|agency|agencies|body|bodies|ministry|ministries))\b/,
  ],
  // "mulainya dr mana?", "where do I start?": where to begin asks for the first steps, not a place.
  // "lokasi sentra biasanya kyk gmn?" asks what such places are like, not where one is (see 'place').
  ['steps', /\b((mulai|mulainya|memulai) (dari|dr) ?(mana|mna)|where\b[^?.]{0,25}\b(start|begin))\b/],
  [
    'place',
    /\b(di ?mana|dmn|dimana|ke ?mana|kemana|lewat mana|melalui mana|lewat apa|melalui apa|dari ?mana|dr ?mana|dr ?mna|where|which street|what street|(lokasi|alamat|letak)nya|(?<![a-z\d]\s)(lokasi|alamat|letak)(?![^?.]{0,40}\b(kyk|kayak|kaya|seperti|spt)\s+(gmn|gimana|apa|bagaimana)\b)|(kecamatan|kabupaten|kota|provinsi|desa|kelurahan|daerah|negara|instansi|dinas|kantor|lembaga|badan) (mana|apa)|which (city|province|region|regency|village|district|country)|ada (gak |ga |nggak |tidak )?(sih )?tempat)\b/,
  ],
  [
    'definition',
    /\b(apa itu|apa sih|apaan|apa yang dimaksud|apa yg dimaksud|maksudnya|artinya|arti|pengertian|singkatan|kepanjangan|beda(nya)?|perbedaan|what (is|are)|what does [^?]{0,60}\b(mean|stand for)|meaning|stand for|sebagai apa|disebut apa|namanya apa|istilahnya apa|called)\b/,
  ],
  [
    'steps',
    /\b(cara|caranya|gimana|gmn|gmna|bagaimana|bgmn|langkah(nya)?|tahap(an)?|prosedur|diapain|diapakan|how (do|to|can|should)|steps?|what (should|can) (i|we) do)\b/,
  ],
  [
    'list',
    /\b(apa saja|apa aja|apa aj|apa sj|syarat(nya)?|persyaratan|komponen(nya)?|isi(nya)?|ciri(nya)?|unsur|macam-macam|what are|list|what (does|do) [^?]{0,60}\b(need|needs|require|include|contain|cover)|what (needs|has|must|should) (to )?be|(hal|informasi|dokumen|keterangan|data|berkas) apa|apa (yang|yg) (perlu|harus|hrs|wajib|mesti|biasanya|sebaiknya)|which \w+ should|(?:pakai|pake|pk|menggunakan|pakenya|pakainya) apa)\b/,
  ],
];

/**
 * The kind of answer a question asks for. The cue that comes first in the question wins ("bagaimana
 * cara mengetahui berapa ..." asks for a way, "berapa ... dan bagaimana ..." for a figure).
 */
export function questionKind(question: string): QuestionKind {
  const kind = kindOf(question.toLowerCase());
  if (kind !== 'general') return kind;
  // Chat spellings the cues do not list ("lwat mna", "knp"): read once more in standard words.
  const standard = question
    .toLowerCase()
    .replace(/[\p{L}\d]+/gu, (word) =>
      SLANG[word] === undefined || SLANG[word] === '' ? word : SLANG[word]!,
    );
  const read = kindOf(standard);
  if (read !== 'general') return read;
  // A cue word mistyped ("singktn", "bgaimana", "knapa"): the cue it is close to, when the word is not
  // a word of the language itself ("beras" is rice, not "berapa").
  return kindOf(standard.replace(/\p{L}{5,}/gu, (word) => nearestCue(word) ?? word));
}

/** Words that alone say what a question asks for, to match mistyped cues against. */
const CUE_WORDS = [
  'singkatan',
  'kepanjangan',
  'pengertian',
  'maksudnya',
  'artinya',
  'bagaimana',
  'caranya',
  'langkahnya',
  'berapa',
  'berapakah',
  'kapan',
  'siapa',
  'mengapa',
  'kenapa',
  'persyaratan',
  'syaratnya',
  'lokasinya',
  'alamatnya',
];

function nearestCue(word: string): string | undefined {
  if (CUE_WORDS.includes(word) || isDictionaryWord(word)) return undefined;
  // "katanya" is "kata" + -nya, a word of its own, not a mistyped "caranya".
  const root = analyze(word, { slang: true })[0];
  if (root === undefined || isDictionaryWord(root) || word in SLANG) return undefined;
  const max = word.length <= 6 ? 1 : 2;
  return CUE_WORDS.find(
    (cue) => Math.abs(cue.length - word.length) <= max && editDistance(word, cue, max) <= max,
  );
}

/** "pembeli yg kayak gmn?", "kemasan yang seperti apa?": what kind of thing, described, not a way to do it. */
const WHAT_KIND =
  /\b(?:yang|yg)\s+(?:kayak|kyk|kaya|kek|seperti|spt|macam)\s+(?:apa|gimana|gmn|gmna|bagaimana|bgmn)\b/;

/** The cues as text: the card index keeps each variant's kind, and is read anew when a cue changes. */
export const QUESTION_KIND_CUES = [
  ...KINDS.map(([kind, cue]) => `${kind}:${cue.source}`),
  WHAT_KIND.source,
].join('\n');

function kindOf(q: string): QuestionKind {
  if (WHAT_KIND.test(q)) return 'list';
  // "apa saja syaratnya" is a list even though "apa" could open a definition.
  // ... unless a definition is asked first ("FOB itu apa maksudnya, dan biaya apa saja ..."): the
  // first thing asked leads.
  const list = q.search(
    /\b(apa saja|apa aja|apa aj|apa sj|siapa saja|siapa aja|siapa aj|mana saja|mana aja|mana aj|what are)\b/,
  );
  const defined = q.search(KINDS.find(([kind]) => kind === 'definition')![1]);
  if (list >= 0 && !(defined >= 0 && defined < list)) return 'list';
  let best: { kind: QuestionKind; at: number } | undefined;
  for (const [kind, cue] of KINDS) {
    const at = q.search(cue);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? 'general';
}

/** The asking sentences of a message that has context sentences too; undefined for a plain question. */
export function askingPart(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < 2) return undefined;
  const asking = askingSentences(
    sentences,
    (sentence) => sentence.trim().endsWith('?') || questionKind(sentence) !== 'general',
  );
  if (asking.length === 0 || asking.length === sentences.length) return undefined;
  return asking.join(' ');
}

/**
 * The questions of a message that asks several ("INTAKO singkatan dari apa? Trus ketuanya siapa?"),
 * each ending in "?"; empty for a message that asks one.
 */
export function questionParts(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  // Chat often drops the last "?": "... diadain dmn sih? trs calon pembelinya siapa aj".
  const parts = sentences.filter(
    (sentence, i) =>
      sentence.endsWith('?') ||
      (i === sentences.length - 1 && !/[.!]$/.test(sentence) && questionKind(sentence) !== 'general'),
  );
  return parts.length >= 2 ? parts : [];
}

/** The words that open a how-to, before the action it asks how to do. */
const HOW_TO =
  /\b(?:cara(?:nya)?|how to|how (?:do|can|should) (?:i|we|you))\s+(?:(?:untuk|buat|agar|supaya|biar|saya|sy|aku|kami|kita)\s+)?([\p{L}-]+)/iu;

/**
 * The action a how-to asks to be shown ("cara memperbaiki mesin" asks to repair), as the stem the
 * knowledge is indexed by ("perbaik" for a per- verb, matched in the text); undefined when the question is not a how-to or the word after "cara" is
 * not an affixed verb ("cara daftar" names no action of its own beyond the topic).
 */
export function askedAction(question: string): string | undefined {
  if (questionKind(question) !== 'steps') return undefined;
  const word = question.match(HOW_TO)?.[1]?.toLowerCase();
  // An affixed verb ("memperbaiki") or a chat one ("misahin", "nyimpen").
  if (!word || !/^(me|di|ber|per|ng|ny|n[aiueo]|m[aiueo])|in(nya)?$/.test(word)) return undefined;
  const stem = analyze(word, { slang: true, english: true })[0];
  if (!stem || stem === word) return undefined;
  // "memperbaiki" is not "baik": the per- verb keeps its prefix, so "sebaiknya" does not hold it.
  return /^(memper|diper|per)/.test(word) ? `per${stem}` : stem;
}
