import { SLANG } from './slang.ts';

/**
 * The chat lexicon in one place: chat spellings and abbreviations are read through SLANG (slang.ts),
 * and the words that make a sentence a question are listed here once, in standard spelling.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'apa',
  'apakah',
  'bagaimana',
  'berapa',
  'kapan',
  'mana',
  'dimana',
  'kemana',
  'darimana',
  'siapa',
  'kenapa',
  'mengapa',
  'gimana',
  'bisakah',
  'bolehkah',
  'perlukah',
  'haruskah',
  'adakah',
  'jelaskan',
  'tolong',
  'mohon',
  'minta',
  'bingung',
  'caranya',
  'cara',
  'what',
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'please',
  'tips',
  'saran',
]);

/** English auxiliaries ask only when they open the sentence ("Can I ...", not "sales are low"). */
const OPENING_ASKS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'do',
  'does',
  'is',
  'are',
  'should',
  'would',
  'will',
  'any',
]);

/** A message's sentences read in standard spelling: "gmn" -> "bagaimana", "brp" -> "berapa". */
export function standardWords(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((word) => (SLANG[word] ?? word).split(' '));
}

/** Chat yes/no questions end in a tag: "masuk gak", "bisa nggak", "sudah belum", "benarkah". */
const ASKING_TAGS: ReadonlySet<string> = new Set([
  'gak',
  'ga',
  'gk',
  'nggak',
  'ngga',
  'enggak',
  'engga',
  'tidak',
  'tdk',
  'belum',
  'blm',
  'bukan',
  'kah',
  'ya',
  'yah',
]);

/** A choice between two things asks even without a question word: "lbh baik pake aplikasi ato buku tulis". */
const CHOICE =
  /\b(?:lebih baik|lbh baik|mending|mendingan|enakan|lebih enak|lbh enak|better)\b.*\b(?:atau|ato|atw|apa|or)\b/iu;

/**
 * Whether a sentence asks: it ends in "?" or a yes/no tag, holds a question word (in any spelling),
 * or weighs two choices.
 */
export function asks(sentence: string): boolean {
  if (/\?\s*$/.test(sentence) || CHOICE.test(sentence)) return true;
  const raw = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (raw.length >= 3 && ASKING_TAGS.has(raw.at(-1)!)) return true;
  // "kok duitnya gak ada", "kok sepi terus": chat puzzlement asks why (the word itself reads as nothing).
  if (/\bkok\b/i.test(sentence)) return true;
  const words = standardWords(sentence);
  return OPENING_ASKS.has(words[0] ?? '') || words.some((word) => QUESTION_WORDS.has(word));
}

/**
 * Words that join a second question onto a first inside one sentence ("dan" only before a question word:
 * "apa saja yang diluncurkan dan apa targetnya?"): "syaratnya apa aja & bunganya
 * brp?", "apa aja yg perlu disiapin, trs perlu didaftarin gak?", "what does it cost and how long does
 * it take?". Split there only when both halves ask on their own.
 */
const JOINER =
  /\s*(?:&|\+|,?\s*\b(?:trs|trus|terus|lalu|terus juga|sama|sekalian|kemudian|serta|and)\b|,?\s*\b(?:dan|dn|sm)\b(?=\s+(?:apa|apakah|berapa|brp|bagaimana|gimana|gmn|gmna|siapa|kapan|kpn|mana|di\s?mana|dmn|kenapa|mengapa|knp|bisa|bisakah|perlu|harus|hrs)\b)|,)\s+/giu;

/** Words of a polite opener that asks for nothing in particular ("Mohon informasi,", "mau tanya kak,"). */
const COURTESY: ReadonlySet<string> = new Set(
  'mohon tolong minta please mau ingin numpang izin ijin permisi info informasi infonya penjelasan bantuan bantu tanya nanya bertanya kak kakak min admin pak bu bapak ibu dong ya sih nih yah'.split(
    ' ',
  ),
);
const onlyCourtesy = (text: string) =>
  (text.toLowerCase().match(/[\p{L}]+/gu) ?? []).every((word) => COURTESY.has(word));

/** How many words a text has. */
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** One sentence's questions: split at a joiner when the words on each side ask (two to three parts). */
export function splitJoined(sentence: string): string[] {
  const cuts = [...sentence.matchAll(JOINER)];
  if (cuts.length === 0) return [sentence];
  for (const cut of cuts) {
    const before = sentence.slice(0, cut.index).trim();
    const after = sentence.slice(cut.index! + cut[0].length).trim();
    if (wordCount(before) < 2 || wordCount(after) < 2) continue;
    if (!asks(before.replace(/[?!.]+$/, '')) || !asks(after)) continue;
    // "Mohon informasi, anggarannya dari mana?": a polite opener is no question of its own
    if (onlyCourtesy(before) || onlyCourtesy(after)) continue;
    return [before, ...splitJoined(after)].slice(0, 3);
  }
  return [sentence];
}

