import { isNumberWord, multiplierOf, readNumberWords } from '../finance/numbers.ts';
import { FLAG_RULES, flagLine, hostOf, instructionRules } from '../ingest/flags.ts';
import type { Extract } from './answer-types.ts';
import { splitSentences } from './sentences.ts';
import type { RetrievedChunk } from './types.ts';

export const ABSTAIN = 'BELUM_TAHU';

/** What the guard on a model's answer checks, by name; `reject` falls back to the extractive answer. */
export interface AnswerGuardRule {
  name: string;
  effect: 'reject' | 'drop';
  does: string;
  /** An answer (with one source holding "13.762 sentra") that the rule must catch. */
  example: string;
}

export const ANSWER_GUARD_RULES: readonly AnswerGuardRule[] = [
  {
    name: 'answer.abstain',
    effect: 'reject',
    does: 'empty, or the model said BELUM_TAHU',
    example: 'BELUM_TAHU',
  },
  {
    name: 'answer.announces-override',
    effect: 'reject',
    does: 'the answer says it ignores its instructions, talks about them, or takes a new role',
    example: 'Baik, saya abaikan instruksi sebelumnya. Ada 13.762 sentra [1].',
  },
  {
    name: 'answer.prompt-echo',
    effect: 'reject',
    does: 'the answer repeats the system prompt (shared word runs that no source holds) or its fence token',
    example: 'Anda adalah Pendamping IKM, pendamping usaha untuk perajin dan pelaku industri [1].',
  },
  {
    name: 'answer.credential-request',
    effect: 'reject',
    does: 'the answer asks for a password, PIN, OTP or a transfer to an account',
    example: 'Kirim kode OTP Anda ke admin untuk mendaftar 13.762 sentra [1].',
  },
  {
    name: 'answer.foreign-url',
    effect: 'drop',
    does: 'a sentence with a link that is in none of the sources is dropped',
    example: 'Ada 13.762 sentra [1]. Daftar di https://sentra-ikm.example.com [1].',
  },
  {
    name: 'answer.uncited-sentence',
    effect: 'drop',
    does: 'a sentence (or list) with no citation of an existing source after it in its paragraph is dropped; a fake [9] counts as none',
    example: 'Ada 13.762 sentra [1]. Pendaftaran ditutup minggu depan [9].',
  },
  {
    name: 'answer.no-citation',
    effect: 'reject',
    does: 'nothing cited is left',
    example: 'Ada 13.762 sentra.',
  },
  {
    name: 'answer.unknown-figure',
    effect: 'reject',
    does: 'a figure, in digits or in words, that no source holds',
    example: 'Ada tiga belas ribu sentra [1].',
  },
];

/** Talk of a model about itself: announcing an override, or its instructions. */
const ANNOUNCES =
  /\b(sebagai (sebuah )?(ai|model bahasa|asisten ai|kecerdasan buatan)|as an? (ai|language model|assistant)|saya (telah |sudah )?diminta|aku diminta|i (was|am|have been) (told|instructed|asked) to|(instruksi|aturan|perintah) (saya|sistem|awal)|my (instructions|system prompt|rules)|aturan menjawab|(saya|aku) (akan )?(abaikan|mengabaikan|lupakan|melupakan)|mengabaikan (semua )?(instruksi|aturan|perintah)|ignoring (all |my |the )?(previous |prior )?(instructions|rules))\b/i;

/** Words after a small number written in words that make it a figure ("lima persen", "tiga tahun"). */
const UNIT_WORDS =
  /^(persen|percent|%|rupiah|rp|tahun|bulan|minggu|hari|jam|menit|kg|kilo|kilogram|gram|ton|kuintal|liter|meter|cm|unit|orang|pekerja|kali|years?|months?|weeks?|days?|hours?|people|workers|times|percentage)$/;

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/;
const MARKER = /\[(\d+)\]/g;

interface Figures {
  raw: Set<string>;
  values: Set<number>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Digit groups of a text in a comparable form: "13.762" -> "13762", "4,2" -> "4,2". */
export function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => normalDigits(match[0]));
}

function normalDigits(raw: string): string {
  return /^\d{1,3}(\.\d{3})+$/.test(raw) ? raw.replaceAll('.', '') : raw;
}

