import type { CardsRepo, StoredCard } from '../../db/cards-repo.ts';
import { hitungOffer } from '../../finance/tool.ts';
import type { Logger } from '../../logger.ts';
import { analyze, isDictionaryWord, surfaceTokens } from '../../text/analyze.ts';
import { SENTENCE_BREAK } from '../../text/lexicon.ts';
import { STOPWORDS } from '../../text/stopwords.ts';
import { completeFollowUp, namesOnlyAspects, refersBack } from '../followup.ts';
import { questionKind } from '../question-kind.ts';
import type { AnswerTrace, StepResult } from '../answer-types.ts';
import { type Language, MESSAGES } from '../messages.ts';
import type { Understanding } from '../question.ts';
import type { RuleName, RuleSet } from '../rules.ts';
import type { RetrievedChunk } from '../types.ts';
import { isOutOfScopePath } from '../../ingest/document.ts';
import { saysNotHeld, supportSentence } from './compose.ts';
import type { CardMatch } from './matcher.ts';
import type { CardStore } from './store.ts';
import { overlap } from '../unit-score.ts';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Words by which a question points at what was just said: "itu ...", "tsb", "di acara gt", "yg kayak gitu". */
/** The asker's own case: "sy", "kami", "punya kami", "atas nama", "my", "our". */
const OWN_CASE = /\b(sy|saya|aku|kami|kita|gw|gue|atas nama|punya (kami|saya|sy)|my|our|we|i)\b/i;

/** "yg ngomong gt siapa?", "kok bisa begitu?": "like that" points at what was said before. */
const SAID_SO = /\b(gt|gtu|gitu|begitu|like that)\b/i;

const POINTS_BACK =
  /^\s*itu\b|\b(?:tsb|tersebut)\b|\b(?:acara|kegiatan|program|yg|yang|kayak|kyk|spt|seperti)\s+(?:gt|gitu|gtu|begitu|itu)\b/i;

/**
 * A short question that asks what the sentence before it means, naming nothing of its own ("Maksudnya apa
 * ya?", "artinya gmn tuh?", "What does that mean?"): the sentence before it is what it asks about.
 */
const ASKS_WHAT_IT_MEANS =
  /^\s*(?:(?:terus|trus|jadi|lalu|itu)\s+)?(?:maksud(?:nya)?|artinya|arti(?:nya)?)(?:\s+(?:apa|gimana|gmn|bagaimana|bgmn))?(?:\s+(?:ya|sih|tuh|kak|pak|bu|min|mas|mbak|dong))*\s*\??\s*$|^\s*what (?:does|did) (?:that|it|this|he|she|they) mean\b/i;

/**
 * A short question whose word carries "-nya" for something the sentence before it named ("Pernah dgr
 * Kemenperin bikin pameran khusus buat kerajinan Jogja. Nama pamerannya apa ya?"): "pamerannya" is that
 * fair. At most four words, so that a question with a topic of its own is read as it is.
 */
function namesWhatWasSaid(asking: string, before: string): boolean {
  const words = surfaceTokens(asking);
  if (words.length > 4) return false;
  const said = new Set(surfaceTokens(before));
  return words.some((word) => word.length >= 7 && word.endsWith('nya') && said.has(word.slice(0, -3)));
}

/**
 * What a card's answer says, without whom it cites: the words outside a dated citation in brackets
 * ("(Beritasatu, 17 April 2018)") that are not names or figures. Two answers that cite one official on
 * one day say different things when the rest differs: the date of an aid and why packaging matters.
 */
export function saidWords(jawab: string): Set<string> {
  const plain = jawab
    .replace(/\([^)]*\b(?:19|20)\d\d\b[^)]*\)/g, ' ')
    .replace(/(?<![.!?:;]\s|^)\b[\p{Lu}][\p{L}\p{N}-]*|\S*\p{N}\S*/gu, ' ');
  return new Set(analyze(plain));
}

/** Two cards whose answers say much the same, their citations aside. */
const saysSame = (a: StoredCard, b: StoredCard) => overlap(saidWords(a.jawab), saidWords(b.jawab)) >= 0.5;

/** A yes/no verdict opening a card's answer: "Tidak.", "Ya,", "Tidak: ...", "Belum tentu,", "Yes.", "No: ...", "Not necessarily." */
const VERDICT =
  /^(?:ya|tidak harus|tidak wajib|tidak|belum tentu|bisa|boleh|perlu|wajib|yes|no|not necessarily|not always)[,.:]\s+(?=\S)/i;

/**
 * A card's answer without its opening verdict: a card that answers "perlu gak?" opens with "Tidak.",
 * which reads oddly under "apa itu ...?" or "kenapa ...?" (a question that does not ask yes or no).
 */
