import { withoutHearsay } from '../text/lexicon.ts';
import { PRODUCT_FAMILIES } from '../directory/products.ts';
import { analyze, surfaceTokens } from '../text/analyze.ts';
import { SLANG } from '../text/slang.ts';
import { askingPart, questionKind } from './question-kind.ts';

/**
 * Follow-up completion. A question like "kalau untuk keripik?", "yang di Lampung?" or "terus
 * syaratnya apa?" has no topic of its own: it borrows the previous question's topic and changes one
 * slot (the product, the place, the year) or asks a new aspect of it. Standalone questions are left
 * exactly as written.
 */

/** Openers that tie a question to the one before it. */
const CONTINUATION =
  /^(terus|trus|trs|lalu|lantas|kalau|kalo|klo|kl|gimana dengan|bagaimana dengan|gmn dengan|bagaimana kalau|gimana kalau|gmn kalau|kalau yang|yang|yg|dan|sama|untuk yang|buat yang|how about|what about|and|then|also|same for)\b/i;

/** Any question word: the follow-up asks something of its own about the previous topic. */
const QUESTION_WORD =
  /\b(apa|apaan|siapa|mana|berapa|brp|kapan|bagaimana|gimana|gmn|kenapa|mengapa|what|who|which|where|when|how|why)\b/i;

/** Connectors dropped from the follow-up's own words ("terus", "kalau"); question words stay. */
const CONNECTOR =
  /^(terus|trus|trs|lalu|lantas|kalau|kalo|klo|kl|dan|sama|and|then|also|what about|how about)\b\s*/i;

/** Pronouns and place adverbs that point back ("itu" only first, last, or after "yang/untuk/di"). */
const ANAPHORA =
  /^\s*itu\b|\bitu\s*[?!.]*$|\b(tersebut|tsb|situ|sana|disitu|disana|(yang|yg|untuk|buat|di|dari) itu|it|that one|there|they|them|those)\b/i;

/**
 * Words that name an aspect of a topic rather than a topic: "syaratnya?", "biayanya berapa?",
 * "contohnya?". A question made only of these and question words needs the previous topic.
 */
const ASPECTS = new Set(
  `syarat persyaratan cara langkah tahap proses biaya harga ongkos modal lama waktu tahun kapan lokasi alamat
  tempat jumlah contoh sumber dasar hukum aturan manfaat tujuan kendala risiko dokumen berkas bedanya beda
  fungsi kegunaan kriteria prosedur hasil isi ciri dampak pengertian arti maksud kelebihan kekurangan
  requirement requirements cost costs price prices steps step example examples source rule rules benefit
  benefits difference how long when where who why what much many daftar pendaftaran ajukan ngajuin mengajukan
  urus ngurus mengurus dapat dapet caranya latar contohnya minimal maksimal paling sedikit banyak
  dana duit uang anggaran money funding fund funds`
    .split(/\s+/)
    .filter(Boolean),
);

/** Question words and fillers that never carry a topic. */
const FILLER = new Set(
  `apa apaan apanya berapa brp brapa kapan kpn siapa dimana mana gimana gmn gmna bagaimana bgmn kenapa mengapa
  gak ga nggak enggak tidak bisa boleh dong sih ya yah kah deh nih tuh aja saja juga ada juga kak min pak bu mas
  mbak kalau kalo klo terus trus lalu yang yg untuk buat di ke dari sama dan itu tersebut tsb punya nya what how
  about and for the of in then also is are does do lewat melalui via pakai pake berarti brarti baru cuma masih`
    .split(/\s+/)
    .filter(Boolean),
);

const PRODUCT_WORDS = new Set(
  [
    ...PRODUCT_FAMILIES.flatMap((family) => [...family.triggers, ...family.members]),
    ...'keripik kripik kue bolu roti kopi teh sambal madu dodol abon kerupuk snack minuman makanan kaos pakaian baju konveksi bordir perak emas rotan bambu sabun'.split(
      ' ',
    ),
  ].flatMap((word) => word.split(' ')),
);

const LOCATIVE =
  /\b(?:di|ke|dari|daerah|wilayah|kota|kabupaten|kab|provinsi|prov|kecamatan|desa|in|at)\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/giu;
const YEAR = /\b(?:19|20)\d{2}\b/g;

function words(text: string): string[] {
  return surfaceTokens(text).map((token) => SLANG[token] ?? token);
}