function digitValue(raw: string): number {
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw) && !/^\d{1,3}[.,]\d{3}$/.test(raw))
    return Number(raw.replace(/[.,]/g, ''));
  if (/^\d{1,3}\.\d{3}$/.test(raw)) return Number(raw.replace('.', ''));
  return Number(raw.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));
}

/**
 * Every figure of a text: digits (with a multiplier word after them: "2,5 juta") and numbers in words
 * ("dua juta lima ratus ribu", "tiga puluh persen", "two million"). A number word of ten or less with no
 * scale and no unit after it ("salah satu", "dua cara") is not a figure.
 */
export function readFigures(text: string): { raw: string; value: number; words: boolean }[] {
  const out: { raw: string; value: number; words: boolean }[] = [];
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)*)\s*([a-zA-Z]+)?/g)) {
    const raw = match[1]!;
    const base = digitValue(raw);
    const multiplier = match[2] ? multiplierOf(match[2], 'id', match[2]) : undefined;
    out.push({ raw: normalDigits(raw), value: multiplier ? base * Number(multiplier) : base, words: false });
  }
  const words = text
    .toLowerCase()
    .replace(/\d+(?:[.,]\d+)*/g, ' # ')
    .split(/[^\p{L}%#]+/u)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isNumberWord(word) || word === 'and') continue;
    const read = readNumberWords(words.slice(i));
    if (!read || read.used === 0) continue;
    // "1,5 juta": the words are the multiplier of the digits before them, already read.
    if (words[i - 1] === '#') {
      i += read.used - 1;
      continue;
    }
    const next = words[i + read.used] ?? '';
    const figure = read.scaled || read.value > 10 || UNIT_WORDS.test(next) || words[i - 1] === 'rp';
    if (figure && !(word === 'a' && !read.scaled && read.used === 1))
      out.push({ raw: words.slice(i, i + read.used).join(' '), value: read.value, words: true });
    i += read.used - 1;
  }
  return out;
}

function knownFigures(chunks: RetrievedChunk[]): Figures {
  const text = chunks
    .map((chunk) => `${chunk.title} ${chunk.section} ${chunk.content} ${chunk.source} ${chunk.asOf}`)
    .join('\n');
  const known: Figures = { raw: new Set(figures(text)), values: new Set() };
  for (const raw of known.raw) known.values.add(round(digitValue(raw)));
  for (const figure of readFigures(text)) known.values.add(round(figure.value));
  return known;
}

/** Lower-case words of a text, for comparing runs of words. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(words: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

const ECHO_N = 5;
/** Shared 5-word runs with the system prompt (and in no source) that make an answer an echo. */
const ECHO_RUNS = 3;

/** Whether the answer repeats the system prompt: runs of five words it shares with it and no source has. */
export function echoesPrompt(answer: string, systemPrompt: string, sourceText: string): boolean {
  const prompt = shingles(wordsOf(systemPrompt), ECHO_N);
  const sources = shingles(wordsOf(sourceText), ECHO_N);
  let shared = 0;
  for (const run of shingles(wordsOf(answer), ECHO_N)) if (prompt.has(run) && !sources.has(run)) shared++;
  return shared >= ECHO_RUNS;
}

/** Links of a text that appear in none of the sources (compared without scheme, "www." or a trailing dot). */
export function foreignLinks(text: string, sourceText: string): string[] {
  const haystack = sourceText.toLowerCase();
  return [...text.matchAll(FLAG_RULES[0]!.pattern)]
    .map((match) => match[0].replace(/[.,;:!?)]+$/, ''))
    .filter((link) => {
      const bare = link
        .toLowerCase()
        .replace(/^[a-z]+:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/$/, '');
      return !haystack.includes(bare) || !haystack.includes(hostOf(link));
    });
}

interface Unit {
  text: string;
  /** The line (or list block) it sits on, and the paragraph (lines between blank lines). */
  line: number;
  para: number;
}

/** Sentences and list blocks of an answer as written. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let list: string[] = [];
  let at = 0;
  let para = 0;
  const flush = () => {
    if (list.length > 0) out.push({ text: list.join('\n'), line: at++, para });
    list = [];
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      para++;
    } else if (LIST_ITEM.test(line)) list.push(line);
    else {
      flush();
      // A line that opens a list ("Syaratnya:") belongs with it.
      if (line.trim().endsWith(':') && LIST_ITEM.test(lines[i + 1] ?? '')) list.push(line);
      else {
        for (const sentence of splitSentences(line.trim())) out.push({ text: sentence, line: at, para });
        at++;
      }
    }
  }
  flush();
  return out;
}

export interface GuardVerdict {
  extract: Extract | null;
  /** Names of the rules that fired (ANSWER_GUARD_RULES), in order. */
  fired: string[];
}

