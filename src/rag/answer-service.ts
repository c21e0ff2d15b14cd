import { type AppError, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { hitungOffer } from '../finance/tool.ts';
import { detectLanguage } from '../text/analyze.ts';
import { focusCarries, confidence as scoreConfidence } from './confidence.ts';
import { composeExtractive, type Extract } from './extractive.ts';
import { validateQuestion } from './input.ts';
import type { InteractionLog } from './interaction-log.ts';
import { type Language, MESSAGES } from './messages.ts';
import { askedAction, questionParts } from './question-kind.ts';
import { leansBack, type QuestionKind, type Understanding, understandQuestion } from './question.ts';
import type { Tools } from './tools.ts';
import { statesAmount } from './unit-score.ts';
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
  /** false to leave no interaction record (the evaluation's questions are not users' questions). */
  record?: boolean;
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
  /** The question as understood: a follow-up completed from the earlier turns (else the question itself). */
  resolvedQuestion?: string;
  /** What the question asks for (a figure, a date, a list, ...), as the understanding step decided. */
  kind?: QuestionKind;
}

/** Writes an answer from retrieved chunks with an LLM; returns null to fall back to the extractive answer. */
export interface LlmComposer {
  compose(input: {
    question: string;
    language: Language;
    chunks: RetrievedChunk[];
    kind?: QuestionKind;
  }): Promise<Extract | null>;
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

type StepResult = Omit<AnswerResult, 'question' | 'language' | 'timings' | 'resolvedQuestion' | 'kind'> & {
  retrieveMs?: number;
};

const declined = (
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

/**
 * The one entry point for answering, in steps: validate, understand (language, kind, small talk,
 * follow-up completion, guards), try the structured tools, retrieve, judge whether the knowledge
 * supports an answer, compose (LLM when configured, else extractive), and log the interaction
 * whatever happened.
 */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const k = deps.k ?? 8;

  /** Deterministic tools first: criteria checks, DAK menus, the directory. The one place they are tried. */
  async function tryTools(u: Understanding, request: AnswerRequest): Promise<StepResult | undefined> {
    const tool = await deps.tools?.tryAnswer(u.resolved, {
      asked: u.text,
      location: request.location,
      history: request.history,
    });
    if (!tool) return undefined;
    return {
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
    };
  }

  /**
   * Retrieval on the understood question. A message that tells a story around its question is also
   * searched on its asking sentence alone; the search whose best document supports its own terms
   * better is kept, so the story's words ("pesanan dari luar pulau") cannot pull in another topic.
   */
  async function retrieve(u: Understanding, request: AnswerRequest) {
    const judge = (search: Awaited<ReturnType<Searcher['search']>>, focus?: string) =>
      scoreConfidence(search.queryTerms, search.chunks, {
        language: u.language,
        focus,
        names: u.names,
        action: askedAction(focus ?? u.resolved),
        questions: questionParts(focus ?? u.resolved),
      });
    const search = await deps.searcher.search(u.resolved, { k, filters: request.filters });
    const confidence = judge(search, u.focus);
    // An asking sentence that points back ("that term") needs the story it points to.
    if (!u.focus || leansBack(u.focus)) return { search, confidence };
    const focused = await deps.searcher.search(u.focus, { k, filters: request.filters });
    const focusedConfidence = judge(focused);
    return focusCarries(search.queryTerms, focused.queryTerms) &&
      focusedConfidence > confidence &&
      focused.chunks[0]?.path !== search.chunks[0]?.path
      ? { search: focused, confidence: focusedConfidence }
      : { search, confidence };
  }

  /** Writes the answer from the retrieved chunks: the LLM when configured and it passes its checks. */
  async function compose(
    u: Understanding,
    chunks: RetrievedChunk[],
    terms: Parameters<typeof composeExtractive>[1],
  ) {
    if (deps.llm) {
      const written = await deps.llm
        .compose({ question: u.resolved, language: u.language, chunks: chunks.slice(0, 5), kind: u.kind })
        .catch((error) => {
          deps.log.warn(
            { err: error, code: 'LLM_FAILED' },
            'LLM failed; falling back to the extractive answer',
          );
          return null;
        });
      if (written) return { extract: written, mode: 'llm' as const };
    }
    return {
      extract: composeExtractive(u.resolved, terms, chunks, u.kind),
      mode: 'extractive' as const,
    };
  }

  async function respond(u: Understanding, request: AnswerRequest): Promise<StepResult> {
    const messages = MESSAGES[u.language];
    if (u.smallTalk) {
      const answer = u.smallTalk === 'greeting' ? messages.greeting : messages.thanks;
      return { answer, answered: false, confidence: 0, outcome: 'smalltalk', mode: 'none', sources: [] };
    }
    if (u.guard === 'live-figure') return declined(messages.liveFigure, 'live-figure');
    if (u.guard === 'contact') return declined(messages.contact, 'contact');
    const tool = await tryTools(u, request);
    if (tool) return tool;

    const started = performance.now();
    const { search, confidence } = await retrieve(u, request);
    const retrieveMs = performance.now() - started;
    if (search.queryTerms.length === 0) return { ...declined(messages.noTerms, 'no-terms'), retrieveMs };
    if (confidence < deps.minConfidence || search.chunks.length === 0)
      return { ...declined(messages.unknown, 'low-confidence', confidence), retrieveMs };

    const { extract, mode } = await compose(u, search.chunks, search.queryTerms);
    if (extract.absent || extract.text === '')
      return { ...declined(messages.unknown, 'low-confidence', confidence), retrieveMs };
    // A "how much" question answered without any figure would be an evasive answer.
    if (u.kind === 'amount' && !statesAmount(extract.text, u.resolved))
      return { ...declined(messages.noFigure, 'no-figure', confidence), retrieveMs };
    return {
      answer: `${messages.englishNote}${extract.text}${hitungOffer(u.resolved)}`,
      answered: true,
      confidence,
      outcome: 'answered',
      mode,
      sources: toSources(extract),
      retrieveMs,
    };
  }

  function failed(error: unknown, request: AnswerRequest, language: Language): StepResult {
    const rejected = isAppError(error) && error.code.startsWith('INPUT_');
    const code = isAppError(error) ? error.code : 'UNEXPECTED';
    deps.log[rejected ? 'warn' : 'error'](
      { code, err: rejected ? undefined : error, length: request.text.length, channel: request.channel },
      rejected ? 'question rejected' : 'answering failed',
    );
    return {
      answer: rejected ? (error as AppError).userMessage : MESSAGES[language].error,
      answered: false,
      confidence: 0,
      outcome: rejected ? 'rejected' : 'error',
      mode: 'none',
      sources: [],
      errorCode: code,
    };
  }

  async function record(request: AnswerRequest, result: AnswerResult) {
    if (request.record === false) return undefined;
    return deps.interactions?.record({
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
  }

  return {
    async answer(request) {
      const started = performance.now();
      let language = detectLanguage(request.text.slice(0, 2_000));
      let understood: Understanding | undefined;
      let partial: StepResult;
      try {
        const text = validateQuestion(request.text, language);
        understood = understandQuestion(text, request.history ?? []);
        language = understood.language;
        partial = await respond(understood, request);
      } catch (error) {
        partial = failed(error, request, language);
      }
      const { retrieveMs = 0, ...rest } = partial;
      const total = performance.now() - started;
      const result: AnswerResult = {
        question: understood?.text ?? request.text,
        language,
        ...rest,
        timings: { retrieveMs: round(retrieveMs), answerMs: round(Math.max(0, total - retrieveMs)) },
        ...(understood ? { resolvedQuestion: understood.resolved, kind: understood.kind } : {}),
      };
      result.interactionId = await record(request, result);
      return result;
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
