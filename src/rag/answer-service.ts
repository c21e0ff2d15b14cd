import { type AppError, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { briefAskBack, givesOwnFigures, hitungOffer, hitungToolAnswer } from '../finance/tool.ts';
import { analyze, detectLanguage } from '../text/analyze.ts';
import { focusCarries, confidence as scoreConfidence } from './confidence.ts';
import {
  type AnswerChoice,
  type AnswerResult,
  type AnswerSource,
  type AnswerTrace,
  declined,
  type Outcome,
  type StepResult,
} from './answer-types.ts';
import { cardStep, createCardAnswers } from './cards/answer.ts';
import { composeExtractive, type Extract } from './extractive.ts';
import { validateQuestion } from './input.ts';
import type { InteractionLog } from './interaction-log.ts';
import { type Language, MESSAGES } from './messages.ts';
import { askedAction, questionKind, questionParts } from './question-kind.ts';
import { leansOnItsSubject, pointsBack } from './followup.ts';
import { leansBack, type QuestionKind, type Understanding, understandQuestion } from './question.ts';
import { asksSentraCriteria, isDakQuestion, type Tools } from './tools.ts';
import { kindFit, statesAmount } from './unit-score.ts';
import type { CardsRepo } from '../db/cards-repo.ts';
import type { CardStore } from './cards/store.ts';
import { type RuleName, type RuleSet, ruleSet } from './rules.ts';
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
export type { AnswerChoice, AnswerResult, AnswerSource, AnswerTrace, Outcome };

export interface ConversationTurn {
  question: string;
  answer: string;
}

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
  /** Answer cards: matched question to question before sentences are picked. */
  cards?: CardStore;
  /** Where a user's chosen topic is kept as a candidate variant for a mentor to accept. */
  cardsRepo?: Pick<CardsRepo, 'addVariant' | 'sectionText'>;
  /** The named weights in force (RULES, with any evaluation overrides). */
  rules?: RuleSet;
}

export interface AnswerService {
  answer(request: AnswerRequest): Promise<AnswerResult>;
  /**
   * Answers with one card: the user picked it from the choices offered for `request.text`
   * (`chosenFrom` is that interaction). The pick is kept as a candidate variant of the card.
   */
  answerCard?(request: AnswerRequest & { cardId: string; chosenFrom?: number }): Promise<AnswerResult>;
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
 * A question of a calculation's message that is part of the calculation ("hpp nya brp per bungkus?", "dan itu
 * brp persen dr omzet?", "what's the cost per scarf?"): a figure or a word of money asked.
 */
const ASKS_MONEY =
  /(?<!\p{L})\d|%|\b(hpp|harga|jual\w*|untung\w*|laba|rugi|persen|margin|markup|bep|impas|balik modal|modal\w*|biaya|ongkos|omzet|omset|berapa|brp|brapa|cost|costs|price|profit|break[- ]?even|how much|how many|percent)\b/iu;

/**
 * The one entry point for answering, in steps: validate, understand (language, kind, small talk,
 * follow-up completion, guards), try the structured tools, retrieve, judge whether the knowledge
 * supports an answer, compose (LLM when configured, else extractive), and log the interaction
 * whatever happened.
 */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const k = deps.k ?? 8;
  const rules = deps.rules ?? ruleSet();
  const cards = createCardAnswers({ cards: deps.cards, cardsRepo: deps.cardsRepo, rules, log: deps.log });

