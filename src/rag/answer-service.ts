import { type AppError, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { hitungOffer } from '../finance/tool.ts';
import { analyze, detectLanguage } from '../text/analyze.ts';
import { focusCarries, confidence as scoreConfidence } from './confidence.ts';
import { composeExtractive, type Extract } from './extractive.ts';
import { validateQuestion } from './input.ts';
import type { InteractionLog } from './interaction-log.ts';
import { type Language, MESSAGES } from './messages.ts';
import { askedAction, questionParts } from './question-kind.ts';
import { leansBack, type QuestionKind, type Understanding, understandQuestion } from './question.ts';
import type { Tools } from './tools.ts';
import { statesAmount } from './unit-score.ts';
import type { CardsRepo, StoredCard } from '../db/cards-repo.ts';
import { splitAsking } from '../text/lexicon.ts';
import { saysNotHeld, supportSentence } from './cards/compose.ts';
import type { CardMatch } from './cards/matcher.ts';
import type { CardStore } from './cards/store.ts';
import { type FiredRule, type RuleSet, ruleSet } from './rules.ts';
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

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Share of the shorter text's terms that the other holds. */
function overlap(a: string, b: string): number {
  const x = new Set(analyze(a));
  const y = new Set(analyze(b));
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}

/** A card's answer in the user's language, cited as its section; a "not held" card declines. */
function cardStep(
  card: StoredCard,
  language: Language,
  score: number,
  suffix: string,
  options: { support?: string; notHeld?: boolean } = {},
): StepResult {
  const text = language === 'en' ? (card.answer ?? `${MESSAGES.en.englishNote}${card.jawab}`) : card.jawab;
  const sources = [
    {
      n: 1,
      title: card.title,
      path: card.path,
      section: card.section,
      score: round3(score),
      source: card.source,
      asOf: card.asOf,
    },
  ];
  if (options.notHeld)
    return {
      answer: `${text} [1]\n${MESSAGES[language].passedOn}`,
      answered: false,
      confidence: round3(Math.min(1, score)),
      outcome: 'declined',
      declineReason: 'not-held',
      mode: 'card',
      sources,
    };
  return {
    answer: `${text}${options.support ? ` ${options.support}` : ''} [1]${suffix}`,
    answered: true,
    confidence: round3(Math.min(1, score)),
    outcome: 'answered',
    mode: 'card',
    sources,
  };
}

/** The label of a card as a choice: its first question in the user's language. */
function choiceLabel(card: StoredCard, language: Language): string {
  const wanted = language === 'en' ? ['en'] : ['tanya', 'mentor'];
  const variant = card.variants.find((v) => wanted.includes(v.kind)) ?? card.variants[0];
  return (variant?.text ?? card.section).replace(/\s+/g, ' ').slice(0, 120);
}

/**
 * The one entry point for answering, in steps: validate, understand (language, kind, small talk,
 * follow-up completion, guards), try the structured tools, retrieve, judge whether the knowledge
 * supports an answer, compose (LLM when configured, else extractive), and log the interaction
 * whatever happened.
 */
export function createAnswerService(deps: AnswerServiceDeps): AnswerService {
  const k = deps.k ?? 8;
  const rules = deps.rules ?? ruleSet();

  /**
   * The cards for a message: its asking sentence matched question to question, the story's words as
   * tie-breakers, and a card whose section the lexical search also ranks first moved up.
   */
  /** The cards for a message: its asking sentence matched question to question, the story's words as tie-breakers. */
  async function matchCards(
    u: Understanding,
    trace: AnswerTrace,
  ): Promise<{ matches: CardMatch[]; story: boolean }> {
    if (!deps.cards) return { matches: [], story: false };
    const matcher = await deps.cards.current();
    if (matcher.size === 0) return { matches: [], story: false };
    const split = splitAsking(u.resolved);
    // A follow-up's own words ("latarnya bagusnya apa?") count twice beside the subject it borrowed.
    const asking = u.followUp ? `${u.text} ${split.asking}` : split.asking;
    const context = split.context;
    trace.asking = asking;
    if (context) trace.context = context;
    const matches = matcher.match({
      asking,
      context,
      english: u.language === 'en',
      rules,
      fired: trace.rules,
    });
    listCards(matches, trace);
    return { matches, story: context !== '' };
  }

  function listCards(matches: CardMatch[], trace: AnswerTrace) {
    trace.cards = matches.slice(0, 5).map((m) => ({
      id: m.card.id,
      section: m.card.section,
      score: round3(m.score),
      matched: m.matched,
    }));
  }

  /** The agreement bonus a card gains when the lexical search ranks its section first. */
  const agreement = (story: boolean) => (story ? rules['card.story-agrees'] : rules['card.section-agrees']);

  /**
   * Whether the lexical search could still change which card answers: it can add the agreement bonus
   * to one section only, so a card at the bar that leads every other section by more is already certain.
   */
  function settled(matches: CardMatch[], story: boolean, language: Language): boolean {
    const best = matches[0];
    const bar = language === 'en' ? 'card.answer-bar-en' : 'card.answer-bar';
    if (!best || best.score < rules[bar]) return false;
    const rival = matches.find((m) => m.card.path !== best.card.path || m.card.section !== best.card.section);
    return !rival || rival.rank + agreement(story) < best.rank;
  }

  /** Moves up the cards of the section the lexical search ranks first. */
  function agree(
    matches: CardMatch[],
    story: boolean,
    topChunk: RetrievedChunk | undefined,
    trace: AnswerTrace,
  ) {
    const bonus = agreement(story);
    if (!topChunk || bonus <= 0) return;
    for (const match of matches.slice(0, 15))
      if (match.card.path === topChunk.path && match.card.section === topChunk.section) {
        match.score += bonus;
        match.rank += bonus;
        trace.rules.push({
          rule: story ? 'card.story-agrees' : 'card.section-agrees',
          effect: `+${round3(bonus)} to ${match.card.id}: the lexical search ranks its section first`,
        });
      }
    matches.sort((a, b) => b.rank - a.rank);
    listCards(matches, trace);
  }

  /** The card's answer, declining when it says the knowledge does not hold it, with a sentence of support. */
  async function answerWith(
    card: StoredCard,
    u: Understanding | undefined,
    language: Language,
    score: number,
    asking: string,
    trace: AnswerTrace,
  ) {
    const notHeld = rules['card.not-held'] > 0 && saysNotHeld(card);
    if (notHeld)
      trace.rules.push({
        rule: 'card.not-held',
        effect: `${card.id} says the knowledge does not hold it: declined, handed to a mentor`,
      });
    let support: string | undefined;
    if (!notHeld && language === 'id' && deps.cardsRepo && deps.cards) {
      const matcher = await deps.cards.current();
      const sectionText = await deps.cardsRepo.sectionText(card.path, card.section);
      support = supportSentence({
        card,
        asking,
        sectionText,
        idf: matcher.idf,
        minIdf: rules['card.support-min-idf'],
      });
      if (support)
        trace.rules.push({
          rule: 'card.support-min-idf',
          effect: `a sentence of "${card.section}" adds what the card's answer lacks`,
        });
    }
    return cardStep(card, language, score, u ? hitungOffer(u.resolved) : '', { support, notHeld });
  }

  /**
   * A message that asks two or three things: each question matched on its own (the rest of the
   * message as its story). The cards when each question has its own above the bar, else none.
   */
  async function eachQuestion(u: Understanding, trace: AnswerTrace): Promise<CardMatch[]> {
    if (!deps.cards) return [];
    const { questions, context } = splitAsking(u.resolved);
    if (questions.length < 2 || questions.length > 3) return [];
    const matcher = await deps.cards.current();
    const picked: CardMatch[] = [];
    for (const question of questions) {
      const others = [context, ...questions.filter((q) => q !== question)].filter(Boolean).join(' ');
      const [top] = matcher.match({
        asking: question,
        context: others,
        english: u.language === 'en',
        rules,
        fired: [],
      });
      if (!top || top.score < rules['card.each-question'] || saysNotHeld(top.card)) return [];
      if (picked.some((m) => m.card.path === top.card.path && m.card.section === top.card.section)) continue;
      // Two cards that say much the same (a glossary entry and its document's definition) answer once.
      if (picked.some((m) => overlap(m.card.jawab, top.card.jawab) >= 0.5)) continue;
      picked.push(top);
    }
    if (picked.length < 2) return [];
    trace.rules.push({
      rule: 'card.each-question',
      effect: `${questions.length} questions, each with its own card: ${picked.map((m) => m.card.id).join(', ')}`,
    });
    return picked;
  }

  /** "Maksudnya yang mana?": the best cards within reach of the first, as choices. */
  function clarify(matches: CardMatch[], language: Language, trace: AnswerTrace): StepResult {
    const best = matches[0]!.score;
    const gap = rules['card.choice-gap'];
    const seen = new Set<string>();
    const offered = matches
      .filter(
        (m) =>
          m.score >= rules['card.low-bar'] &&
          best - m.score <= gap &&
          m.coverage >= rules['card.choice-coverage'],
      )
      .filter((m) => {
        const key = `${m.card.path}#${m.card.section}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, 3);
    trace.rules.push({
      rule: 'card.low-bar',
      effect: `best card ${round3(best)} is under the answer bar ${rules['card.answer-bar']}: ${offered.length} choice(s) offered`,
    });
    const choices = offered.map((m) => ({ cardId: m.card.id, label: choiceLabel(m.card, language) }));
    const lines = choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n');
    return {
      answer: `${MESSAGES[language].clarify}\n${lines}\n${MESSAGES[language].clarifyElse}`,
      answered: false,
      confidence: round3(best),
      outcome: 'clarify',
      mode: 'none',
      sources: [],
      choices,
    };
  }

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
    const trace: AnswerTrace = { cards: [], chunks: [], rules: [] };
    const { matches, story } = await matchCards(u, trace);
    const several = await eachQuestion(u, trace);
    // The lexical search runs only when its answer could still matter: no card is certain yet.
    let searched: Awaited<ReturnType<typeof retrieve>> | undefined;
    const search = async () => {
      if (!searched) {
        searched = await retrieve(u, request);
        trace.chunks = searched.search.chunks
          .slice(0, 3)
          .map((c) => ({ path: c.path, section: c.section, score: round3(c.score) }));
      }
      return searched;
    };
    if (several.length < 2 && !settled(matches, story, u.language))
      agree(matches, story, (await search()).search.chunks[0], trace);
    let retrieveMs = performance.now() - started;
    if (several.length >= 2) {
      trace.card = several[0]!.card.id;
      const parts = several.map((m, i) => {
        const step = cardStep(m.card, u.language, m.score, '');
        return {
          text: step.answer.replace(/ \[1\]$/, ` [${i + 1}]`),
          source: { ...step.sources[0]!, n: i + 1 },
        };
      });
      return {
        answer: `${parts.map((p) => p.text).join('\n')}${hitungOffer(u.resolved)}`,
        answered: true,
        confidence: round3(Math.min(...several.map((m) => Math.min(1, m.score)))),
        outcome: 'answered',
        mode: 'card',
        sources: parts.map((p) => p.source),
        trace,
        retrieveMs,
      };
    }
    const best = matches[0];
    const next =
      best && matches.find((m) => m.card.path !== best.card.path || m.card.section !== best.card.section);
    const lead = best ? best.score - (next?.score ?? 0) : 0;
    const bar = u.language === 'en' ? 'card.answer-bar-en' : 'card.answer-bar';
    if (best && best.score >= rules[bar]) {
      trace.card = best.card.id;
      trace.rules.push({
        rule: bar,
        effect: `${best.card.id} scores ${round3(best.score)} >= ${rules[bar]}: its answer leads`,
      });
      return {
        ...(await answerWith(best.card, u, u.language, best.score, trace.asking ?? u.resolved, trace)),
        trace,
        retrieveMs,
      };
    }
    const reachable = matches.filter((m) => m.coverage >= rules['card.choice-coverage']);
    if (
      best &&
      best.score >= rules['card.lead-floor'] &&
      lead >= rules['card.clear-lead'] &&
      best.coverage >= rules['card.choice-coverage']
    ) {
      trace.card = best.card.id;
      trace.rules.push({
        rule: 'card.clear-lead',
        effect: `${best.card.id} (${round3(best.score)}) leads the next topic by ${round3(lead)} >= ${rules['card.clear-lead']}: it answers`,
      });
      return {
        ...(await answerWith(best.card, u, u.language, best.score, trace.asking ?? u.resolved, trace)),
        trace,
        retrieveMs,
      };
    }
    const unsure = (step: StepResult): StepResult =>
      reachable[0] && reachable[0].score >= rules['card.low-bar']
        ? { ...clarify(reachable, u.language, trace), trace, retrieveMs }
        : { ...step, trace, retrieveMs };
    const { search: lexical, confidence } = await search();
    retrieveMs = performance.now() - started;
    if (lexical.queryTerms.length === 0 && !best)
      return { ...declined(messages.noTerms, 'no-terms'), trace, retrieveMs };
    if (confidence < deps.minConfidence || lexical.chunks.length === 0)
      return unsure(declined(messages.unknown, 'low-confidence', confidence));

    const { extract, mode } = await compose(u, lexical.chunks, lexical.queryTerms);
    if (extract.absent || extract.text === '')
      return unsure(declined(messages.unknown, 'low-confidence', confidence));
    // A "how much" question answered without any figure would be an evasive answer.
    if (u.kind === 'amount' && !statesAmount(extract.text, u.resolved))
      return unsure(declined(messages.noFigure, 'no-figure', confidence));
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
    const matcher = deps.cards ? await deps.cards.current() : undefined;
    const card = matcher?.card(request.cardId);
    if (!card) return declined(MESSAGES[language].unknown, 'low-confidence');
    const step = await answerWith(card, undefined, language, 1, request.text, {
      cards: [],
      chunks: [],
      rules: [],
    });
    if (request.record !== false && deps.cardsRepo)
      await deps.cardsRepo
        .addVariant({
          cardId: card.id,
          text: request.text,
          origin: 'chosen',
          interactionId: request.chosenFrom,
        })
        .catch((error) =>
          deps.log.warn({ err: error, code: 'CARD_VARIANT_FAILED' }, 'chosen topic not kept'),
        );
    return {
      ...step,
      trace: {
        cards: [{ id: card.id, section: card.section, score: 1, matched: 'chosen by the user' }],
        chunks: [],
        card: card.id,
        rules: [],
        ...(request.chosenFrom ? { chosenFrom: request.chosenFrom } : {}),
      },
    };
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
        understood = understandQuestion(text, request.history ?? []);
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
      if (request.channel === 'cli' || request.channel === 'cli-chat') result = withoutPromise(result);
      result.interactionId = await record(request, result);
      return result;
    },
  };
}

/** The sentences of a decline that promise a mentor's follow-up. */
const MENTOR_PROMISE =
  /\s*(Pertanyaan Anda (sudah dicatat dan akan diteruskan|juga sudah diteruskan|sudah diteruskan) ke mentor pendamping( untuk ditindaklanjuti)?\.|Your question has (also )?been (recorded and will be )?passed to a (human )?mentor( who will follow up)?\.)/g;

/**
 * The terminal creates no hand-off, so its declines promise none: the promise is replaced by where to
 * ask for a mentor instead.
 */
function withoutPromise(result: AnswerResult): AnswerResult {
  if (result.outcome !== 'declined' || !MENTOR_PROMISE.test(result.answer)) return result;
  MENTOR_PROMISE.lastIndex = 0;
  const answer = `${result.answer.replace(MENTOR_PROMISE, '').trim()} ${MESSAGES[result.language].noMentorHere}`;
  return { ...result, answer };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