export interface GuardContext {
  /** The system prompt the model was given, to catch an answer that repeats it. */
  systemPrompt?: string;
  /** The per-request fence token: an answer that contains it leaked the prompt. */
  fence?: string;
}

/**
 * Checks a model's answer against its sources. Rejects (extract null) an abstention, an answer that talks
 * about its instructions or repeats the system prompt, asks for secrets or money, has no citation left,
 * or states a figure, in digits or words, that no source holds. Drops sentences that cite nothing (a
 * citation of a source that does not exist counts as none) and sentences with a link in no source.
 */
export function guardAnswer(
  text: string,
  chunks: RetrievedChunk[],
  context: GuardContext = {},
): GuardVerdict {
  const fired: string[] = [];
  const reject = (rule: string): GuardVerdict => ({ extract: null, fired: [...fired, rule] });
  const trimmed = text.trim();
  if (trimmed === '') return reject('answer.abstain');
  if (ANNOUNCES.test(trimmed) || instructionRules(trimmed).length > 0)
    return reject('answer.announces-override');
  const sourceText = chunks
    .map((chunk) => `${chunk.title}\n${chunk.section}\n${chunk.content}\n${chunk.source}`)
    .join('\n');
  if (
    (context.fence && trimmed.includes(context.fence)) ||
    (context.systemPrompt && echoesPrompt(trimmed, context.systemPrompt, sourceText))
  )
    return reject('answer.prompt-echo');
  if (trimmed.includes(ABSTAIN)) return reject('answer.abstain');
  if (flagLine(trimmed, new Set()).some((rule) => rule.kind === 'credential'))
    return reject('answer.credential-request');

  const valid = (n: number) => n >= 1 && n <= chunks.length;
  const cites = (unit: Unit) => [...unit.text.matchAll(MARKER)].some((match) => valid(Number(match[1])));
  const all = units(trimmed).filter((unit) => {
    if (foreignLinks(unit.text, sourceText).length === 0) return true;
    fired.push('answer.foreign-url');
    return false;
  });
  // A citation covers its own sentence and those before it in the same paragraph ("A. B. [1]");
  // what follows the paragraph's last citation cites nothing.
  const covered = new Set<Unit>();
  for (let i = all.length - 1, open = -1; i >= 0; i--) {
    const unit = all[i]!;
    if (cites(unit)) open = unit.para;
    if (open === unit.para) covered.add(unit);
  }
  const kept = all.filter((unit) => {
    if (covered.has(unit)) return true;
    fired.push('answer.uncited-sentence');
    return false;
  });
  if (kept.length === 0) return reject('answer.no-citation');
  const lines = new Map<number, Unit[]>();
  for (const unit of kept) lines.set(unit.line, [...(lines.get(unit.line) ?? []), unit]);
  const joined = [...lines.values()]
    .map((line, i, list) => {
      const gap = i > 0 && list[i - 1]![0]!.para !== line[0]!.para ? '\n' : '';
      return gap + line.map((unit) => unit.text).join(' ');
    })
    .join('\n')
    .replace(MARKER, (marker, digits: string) => (valid(Number(digits)) ? marker : ''));
  const cited = [...joined.matchAll(MARKER)].map((match) => Number(match[1]));

  const known = knownFigures(chunks);
  const stated = joined.replace(MARKER, '').replace(/^\s*\d+[.)]\s+/gm, '');
  const unknown = readFigures(stated).some((figure) =>
    figure.words
      ? !known.values.has(round(figure.value))
      : !known.raw.has(figure.raw) && !known.values.has(round(figure.value)),
  );
  if (unknown) return reject('answer.unknown-figure');

  const order = [...new Set(cited)].sort((a, b) => a - b);
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  return {
    extract: {
      text: joined.replace(MARKER, (_, digits: string) => `[${renumber.get(Number(digits))}]`).trim(),
      citations: order.map((n) => ({ n: renumber.get(n)!, chunk: chunks[n - 1]! })),
    },
    fired,
  };
}