  /**
   * The cards for a message: its asking sentence matched question to question, the story's words as
   * tie-breakers, and a card whose section the lexical search also ranks first moved up.
   */
  /** Deterministic tools first: criteria checks, DAK menus, the directory. The one place they are tried. */
  async function tryTools(
    u: Understanding,
    request: AnswerRequest,
  ): Promise<{ step: StepResult; asksBack: boolean; tool: string } | undefined> {
    const tool = await deps.tools?.tryAnswer(u.resolved, {
      asked: u.text,
      location: request.location,
      history: request.history,
    });
    if (!tool) return undefined;
    const step: StepResult = {
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
    return { step, asksBack: tool.asksBack === true, tool: tool.tool };
  }

  /**
   * A criteria or DAK check or a calculation answers one question of a message that asks two or three things ("does our
   * village qualify? and can DAK pay for a bamboo splitter?"): every other question is answered on its own
   * (another tool, or a card) and follows the tool's answer, its sources numbered on (tools.rest-answered).
   */
  async function answerTheRest(
    first: StepResult,
    u: Understanding,
    request: AnswerRequest,
    toolName: string,
    asksBack: boolean,
  ): Promise<StepResult> {
    const tool = first.sources[0]?.path;
    const owns =
      toolName === 'sentra-criteria'
        ? asksSentraCriteria
        : toolName === 'dak-check'
          ? isDakQuestion
          : // "harga jual per batang jadi brp? trs kemasan penting gak buat toko oleh2?": a calculation answers
            // its own questions, the knowledge the rest
            toolName === 'hitung' && !asksBack
            ? (question: string) => ASKS_MONEY.test(question) || hitungToolAnswer(question) !== undefined
            : // "Which cluster is known for bags, and is there a cooperative of the makers?": the directory
              // lists the clusters, the knowledge answers the rest
              toolName === 'directory' && deps.tools
              ? (question: string) => deps.tools!.asksDirectory(question)
              : undefined;
    if (
      !owns ||
      !first.answered ||
      rules['tools.rest-answered'] <= 0 ||
      u.followUp ||
      u.parts.questions.length < 2
    )
      return first;
    let answer = first.answer;
    const sources = [...first.sources];
    const fired: string[] = [];
    // One answer once: a question the tool or an earlier question's answer already answered adds nothing.
    const said = (s: StepResult['sources'][number]) =>
      sources.some((o) => o.path === s.path && o.section === s.section);
    // Each question is read after the one before it, as a turn of a conversation: "dan usulannya lewat
    // dinas?" after a question about DAK is about DAK's proposals.
    let before: { question: string; answer: string }[] = [];
    for (const question of u.parts.questions) {
      // After a calculation the rest stands alone: read after "harga jual brp?", "trs kemasan penting gak?"
      // would be taken for more of the calculation.
      const history = toolName === 'hitung' ? [] : before;
      before = [{ question, answer: '' }];
      if (owns(question)) continue;
      const understood = understandQuestion(question, history);
      // "kami masuk yg mana?" after the tool's question names nothing to answer on its own: one word
      // of its own ("masuk") would find a card about money coming in.
      if (!understood.followUp && analyze(question, { slang: true }).length < 2) continue;
      const step = await respond(understood, { ...request, history });
      if (
        !step.answered ||
        step.outcome !== 'answered' ||
        step.sources[0]?.path === tool ||
        (step.sources[0] !== undefined && said(step.sources[0]))
      )
        continue;
      const offset = sources.length;
      answer += `\n\n${step.answer.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + offset}]`)}`;
      sources.push(...step.sources.map((s) => ({ ...s, n: s.n + offset })));
      fired.push(
        `"${question}" -> ${step.mode === 'tool' ? step.sources[0]?.path : (step.trace?.card ?? step.mode)}`,
      );
    }
    if (fired.length === 0) return first;
    return {
      ...first,
      answer,
      sources,
      trace: {
        cards: [],
        chunks: [],
        rules: [{ rule: 'tools.rest-answered', effect: `after ${tool}: ${fired.join('; ')}` }],
      },
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

  /**
   * A short message in a conversation that names a topic of its own words ("skrg dipake brp ikm?",
   * "trus yg ngajuin siapa? dinas kabupaten ato provinsi?") may still be about the previous question's
   * subject: it is read both ways, and completed from the previous question when that reading matches a
   * card clearly better (followup.by-evidence). A question that stands alone matches better alone and is
   * left as written.
   */
  async function readAsFollowUp(u: Understanding, request: AnswerRequest): Promise<Understanding> {
    const margin = rules['followup.by-evidence'];
    const history = request.history ?? [];
    if (margin <= 0 || u.followUp || u.smallTalk || history.length === 0) return u;
    // Short: "trus yg ngajuin siapa? dinas kabupaten ato provinsi?" is one question in two parts. A story
    // beside an asking sentence that names only "its ..." ("alamatnya persisnya di mn ya? mau mampir pas
    // ke lampung") may not name what "its" is: the previous question may (followup.leaning-story).
    const leaning =
      u.parts.context !== '' && rules['followup.leaning-story'] > 0 && leansOnItsSubject(u.parts.asking);
    if (
      (u.parts.context !== '' && !leaning) ||
      (leaning ? u.parts.asking : u.text).split(/\s+/).length > rules['followup.evidence-words']
    )
      return u;
    // The asking sentence is completed, the story stays beside it as the story: "(subject)?" after the
    // story would turn the story into a second question.
    const read = understandQuestion(leaning ? u.parts.asking : u.text, history, { forceFollowUp: true });
    const completed = leaning
      ? { ...read, text: u.text, parts: { ...read.parts, context: u.parts.context } }
      : read;
    if (!completed.followUp || completed.resolved === u.resolved) return u;
    const [alone, together] = await Promise.all([cards.bestScore(u), cards.bestScore(completed)]);
    // A message that says it goes on ("trus itu ...?", "selain DAK ...?") keeps the previous subject
    // unless its own words match clearly better; one that does not say so needs the subject to help.
    const needed = pointsBack(u.text) ? -margin : margin;
    return together >= alone + needed && together >= rules['card.low-bar']
      ? { ...completed, evidence: { alone, together } }
      : u;
  }

  async function respond(u: Understanding, request: AnswerRequest): Promise<StepResult> {
    const messages = MESSAGES[u.language];
    if (u.smallTalk) {
      const answer = u.smallTalk === 'greeting' ? messages.greeting : messages.thanks;
      return { answer, answered: false, confidence: 0, outcome: 'smalltalk', mode: 'none', sources: [] };
    }
    if (u.guard === 'live-figure') return declined(messages.liveFigure, 'live-figure');
    if (u.guard === 'contact') return declined(messages.contact, 'contact');
    const found = await tryTools(u, request);
    // A calculator that can only ask for a figure competes with the knowledge on a message that asks
    // two or more things: when the cards answer each question, they do (tools.asks-back-yields).
    // Two questions, not one calculation split at a comma: at least one of them gives no figure.
    const yields =
      found?.asksBack === true &&
      u.parts.questions.length >= 2 &&
      u.parts.questions.some((q) => !givesOwnFigures(q)) &&
      rules['tools.asks-back-yields'] > 0;
    // "gmn cara ngitung HPP yg bener?" with a figure or two of the asker's story asks for the way: the
    // knowledge answers it, and the calculator's question back follows (tools.method-yields).
    // Asked with no figures at all ("gimana ngitung potongan admin shopee"), the calculator's question
    // back is the answer: it says what to send.
    const method =
      found?.asksBack === true &&
      rules['tools.method-yields'] > 0 &&
      questionKind(u.parts.asking) === 'steps' &&
      givesOwnFigures(u.text);
    const started = performance.now();
    const trace: AnswerTrace = { cards: [], chunks: [], rules: [] };
    if (u.evidence)
      trace.rules.push({
        rule: 'followup.by-evidence',
        effect: `read with the previous question's subject ("${u.resolved}"): best card ${u.evidence.together.toFixed(3)} against ${u.evidence.alone.toFixed(3)} alone`,
      });
    // The lexical search runs only when its answer could still matter: no card is certain yet.
    let searched: Awaited<ReturnType<typeof retrieve>> | undefined;
    const search = async () => {
      if (!searched) {
        searched = await retrieve(u, request);
        trace.chunks = searched.search.chunks
          .slice(0, 3)
          .map((c) => ({ path: c.path, section: c.section, score: Math.round(c.score * 1000) / 1000 }));
      }
      return searched;
    };
    const reading =
      found && !yields && !method && rules['tools.scope-card-wins'] <= 0
        ? {}
        : await cards.read(u, trace, async () => (await search()).search.chunks.slice(0, 3));
    let retrieveMs = performance.now() - started;
    // A tool answers the message unless the cards decline it as out of scope (tools.scope-card-wins).
    if (found && !yields && !method) {
      const declines =
        trace.rules.some((r) => r.rule === 'card.out-of-scope') &&
        (reading.answer?.confidence ?? 0) >= rules['tools.scope-card-wins'] &&
        (reading.scopeLead ?? 1) >= rules['tools.scope-card-lead'];
      if (!declines || !reading.answer)
        return answerTheRest(found.step, u, request, found.tool, found.asksBack);
      trace.rules.push({
        rule: 'tools.scope-card-wins',
        effect: `the tool's answer yields: ${trace.card} (${reading.answer.confidence}) declines the message`,
      });
      return { ...reading.answer, trace, retrieveMs };
    }
    if (found && method && !yields) {
      // The card that answers, else (no card is certain) the closest card of the section the calculator
      // follows: the calculator's reading of the message and the cards' agree on the topic.
      const followed = found.step.sources[0];
      const near =
        !reading.answer && followed ? reading.sectionCard?.(followed.path, followed.section) : undefined;
      const step =
        reading.answer?.answered && reading.answer.mode === 'card'
          ? reading.answer
          : near
            ? await cards.pick({ cardId: near.card.id, text: u.text, language: u.language, record: false })
            : undefined;
      if (step) {
        if (near) trace.card = near.card.id;
        const brief = briefAskBack(found.step.answer);
        trace.rules.push({
          rule: 'tools.method-yields',
          effect: `the message asks how; the calculator could only ask for a figure: ${trace.card} answers${near ? ' (the closest card of the section the calculator follows)' : ''}${brief ? ', the question back follows' : ''}`,
        });
        // The question back replaces the general offer to work it out.
        const offer = hitungOffer(u.resolved);
        const said = offer && brief ? step.answer.replace(offer, '') : step.answer;
        return {
          ...step,
          answer: brief ? `${said}\n\n${brief}` : said,
          confidence: near ? Math.round(near.score * 1000) / 1000 : step.confidence,
          trace,
          retrieveMs,
        };
      }
    }
    if (found) {
      if (!yields || !reading.answer || reading.answer.sources.length < 2) return found.step;
      trace.rules.push({
        rule: 'tools.asks-back-yields',
        effect: 'the calculator could only ask for a figure; the cards answer each question of the message',
      });
    }
    if (reading.answer) return { ...reading.answer, trace, retrieveMs };
    const unsure = (step: StepResult): StepResult => {
      if (reading.choiceCard) trace.card = reading.choiceCard;
      return reading.choices ? { ...reading.choices, trace, retrieveMs } : { ...step, trace, retrieveMs };
    };
    const { search: lexical, confidence } = await search();
    retrieveMs = performance.now() - started;
    if (lexical.queryTerms.length === 0 && !reading.choices)
      return { ...declined(messages.noTerms, 'no-terms'), trace, retrieveMs };
    if (confidence < deps.minConfidence || lexical.chunks.length === 0)
      return unsure(declined(messages.unknown, 'low-confidence', confidence));

    const { extract, mode } = await compose(u, lexical.chunks, lexical.queryTerms);
    if (extract.absent || extract.text === '')
      return unsure(declined(messages.unknown, 'low-confidence', confidence));
    // A card the cards' reading let answer under the bar (the classifier agrees, the one topic within
    // reach) answers before sentences picked from another section (card.choice-over-extract).
    // Not when the message holds a word no card knows ("daftar pameran Inacraft"): the search may have
    // found what the cards never saw, a mentor's new document (card.classifier-unknown).
    const chosen = reading.choiceCard ? reading.choices?.sources[0] : undefined;
    const cited = extract.citations[0]?.chunk;
    const unseen = trace.rules.some((r) => r.rule === 'card.classifier-unknown');
    if (
      rules['card.choice-over-extract'] > 0 &&
      !unseen &&
      reading.choices?.answered &&
      chosen &&
      cited &&
      (cited.path !== chosen.path || cited.section !== chosen.section)
    ) {
      trace.rules.push({
        rule: 'card.choice-over-extract',
        effect: `${reading.choiceCard} answers; the search's sentences come from another section ("${cited.section}")`,
      });
      // unsure() gives the cards' answer (reading.choices); the decline is only its fallback
      return unsure(declined(messages.unknown, 'low-confidence', confidence));
    }
    // A "how much" question answered without any figure would be an evasive answer.
    if (u.kind === 'amount' && !statesAmount(extract.text, u.resolved))
      return unsure(declined(messages.noFigure, 'no-figure', confidence));
    // Indonesian sentences under an English question help little: the section the search answers
    // from may have a card with an English answer. A name, a place, a date
    // or a figure reads the same in both languages: such questions keep the sentence that holds it.
    const factoid = u.kind === 'amount' || u.kind === 'time' || u.kind === 'person' || u.kind === 'place';
    // The search answers from a section that has a card within reach of the low bar: the card's answer,
    // written for the question, leads instead of sentences picked by their words. In Indonesian
    // (card.section-card-leads) a question asking how much, when, who or where keeps the sentences unless
    // the card's answer states one; in English (card.english-from-section) such questions keep them.
    const match =
      mode === 'extractive' && cited ? reading.sectionCard?.(cited.path, cited.section) : undefined;
    const fromSection = (
      found: NonNullable<typeof match>,
      rule: RuleName,
      effect: string,
      language: Language,
    ) => {
      trace.card = found.card.id;
      trace.rules.push({ rule, effect });
      return {
        ...cardStep(found.card, language, Math.max(found.score, confidence), hitungOffer(u.resolved)),
        trace,
        retrieveMs,
      };
    };
    if (
      match &&
      u.language !== 'en' &&
      rules['card.section-card-leads'] > 0 &&
      (!factoid ||
        (u.kind === 'amount'
          ? statesAmount(match.card.jawab, u.resolved)
          : kindFit(u.kind, { text: match.card.jawab, kind: 'sentence', position: 0 }) > 1))
    )
      return fromSection(
        match,
        'card.section-card-leads',
        `${match.card.id} (${Math.round(match.score * 1000) / 1000}) answers: the search answers from its section "${match.card.section}"`,
        'id',
      );
    if (match && u.language === 'en' && !factoid && rules['card.english-from-section'] > 0)
      return fromSection(
        match,
        'card.english-from-section',
        `${match.card.id} answers in English: the search answers from its section "${match.card.section}"`,
        'en',
      );
    return {
      answer: `${messages.englishNote}${extract.text}${hitungOffer(u.resolved)}`,
      answered: true,
      confidence,
      outcome: 'answered',
      mode,
      sources: toSources(extract),
      trace,
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
      trace: result.trace
        ? { ...result.trace, ...(result.choices ? { choices: result.choices } : {}) }
        : undefined,
    });
  }

  async function pick(request: AnswerRequest & { cardId: string; chosenFrom?: number }): Promise<StepResult> {
    const language = detectLanguage(request.text.slice(0, 2_000));
    const picked = await cards.pick({
      cardId: request.cardId,
      text: request.text,
      language,
      chosenFrom: request.chosenFrom,
      record: request.record !== false,
    });
    return picked ?? declined(MESSAGES[language].unknown, 'low-confidence');
  }

  return {
    async answerCard(request) {
      const started = performance.now();
      const language = detectLanguage(request.text.slice(0, 2_000));
      let partial: StepResult;
      try {
        partial = await pick(request);
      } catch (error) {
        partial = failed(error, request, language);
      }
      const { retrieveMs = 0, ...rest } = partial;
      const result: AnswerResult = {
        question: request.text,
        language,
        ...rest,
        timings: { retrieveMs: round(retrieveMs), answerMs: round(performance.now() - started) },
      };
      result.interactionId = await record(request, result);
      return result;
    },

    async answer(request) {
      const started = performance.now();
      let language = detectLanguage(request.text.slice(0, 2_000));
      let understood: Understanding | undefined;
      let partial: StepResult;
      try {
        const text = validateQuestion(request.text, language);
        understood = await readAsFollowUp(understandQuestion(text, request.history ?? []), request);
        language = understood.language;
        partial = await respond(understood, request);
      } catch (error) {
        partial = failed(error, request, language);
      }
      const { retrieveMs = 0, ...rest } = partial;
      const total = performance.now() - started;
      let result: AnswerResult = {
        question: understood?.text ?? request.text,
        language,
        ...rest,
        timings: { retrieveMs: round(retrieveMs), answerMs: round(Math.max(0, total - retrieveMs)) },
        ...(understood ? { resolvedQuestion: understood.resolved, kind: understood.kind } : {}),
      };
      if (request.channel === 'cli' || request.channel === 'cli-chat') result = sayNoMentorHere(result);
      result.interactionId = await record(request, result);
      return result;
    },
  };
}

/** The declines a mentor can take up (the bot hands these off; the terminal cannot). */
export const HAND_OFF_REASONS: ReadonlySet<string> = new Set([
  'low-confidence',
  'live-figure',
  'contact',
  'no-figure',
  'not-held',
]);

/** The terminal creates no hand-off, so its declines say where to ask for a mentor instead. */
function sayNoMentorHere(result: AnswerResult): AnswerResult {
  if (result.outcome !== 'declined' || !HAND_OFF_REASONS.has(result.declineReason ?? '')) return result;
  return { ...result, answer: `${result.answer} ${MESSAGES[result.language].noMentorHere}` };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