/** The question's own topic words: not question words, fillers, aspects or function words. */
function topicWords(text: string): string[] {
  return words(text).filter(
    (word) =>
      !FILLER.has(word) &&
      !ASPECTS.has(word.replace(/nya?$/, '')) &&
      !/^\d/.test(word) &&
      analyze(word).length > 0,
  );
}

/** Whether a question names only aspects of a topic ("daftarnya gmn?", "syaratnya apa?", "biayanya brp?"). */
export function namesOnlyAspects(question: string): boolean {
  return (
    topicWords(question).length === 0 &&
    words(question).some((word) => ASPECTS.has(word.replace(/nya?$/, '')))
  );
}

function placesIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(LOCATIVE)) out.push(...match[1]!.toLowerCase().split(/\s+/));
  // "sentra tanggulangin": the name after "sentra" is where it is, unless it is a product.
  for (const match of text.toLowerCase().matchAll(/\bsentra\s+(?:ikm\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/gu)) {
    // The name may follow a product ("sentra tas tanggulangin").
    const word = PRODUCT_WORDS.has(match[1]!) ? match[2] : match[1];
    if (word && !PRODUCT_WORDS.has(word) && !FILLER.has(word) && analyze(word).length > 0) out.push(word);
  }
  return out.filter((word) => !PRODUCT_WORDS.has(word));
}

/** English past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set(
  'held made built began became gave took went won sold bought paid led met set ran grew brought got found'.split(
    ' ',
  ),
);

/**
 * A verb with its affix ("dilindungi", "berasal", "mengikuti"; "visited", "held"); "merek", "desa",
 * "need" are not.
 */
function isAffixedVerb(word: string): boolean {
  if (IRREGULAR_PAST.has(word) || /^[a-z]{2,}[^e]ed$/.test(word)) return true;
  if (!/^(di|me|be|te)/.test(word)) return false;
  const stem = analyze(word)[0];
  return stem !== undefined && stem !== word && word.length - stem.length >= 2;
}

/** Month names: when the previous question was asked about, not what the follow-up is about. */
const MONTH =
  /^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december)$/;

/**
 * Whether a question says it goes on from the previous one: it opens with a continuation ("trus",
 * "kalau", "selain", "and") or points back ("itu", "tsb", "that"). Such a question is read with the
 * previous subject unless its own words match clearly better (followup.by-evidence).
 */
/** A question that names its subject by pointing back ("itu yg dateng siapa aja?", "how big is it now?"). */
export function refersBack(question: string): boolean {
  return ANAPHORA.test(question.trim());
}

export function pointsBack(question: string): boolean {
  const q = question.trim();
  return (
    CONTINUATION.test(q) ||
    /^(selain|besides|apart from)\b/i.test(q) ||
    ANAPHORA.test(q) ||
    /\b(yg|yang) itu\b/i.test(q)
  );
}

/** True when the question cannot stand alone and should borrow the previous question's topic. */
export function isElliptical(question: string): boolean {
  const topic = topicWords(question);
  if (topic.length === 0) return true;
  const q = question.trim();
  const asks = questionKind(q) !== 'general';
  // "And for halal, who issues the certificate?" opens like a follow-up but names its own topic.
  if (CONTINUATION.test(q) && topic.length <= (asks ? 2 : 4)) return true;
  // "koperasinya apa namanya?", "gedungnya dibangun kapan?": every topic word is "its ..." of something said before
  if (topic.length <= 2 && topic.every((word) => /\p{L}{3,}nya$/u.test(word))) return true;
  return ANAPHORA.test(q) && topic.length <= 2 && !/^\s*apa(kah)? itu\b/i.test(q);
}

/**
 * An asking sentence whose subject is only "its ..." ("alamatnya persisnya di mn?", "syaratnya apa?"): it
 * leans on something said before, in the story beside it or in the previous question.
 */
export function leansOnItsSubject(asking: string): boolean {
  const topic = topicWords(asking);
  return (
    namesOnlyAspects(asking) ||
    (topic.length > 0 && topic.length <= 2 && topic.every((word) => /\p{L}{3,}nya$/u.test(word)))
  );
}

