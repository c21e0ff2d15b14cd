import { analyze } from '../text/analyze.ts';
import { splitUnits, type Unit } from './sentences.ts';
import type { QueryTerm, RetrievedChunk } from './types.ts';

export interface Citation {
  n: number;
  chunk: RetrievedChunk;
}

export interface Extract {
  /** Plain text with [n] markers after each sentence. */
  text: string;
  citations: Citation[];
}

export type QuestionKind = 'amount' | 'time' | 'person' | 'place' | 'list' | 'general';

/** What kind of answer the question wants, so units with a figure, a date or a name can be preferred. */
export function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  if (/\b(berapa|brp|brapa|how (much|many)|jumlah|persen|nilai)\b/.test(q)) return 'amount';
  if (/\b(kapan|kpn|tahun berapa|when|what year|sejak)\b/.test(q)) return 'time';
  if (/\b(siapa|who)\b/.test(q)) return 'person';
  if (/\b(di ?mana|dmn|where|lokasi|alamat|which (city|province|region))\b/.test(q)) return 'place';
  if (
    /\b(apa saja|apa aja|apa aj|apa sj|syarat|langkah|cara|caranya|gimana|gmn|bagaimana|how|what are|list|isi|komponen|ciri)\b/.test(
      q,
    )
  )
    return 'list';
  return 'general';
}

const MAX_CHARS = 900;

interface Scored extends Unit {
  terms: Set<string>;
  score: number;
}

function kindBonus(kind: QuestionKind, unit: Unit): number {
  const text = unit.text;
  switch (kind) {
    case 'amount':
      return /\d/.test(text) ? 0.5 : 0;
    case 'time':
      return /\b(19|20)\d{2}\b/.test(text) ? 0.5 : 0;
    case 'person':
      return /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(text) ? 0.3 : 0;
    case 'place':
      return /\b(Jalan|Jl\.|Kelurahan|Kecamatan|Kabupaten|Kota|Desa|Provinsi)\b/.test(text) ? 0.4 : 0;
    case 'list':
      return unit.kind === 'item' ? 0.2 : 0;
    default:
      return 0;
  }
}

/** Sentences about the document rather than the subject make poor answers. */
const META = /^(dokumen|tulisan|bagian|halaman) ini\b|\blihat (juga )?dokumen\b/i;

function scoreUnits(
  chunk: RetrievedChunk,
  weights: Map<string, number>,
  total: number,
  kind: QuestionKind,
): Scored[] {
  return splitUnits(chunk.content).map((unit) => {
    const terms = new Set(analyze(unit.text));
    let mass = 0;
    for (const term of terms) mass += weights.get(term) ?? 0;
    const relevance = mass / total;
    const score = relevance * (1 + kindBonus(kind, unit)) * (META.test(unit.text) ? 0.3 : 1);
    return { ...unit, terms, score };
  });
}

function coverage(units: Scored[], weights: Map<string, number>, total: number): number {
  const seen = new Set<string>();
  for (const unit of units) for (const term of unit.terms) if (weights.has(term)) seen.add(term);
  let mass = 0;
  for (const term of seen) mass += weights.get(term)!;
  return mass / total;
}

/**
 * A contiguous window of units around the best one: the writer's own flow (an intro sentence ending
 * in ":" and its list, a claim and its figure) reads better than sentences picked from everywhere.
 */
