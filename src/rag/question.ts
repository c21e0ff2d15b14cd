import { detectLanguage } from '../text/analyze.ts';
import { asks, splitAsking } from '../text/lexicon.ts';
import { completeFollowUp } from './followup.ts';
import { givesOwnFigures } from '../finance/tool.ts';
import { asksForContact, asksForLiveFigure, smallTalk } from './guards.ts';
import type { Language } from './messages.ts';
import { askingPart, type QuestionKind, questionKind } from './question-kind.ts';

// Re-exported so callers keep one entry point for understanding a question.
export { askingPart, type QuestionKind, questionKind };

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
  /** The earlier question's subject a follow-up borrowed ("sentra tas tanggulangin" for "koperasinya apa namanya?"). */
  subject?: string;
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
  /**
   * Set when the message was completed from the previous question because that reading matched a card
   * clearly better (followup.by-evidence): the best card scores of both readings.
   */
  evidence?: { alone: number; together: number };
  /** The resolved question read as its story and the sentences that ask (splitAsking, read once). */
  parts: ReturnType<typeof splitAsking>;
}

/** Capitalised words that do not open a sentence: names of places, firms, schemes. */
export function namesIn(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s|^)(?<=\s|["'(])(\p{Lu}[\p{L}-]+)/gu))
    out.add(match[1]!.toLowerCase());
  return [...out];
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
export function understandQuestion(
  text: string,
  history: readonly PriorTurn[] = [],
  options: { forceFollowUp?: boolean } = {},
): Understanding {
  const language = detectLanguage(text);
  const talk = smallTalk(text);
  if (talk)
    return {
      text,
      resolved: text,
      followUp: false,
      language,
      kind: 'general',
      smallTalk: talk,
      names: [],
      parts: splitAsking(text),
    };
  // Earlier turns are completed in order, so a follow-up of a follow-up keeps the original topic.
  let previous: string | undefined;
  for (const turn of history.slice(-4)) {
    if (smallTalk(turn.question)) continue;
    // A turn that asks nothing ("sy udh punya NIB tp blm pny toko online") tells; the question before it
    // stays what a later "trs yg itu bayar gk?" points back at.
    if (previous && !asks(turn.question)) continue;
    previous = previous ? completeFollowUp(turn.question, previous).question : turn.question;
  }
  const completion: ReturnType<typeof completeFollowUp> = previous
    ? completeFollowUp(text, previous, { force: options.forceFollowUp })
    : { question: text, followUp: false };
  const resolved = completion.question;
  const parts = splitAsking(resolved);
  // The kind comes from the user's own words first; an elliptical "kalau keripik?" asks what the
  // previous question asked.
  const own = questionKind(text);
  const kind = own === 'general' && completion.followUp ? questionKind(resolved) : own;
  // A message that brings its own prices ("laku 300, harga 55rb, ... untung bersih brp?") asks for a
  // calculation, not for today's prices.
  // The sentences that ask decide it, not the story: "kulit harganya naik terus. gmn ngitung harga
  // jual?" asks how to price, not for today's leather price.
  const guard =
    asksForLiveFigure(parts.asking) && !givesOwnFigures(text)
      ? 'live-figure'
      : asksForContact(text)
        ? 'contact'
        : undefined;
  const focus = completion.followUp ? undefined : askingPart(text);
  return {
    text,
    resolved,
    followUp: completion.followUp,
    ...(completion.subject ? { subject: completion.subject } : {}),
    language,
    kind,
    names: namesIn(resolved),
    parts,
    ...(guard ? { guard } : {}),
    ...(focus ? { focus } : {}),
  };
}