function removeWords(text: string, drop: Set<string>): string {
  if (drop.size === 0) return text;
  return text
    .split(/(\s+)/)
    .filter((piece) => {
      const token = surfaceTokens(piece)[0];
      return !token || !drop.has(SLANG[token] ?? token);
    })
    .join('')
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prepositions that open a slot: what something is for, where it is. */
const SLOT_PREPOSITIONS: readonly RegExp[] = [/^(untuk|buat|bagi|for)$/i, /^(di|ke|dari|in|at)$/i];
const SLOT_END = /^(yang|yg|agar|supaya|biar|sehingga|karena|kalau|kalo|jika|that|which|so)$/i;

interface Slot {
  family: number;
  /** Token range [start, end) in the text split on white space, the preposition included. */
  start: number;
  end: number;
}

/** The slots a text opens with a preposition: "buat keripik", "bagi usaha mikro dan kecil". */
function slots(tokens: string[]): Slot[] {
  const out: Slot[] = [];
  tokens.forEach((token, i) => {
    const family = SLOT_PREPOSITIONS.findIndex((prep) => prep.test(token.replace(/[^\p{L}]/gu, '')));
    if (family < 0 || out.some((slot) => i < slot.end)) return;
    let end = i + 1;
    while (end < tokens.length && end < i + 6) {
      const word = tokens[end]!.replace(/[^\p{L}\p{N}-]/gu, '');
      if (!word || SLOT_END.test(word)) break;
      end++;
      if (/[?.!,]$/.test(tokens[end - 1]!)) break;
    }
    if (end > i + 1) out.push({ family, start: i, end });
  });
  return out;
}

const clean = (text: string) => text.replace(/[?.!,\s]+$/, '');

/**
 * Completes an elliptical question from the previous one (its asking sentence, not its story).
 * A follow-up that asks a new aspect ("terus ngajuinnya ke mana?") keeps its own words and borrows
 * the previous topic words; one that only changes a slot ("kalau untuk keripik?", "yang di
 * Lampung?") takes the previous question with that slot (a purpose, a place, a product, a year)
 * replaced. A question that stands alone is returned unchanged.
 */
export function completeFollowUp(
  question: string,
  previous: string,
  options: { force?: boolean } = {},
): { question: string; followUp: boolean; subject?: string } {
  if (!previous.trim() || (!options.force && !isElliptical(question))) return { question, followUp: false };
  // "denger2 sentra tanggulangin lg direvitalisasi ya?": where the asker heard it is no part of the subject
  const frame = withoutHearsay((askingPart(previous) ?? previous).trim());
  const body = clean(
    question
      .trim()
      .replace(CONNECTOR, '')
      .replace(/\b(tersebut|tsb|itu)\s*(\?*)\s*$/i, '$2')
      .trim(),
  );
  if (questionKind(question) !== 'general' || QUESTION_WORD.test(question)) {
    // The previous question's subject, without what it asked of it: its verbs and its month
    // ("where was the matching held in December" lends "tanggulangin business matching").
    const topic = topicWords(frame).filter(
      (word) => !/^\d/.test(word) && !isAffixedVerb(word) && !MONTH.test(word),
    );
    const subject = [...new Set(topic)].join(' ');
    return { question: `${body} (${subject})?`, followUp: true, ...(subject ? { subject } : {}) };
  }
  // The slot the follow-up opens replaces the previous question's slot of the same kind, in place.
  const frameTokens = frame.split(/\s+/);
  const bodyTokens = body.split(/\s+/);
  let rest = body;
  for (const slot of slots(bodyTokens)) {
    const old = slots(frameTokens).find((candidate) => candidate.family === slot.family);
    if (!old) continue;
    const phrase = clean(bodyTokens.slice(slot.start, slot.end).join(' '));
    const ending = /[?.!,]$/.test(frameTokens[old.end - 1]!) ? frameTokens[old.end - 1]!.slice(-1) : '';
    frameTokens.splice(old.start, old.end - old.start, `${phrase}${ending}`);
    rest = rest.replace(phrase, '').trim();
  }
  const own = new Set(words(question));
  const drop = new Set<string>();
  const replaced = frameTokens.join(' ');
  if ([...own].some((word) => PRODUCT_WORDS.has(word)))
    for (const word of words(replaced)) if (PRODUCT_WORDS.has(word) && !own.has(word)) drop.add(word);
  if (placesIn(question).length > 0)
    for (const word of placesIn(replaced)) if (!own.has(word)) drop.add(word);
  for (const match of question.matchAll(YEAR))
    for (const old of replaced.matchAll(YEAR)) if (old[0] !== match[0]) drop.add(old[0]);
  const base = clean(removeWords(replaced, drop));
  return { question: `${base}${rest ? ` ${rest}` : ''}?`.replace(/\s+/g, ' ').trim(), followUp: true };
}
