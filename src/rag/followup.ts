import { PRODUCT_FAMILIES } from '../directory/products.ts';
import { analyze, surfaceTokens } from '../text/analyze.ts';
import { SLANG } from '../text/slang.ts';

/**
 * Follow-up completion. A question like "kalau untuk keripik?", "yang di Lampung?" or "terus
 * syaratnya apa?" has no topic of its own: it borrows the previous question's topic and changes one
 * slot (the product, the place, the year) or asks a new aspect of it. Standalone questions are left
 * exactly as written.
 */

/** Openers that tie a question to the one before it. */
const CONTINUATION =
  /^(terus|trus|trs|lalu|lantas|kalau|kalo|klo|kl|gimana dengan|bagaimana dengan|gmn dengan|bagaimana kalau|gimana kalau|gmn kalau|kalau yang|yang|yg|dan|sama|untuk yang|buat yang|how about|what about|and|then|also|same for)\b/i;

/** Pronouns and place adverbs that point back ("itu" only at the end or after "yang/untuk/di"). */
const ANAPHORA =
  /\b(tersebut|tsb|situ|sana|disitu|disana|(yang|yg|untuk|buat|di|dari) itu|itu\s*\??$|it|that one|there|they|them|those)\b/i;

/**
 * Words that name an aspect of a topic rather than a topic: "syaratnya?", "biayanya berapa?",
 * "contohnya?". A question made only of these and question words needs the previous topic.
 */
const ASPECTS = new Set(
  `syarat persyaratan cara langkah tahap proses biaya harga ongkos modal lama waktu tahun kapan lokasi alamat
  tempat jumlah contoh sumber dasar hukum aturan manfaat tujuan kendala risiko dokumen berkas bedanya beda
  fungsi kegunaan kriteria prosedur hasil isi ciri dampak pengertian arti maksud kelebihan kekurangan
  requirement requirements cost costs price prices steps step example examples source rule rules benefit
  benefits difference how long when where who why what much many`
    .split(/\s+/)
    .filter(Boolean),
);

/** Question words and fillers that never carry a topic. */
const FILLER = new Set(
  `apa apaan apanya berapa brp brapa kapan kpn siapa dimana mana gimana gmn gmna bagaimana bgmn kenapa mengapa
  gak ga nggak enggak tidak bisa boleh dong sih ya yah kah deh nih tuh aja saja juga ada juga kak min pak bu mas
  mbak kalau kalo klo terus trus lalu yang yg untuk buat di ke dari sama dan itu tersebut tsb punya nya what how
  about and for the of in then also is are does do`
    .split(/\s+/)
    .filter(Boolean),
);

const PRODUCT_WORDS = new Set(
  [
    ...PRODUCT_FAMILIES.flatMap((family) => [...family.triggers, ...family.members]),
    ...'keripik kripik kue roti kopi teh sambal madu dodol abon kerupuk snack minuman makanan kaos pakaian baju konveksi bordir perak emas rotan bambu sabun'.split(
      ' ',
    ),
  ].flatMap((word) => word.split(' ')),
);

const LOCATIVE =
  /\b(?:di|ke|dari|daerah|wilayah|kota|kabupaten|kab|provinsi|prov|kecamatan|desa|in|at)\s+(\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/giu;
const YEAR = /\b(19|20)\d{2}\b/g;

function words(text: string): string[] {
  return surfaceTokens(text).map((token) => SLANG[token] ?? token);
}

/** The question's own topic words: not question words, fillers, aspects or function words. */
function topicWords(text: string): string[] {
  return words(text).filter(
    (word) => !FILLER.has(word) && !ASPECTS.has(word.replace(/nya$/, '')) && analyze(word).length > 0,
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

/** True when the question cannot stand alone and should borrow the previous question's topic. */
export function isElliptical(question: string): boolean {
  const topic = topicWords(question);
  if (topic.length === 0) return true;
  const q = question.trim();
  if (CONTINUATION.test(q) && topic.length <= 3) return true;
  return ANAPHORA.test(q) && topic.length <= 2 && !/^\s*apa(kah)? itu\b/i.test(q);
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

/**
 * Completes an elliptical question from the previous one. The slot the new question fills (a
 * product, a place, a year) replaces the previous question's; everything else of the previous topic
 * is carried over. Returns the question unchanged when it stands alone.
 */
export function completeFollowUp(
  question: string,
  previous: string,
): { question: string; followUp: boolean } {
  if (!previous.trim() || !isElliptical(question)) return { question, followUp: false };
  const own = new Set(words(question));
  const drop = new Set<string>();
  const oldWords = words(previous);
  if ([...own].some((word) => PRODUCT_WORDS.has(word)))
    for (const word of oldWords) if (PRODUCT_WORDS.has(word) && !own.has(word)) drop.add(word);
  const newPlaces = placesIn(question);
  if (newPlaces.length > 0) for (const word of placesIn(previous)) if (!own.has(word)) drop.add(word);
  if (YEAR.test(question)) for (const match of previous.matchAll(YEAR)) drop.add(match[0]);
  YEAR.lastIndex = 0;
  const body = question
    .trim()
    .replace(CONTINUATION, '')
    .replace(/\b(tersebut|tsb|itu)\s*(\?*)\s*$/i, '$2')
    .trim();
  const base = removeWords(previous.trim(), drop).replace(/[?.!\s]+$/, '');
  const tail = body.replace(/[?.!\s]+$/, '');
  // A new aspect ("syaratnya apa?") leads; a changed slot ("untuk keripik") follows the old frame.
  const asksAspect = topicWords(question).length === 0;
  const joined = asksAspect ? `${tail} (${base})` : `${base} ${tail}`;
  return { question: `${joined.replace(/\s+/g, ' ').trim()}?`, followUp: true };
}
