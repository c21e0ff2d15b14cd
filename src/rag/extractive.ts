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
  if (/\b(berapa|brp|brapa|how (much|many)|jumlah|besar(an)?nya|persen|nilai)\b/.test(q)) return 'amount';
  if (/\b(kapan|kpn|tahun berapa|when|what year|sejak)\b/.test(q)) return 'time';
  if (/\b(siapa|who)\b/.test(q)) return 'person';
  if (/\b(di ?mana|dmn|where|lokasi|alamat)\b/.test(q)) return 'place';
  if (
    /\b(apa saja|apa aja|apa sj|syarat|langkah|cara|gimana|bagaimana|how|what are|which|list|daftar|isi)\b/.test(
      q,
    )
  )
    return 'list';
  return 'general';
}

const MAX_UNITS = 4;
const MAX_CHARS = 700;
const MAX_CHUNKS = 3;

interface Candidate extends Unit {
  chunkRank: number;
  score: number;
  terms: Set<string>;
}

function kindBonus(kind: QuestionKind, unit: Unit): number {
  const text = unit.text;
  switch (kind) {
    case 'amount':
      return /\d/.test(text) ? 0.6 : 0;
    case 'time':
      return /\b(19|20)\d{2}\b/.test(text) ? 0.6 : 0;
    case 'person':
      return /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(text) ? 0.3 : 0;
    case 'place':
      return /\b(Jalan|Jl\.|Kelurahan|Kecamatan|Kabupaten|Kota|Desa|Provinsi)\b/.test(text) ? 0.4 : 0;
    case 'list':
      return unit.kind === 'item' ? 0.3 : 0;
    default:
      return 0;
  }
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Builds an answer from the best units (sentences, list items, table rows) of the top chunks:
 * scored by the IDF mass of the question's terms they contain, nudged towards what the question
 * asks for (a figure, a date, a name), never repeating a unit, figures kept whole because units are
 * copied verbatim. Units keep the writer's order within a chunk.
 */
export function composeExtractive(
  question: string,
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
): Extract {
  const kind = questionKind(question);
  const weights = new Map(queryTerms.map((term) => [term.term, term.idf * term.weight]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const top = chunks
    .slice(0, MAX_CHUNKS)
    .filter((chunk, i) => i === 0 || chunk.score >= 0.35 * chunks[0]!.score);
  const candidates: Candidate[] = [];
  top.forEach((chunk, chunkRank) => {
    for (const unit of splitUnits(chunk.content)) {
      const terms = new Set(analyze(unit.text));
      let mass = 0;
      for (const term of terms) mass += weights.get(term) ?? 0;
      if (mass === 0) continue;
      const score =
        mass / totalWeight +
        kindBonus(kind, unit) * (mass / totalWeight) +
        (chunkRank === 0 ? 0.15 : 0) -
        0.05 * chunkRank;
      candidates.push({ ...unit, chunkRank, score, terms });
    }
  });
  candidates.sort((a, b) => b.score - a.score);

  const chosen: Candidate[] = [];
  let chars = 0;
  const best = candidates[0]?.score ?? 0;
  for (const candidate of candidates) {
    if (chosen.length >= MAX_UNITS) break;
    if (chosen.length > 0 && candidate.score < 0.45 * best) break;
    if (chosen.length > 0 && chars + candidate.text.length > MAX_CHARS) continue;
    if (chosen.some((unit) => unit.text === candidate.text || overlap(unit.terms, candidate.terms) > 0.8))
      continue;
    chosen.push(candidate);
    chars += candidate.text.length;
  }
  // A lone list item reads better with its siblings: add the neighbouring items of the same list.
  if (kind === 'list' && chosen.length < MAX_UNITS && chosen[0]?.kind === 'item') {
    const lead = chosen[0];
    const siblings = splitUnits(top[lead.chunkRank]!.content).filter(
      (unit) =>
        unit.kind === 'item' &&
        Math.abs(unit.position - lead.position) <= 3 &&
        !chosen.some((c) => c.text === unit.text),
    );
    for (const unit of siblings) {
      if (chosen.length >= MAX_UNITS + 2 || chars + unit.text.length > MAX_CHARS) break;
      chosen.push({ ...unit, chunkRank: lead.chunkRank, score: 0, terms: new Set() });
      chars += unit.text.length;
    }
  }
  chosen.sort((a, b) => a.chunkRank - b.chunkRank || a.position - b.position);

  const citations: Citation[] = [];
  const numberOf = (rank: number) => {
    const chunk = top[rank]!;
    let citation = citations.find((c) => c.chunk.chunkId === chunk.chunkId);
    if (!citation) {
      citation = { n: citations.length + 1, chunk };
      citations.push(citation);
    }
    return citation.n;
  };
  const lines: string[] = [];
  let paragraph: string[] = [];
  for (const unit of chosen) {
    const n = numberOf(unit.chunkRank);
    if (unit.kind === 'sentence') paragraph.push(`${unit.text} [${n}]`);
    else {
      if (paragraph.length) lines.push(paragraph.join(' '));
      paragraph = [];
      lines.push(`• ${unit.text} [${n}]`);
    }
  }
  if (paragraph.length) lines.push(paragraph.join(' '));
  return { text: lines.join('\n'), citations };
}
