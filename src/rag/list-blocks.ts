import type { QuestionKind } from './question-kind.ts';
import type { RetrievedChunk } from './types.ts';
import { analyzeKnown, type ScoredUnit } from './unit-score.ts';

export const isMember = (unit?: ScoredUnit) => unit?.kind === 'item' || unit?.kind === 'row';
/** A sentence ending in ":" that introduces the items or rows after it. */
export const isIntro = (unit: ScoredUnit, next?: ScoredUnit) =>
  !isMember(unit) && unit.text.endsWith(':') && isMember(next);

/** Words that announce steps: a how-to is answered by a list that says it is one. */
const STEPS_CUE = /\b(cara|caranya|langkah|tahap|tahapan|tips|panduan|urutan)\b/i;

/** A list of what not to do: it answers "what should I avoid", not "how do I do it". */
export const AVOID =
  /\b(hindari|dihindari|menghindari|jangan|kesalahan|keliru|larangan|dilarang|avoid|mistakes?)\b/i;

/** A section that explains why or what something is ("Kenapa ...", "Apa itu ..."). */
const WHY_OR_WHAT = /^(kenapa|mengapa|apa itu|apa yang dimaksud|manfaat|pentingnya|alasan)\b/i;

/**
 * How well a passage fits a how-to: one that announces steps fits best; one in a section that
 * explains why or what ("Kenapa uang usaha dan uang dapur tidak boleh dicampur") fits least.
 */
export function stepsFit(section: string, firstUnit: string): number {
  // A sentence that merely says "langkah pertama" mid-way announces no steps; one ending in ":" does.
  if (STEPS_CUE.test(section) || (firstUnit.endsWith(':') && STEPS_CUE.test(firstUnit))) return 1.2;
  return WHY_OR_WHAT.test(section.trim()) ? 0.85 : 1;
}

/** A question for what a thing is made of or must meet: its conditions, criteria, parts, marks. */
const PARTS =
  /\b(syarat(nya)?|persyaratan|kriteria(nya)?|ciri(-ciri|2)?(nya)?|komponen(nya)?|unsur(nya)?|requirements?|criteria)\b/i;

/**
 * Whether a list question asks for conditions or parts ("apa saja syarat ..."): a list of steps to
 * take ("Beberapa langkah yang bisa dilakukan:") answers what to do, not what is required, unless
 * the steps are what is asked ("langkah apa saja bila belum memenuhi syarat?").
 */
export const asksForParts = (question: string) => PARTS.test(question) && !STEPS_CUE.test(question);

/** Whether the question itself asks what to avoid ("apa yang harus dihindari?"). */
export const asksToAvoid = (question: string) => AVOID.test(question);

/** What the question asks besides its words: to avoid something, for parts or conditions, an action. */
export interface AskedFor {
  avoid?: boolean;
  parts?: boolean;
  /** The root of the action a how-to asks to be shown (see askedAction). */
  action?: string;
}

/** How much a passage under a heading that names the asked action counts for a how-to. */
const ACTION_SECTION = 1.25;

export interface Block {
  units: ScoredUnit[];
  score: number;
  /** Question weight the list holds together (its items, its introducing sentence, its section). */
  mass: number;
}

/**
 * The list of the top chunks that best answers a list or how-to question. A list is judged as one
 * answer: the question words its items, its introducing sentence and its section heading hold
 * together, its chunk's retrieval strength, and for a how-to whether it announces steps.
 */
export function bestBlock(
  scored: ScoredUnit[][],
  chunks: RetrievedChunk[],
  weights: Map<string, number>,
  kind: QuestionKind,
  asked: AskedFor = {},
): Block | undefined {
  const topScore = chunks[0]?.score || 1;
  let best: Block | undefined;
  scored.forEach((units, c) => {
    for (let i = 0; i < units.length; i++) {
      const startsBlock =
        isIntro(units[i]!, units[i + 1]) ||
        (isMember(units[i]) && !isMember(units[i - 1]) && !(i > 0 && isIntro(units[i - 1]!, units[i])));
      if (!startsBlock) continue;
      const block = [units[i]!];
      for (let j = i + 1; j < units.length && isMember(units[j]); j++) block.push(units[j]!);
      if (block.every((unit) => unit.score <= 0)) continue;
      const judged = judge(block, chunks[c]!, topScore, weights, kind, asked);
      if (!best || judged.score > best.score) best = judged;
    }
  });
  return best;
}

/**
 * A passage (a list, or a single sentence to compare it with) judged as one answer: the question
 * weight its units and its section heading hold together, its chunk's retrieval strength, and for
 * a how-to whether it announces steps.
 */
export function judge(
  units: ScoredUnit[],
  chunk: RetrievedChunk,
  topScore: number,
  weights: Map<string, number>,
  kind: QuestionKind,
  asked: AskedFor = {},
): Block {
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const section = analyzeKnown(chunk.section).filter((term) => weights.has(term));
  const union = new Set([...units.flatMap((unit) => [...unit.hits]), ...section]);
  let mass = 0;
  for (const term of union) mass += weights.get(term) ?? 0;
  const prior = 0.6 + 0.4 * Math.min(1, chunk.score / topScore);
  const cue = kind === 'steps' ? stepsFit(chunk.section, units[0]!.text) : 1;
  // "Cara misahinnya?" is answered under "Langkah memisahkan ...", not under "Kenapa ... dicampur".
  const action =
    kind === 'steps' && asked.action && analyzeKnown(chunk.section).includes(asked.action)
      ? ACTION_SECTION
      : 1;
  // "Hal yang sebaiknya dihindari ..." is the wrong list for "gimana caranya", unless avoiding is asked.
  const avoid = !asked.avoid && AVOID.test(`${chunk.section} ${units[0]!.text}`) ? 0.7 : 1;
  // "Apa saja syaratnya" is not answered by the steps to take when they are not met.
  const steps = asked.parts && kind === 'list' && STEPS_CUE.test(units[0]!.text) ? 0.75 : 1;
  return { units, score: (mass / total) * prior * cue * action * avoid * steps, mass };
}

/** A sentence that introduces causes ("Penyebab yang paling sering:"). */
const CAUSE_INTRO = /\b(penyebab|sebab|alasan|karena|akibat|why|because|reasons?)\b/i;

/** The best list of the top chunks that its introducing sentence announces as causes. */
export function causeList(
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
