import { analyze } from '../text/analyze.ts';
import { DISCOURSE_TERMS } from '../text/discourse.ts';
import { type QuestionKind, questionKind } from './question.ts';
import type { QueryTerm, RetrievedChunk } from './types.ts';
import { asksToAvoid, bestBlock, isIntro, isMember, judge } from './list-blocks.ts';
import { render } from './render.ts';
import { kindFit, overlap, type ScoredUnit, scoreUnits } from './unit-score.ts';

export { type QuestionKind, questionKind };

export interface Citation {
  n: number;
  chunk: RetrievedChunk;
}

export interface Extract {
  /** Plain text with [n] markers after each sentence. */
  text: string;
  citations: Citation[];
  /** The knowledge says outright that it does not hold what was asked. */
  absent?: boolean;
}

/** Kinds answered by one fact: one to three sentences. */
const ONE_FACT: ReadonlySet<QuestionKind> = new Set([
  'amount',
  'time',
  'person',
  'place',
  'definition',
  'reason',
]);
/** Room for what follows the answer sentence (source context, a second fact); lists are never cut. */
const BUDGET: Record<QuestionKind, number> = {
  amount: 300,
  time: 300,
  person: 300,
  place: 300,
  definition: 320,
  reason: 320,
  list: 0,
  steps: 0,
  general: 380,
};
/** A sentence that warns the figure may have moved since: the one caveat worth keeping. */
const CAVEAT =
  /\b(bisa|dapat|mungkin) (saja )?(berubah|bertambah|berkurang)|\b(angka|data|aturan|ketentuan) (yang )?terbaru\b|\bsewaktu-waktu\b/i;

/**
 * The question's terms as the composer weighs them. An acronym's glossary expansion shares the
 * acronym's weight among its words (they say one thing, not five), and conversational words
 * ("takut", "sebenernya") count little: they are how the user asks, not what.
 */
export function termWeights(queryTerms: QueryTerm[]): Map<string, number> {
  const weights = new Map<string, number>();
  const expansions = new Map<string, number>();
  for (const term of queryTerms)
    if (term.from) expansions.set(term.from, (expansions.get(term.from) ?? 0) + 1);
  for (const term of queryTerms) {
    let weight = term.idf * term.weight;
    if (term.from && (expansions.get(term.from) ?? 1) > 1) weight /= expansions.get(term.from)!;
    if (DISCOURSE_TERMS.has(term.term)) weight *= 0.2;
    weights.set(term.term, Math.max(weights.get(term.term) ?? 0, weight));
  }
  return weights;
}

/**
 * Words that ask for the kind of answer rather than name the topic: "mulai dari kapan", "tahun
 * berapa", "jumlahnya berapa", "lokasinya di mana". The answer holds a date, a figure or a place
 * instead of these words, so they count little when sentences are chosen.
 */
const KIND_WORDS: Partial<Record<QuestionKind, ReadonlySet<string>>> = {
  time: new Set(['mulai', 'sejak', 'kapan', 'tanggal', 'tahun', 'waktu', 'kala']),
  amount: new Set(['jumlah', 'banyak', 'besar']),
  place: new Set(['lokasi', 'alamat', 'letak', 'tempat']),
  person: new Set(['nama']),
};

/** "Selain logo, ...", "besides photos and prices, ...": what the user already has, not what they ask. */
const BESIDES = /\b(?:selain|kecuali|besides|apart from|other than|except(?: for)?)\s+([^,?.;]{1,60})/gi;

/**
 * The question's words that name what the user sets aside ("Selain foto dan harga, informasi apa
 * ..."): an answer about them is the one the user did not ask for, so they count little in choosing
 * sentences (retrieval still uses them to find the right document).
 */
export function setAside(question: string): Set<string> {
  const out = new Set<string>();
  for (const match of question.matchAll(BESIDES))
    for (const term of analyze(match[1]!, { slang: true, english: true })) out.add(term);
  return out;
}

/** A sentence that introduces causes ("Penyebab yang paling sering:"). */
const CAUSE_INTRO = /\b(penyebab|sebab|alasan|karena|akibat|why|because|reasons?)\b/i;