/**
 * The sentences of a message that ask. When the writer marks questions with "?", those are the
 * questions, with a last sentence that asks and ends unpunctuated (chat often drops its "?"): a story
 * sentence that holds a question word ("liat tetangga jual brp.", "aku bingung.") tells, it does not
 * ask. A message with no "?" asks in every sentence that `asks` says does.
 */
export function askingSentences(sentences: string[], asksHere: (sentence: string) => boolean): string[] {
  const marked = (sentence: string) => /\?\s*$/.test(sentence);
  if (!sentences.some(marked)) return sentences.filter(asksHere);
  return sentences.filter(
    (sentence, i) =>
      marked(sentence) || (i === sentences.length - 1 && !/[.!]\s*$/.test(sentence) && asksHere(sentence)),
  );
}

/** Where one sentence ends and the next begins: white space after . ! or ?, or a line break. */
export const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

/**
 * A message read as context plus the sentences that ask. Sentences end at . ! ? or a line break; a
 * message with no asking sentence, or only asking sentences, is all question.
 */
/**
 * Chat glues the asker's story to the question with a comma: "kartu stok tu isinya apa aj kak, sy jual
 * sabun sereh ribet ngitung sisa". A clause after a comma that opens with the asker (sy, aku, kami, I,
 * my, ...) is a sentence of its own, so that a clause that tells is read as story, not as question.
 */
const SELF_CLAUSE = /,\s+(?=(?:sy|saya|aku|ak|gw|gue|kami|kita|i|i'm|we|my|our)\s)/giu;
function splitSelf(sentence: string): string[] {
  const parts = sentence.split(SELF_CLAUSE);
  if (parts.length < 2 || !/\?\s*$/.test(sentence)) return parts;
  // "bedanya apa ya, kami masuk yg mana?": a clause that asks keeps its sentence's question mark.
  return parts.map((part, i) => (i < parts.length - 1 && asks(part) ? `${part.trim()}?` : part));
}

export function splitAsking(text: string): { asking: string; context: string; questions: string[] } {
  const sentences = text
    .split(SENTENCE_BREAK)
    .flatMap(splitSelf)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < 2)
    return {
      asking: text.trim(),
      context: '',
      questions: asks(text) ? splitJoined(text.trim()) : [text.trim()],
    };
  const asking = askingSentences(sentences, asks);
  if (asking.length === 0) return { asking: text.trim(), context: '', questions: [text.trim()] };
  const questions = asking.flatMap(splitJoined);
  if (asking.length === sentences.length) return { asking: text.trim(), context: '', questions };
  return {
    asking: asking.join(' '),
    context: sentences.filter((s) => !asking.includes(s)).join(' '),
    questions,
  };
}

/**
 * When-words that say when, not what: "mau ikut pameran bulan depan" asks about the fair, and "depan" is
 * not the front of a package. Taken out of an asking sentence before it is matched with the cards.
 */
const WHEN =
  /\b(?:(?:bulan|minggu|tahun|thn|th|bln|hari|pekan|taun)\s+(?:depan|lalu|kemarin|ini|kmrn|dpn|besok)|besok|kemarin|kmrn|tadi|td|nanti|barusan|(?:next|last|this)\s+(?:month|week|year)|tomorrow|yesterday)\b/giu;

/**
 * Words that say where the asker heard something, not what they ask: "kabarnya Kemenperin pernah ngadain
 * business matching", "katanya ada bantuan", "I heard there is". A buyer who has "blm ada kabar" asks about
 * news; "kabarnya" opening a clause only reports. Taken out before a sentence is matched with the cards.
 */
const HEARSAY =
  /\b(?:kabarnya|katanya|kata\s?nya|infonya|konon(?:nya)?|denger-denger|dengar-dengar|denger2|dengar2|dgr2|dengernya|rumornya|gosipnya|(?:i|we)(?:'ve| have)? heard(?: that)?|reportedly|apparently|supposedly)\b/giu;

export function withoutHearsay(text: string): string {
  return text.replace(HEARSAY, ' ').replace(/\s+/g, ' ').trim();
}

export function withoutWhen(text: string): string {
  return text.replace(WHEN, ' ').replace(/\s+/g, ' ').trim();
}
