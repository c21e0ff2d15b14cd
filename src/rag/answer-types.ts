/**
 * The shape of a composed extractive answer. Kept apart from extractive.ts so render.ts can use it
 * without importing the composer that imports it.
 */
import type { Language } from './messages.ts';
import type { QuestionKind } from './question-kind.ts';
import type { FiredRule } from './rules.ts';
import type { RetrievedChunk } from './types.ts';

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

export interface AnswerSource {
  n: number;
  title: string;
  path: string;
  section: string;
  score: number;
  source: string;
  asOf: string;
}

export type Outcome = 'answered' | 'declined' | 'clarify' | 'smalltalk' | 'rejected' | 'error';

/** A topic offered when a message is close to several cards ("maksudnya yang mana?"). */
export interface AnswerChoice {
  cardId: string;
  label: string;
}

/** What the answering step understood and decided: `ask --explain`, the workspace, the log. */
export interface AnswerTrace {
  asking?: string;
  context?: string;
  cards: { id: string; section: string; score: number; matched: string }[];
  chunks: { path: string; section: string; score: number }[];
  /** The card that answered, when one did. */
  card?: string;
  rules: FiredRule[];
  /** The interaction whose choices this answer was picked from. */
  chosenFrom?: number;
}

export interface AnswerResult {
  question: string;
  answer: string;
  answered: boolean;
  confidence: number;
  language: Language;
  outcome: Outcome;
  mode: 'card' | 'extractive' | 'llm' | 'tool' | 'none';
  /** The topics offered when the outcome is 'clarify'. */
  choices?: AnswerChoice[];
  trace?: AnswerTrace;
  sources: AnswerSource[];
  timings: { retrieveMs: number; answerMs: number };
  /** Why a question was declined: too little support in the knowledge, or a kind the knowledge never holds. */
  declineReason?: 'no-terms' | 'live-figure' | 'contact' | 'low-confidence' | 'no-figure' | 'not-held';
  /** Stable code when the question was rejected or failed (INPUT_EMPTY, DB_UNAVAILABLE, ...). */
  errorCode?: string;
  /** The stored interaction's id (null when it went to the fallback file or no log is configured). */
  interactionId?: number | null;
  /** The question as understood: a follow-up completed from the earlier turns (else the question itself). */
  resolvedQuestion?: string;
  /** What the question asks for (a figure, a date, a list, ...), as the understanding step decided. */
  kind?: QuestionKind;
}

/** Writes an answer from retrieved chunks with an LLM; returns null to fall back to the extractive answer. */

/** What one step of answering decided, before the question, language and timings are added. */
export type StepResult = Omit<
  AnswerResult,
  'question' | 'language' | 'timings' | 'resolvedQuestion' | 'kind'
> & {
  retrieveMs?: number;
};

/** A decline with its reason and no sources. */
export const declined = (
  answer: string,
  declineReason: AnswerResult['declineReason'],
  confidence = 0,
): StepResult => ({
  answer,
  answered: false,
  confidence,
  outcome: 'declined',
  declineReason,
  mode: 'none',
  sources: [],
});