/** The best list of the top chunks that its introducing sentence announces as causes. */
function causeList(
  scored: ScoredUnit[][],
  top: RetrievedChunk[],
  weights: Map<string, number>,
  kind: QuestionKind,
) {
  const lists = scored.map((units) =>
    units.map((unit, i) => (isIntro(unit, units[i + 1]) && CAUSE_INTRO.test(unit.text) ? unit : undefined)),
  );
  const only = scored.map((units, c) =>
    units.filter(
      (unit) =>
        lists[c]!.includes(unit) ||
        (isMember(unit) && unit.intro !== undefined && lists[c]![unit.intro] !== undefined),
    ),
  );
  if (only.every((units) => units.length === 0)) return undefined;
  return bestBlock(only, top, weights, kind);
}

/** Only chunks near the best one compete for sentences; a weak tail chunk brings off-topic text. */
function topChunks(chunks: RetrievedChunk[]): RetrievedChunk[] {
  const best = chunks[0]?.score ?? 0;
  // Past the fifth, only the lead document's other sections: its answer is often a section away.
  return chunks
    .slice(0, 8)
    .filter(
      (chunk, i) => i === 0 || (chunk.score >= 0.4 * best && (i < 5 || chunk.path === chunks[0]!.path)),
    );
}

/**
 * Builds an answer without a language model, answer first: the unit that best states what was
 * asked (scored across the top chunks, see unit-score.ts) leads; a list it belongs to comes whole;
 * then at most two more units that add question words the answer lacks, and one caveat, within a
 * budget set by the question's kind. Units are copied verbatim, so figures stay whole; near-repeats
 * and sentences about the document itself are left out.
 */
