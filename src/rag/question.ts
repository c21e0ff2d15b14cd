import { detectLanguage } from '../text/analyze.ts';
import { completeFollowUp } from './followup.ts';
import { asksForContact, asksForLiveFigure, smallTalk } from './guards.ts';
import type { Language } from './messages.ts';

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
  | 'general';

const KINDS: [QuestionKind, RegExp][] = [
  // "kok gak ada ya?", "kok bisa rugi?": informal puzzlement asks why.
  [
    'reason',
    /\b(mengapa|kenapa|knp|napa|why|apa alasan(nya)?|alasannya apa|kok (gak|ga|nggak|tidak|bisa|malah))\b/,
  ],
  [
    'time',
    /\b(kapan|kpn|tahun berapa|thn brp|tahun brp|sejak kapan|when|what year|since when|sampai kapan|(tanggal|tgl|bulan|hari) (berapa|brp|brapa|apa)|(what|which) (date|day|month))\b/,
  ],
  [
    'amount',
    /\b(berapa|brp|brapa|berapakah|how (much|many|long)|jumlah(nya)?|persen|porsi(nya)?|nilai(nya)?)\b/,
  ],
  ['person', /\b(siapa|who)\b/],
  [
    'place',
    /\b(di ?mana|dmn|dimana|ke ?mana|kemana|lewat mana|melalui mana|lewat apa|melalui apa|dari ?mana|dr ?mana|dr ?mna|where|which street|what street|lokasi(nya)?|alamat(nya)?|letak(nya)?|(kecamatan|kabupaten|kota|provinsi|desa|kelurahan|daerah|negara) (mana|apa)|which (city|province|region|regency|village|district|country))\b/,
  ],
  [
    'definition',
    /\b(apa itu|apa sih|apaan|apa yang dimaksud|apa yg dimaksud|maksudnya|artinya|arti|pengertian|singkatan|kepanjangan|beda(nya)?|perbedaan|what (is|are|does)|meaning|stand for|sebagai apa|disebut apa|namanya apa|istilahnya apa|called)\b/,
  ],
  [
    'steps',
    /\b(cara|caranya|gimana|gmn|gmna|bagaimana|bgmn|langkah(nya)?|tahap(an)?|prosedur|how (do|to|can|should)|steps?)\b/,
  ],
  [
    'list',
    /\b(apa saja|apa aja|apa aj|apa sj|syarat(nya)?|persyaratan|komponen(nya)?|isi(nya)?|ciri(nya)?|unsur|macam-macam|daftar|what are|list|(hal|informasi|dokumen|keterangan|data|berkas) apa|apa (yang|yg) (perlu|harus|hrs|wajib|mesti|biasanya|sebaiknya)|which \w+ should)\b/,
  ],
];

/**
 * The kind of answer a question asks for. The cue that comes first in the question wins ("bagaimana
 * cara mengetahui berapa ..." asks for a way, "berapa ... dan bagaimana ..." for a figure).
 */
export function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  // "apa saja syaratnya" is a list even though "apa" could open a definition.
  // ... unless a definition is asked first ("FOB itu apa maksudnya, dan biaya apa saja ..."): the
  // first thing asked leads.
  const list = q.search(/\b(apa saja|apa aja|apa aj|apa sj|what are)\b/);
  const defined = q.search(KINDS.find(([kind]) => kind === 'definition')![1]);
  if (list >= 0 && !(defined >= 0 && defined < list)) return 'list';
  let best: { kind: QuestionKind; at: number } | undefined;
  for (const [kind, cue] of KINDS) {
    const at = q.search(cue);
    if (at >= 0 && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? 'general';
}

/** One turn of the conversation as the understanding step needs it. */
export interface PriorTurn {
  question: string;
}

/** Everything decided about a question before the database is asked. */
export interface Understanding {
  /** The question as the user wrote it (validated and cleaned). */
  text: string;
  /** The question completed from earlier turns when it is elliptical; otherwise equal to `text`. */
  resolved: string;
  followUp: boolean;
  language: Language;
  kind: QuestionKind;
  smallTalk?: 'greeting' | 'thanks';
  /** A kind the knowledge never holds: declined whatever retrieval finds. */
  guard?: 'live-figure' | 'contact';
  /**
   * The sentence that asks, when a message also tells its own story ("Saya perajin gerabah di
   * Plered ... Bagaimana cara mengemasnya?"): support for an answer is judged on it as well.
   */
  focus?: string;
  /** Words written as names (capitalised inside a sentence, lower-cased here): "Japan", "Kredivo". */
  names: string[];
}

/** Capitalised words that do not open a sentence: names of places, firms, schemes. */
export function namesIn(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s|^)(?<=\s|["'(])(\p{Lu}[\p{L}-]+)/gu))
    out.add(match[1]!.toLowerCase());
  return [...out];
}

/** The asking sentences of a message that has context sentences too; undefined for a plain question. */
export function askingPart(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter(
    (sentence) => sentence.trim().endsWith('?') || questionKind(sentence) !== 'general',
  );
  if (asking.length === 0 || asking.length === sentences.length) return undefined;
  return asking.join(' ');
}

/** Words that point back into the message ("that term", "seperti ini", "barang tersebut"). */
const POINTS_BACK = /\b(that|this|these|those|such|it|itu|ini|tersebut|tsb|begitu|gitu|gini)\b/i;

/**
 * Whether an asking sentence points back into the story around it ("What does that term mean?"
 * after "A buyer asked me for an EXW price."): searched alone, it would lose what it asks about.
 */
export function leansBack(focus: string): boolean {
  return POINTS_BACK.test(focus);
}

/**
 * The one place that understands a question: language, small talk, follow-up completion, what it
 * asks for, and the guards. Retrieval, tools and composition read this instead of re-parsing.
 */
export function understandQuestion(text: string, history: readonly PriorTurn[] = []): Understanding {
  const language = detectLanguage(text);
  const talk = smallTalk(text);
  if (talk)
    return { text, resolved: text, followUp: false, language, kind: 'general', smallTalk: talk, names: [] };
  // Earlier turns are completed in order, so a follow-up of a follow-up keeps the original topic.
  let previous: string | undefined;
  for (const turn of history.slice(-4)) {
    if (smallTalk(turn.question)) continue;
    previous = previous ? completeFollowUp(turn.question, previous).question : turn.question;
  }
  const completion = previous ? completeFollowUp(text, previous) : { question: text, followUp: false };
  const resolved = completion.question;
  // The kind comes from the user's own words first; an elliptical "kalau keripik?" asks what the
  // previous question asked.
  const own = questionKind(text);
  const kind = own === 'general' && completion.followUp ? questionKind(resolved) : own;
  const guard = asksForLiveFigure(resolved) ? 'live-figure' : asksForContact(text) ? 'contact' : undefined;
  const focus = completion.followUp ? undefined : askingPart(text);
  return {
    text,
    resolved,
    followUp: completion.followUp,
    language,
    kind,
    names: namesIn(resolved),
    ...(guard ? { guard } : {}),
    ...(focus ? { focus } : {}),
  };
}