export function withoutVerdict(text: string): string {
  const rest = text.replace(VERDICT, '');
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A bare verdict sentence ("Tidak.", "Belum.", "Yes.") and the word after it. */
const BARE_VERDICT =
  /^((?:ya|tidak|belum|bisa|boleh|perlu|wajib|tidak harus|tidak wajib|tidak perlu|tidak bisa|belum tentu|yes|no|not necessarily|not always))\.\s+(\p{L}+)/iu;

/**
 * A bare verdict joined to the sentence that gives its reason ("Tidak. Dana revitalisasi ..." ->
 * "Tidak, dana revitalisasi ..."), so the first sentence a user reads holds the fact, not only the verdict
 * (card.verdict-joined). A word that is not an everyday word (a name, an acronym) keeps its capital.
 */
export function joinVerdict(text: string): string {
  const m = BARE_VERDICT.exec(text);
  if (!m) return text;
  const word = m[2]!;
  const lower = word.toLowerCase();
  const root = analyze(lower)[0];
  const everyday =
    word !== word.toUpperCase() &&
    (isDictionaryWord(lower) || STOPWORDS.has(lower) || (root !== undefined && isDictionaryWord(root)));
  const next = everyday ? word.charAt(0).toLowerCase() + word.slice(1) : word;
  return `${m[1]}, ${next}${text.slice(m[0].length)}`;
}

/** A card's answer in the user's language, cited as its section; a "not held" card declines. */
export function cardStep(
  card: StoredCard,
  language: Language,
  score: number,
  suffix: string,
  options: { support?: string; notHeld?: boolean; dropVerdict?: boolean; joinVerdict?: boolean } = {},
): StepResult {
  const said = language === 'en' ? (card.answer ?? `${MESSAGES.en.englishNote}${card.jawab}`) : card.jawab;
  const text = options.dropVerdict ? withoutVerdict(said) : options.joinVerdict ? joinVerdict(said) : said;
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
  if (options.notHeld) {
    // A decline card (what Pendamping IKM does not answer) cites nothing: it is not knowledge.
    const cites = !isOutOfScopePath(card.path);
    return {
      answer: cites ? `${text} [1]` : text,
      answered: false,
      confidence: round3(Math.min(1, score)),
      outcome: 'declined',
      declineReason: 'not-held',
      mode: 'card',
      sources: cites ? sources : [],
    };
  }
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

/** What the answer cards make of a message. */
export interface CardReading {
  /** A card answers (or, saying the knowledge does not hold it, declines with where to ask). */
  answer?: StepResult;
  /**
   * No card is certain, but some are within reach: what to say when the lexical search is not sure
   * either. "Maksudnya yang mana?" with two or three topics, or the one topic's answer (`choiceCard`).
   */
  choices?: StepResult;
  choiceCard?: string;
  /** The best card of a section (within reach of the low bar), for an answer the search found there. */
  sectionCard?: (path: string, section: string) => CardMatch | undefined;
  /** A decline card answered (card.out-of-scope): how far it leads the best card the knowledge answers. */
  scopeLead?: number;
}

export interface CardAnswersDeps {
  cards?: CardStore;
  cardsRepo?: Pick<CardsRepo, 'addVariant' | 'sectionText'>;
  rules: RuleSet;
  log: Logger;
}

/**
 * Answering from answer cards: the message matched question to question, the bars and rules of
 * src/rag/rules.ts applied, a certain card's answer, or the closest cards as choices. The lexical
 * search is asked for only when it could still change which card answers.
 */
export function createCardAnswers(deps: CardAnswersDeps) {
  const { rules } = deps;

  /** The cards for a message: its asking sentence matched question to question, the story's words as tie-breakers. */
  /**
   * Whether a card the question alone reaches may answer a message with a story: the question's own
   * words name it, and the story names it too or names none of the topics the story reading reaches
   * ("sy mau ngajuin KUR. dokumennya apa aja?": the story names KUR, which the export-documents card the
   * question alone reaches does not hold), and the story reading does not decline the message.
   */
  function storyAllows(alone: CardMatch, withStory: CardMatch[]): boolean {
    // A story can put a message out of scope ("udh ngajuin KUR 3 minggu lalu ... udh di acc blm?").
    if (!alone.askingNamed || (withStory[0] && isOutOfScopePath(withStory[0].card.path))) return false;
    const same = withStory.find((m) => m.card.id === alone.card.id);
    if (same?.storyNamed) return true;
    return !withStory.slice(0, 3).some((m) => m.storyNamed);
  }

  async function matchCards(
    u: Understanding,
    trace: AnswerTrace,
  ): Promise<{ matches: CardMatch[]; story: boolean }> {
    if (!deps.cards) return { matches: [], story: false };
    const matcher = await deps.cards.current();
    if (matcher.size === 0) return { matches: [], story: false };
    const split = u.parts;
    // A follow-up's own words ("latarnya bagusnya apa?") count twice beside the subject it borrowed.
    // The subject it borrowed counts twice too (followup.subject-weight): "koperasinya apa namanya?" after a
    // question about the Tanggulangin sentra asks for INTAKO, not what a cooperative is.
    const subject = u.subject && rules['followup.subject-weight'] > 0 ? ` ${u.subject}` : '';
    let asking = u.followUp ? `${u.text} ${split.asking}${subject}` : split.asking;
    let context = split.context;
    const fired: AnswerTrace['rules'] = [];
    // A question that points at the sentence before it ("td dikasih tau ada acara business matching. yg
    // dtg di acara gt siapa aja?") reads that sentence as its own words (card.points-back-sentence).
    const told = context.split(SENTENCE_BREAK).filter((sentence) => /\p{L}/u.test(sentence));
    const pointed = told.at(-1);
    if (
      rules['card.points-back-sentence'] > 0 &&
      !u.followUp &&
      pointed &&
      split.questions.length === 1 &&
      (POINTS_BACK.test(split.asking) ||
        ASKS_WHAT_IT_MEANS.test(split.asking) ||
        namesWhatWasSaid(split.asking, pointed))
    ) {
      asking = `${pointed} ${asking}`;
      context = told.slice(0, -1).join(' ');
      fired.push({
        rule: 'card.points-back-sentence',
        effect: `the question points back: read with "${pointed}"`,
      });
    }
    trace.asking = asking;
    if (context) trace.context = context;
    const matches = matcher.match({ asking, context, english: u.language === 'en', rules, fired });
    // The asking sentence first: when it alone reaches the answer bar with a card its own words name,
    // that reading stands and the story does not move it (card.asking-first), so a story message is
    // answered as its bare question is.
    // A question that points back at the story ("itu yg didatengin siapa aja?") takes its subject from it.
    if (
      context !== '' &&
      rules['card.asking-first'] > 0 &&
      !refersBack(split.asking) &&
      matcher.namesTopic(asking, u.language === 'en', rules, context)
    ) {
      const aloneFired: AnswerTrace['rules'] = [];
      const alone = matcher.match({
        asking,
        context: '',
        english: u.language === 'en',
        rules,
        fired: aloneFired,
      });
      const bar = u.language === 'en' ? 'card.answer-bar-en' : 'card.answer-bar';
      const top = alone[0];
      if (
        top &&
        top.score >= rules[bar] &&
        storyAllows(top, matches) &&
        top.card.id !== matches[0]?.card.id &&
        !isOutOfScopePath(top.card.path)
      ) {
        trace.rules.push(...aloneFired, {
          rule: 'card.asking-first',
          effect: `the asking sentence alone is answered by ${top.card.id} (${round3(top.score)}), which its own words name: the story does not move it (read with the story: ${matches[0]?.card.id ?? 'none'})`,
        });
        listCards(alone, trace);
        return { matches: alone, story: false };
      }
      // "gedung sentra kami dibangun pakai DAK ... kontraktornya ngilang. kami bisa gugat ke mana?": the asking sentence alone
      // reaches a decline card its own words name, and the story reading's best card is named only by the
      // story: what is asked is out of scope, whatever the story is about (card.asking-declines).
      const lead = matches[0];
      if (
        top &&
        lead &&
        rules['card.asking-declines'] > 0 &&
        isOutOfScopePath(top.card.path) &&
        top.askingNamed &&
        top.score >= rules['card.asking-declines'] &&
        !lead.askingNamed &&
        !isOutOfScopePath(lead.card.path)
      ) {
        trace.rules.push(...aloneFired, {
          rule: 'card.asking-declines',
          effect: `the asking sentence alone reaches the decline card ${top.card.id} (${round3(top.score)}), which its own words name; read with the story, ${lead.card.id} is named only by the story: declined`,
        });
        listCards(alone, trace);
        return { matches: alone, story: false };
      }
    }
    trace.rules.push(...fired);
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

  /** Under the answer bar, a card answers only when the message names its topic (card.topic-named). */
  const named = (m: CardMatch) => rules['card.topic-named'] <= 0 || m.named;

  /**
   * Whether a card's opening yes/no verdict is left off under a question that asks what, why, how, how
   * much, who or when, which is not answered "yes" or "no" (card.verdict-only-when-asked).
   */
  function verdictOff(card: StoredCard, language: Language, asking: string): boolean {
    const said = language === 'en' ? (card.answer ?? card.jawab) : card.jawab;
    return (
      rules['card.verdict-only-when-asked'] > 0 &&
      questionKind(asking) !== 'general' &&
      withoutVerdict(said) !== said
    );
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
    const dropVerdict = u !== undefined && verdictOff(card, language, asking);
    if (dropVerdict)
      trace.rules.push({
        rule: 'card.verdict-only-when-asked',
        effect: `the message asks "${questionKind(asking)}", not yes or no: ${card.id}'s opening verdict is left off`,
      });
    const second = !notHeld && u ? await secondPart(card, u, trace) : undefined;
    const joined = !dropVerdict && rules['card.verdict-joined'] > 0;
    const step = cardStep(card, language, score, u ? hitungOffer(u.resolved) : '', {
      support: second ? undefined : support,
      notHeld,
      dropVerdict,
      joinVerdict: joined,
    });
    const said = language === 'en' ? (card.answer ?? card.jawab) : card.jawab;
    if (joined && joinVerdict(said) !== said)
      trace.rules.push({
        rule: 'card.verdict-joined',
        effect: `${card.id}'s bare verdict is joined to the sentence that gives its reason`,
      });
    if (!second) return step;
    // The second card's answer follows the first, before the calculator's offer.
    const cut = step.answer.lastIndexOf(' [1]') + ' [1]'.length;
    const nextOff = verdictOff(second.card, language, asking);
    const next = cardStep(second.card, language, second.score, '', {
      dropVerdict: nextOff,
      joinVerdict: !nextOff && rules['card.verdict-joined'] > 0,
    });
    return {
      ...step,
      answer: `${step.answer.slice(0, cut)}\n${next.answer.replace(/ \[1\]$/, ' [2]')}${step.answer.slice(cut)}`,
      confidence: round3(Math.min(step.confidence, next.confidence)),
      sources: [...step.sources, { ...next.sources[0]!, n: 2 }],
    };
  }

  /**
   * What a message of two or three questions asks beyond the card that answers it ("kemasan yg cocok buat
   * dodol apa? trus ada tempat yg bisa bantu desain?"): when enough of its telling words are nowhere in the card
   * (card.second-part-share), the question that holds most of those words is matched again (the other
   * questions around it), and a card of another topic that reaches card.second-part and holds most of
   * those words answers that part after it.
   */
  async function secondPart(
    card: StoredCard,
    u: Understanding,
    trace: AnswerTrace,
  ): Promise<CardMatch | undefined> {
    // Only a message that asks two or three things: a single question's extra words are its detail.
    if (rules['card.second-part'] <= 0 || !deps.cards || u.parts.questions.length < 2) return undefined;
    const matcher = await deps.cards.current();
    const english = u.language === 'en';
    const asking = u.parts.asking;
    const beyond = matcher.beyond(asking, card.id, english, rules);
    if (beyond.terms.length < 2 || beyond.weight < rules['card.second-part-share'] * beyond.total) {
      if (beyond.terms.length > 0)
        trace.rules.push({
          rule: 'card.second-part-share',
          effect: `${card.id} holds all but ${beyond.terms.join(', ')} (${round3(beyond.weight / Math.max(beyond.total, 1e-9))} of the question's weight): no second card`,
        });
      return undefined;
    }
    // The question that asks most of what the card does not hold, read with the other questions around
    // it (its subject may be in them: "brand story tu apa? gmn nulisnya?").
    const { questions } = u.parts;
    const beyondCount = new Map(
      questions.map((q) => [
        q,
        matcher.beyond(q, card.id, english, rules).terms.filter((t) => beyond.terms.includes(t)).length,
      ]),
    );
    const beyondWeight = (q: string) => beyondCount.get(q)!;
    const valid = (next: CardMatch | undefined): next is CardMatch =>
      next !== undefined &&
      next.score >= rules['card.second-part'] &&
      next.askingNamed &&
      !isOutOfScopePath(next.card.path) &&
      !saysNotHeld(next.card) &&
      !saysSame(next.card, card) &&
      matcher.beyond(beyond.terms.join(' '), next.card.id, english, rules).weight <= beyond.weight / 2;
    let rest = '';
    let next: CardMatch | undefined;
    for (const question of [...questions]
      .filter((q) => beyondWeight(q) > 0)
      .sort((a, b) => beyondWeight(b) - beyondWeight(a))) {
      const around = questions.filter((q) => q !== question).join('\n');
      const found = matcher
        .match({ asking: question, context: around, english, rules, fired: [] })
        .find((m) => m.card.id !== card.id);
      if (valid(found)) {
        rest = question;
        next = found;
        break;
      }
    }
    if (!next) return undefined;
    trace.rules.push({
      rule: 'card.second-part',
      effect: `${card.id} holds none of ${beyond.terms.join(', ')}: "${rest}" is answered by ${next.card.id} (${round3(next.score)}) after it`,
    });
    return next;
  }

  /**
   * A message that asks two or three things: each question matched on its own (the rest of the
   * message as its story). The cards when each question has its own above the bar, else none.
   */
  async function eachQuestion(
    u: Understanding,
    trace: AnswerTrace,
    whole: CardMatch[],
  ): Promise<(CardMatch & { question?: string })[]> {
    if (!deps.cards) return [];
    const { context } = u.parts;
    const matcher = await deps.cards.current();
    // "And East Java? What share did it have?": a part that names only a place gives the next part its
    // subject; it is no question of its own (card.place-part).
    const questions: string[] = [];
    for (const part of u.parts.questions) {
      const held = questions.at(-1);
      if (
        held !== undefined &&
        rules['card.place-part'] > 0 &&
        matcher.onlyPlaces(held, u.language === 'en')
      ) {
        questions[questions.length - 1] = `${held} ${part}`;
        trace.rules.push({
          rule: 'card.place-part',
          effect: `"${held}" names only a place: read with "${part}"`,
        });
      } else questions.push(part);
    }
    if (questions.length < 2 || questions.length > 3) return [];
    // "yg ngomong gt siapa sih? pejabat apa?": a short follow-up whose first part names nothing of its own is
    // one question in two parts, asked of the subject it borrowed (card.short-followup-whole); "klo sertifikat
    // halal bs gratis? daftarnya dmn?" asks of a topic of its own
    const first = questions[0]!;
    if (
      u.followUp &&
      rules['card.short-followup-whole'] > 0 &&
      u.text.split(/\s+/).length <= rules['followup.evidence-words'] &&
      (matcher.telling(first, u.language === 'en', rules) === 0 || refersBack(first) || SAID_SO.test(first))
    ) {
      trace.rules.push({
        rule: 'card.short-followup-whole',
        effect: 'a short follow-up is one question in parts: read whole, with the subject it borrowed',
      });
      return [];
    }
    // The sections the whole message is closest to: a question's own card among them is read twice.
    const near = new Set(
      whole
        .filter((m) => m.score >= rules['card.low-bar'])
        .slice(0, 5)
        .map((m) => `${m.card.path}#${m.card.section}`),
    );
    let lowered = false;
    let merged = false;
    const skipped: string[] = [];
    const picked: (CardMatch & { question?: string })[] = [];
    // How each question was read, for --explain when the parts do not answer on their own.
    const readings: string[] = [];
    // The parts read with the subject of the part before them (card.part-borrows).
    const borrowedParts: string[] = [];
    const none = (why: string) => {
      trace.rules.push({
        rule: 'card.each-question',
        effect: `not answered part by part (${why}): ${readings.join('; ')}`,
      });
      return [];
    };
    for (const question of questions) {
      // The rest of the message, ordered so that what came just before this question is read last
      // (the nearest subject of a question that names none).
      const at = questions.indexOf(question);
      // The other questions are questions of their own: one that names a topic reads only the story
      // around it; one that names none ("cara ngitungnya gmn?") takes its subject from them
      // (card.part-own-topic).
      // A part that names only an aspect ("daftarnya gmn?", "syaratnya apa?") names no topic of its own.
      const ownTopic =
        rules['card.part-own-topic'] > 0 &&
        matcher.telling(question, u.language === 'en', rules) > 0 &&
        !namesOnlyAspects(question);
      const others = (ownTopic ? [context] : [...questions.slice(at + 1), context, ...questions.slice(0, at)])
        .filter(Boolean)
        .join('\n');
      // "e-smart ikm tu apa? daftarnya gmn?": a part that names only an aspect asks it of the part before it
      // (card.part-own-topic), as a follow-up asks it of the question before it.
      // "Is there a cooperative of the bag makers, and roughly how many members does it have?": a later part
      // that points back with a pronoun asks of the part before it too (card.part-refers-back).
      const asking =
        at > 0 &&
        ((!ownTopic && rules['card.part-own-topic'] > 0 && namesOnlyAspects(question)) ||
          (rules['card.part-refers-back'] > 0 && refersBack(question)))
          ? completeFollowUp(question, questions[at - 1]!, { force: true }).question
          : question;
      const read = (around: string) =>
        matcher.match({ asking, context: around, english: u.language === 'en', rules, fired: [] });
      // The question alone first, when its own words answer it and the story does not speak against
      // that reading (card.asking-first).
      const withStory = read(others);
      const alone =
        others !== '' &&
        rules['card.asking-first'] > 0 &&
        !refersBack(question) &&
        matcher.namesTopic(question, u.language === 'en', rules)
          ? read('')[0]
          : undefined;
      let top =
        alone && alone.score >= rules['card.each-question'] && storyAllows(alone, withStory)
          ? alone
          : withStory[0];
      // "... how many IKM centres did the ministry plan to revitalise, and where was the money supposed to
      // come from?": a later part that its own words leave under the bar asks its aspect of the part before
      // it, as a follow-up does (card.part-borrows).
      if (
        rules['card.part-borrows'] > 0 &&
        at > 0 &&
        asking === question &&
        (!top || top.score < rules['card.each-question']) &&
        !refersBack(question)
      ) {
        const borrowed = completeFollowUp(question, questions[at - 1]!, { force: true }).question;
        const again =
          borrowed !== question
            ? matcher
                .match({ asking: borrowed, context: others, english: u.language === 'en', rules, fired: [] })
                .find((m) => !picked.some((p) => p.card.id === m.card.id))
            : undefined;
        if (
          again &&
          again.score >= rules['card.each-question-agreed'] &&
          again.score > (top?.score ?? 0) &&
          again.card.id !== top?.card.id &&
          !isOutOfScopePath(again.card.path)
        ) {
          readings.push(`"${question}" read as "${borrowed}"`);
          borrowedParts.push(
            `"${question}" read as "${borrowed}" -> ${again.card.id} (${round3(again.score)})`,
          );
          top = again;
        }
      }
      // A part the knowledge says it does not hold is answered so (with where to ask) beside the parts
      // it does; a question Pendamping IKM does not answer at all leaves the message to the whole reading.
      if (!top || isOutOfScopePath(top.card.path)) {
        readings.push(`"${question}" -> ${top ? top.card.id : 'no card'}`);
        return none('a question no card answers');
      }
      readings.push(`"${question}" -> ${top.card.id} (${round3(top.score)})`);
      if (top.score < rules['card.each-question']) {
        // Under the bar, a question's card still answers when the whole message is close to it too.
        if (
          top.score < rules['card.each-question-agreed'] ||
          !near.has(`${top.card.path}#${top.card.section}`) ||
          !named(top)
        ) {
          // A question with no card of its own is left out when the others answer (card.each-question-skip).
          if (rules['card.each-question-skip'] > 0) {
            skipped.push(question);
            continue;
          }
          return none(`"${question}" is under the bar`);
        }
        lowered = true;
      }
      // One card answers once; two cards of one section answer two questions (what the building has, and
      // how many use it), unless they say much the same (below).
      if (picked.some((m) => m.card.id === top.card.id)) continue;
      // Two cards that say much the same (a glossary entry and its document's definition) answer once.
      const same = picked.find((m) => saysSame(m.card, top.card));
      if (same) {
        readings.push(`${top.card.id} says what ${same.card.id} says`);
        merged = true;
        continue;
      }
      picked.push({ ...top, question });
    }
    // Every question found its card, and they came to one (an overview that answers both): it answers
    // alone (card.each-question-one), rather than the whole message read as one question.
    if (
      picked.length === 1 &&
      merged &&
      rules['card.each-question-one'] > 0 &&
      !saysNotHeld(picked[0]!.card)
    ) {
      trace.rules.push({
        rule: 'card.each-question-one',
        effect: `${questions.length} questions, one card answers them: ${picked[0]!.card.id} (${readings.join('; ')})`,
      });
      return picked;
    }
    if (picked.length < 2 || picked.every((m) => saysNotHeld(m.card)))
      return none(picked.length < 2 ? 'fewer than two cards' : 'every card says it is not held');
    if (skipped.length > 0)
      trace.rules.push({
        rule: 'card.each-question-skip',
        effect: `no card of its own, left out: ${skipped.map((q) => `"${q}"`).join(', ')}`,
      });
    trace.rules.push({
      rule: lowered ? 'card.each-question-agreed' : 'card.each-question',
      effect: `${questions.length} questions, each with its own card: ${picked.map((m) => m.card.id).join(', ')}`,
    });
    if (borrowedParts.length > 0)
      trace.rules.push({ rule: 'card.part-borrows', effect: borrowedParts.join('; ') });
    return picked;
  }

  /** The closest card, named by the asking sentence's own words and near the answer bar (card.choice-named-best). */
  const namedBest = (m: CardMatch) =>
    rules['card.choice-named-best'] > 0 && m.askingNamed && m.score >= rules['card.agreed-bar'];

  /** "Maksudnya yang mana?": the best cards within reach of the first, as choices. */
  function offer(
    matches: CardMatch[],
    language: Language,
    trace: AnswerTrace,
    top?: RetrievedChunk,
  ): CardMatch[] {
    const best = matches[0]!.score;
    const gap = rules['card.choice-gap'];
    const seen = new Set<string>();
    const kept: CardMatch[] = [];
    const offered = matches
      .filter(
        (m) =>
          m.score >= rules['card.low-bar'] &&
          best - m.score <= gap &&
          (m.coverage >= rules['card.choice-coverage'] || (m === matches[0] && namedBest(m))),
      )
      .filter((m) => {
        // Two choices that read the same (two documents asking one question) are one choice.
        const key = `${m.card.path}#${m.card.section}`;
        const label = choiceLabel(m.card, language).toLowerCase();
        if (seen.has(key) || seen.has(label)) return false;
        // Two choices whose answers give the same facts (two documents' cards on one figure) are one
        // choice too (card.choices-agree).
        const said = new Set(analyze(m.card.jawab));
        const alike =
          rules['card.choices-agree'] > 0
            ? kept.find((k) => overlap(new Set(analyze(k.card.jawab)), said) >= rules['card.choices-agree'])
            : undefined;
        if (alike) {
          trace.rules.push({
            rule: 'card.choices-agree',
            effect: `${m.card.id} answers like ${alike.card.id}: offered once`,
          });
          return false;
        }
        seen.add(key);
        seen.add(label);
        kept.push(m);
        return true;
      })
      .slice(0, 3);
    // The section the lexical search ranks first is offered too (its best card), when it is not yet:
    // the search reads the whole message and is often right about the topic when the cards are unsure.
    const searched =
      top && rules['card.choice-from-search'] > 0
        ? matches.find((m) => m.card.path === top.path && m.card.section === top.section)
        : undefined;
    if (
      searched &&
      !seen.has(`${searched.card.path}#${searched.card.section}`) &&
      !seen.has(choiceLabel(searched.card, language).toLowerCase())
    ) {
      offered.splice(Math.min(offered.length, 2), offered.length >= 3 ? 1 : 0, searched);
      trace.rules.push({
        rule: 'card.choice-from-search',
        effect: `${searched.card.id} offered: the lexical search ranks its section first`,
      });
    }
    trace.rules.push({
      rule: 'card.low-bar',
      effect: `best card ${round3(best)} is under the answer bar ${rules['card.answer-bar']}: ${offered.length} choice(s) within reach`,
    });
    return offered;
  }

  /** "Maksudnya yang mana?" with the cards offered. */
  function clarify(offered: CardMatch[], language: Language): StepResult {
    const best = offered[0]!.score;
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

  /**
   * The cards' reading of a message. `topChunk` runs the lexical search (once, lazily) and gives its
   * best chunk, whose section's cards gain the agreement bonus when no card is certain without it.
   */
  async function read(
    u: Understanding,
    trace: AnswerTrace,
    topChunks: () => Promise<RetrievedChunk[]>,
  ): Promise<CardReading> {
    const { matches, story } = await matchCards(u, trace);
    const several = await eachQuestion(u, trace, matches);
    if (several.length === 1) {
      const [one] = several;
      trace.card = one!.card.id;
      return {
        answer: await answerWith(one!.card, u, u.language, one!.score, trace.asking ?? u.resolved, trace),
      };
    }
    if (several.length >= 2) {
      trace.card = several[0]!.card.id;
      const parts = several.map((m, i) => {
        // Each question's own kind decides whether its card's yes/no verdict reads right under it.
        const off = verdictOff(m.card, u.language, m.question ?? '');
        const step = cardStep(m.card, u.language, m.score, '', {
          dropVerdict: off,
          joinVerdict: !off && rules['card.verdict-joined'] > 0,
        });
        return {
          text: step.answer.replace(/ \[1\]$/, ` [${i + 1}]`),
          source: { ...step.sources[0]!, n: i + 1 },
        };
      });
      return {
        answer: {
          answer: `${parts.map((p) => p.text).join('\n')}${hitungOffer(u.resolved)}`,
          answered: true,
          confidence: round3(Math.min(...several.map((m) => Math.min(1, m.score)))),
          outcome: 'answered',
          mode: 'card',
          sources: parts.map((p) => p.source),
        },
      };
    }
    const chunks = settled(matches, story, u.language) ? [] : await topChunks();
    const top = chunks[0];
    if (top) agree(matches, story, top, trace);
    /** A card answers, by the named rule that let it. */
    const answerBy = async (m: CardMatch, rule: RuleName, effect: string): Promise<CardReading> => {
      trace.card = m.card.id;
      trace.rules.push({ rule, effect });
      return { answer: await answerWith(m.card, u, u.language, m.score, trace.asking ?? u.resolved, trace) };
    };
    const first = matches[0];
    const scope = matches.find((m) => isOutOfScopePath(m.card.path));
    const inScope = matches.filter((m) => !isOutOfScopePath(m.card.path));
    /** A decline card declines, by the named rule that let it, with how far it leads the knowledge's cards. */
    const declineBy = async (m: CardMatch, rule: RuleName, effect: string, below: number) => ({
      ...(await answerBy(m, rule, effect)),
      scopeLead: m.score - below,
    });
    // What Pendamping IKM does not answer: a decline card that ranks first declines, under the bar too.
    // A decline card is close through words anyone may write ("kakak sy bilang ..."): it declines only
    // when the message names what it is about (card.scope-named).
    const scopeNamed = (m: CardMatch) => rules['card.scope-named'] <= 0 || m.named || m.storyNamed;
    if (
      first &&
      isOutOfScopePath(first.card.path) &&
      first.score >= rules['card.out-of-scope'] &&
      scopeNamed(first)
    )
      return declineBy(
        first,
        'card.out-of-scope',
        `${first.card.id} (${round3(first.score)}) ranks first: the message asks what Pendamping IKM does not answer`,
        inScope[0]?.score ?? 0,
      );
    // "When is the next business matching, and how much does a booth cost?": the classifier's favourite is a
    // decline card that scores above every card the knowledge answers, and ranks second only because the
    // lexical search agrees with a report of a past event: what is asked is out of scope (card.scope-favourite).
    const bestInScope = Math.max(0, ...inScope.map((m) => m.score));
    if (
      rules['card.scope-favourite'] > 0 &&
      scope &&
      scope.probability >= rules['card.scope-favourite'] &&
      scope.score > bestInScope &&
      scope.score >= rules['card.out-of-scope'] &&
      scopeNamed(scope)
    )
      return declineBy(
        scope,
        'card.scope-favourite',
        `${scope.card.id} (${round3(scope.score)}) is the classifier's favourite and scores above every card the knowledge answers (${round3(bestInScope)})`,
        bestInScope,
      );
    /** Under the answer bar a card answers only ahead of every decline card, and named by the message. */
    const aheadOfScope = (m: CardMatch) => m.score - (scope?.score ?? 0);
    const mayAnswerUnderBar = (m: CardMatch) => aheadOfScope(m) >= rules['card.scope-margin'] && named(m);
    const best = inScope[0];
    const next =
      best && inScope.find((m) => m.card.path !== best.card.path || m.card.section !== best.card.section);
    const lead = best ? best.score - (next?.score ?? 0) : 0;
    const bar = u.language === 'en' ? 'card.answer-bar-en' : 'card.answer-bar';
    if (best && best.score >= rules[bar])
      return answerBy(
        best,
        bar,
        `${best.card.id} scores ${round3(best.score)} >= ${rules[bar]}: its answer leads`,
      );
    // "Proposal DAK sentra kami ... udh disetujui blm?": where the asker's own application stands is in no
    // document. Under the answer bar, the closest decline card of the section on such status declines it,
    // with where to ask (card.own-status)
    if (
      rules['card.own-status'] > 0 &&
      questionKind(trace.asking ?? u.resolved) === 'status' &&
      OWN_CASE.test(u.text)
    ) {
      // the decline cards of the section about one's own applications ("Status pengajuan pribadi: ...")
      const status = matches.find((m) => isOutOfScopePath(m.card.path) && /\bstatus\b/i.test(m.card.section));
      if (status)
        return answerBy(
          status,
          'card.own-status',
          `the message asks where the asker's own application stands and no card reaches the answer bar: ${status.card.id} declines it`,
        );
    }
    if (
      best &&
      best.score >= rules['card.lead-floor'] &&
      lead >= rules['card.clear-lead'] &&
      best.coverage >= rules['card.choice-coverage'] &&
      (rules['card.lead-named'] <= 0 || named(best))
    )
      return answerBy(
        best,
        'card.clear-lead',
        `${best.card.id} (${round3(best.score)}) leads the next topic by ${round3(lead)} >= ${rules['card.clear-lead']}: it answers`,
      );
    // Two readings agree: the lexical search ranks the best card's own section first, and no decline
    // card is as close.
    if (
      best &&
      top &&
      rules['card.agreed-bar'] < rules[bar] &&
      best.card.path === top.path &&
      best.card.section === top.section &&
      best.score >= rules['card.agreed-bar'] &&
      mayAnswerUnderBar(best)
    )
      return answerBy(
        best,
        'card.agreed-bar',
        `${best.card.id} (${round3(best.score)}) is the card of the section the search ranks first, ${round3(aheadOfScope(best))} ahead of any decline card: it answers`,
      );
    // The lexical search reads the whole message, story included: when its two best passages come from
    // one document, the closest card of that document that the message names (in its question or its
    // story) answers.
    const consensus =
      top && chunks[1] && chunks[1].path === top.path && rules['card.search-consensus'] < rules[bar]
        ? inScope.find((m) => m.card.path === top.path)
        : undefined;
    if (
      consensus &&
      consensus.score >= rules['card.search-consensus'] &&
      !(
        rules['card.consensus-named'] > 0 &&
        !consensus.askingNamed &&
        inScope[0] !== consensus &&
        inScope[0]?.askingNamed === true
      ) &&
      aheadOfScope(consensus) >= rules['card.scope-margin'] &&
      consensus.namedIdf >= rules['card.specific-idf']
    )
      return answerBy(
        consensus,
        'card.search-consensus',
        `the search's two best passages are from ${top!.path}: its closest card ${consensus.card.id} (${round3(consensus.score)}) answers`,
      );
    const reachable = inScope.filter(
      (m, i) => m.coverage >= rules['card.choice-coverage'] || (i === 0 && namedBest(m)),
    );
    const sectionCard = (path: string, section: string) =>
      inScope.find(
        (m) => m.card.path === path && m.card.section === section && m.score >= rules['card.low-bar'],
      );
    /** A choice that answers in place of "maksudnya yang mana?", by the named rule that let it. */
    const answerChoice = async (m: CardMatch, rule: RuleName, effect: string): Promise<CardReading> => {
      const step = await answerWith(m.card, u, u.language, m.score, trace.asking ?? u.resolved, trace);
      trace.rules.push({ rule, effect });
      return { choices: step, choiceCard: m.card.id, sectionCard };
    };
    // The matcher and the classifier agree: the classifier's favourite is the best card, or answers like it; it
    // answers in place of the choices (unless the search is sure of its own answer).
    const favourite = inScope.reduce<CardMatch | undefined>(
      (f, m) => (!f || m.probability > f.probability ? m : f),
      undefined,
    );
    if (
      best &&
      favourite &&
      rules['card.classifier-agrees'] > 0 &&
      favourite.probability >= rules['card.classifier-agrees'] &&
      best.score >= rules['card.lead-floor'] &&
      mayAnswerUnderBar(best) &&
      (favourite === best ||
        overlap(new Set(analyze(best.card.jawab)), new Set(analyze(favourite.card.jawab))) >=
          rules['card.choices-agree'])
    )
      return answerChoice(
        best,
        'card.classifier-agrees',
        `${best.card.id} (${round3(best.score)}) is the classifier's favourite ${favourite.card.id} (${round3(favourite.probability)}) or answers like it: it answers unless the search is sure`,
      );
    if (!reachable[0] || reachable[0].score < rules['card.low-bar']) return { sectionCard };
    const offered = offer(reachable, u.language, trace, top);
    // "Which one?" between two questions of one document asks nothing the asker can tell apart: the
    // first answers (card.one-document).
    /** Under the choices, a card answers when it reaches card.single-choice and may answer under the bar. */
    const mayAnswerAsChoice = (m: CardMatch | undefined): m is CardMatch =>
      m !== undefined && m.score >= rules['card.single-choice'] && mayAnswerUnderBar(m);
    const [first2, second2] = offered;
    if (
      rules['card.one-document'] > 0 &&
      second2 &&
      first2!.card.path === second2.card.path &&
      mayAnswerAsChoice(first2)
    )
      return answerChoice(
        first2,
        'card.one-document',
        `the two closest choices are both from ${first2.card.path}: ${first2.card.id} (${round3(first2.score)}) answers instead of "maksudnya yang mana?"`,
      );
    const only = offered.length === 1 ? offered[0] : undefined;
    // "Which one?" with one choice asks nothing: the one topic within reach answers, unless a decline
    // card is as close.
    if (mayAnswerAsChoice(only))
      return answerChoice(
        only,
        'card.single-choice',
        `${only.card.id} (${round3(only.score)}) is the only topic within reach: it answers when the search is not sure`,
      );
    return { choices: clarify(offered, u.language), sectionCard };
  }

  /** The best score of a card the knowledge answers from (no decline card), for a reading of a message. */
  async function bestScore(u: Understanding): Promise<number> {
    const { matches } = await matchCards(u, { cards: [], chunks: [], rules: [] });
    return matches.find((m) => !isOutOfScopePath(m.card.path))?.score ?? 0;
  }

  /** One card, picked by the user from the choices; the pick is kept as a candidate variant. */
  async function pick(input: {
    cardId: string;
    text: string;
    language: Language;
    chosenFrom?: number;
    record: boolean;
  }): Promise<(StepResult & { trace: AnswerTrace }) | undefined> {
    const matcher = deps.cards ? await deps.cards.current() : undefined;
    const card = matcher?.card(input.cardId);
    if (!card) return undefined;
    const trace: AnswerTrace = {
      cards: [{ id: card.id, section: card.section, score: 1, matched: 'chosen by the user' }],
      chunks: [],
      card: card.id,
      rules: [],
      ...(input.chosenFrom ? { chosenFrom: input.chosenFrom } : {}),
    };
    const step = await answerWith(card, undefined, input.language, 1, input.text, trace);
    if (input.record && deps.cardsRepo)
      await deps.cardsRepo
        .addVariant({ cardId: card.id, text: input.text, origin: 'chosen', interactionId: input.chosenFrom })
        .catch((error) =>
          deps.log.warn({ err: error, code: 'CARD_VARIANT_FAILED' }, 'chosen topic not kept'),
        );
    return { ...step, trace };
  }

  return { read, pick, bestScore };
}

export type CardAnswers = ReturnType<typeof createCardAnswers>;