export function composeExtractive(
  question: string,
  queryTerms: QueryTerm[],
  chunks: RetrievedChunk[],
  kind: QuestionKind = questionKind(question),
): Extract {
  const weights = termWeights(queryTerms);
  for (const term of setAside(question)) if (weights.has(term)) weights.set(term, weights.get(term)! * 0.25);
  for (const term of KIND_WORDS[kind] ?? [])
    if (weights.has(term)) weights.set(term, weights.get(term)! * 0.3);
  const top = topChunks(chunks);
  const scored = scoreUnits(top, weights, kind);
  const all = scored.flat().filter((unit) => unit.score > 0);
  if (all.length === 0) return { text: '', citations: [] };
  all.sort((a, b) => b.score - a.score);
  // "Berita tersebut tidak merinci ..." matching the question as well as the best answer does means
  // the knowledge knows it lacks this; quoting the neighbouring facts would be an evasive answer.
  const absence = scored
    .flat()
    .filter((unit) => unit.absence)
    .sort((a, b) => b.support - a.support)[0];
  const leadFits = ONE_FACT.has(kind) && kindFit(kind, all[0]!) > 1;
  // The question's most telling word (not a figure): what the knowledge must hold to answer.
  const heaviest = [...weights]
    .filter(([term]) => !/^\d[\d.,]*$/.test(term))
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const best = all[0]!;
  const absenceHolds = absence !== undefined && heaviest !== undefined && absence.hits.has(heaviest);
  if (
    absence &&
    best.support < 0.95 &&
    absence.hits.size >= 2 &&
    // The lead does not answer what was asked, and the knowledge says it lacks it ...
    ((!leadFits &&
      (absence.support >= 0.9 * best.support || (absenceHolds && absence.support >= 0.6 * best.support))) ||
      // ... or the lead answers something else: only the "not held" sentence names the asked thing.
      (absenceHolds && !best.hits.has(heaviest!)))
  )
    return { text: '', citations: [], absent: true };

  const listKind = kind === 'list' || kind === 'steps';
  let lead = all[0]!;
  let chosen: ScoredUnit[] = [lead];
  // "Kenapa untung tapi kas kosong?" is answered by the list of causes the knowledge gives, whole.
  const causes = kind === 'reason' ? causeList(scored, top, weights, kind) : undefined;
  if (causes && causes.score >= judge([lead], top[lead.chunk]!, top[0]!.score, weights, kind).score) {
    chosen = causes.units;
    lead = causes.units[0]!;
  }
  if (listKind) {
    // A list question is answered by a whole list: the best block, judged by its best unit and by
    // how much of the question its items cover together.
    const avoidAsked = asksToAvoid(question);
    const best = bestBlock(scored, top, weights, kind, avoidAsked);
    // A list replaces the best sentence when, judged the same way (with its section), it answers more.
    const alone = judge([lead], top[lead.chunk]!, top[0]!.score, weights, kind, avoidAsked);
    // Summed in another order, a list holding the sentence's own words can score a hair below it:
    // equal within rounding is a tie, and a tie goes to the whole list.
    const EPS = 1e-9;
    if (best && best.score >= alone.score - EPS && best.mass >= alone.mass - EPS) {
      chosen = best.units;
      lead = best.units[0]!;
    }
  }
  const units = scored[lead.chunk]!;
  // "Kemasan kain perlu tetap rapi ..." followed by its steps: a how-to gets the steps that follow.
  if (listKind && chosen.length === 1) {
    const start = [1, 2]
      .map((step) => lead.position + step)
      .find((i) => units[i] && (isMember(units[i]) || isIntro(units[i]!, units[i + 1])));
    if (start !== undefined) {
      const block = [units[start]!];
      for (let i = start + 1; i < units.length && isMember(units[i]); i++) block.push(units[i]!);
      if (start === lead.position + 2) block.unshift(units[lead.position + 1]!);
      // With its own introducing sentence the list stands first; the lead only restated the need.
      if (isIntro(block[0]!, block[1])) chosen = block;
      else chosen.push(...block);
      lead = chosen[0]!;
    }
  }
  // An answer that opens on "Angka ini ..." needs the sentence it points back to.
  const prev = units[lead.position - 1];
  if (
    chosen.length === 1 &&
    lead.kind === 'sentence' &&
    /^(ini|hal ini|angka ini|jumlah ini)\b/i.test(lead.text) &&
    prev?.kind === 'sentence' &&
    prev.score > 0
  )
    chosen.unshift(prev);

  // A sentence ending in ":" announces what follows (a formula, a list); it never ends an answer.
  const announced = units[chosen.at(-1)!.position + 1];
  if (chosen.at(-1)!.text.endsWith(':') && announced && announced.kind !== 'heading') chosen.push(announced);
  const chars = () => chosen.reduce((sum, unit) => sum + unit.text.length, 0);
  const leadChars = chars();
  const limit = listKind ? leadChars + 200 : Math.max(leadChars, BUDGET[kind]);
  const fits = (unit: ScoredUnit) => chars() + unit.text.length <= limit;
  let extras = 0;
  // What the writer says right after the answer sentence usually completes it (the result of a
  // calculation, the figure after its claim): it follows while it still speaks to the question.
  for (let i = chosen.at(-1)!.position + 1; i < units.length && extras < 2; i++) {
    const next = units[i]!;
    const relevant =
      next.score > 0 || (ONE_FACT.has(kind) && kindFit(kind, next) > 1 && next.kind !== 'heading');
    if (!relevant || !fits(next) || isIntro(next, units[i + 1]) || next.kind === 'heading') break;
    if (chosen.some((other) => overlap(other.terms, next.terms) > 0.6)) break;
    chosen.push(next);
    extras++;
  }
  const covered = () => new Set(chosen.flatMap((unit) => [...unit.hits]));
  for (const unit of all) {
    if (extras >= 2 || chars() >= limit) break;
    // Another source must be nearly as much to the point as the lead to earn a place.
    const bar = unit.chunk === lead.chunk ? 0.45 : 0.6;
    if (chosen.includes(unit) || unit.score < bar * lead.score || !fits(unit)) continue;
    if (chosen.some((other) => overlap(other.terms, unit.terms) > 0.6)) continue;
    // Another unit earns its place by adding question words the answer lacks.
    const have = covered();
    if (![...unit.hits].some((term) => !have.has(term)) && unit.score < 0.8 * lead.score) continue;
    if (isIntro(unit, scored[unit.chunk]![unit.position + 1])) continue;
    chosen.push(unit);
    extras++;
  }
  if (kind === 'amount' || kind === 'time') {
    const caveat = units.find(
      (unit) => CAVEAT.test(unit.text) && unit.text.length <= 200 && !chosen.includes(unit),
    );
    if (caveat && chars() + caveat.text.length <= limit + 120) chosen.push(caveat);
  }
  return render(chosen, top);
}
