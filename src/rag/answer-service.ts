import { type AppError, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { hitungOffer } from '../finance/tool.ts';
import { detectLanguage } from '../text/analyze.ts';
import { confidence as scoreConfidence } from './confidence.ts';
import { composeExtractive, type Extract, questionKind } from './extractive.ts';
import { asksForContact, asksForLiveFigure, smallTalk } from './guards.ts';
import { validateQuestion } from './input.ts';
import type { InteractionLog } from './interaction-log.ts';
import { type Language, MESSAGES } from './messages.ts';
import type { Tools } from './tools.ts';
import type { RetrievedChunk, Searcher, SearchFilters } from './types.ts';

export interface AnswerRequest {
  text: string;
  channel?: string;
  userRef?: string;
  filters?: SearchFilters;
  /** A shared location (Telegram), for "sentra terdekat". */
  location?: { latitude: number; longitude: number };
  /** The conversation's recent turns, oldest first, so that a follow-up ("kalau untuk keripik?") is understood. */
  history?: ConversationTurn[];
  /** Pseudonymous chat id, logged with the interaction. */
  chatRef?: string;
  /** Telegram's update_id: a re-delivered update is stored once. */
  updateId?: number;
}

/** One earlier exchange of the same conversation. */
export interface ConversationTurn {
  question: string;
  answer: string;
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

export type Outcome = 'answered' | 'declined' | 'smalltalk' | 'rejected' | 'error';

export interface AnswerResult {
  question: string;
  answer: string;
  answered: boolean;
  confidence: number;
  language: Language;
  outcome: Outcome;
  mode: 'extractive' | 'llm' | 'tool' | 'none';
  sources: AnswerSource[];
  timings: { retrieveMs: number; answerMs: number };
  /** Why a question was declined: too little support in the knowledge, or a kind the knowledge never holds. */
  declineReason?: 'no-terms' | 'live-figure' | 'contact' | 'low-confidence' | 'no-figure';
  /** Stable code when the question was rejected or failed (INPUT_EMPTY, DB_UNAVAILABLE, ...). */
  errorCode?: string;
  /** The stored interaction's id (null when it went to the fallback file or no log is configured). */
  interactionId?: number | null;
}

/** Writes an answer from retrieved chunks with an LLM; returns null to fall back to the extractive answer. */
export interface LlmComposer {
  compose(input: { question: string; language: Language; chunks: RetrievedChunk[] }): Promise<Extract | null>;
}

export interface AnswerServiceDeps {
  searcher: Searcher;
  log: Logger;
  interactions?: InteractionLog;
  llm?: LlmComposer;
  /** Structured tools (criteria check, DAK menus, directory) tried before retrieval. */
  tools?: Tools;
  /** Below this confidence the service declines and hands the question to a mentor. */
  minConfidence: number;
  k?: number;
}

export interface AnswerService {
  answer(request: AnswerRequest): Promise<AnswerResult>;
}

function toSources(extract: Extract): AnswerSource[] {
  return extract.citations.map(({ n, chunk }) => ({
    n,
    title: chunk.title,
    path: chunk.path,
    section: chunk.section,
    score: Math.round(chunk.score * 1000) / 1000,
    source: chunk.source,
    asOf: chunk.asOf,
  }));
}

/**
 * The one entry point for answering: validate, try the structured tools, retrieve, decide whether
 * the knowledge is good enough, compose (LLM when configured, else extractive), and log the
 * interaction whatever happened.
 */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const k = deps.k ?? 8;

  async function respond(
    request: AnswerRequest,
    question: string,
    language: Language,
    started: number,
  ): Promise<AnswerResult> {
    const messages = MESSAGES[language];
    const base = { question, language, sources: [] as AnswerSource[] };
    const talk = smallTalk(question);
    if (talk) {
      return {
        ...base,
        answer: talk === 'greeting' ? messages.greeting : messages.thanks,
        answered: false,
        confidence: 0,
        outcome: 'smalltalk',
        mode: 'none',
        timings: { retrieveMs: 0, answerMs: performance.now() - started },
      };
    }
    const tool = await deps.tools?.tryAnswer(question, {
      location: request.location,
      history: request.history,
    });
    if (tool) {
      return {
        ...base,
        answer: tool.answer,
        answered: tool.answered,
        confidence: tool.answered ? 1 : 0,
        outcome: tool.answered ? 'answered' : 'declined',
        ...(tool.answered ? {} : { declineReason: 'low-confidence' as const }),
        mode: 'tool',
        sources: [
          {
            n: 1,
            title: tool.source.title,
            path: tool.source.path ?? `tool:${tool.tool}`,
            section: tool.source.section,
            score: 1,
            source: tool.source.source,
            asOf: tool.source.asOf,
          },
        ],
        timings: { retrieveMs: performance.now() - started, answerMs: 0 },
      };
    }
    const search = await deps.searcher.search(question, { k, filters: request.filters });
    const retrieveMs = performance.now() - started;
    const confidence = scoreConfidence(search.queryTerms, search.chunks[0]);
    const composeStart = performance.now();
    const decline = (answer: string, declineReason: AnswerResult['declineReason']): AnswerResult => ({
      ...base,
      answer,
      answered: false,
      confidence,
      outcome: 'declined',
      declineReason,
      mode: 'none',
      timings: { retrieveMs, answerMs: performance.now() - composeStart },
    });
    if (search.queryTerms.length === 0) return decline(messages.noTerms, 'no-terms');
    if (asksForLiveFigure(question)) return decline(messages.liveFigure, 'live-figure');
    if (asksForContact(question)) return decline(messages.contact, 'contact');
    if (confidence < deps.minConfidence || search.chunks.length === 0)
      return decline(messages.unknown, 'low-confidence');

    let extract: Extract | null = null;
    let mode: AnswerResult['mode'] = 'extractive';
    if (deps.llm) {
      extract = await deps.llm
        .compose({ question, language, chunks: search.chunks.slice(0, 5) })
        .catch((error) => {
          deps.log.warn(
            { err: error, code: 'LLM_FAILED' },
            'LLM failed; falling back to the extractive answer',
          );
          return null;
        });
      if (extract) mode = 'llm';
    }
    extract ??= composeExtractive(question, search.queryTerms, search.chunks);
    // A "how much" question answered without any figure would be an evasive answer.
    if (questionKind(question) === 'amount' && !/\d/.test(extract.text))
      return decline(messages.noFigure, 'no-figure');
    return {
      ...base,
      answer: `${messages.englishNote}${extract.text}${hitungOffer(question)}`,
      answered: true,
      confidence,
      outcome: 'answered',
      mode,
      sources: toSources(extract),
      timings: { retrieveMs, answerMs: performance.now() - composeStart },
    };
  }

  return {
    async answer(request) {
      const language = detectLanguage(request.text.slice(0, 2_000));
      const started = performance.now();
      let result: AnswerResult;
      try {
        result = await respond(request, validateQuestion(request.text, language), language, started);
      } catch (error) {
        const rejected = isAppError(error) && error.code.startsWith('INPUT_');
        const code = isAppError(error) ? error.code : 'UNEXPECTED';
        deps.log[rejected ? 'warn' : 'error'](
          { code, err: rejected ? undefined : error, length: request.text.length, channel: request.channel },
          rejected ? 'question rejected' : 'answering failed',
        );
        result = {
          question: request.text,
          language,
          sources: [],
          confidence: 0,
          answer: rejected ? (error as AppError).userMessage : MESSAGES[language].error,
          answered: false,
          outcome: rejected ? 'rejected' : 'error',
          mode: 'none',
          errorCode: code,
          timings: { retrieveMs: performance.now() - started, answerMs: 0 },
        };
      }
      result.timings = {
        retrieveMs: round(result.timings.retrieveMs),
        answerMs: round(result.timings.answerMs),
      };
      result.interactionId = await deps.interactions?.record({
        channel: request.channel ?? 'cli',
        userRef: request.userRef,
        chatRef: request.chatRef,
        updateId: request.updateId,
        mode: result.mode,
        question: request.text,
        language: result.language,
        answer: result.answer,
        answered: result.answered,
        confidence: result.confidence,
        outcome: result.outcome,
        sources: result.sources,
        timings: result.timings,
        error: result.errorCode,
      });
      return result;
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
