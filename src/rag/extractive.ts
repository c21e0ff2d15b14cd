import type { Extract } from './answer-types.ts';
import { completeFollowUp } from './followup.ts';
import { askedAction, type QuestionKind, questionKind, questionParts } from './question-kind.ts';
import type { QueryTerm, RetrievedChunk } from './types.ts';
import {
  AVOID,
  asksForParts,
  asksToAvoid,
  bestBlock,
  causeList,
  isIntro,
  isMember,
  judge,
} from './list-blocks.ts';
import { render } from './render.ts';
import { composerWeights, termsOf, termWeights } from './term-weights.ts';
import {
  asksForDay,
  asksForDuration,
  countedNoun,
  kindFit,
  overlap,
  type ScoredUnit,
  scoreUnits,
} from './unit-score.ts';

export type { Citation, Extract } from './answer-types.ts';
export { type QuestionKind, questionKind, termWeights };

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
  reason: 450,
  list: 0,
  steps: 0,
  status: 300,
  general: 380,
};
/** A sentence that warns the figure may have moved since: the one caveat worth keeping. */
const CAVEAT =
  /\b(bisa|dapat|mungkin) (saja )?(berubah|bertambah|berkurang)|\b(angka|data|aturan|ketentuan) (yang )?terbaru\b|\bsewaktu-waktu\b/i;

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
  const top = topChunks(chunks);
  const parts = questionParts(question).slice(0, MAX_PARTS);
  if (parts.length < 2) return finish(choose(question, queryTerms, top, kind), top);
  // "Prive itu apa? Terus sama gak kayak gaji?": each question is answered in turn, the later ones
  // completed from the first ("sama gak [prive] kayak gaji"), from the same retrieved sections.
  const merged: ScoredUnit[] = [];
  let absent = false;
  for (const [i, part] of parts.entries()) {
    const asked = i === 0 ? part : completeFollowUp(part, parts[0]!).question;
    const terms = termsOf(asked, queryTerms);
    if (terms.length === 0) continue;
    const partKind = questionKind(asked);
    const answer = choose(asked, terms, top, partKind === 'general' && i === 0 ? kind : partKind);
    if (answer.absent) absent = true;
    for (const unit of answer.chosen)
      if (!merged.some((other) => other.chunk === unit.chunk && other.position === unit.position))
        merged.push(unit);
  }
  if (merged.length > 0) return render(merged, top);
  return absent
    ? { text: '', citations: [], absent: true }
    : finish(choose(question, queryTerms, top, kind), top);
}

/** The most questions of one message answered one by one. */
const MAX_PARTS = 3;

function finish(answer: Chosen, top: RetrievedChunk[]): Extract {
  if (answer.absent) return { text: '', citations: [], absent: true };
  return answer.chosen.length > 0 ? render(answer.chosen, top) : { text: '', citations: [] };
}

interface Chosen {
  chosen: ScoredUnit[];
  absent?: boolean;
}

/** The units that answer one question, lead first (see composeExtractive). */
function choose(
  question: string,
  queryTerms: QueryTerm[],
  top: RetrievedChunk[],
  kind: QuestionKind,
): Chosen {
  const weights = composerWeights(question, queryTerms, kind);
  const scored = scoreUnits(top, weights, kind, {
    counted: kind === 'amount' ? countedNoun(question) : undefined,
    day: kind === 'time' && asksForDay(question),
    duration: kind === 'amount' && asksForDuration(question),
  });
  // An item of a list of what to avoid ("Hal yang sebaiknya dihindari ...:") is no answer to how
  // to do it, whether it stands alone or in its list (judge() weighs the whole list the same way).
  if (!asksToAvoid(question))
    for (const units of scored)
      for (const unit of units)
        if (isMember(unit) && unit.intro !== undefined && AVOID.test(units[unit.intro]!.text))
          unit.score *= 0.5;
  const all = scored.flat().filter((unit) => unit.score > 0);
  if (all.length === 0) return { chosen: [] };
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
  const absent = absence?.absentHits ?? absence?.hits ?? new Set<string>();
  const absenceHolds = absence !== undefined && heaviest !== undefined && absent.has(heaviest);
  if (
    absence &&
    best.support < 0.95 &&
    absent.size >= 2 &&
    // The lead does not answer what was asked, and the knowledge says it lacks it ...
    ((!leadFits &&
      (absence.support >= 0.9 * best.support || (absenceHolds && absence.support >= 0.6 * best.support))) ||
      // ... or the lead answers something else: only the "not held" sentence names the asked thing.
      (absenceHolds && !best.hits.has(heaviest!)))
  )
    return { chosen: [], absent: true };

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
    const asked = {
      avoid: asksToAvoid(question),
      parts: asksForParts(question),
      action: askedAction(question),
    };
    const best = bestBlock(scored, top, weights, kind, asked);
    // A list replaces the best sentence when, judged the same way (with its section), it answers more.
    const alone = judge([lead], top[lead.chunk]!, top[0]!.score, weights, kind, asked);
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
  if (listKind && chosen.length === 1 && !isMember(lead)) {
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
    // The item after a one-item answer is its sibling in the list, not what completes it.
    if (chosen.length === 1 && isMember(lead) && isMember(next)) break;
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
  return { chosen: inReadingOrder(chosen) };
}

/**
 * The lead and what was chosen with it stay first; the other units follow grouped by section, in
 * the order the knowledge writes them, so that two sentences of one section read as they were written.
 */
function inReadingOrder(chosen: ScoredUnit[]): ScoredUnit[] {
  const lead = chosen[0];
  if (!lead) return chosen;
  let run = 1;
  while (
    run < chosen.length &&
    chosen[run]!.chunk === lead.chunk &&
    chosen[run]!.position === chosen[run - 1]!.position + 1
  )
    run++;
  const rest = chosen.slice(run);
  const order = [...new Set(rest.map((unit) => unit.chunk))];
  rest.sort((a, b) =>
    a.chunk === b.chunk ? a.position - b.position : order.indexOf(a.chunk) - order.indexOf(b.chunk),
  );
  return [...chosen.slice(0, run), ...rest];
}