function window(units: Scored[], best: number, maxChars: number): Scored[] {
  const chosen = [units[best]!];
  let chars = units[best]!.text.length;
  const fits = (unit: Scored) => chars + unit.text.length <= maxChars;
  // One step back when the best unit leans on what came before (a list item, "Karena itu ...").
  const prev = units[best - 1];
  if (
    prev &&
    fits(prev) &&
    (units[best]!.kind !== 'sentence' ||
      /^(karena itu|oleh karena|hal ini|ini|itu|dengan begitu|selain itu|namun)\b/i.test(units[best]!.text))
  ) {
    chosen.unshift(prev);
    chars += prev.text.length;
  }
  let quiet = 0;
  for (let i = best + 1; i < units.length; i++) {
    const unit = units[i]!;
    const last = chosen.at(-1)!;
    const continuesList = unit.kind !== 'sentence' && (last.kind !== 'sentence' || last.text.endsWith(':'));
    if (!fits(unit)) break;
    if (unit.score > 0 || continuesList) quiet = 0;
    else if (++quiet > 1) break;
    chosen.push(unit);
    chars += unit.text.length;
  }
  while (
    chosen.length > 1 &&
    chosen.at(-1)!.score === 0 &&
    chosen.at(-1)!.kind === 'sentence' &&
    !chosen.at(-2)!.text.endsWith(':')
  )
    chosen.pop();
  return chosen;
}

/**
 * Builds an answer from the top chunks without a language model: the best window of the best chunk
 * (units scored by the IDF mass of the question's terms they hold, nudged towards what the question
 * asks for: a figure, a date, a name), plus the best unit of another chunk when it covers question
 * words the window lacks. Units are copied verbatim, so figures stay whole; none is repeated.
 */
export function composeExtractive(
  question: string,
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
): Extract {
  const kind = questionKind(question);
  const weights = new Map(queryTerms.map((term) => [term.term, term.idf * term.weight]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const top = chunks.slice(0, 3).filter((chunk, i) => i === 0 || chunk.score >= 0.5 * chunks[0]!.score);
  const scored = top.map((chunk) => scoreUnits(chunk, weights, total, kind));

  // The lead chunk is the retrieval winner unless another top chunk has a clearly better unit.
  let lead = 0;
  let bestScore = -1;
  scored.forEach((units, i) => {
    const best = Math.max(0, ...units.map((unit) => unit.score)) * (i === 0 ? 1.15 : 1);
    if (best > bestScore) {
      bestScore = best;
      lead = i;
    }
  });
  const units = scored[lead]!;
  if (units.length === 0) return { text: '', citations: [] };
  const bestIndex = units.reduce((best, unit, i) => (unit.score > units[best]!.score ? i : best), 0);
  const parts: { chunk: number; units: Scored[] }[] = [
    { chunk: lead, units: window(units, bestIndex, MAX_CHARS) },
  ];

  const used = () => parts.flatMap((part) => part.units);
  const chars = () => used().reduce((sum, unit) => sum + unit.text.length, 0);
  const have = coverage(used(), weights, total);
  for (let i = 0; i < scored.length && have < 0.9; i++) {
    if (i === lead) continue;
    const extra = [...scored[i]!].sort((a, b) => b.score - a.score)[0];
    if (!extra || extra.score < 0.5 * bestScore) continue;
    if (used().some((unit) => unit.text === extra.text)) continue;
    // A stray hit on one word is not an answer: the extra unit must share a question word with the
    // lead, or carry at least two question words of its own (a second topic of the question).
    const leadTerms = new Set(used().flatMap((unit) => [...unit.terms].filter((term) => weights.has(term))));
    const own = [...extra.terms].filter((term) => weights.has(term));
    if (!own.some((term) => leadTerms.has(term)) && own.length < 2) continue;
    if (
      coverage([...used(), extra], weights, total) - have < 0.1 ||
      chars() + extra.text.length > MAX_CHARS + 200
    )
      continue;
    parts.push({ chunk: i, units: [extra] });
    break;
  }

  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const part of parts) {
    const chunk = top[part.chunk]!;
    const n = citations.length + 1;
    citations.push({ n, chunk });
    let paragraph: string[] = [];
    for (const unit of part.units) {
      if (unit.kind === 'sentence') paragraph.push(unit.text);
      else {
        if (paragraph.length) lines.push(paragraph.join(' '));
        paragraph = [];
        lines.push(`• ${unit.text}`);
      }
    }
    if (paragraph.length) lines.push(paragraph.join(' '));
    lines[lines.length - 1] += ` [${n}]`;
  }
  return { text: lines.join('\n'), citations };
}
