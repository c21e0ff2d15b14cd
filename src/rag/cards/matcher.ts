import type { StoredCard } from '../../db/cards-repo.ts';
import { isOutOfScopePath } from '../../ingest/document.ts';
import { analyze, isDictionaryWord } from '../../text/analyze.ts';
import { createVocabulary } from '../../text/fuzzy.ts';
import { GOODS } from '../../text/goods.ts';
import { COMPASS_WORDS } from '../../text/places.ts';
import { REQUEST_WORDS } from '../../text/request-words.ts';
import { SENTENCE_BREAK, splitAsking, withoutHearsay, withoutWhen } from '../../text/lexicon.ts';
import { expandSynonyms } from '../../text/synonyms.ts';
import { type QuestionKind, questionKind } from '../question-kind.ts';
import { type FiredRule, RULES, type RuleSet } from '../rules.ts';
import { kindFit } from '../unit-score.ts';
import type { CardClassifier } from './classifier.ts';

/**
 * The kinds of answer a card's direct answer can be seen to state, or not: a date, a name, a place. Not a
 * figure: most money cards hold a worked example, a figure that answers nothing asked.
 */
const ANSWER_KINDS: QuestionKind[] = ['time', 'person', 'place'];

/**
 * Terms that date a question (months, years) or ask for a figure of something (its value, share, number):
 * they say when or how much, not which topic ("Berapa persentase dan nilainya Januari-September 2018?").
 */
const NO_TOPIC_TERM =
  /^(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|june|july|august|october|december|(?:19|20)\d\d|nilai|persentase|persen|angka|jumlah|value|percentage|share|number|figure)$/;

/** A yes/no question: "... wajib gak sih ...?", "apakah ...", "is it ...?" (a general question with a tag). */
const YES_NO =
  /\b(?:gak|ga|nggak|ngga|enggak|gk|apakah|bisakah|bolehkah|perlukah|haruskah)\b|^\s*(?:is|are|can|does|do|should|must)\b/i;
/** A question that asks what a word means: "apa itu", "X tu apa", "artinya", "singkatan", "what is". */
const ASKS_MEANING =
  /\b(?:apa|apaan|arti(?:nya)?|maksud(?:nya)?|singkatan|kepanjangan|pengertian|definisi|what|mean(?:s|ing)?|stand for)\b/i;

/** A card and how well a message matches it. */
export interface CardMatch {
  card: StoredCard;
  score: number;
  /** The order among cards: the score weighed by how much of the question the card holds (card.coverage). */
  rank: number;
  /** Share of the asking sentence's weight found anywhere in the card. */
  coverage: number;
  /** The variant that matched best (or the card's own text). */
  matched: string;
  variantScore: number;
  textScore: number;
  /**
   * Whether the asking sentence names the card's topic: a word of its heading or of its formal or
   * English questions at least as rare as card.topic-named, not only a word of a chat or story variant
   * (a place, the asker's goods). Answering under the answer bar needs it.
   */
  named: boolean;
  /** The same, said by the story around the asking sentence. */
  storyNamed: boolean;
  /** Whether the asking sentence's own words name it (not the story words a thin one borrows). */
  askingNamed: boolean;
  /** The IDF of the rarest word by which the message (question or story) names the card's topic; 0 if none. */
  namedIdf: number;
  /** The classifier's probability for the card (card.classifier); 0 without a classifier. */
  probability: number;
}

type Vector = Map<string, number>;

/** The one or two words after "menurut" / "according to" / "based on" / "kata" / "versi". */
const SOURCE_QUALIFIER =
  /\b(?:menurut|according to|based on|versi|kata|data)\s+([\p{L}\p{N}]+(?:\s+(?!dan\b|and\b|yang\b|tahun\b|in\b)[\p{Lu}][\p{L}]+)?)/giu;

/** A word without its vowels, as chat writes it: "makanan" -> "mknn", "mknan" -> "mknn". */
function skeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Words by which a message speaks of the asker's own work: "sy", "jualan", "usaha", "my", "we". */
const OWNED =
  /\b(?:sy|saya|aku|ak|gw|gue|kami|kita|jualan|jual|bikin|buat|produksi|usaha|usahaku|my|our|we|i|i'm)\b/iu;

/**
 * The goods words as index terms, read both as Indonesian and as English. Of an English word's reading only
 * its first term: "shoes" reads as "sepatu alas kaki", and "alas" is also the stem of
 * "alasan" (a reason), which names no goods.
 */
const goodsTerms: ReadonlySet<string> = new Set(
  GOODS.flatMap((word) => [
    ...analyze(word, { slang: true }),
    ...analyze(word, { slang: true, english: true }).slice(0, 1),
  ]),
);

/** The request words as index terms ("solusi", "saran", "tips"), Indonesian and English readings. */
const requestTerms: ReadonlySet<string> = new Set(
  REQUEST_WORDS.flatMap((word) => [
    ...analyze(word, { slang: true }),
    ...analyze(word, { slang: true, english: true }),
  ]),
);

/** Recently read texts: a card's questions are read several ways when it is indexed, messages repeat. */
const readCache = new Map<string, string[]>();

/** A text's index terms with chat spellings read and domain synonyms added (cached). */
export function termsOf(text: string, english: boolean): string[] {
  // The year is part of the reading: a year after this one reads as what has not happened yet (namesFuture).
  const key = `${english ? 'en' : 'id'}\u0000${new Date().getFullYear()}\u0000${text}`;
  const cached = readCache.get(key);
  if (cached) return cached;
  const terms = analyze(expandSynonyms(text).text, { slang: true, english });
  if (readCache.size > 50_000) readCache.clear();
  readCache.set(key, terms);
  return terms;
}

function weigh(terms: string[], idf: (term: string) => number, scale = 1): Vector {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  const out: Vector = new Map();
  for (const [term, n] of tf) out.set(term, scale * (1 + Math.log(n)) * idf(term));
  return out;
}

function norm(v: Vector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/**
 * What indexing reads off the cards (the costly part: stemming every question): kept in a file beside
 * the database so that a process that starts finds it ready (see store.ts). Aligned with the cards'
 * order; plain data.
 */
export interface CardReadings {
  cards: { variants: { asking: string[]; story: string[]; kind: QuestionKind }[]; own: string[] }[];
  topics: string[];
  skeletons: [string, string][];
  /** The words the cards are written with, each with the term it reads as: typos are a letter from these. */
  surfaces: [string, string, number][];
}

/** Reads the cards: each variant's asking and story terms and the kind of answer it asks for. */
export function readCards(cards: StoredCard[], places: ReadonlySet<string> = new Set()): CardReadings {
  const read = cards.map((card) => {
    // Variants of one card ask the same thing: a chat variant without a question word ("bps tu apa
    // kak") asks for what the card's formal questions ask for.
    const kinds = card.variants.filter((v) => v.kind === 'tanya').map((v) => questionKind(v.text));
    const cardKind: QuestionKind = kinds.find((k) => k !== 'general') ?? 'general';
    const variants = card.variants.map((variant) => {
      // A variant that tells a story is read like a message: its asking sentence carries it.
      const english = variant.kind === 'en';
      const { asking, context } = splitAsking(variant.text);
      const kind: QuestionKind = questionKind(asking);
      return {
        asking: termsOf(asking, english),
        story: context ? termsOf(context, english) : [],
        kind: kind === 'general' ? cardKind : kind,
      };
    });
    const own = [
      ...termsOf(`${card.section}. ${card.jawab}`, false),
      ...(card.answer ? termsOf(card.answer, true) : []),
    ];
    return { variants, own };
  });
  // The knowledge's topics: words of section headings and formal questions, not places (where the
  // asker is). A thin asking sentence borrows these from its story.
  const topics = new Set(
    cards.flatMap((card) => [
      ...termsOf(card.section, false),
      ...card.variants.filter((v) => v.kind === 'tanya').flatMap((v) => termsOf(v.text, false)),
    ]),
  );
  for (const place of places) topics.delete(place);
  // Chat drops vowels ("mknan", "pmbukuan", "srtifikat"): the consonants of a word the cards use
  // lead back to it. Only skeletons of three consonants or more, the most frequent word on ties.
  const skeletonCounts = new Map<string, Map<string, number>>();
  const surfaceCounts = new Map<string, { term: string; count: number }>();
  for (const card of cards)
    for (const text of [card.section, card.jawab, ...card.variants.map((v) => v.text)])
      for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
        // "tnggulangin", "brdiri": a typo is a letter away from the word as written ("tanggulangin",
        // "berdiri"), not always from its stem ("tanggulang", "diri")
        if (word.length >= 5) {
          const known = surfaceCounts.get(word);
          if (known) known.count++;
          else {
            const term = analyze(word)[0];
            if (term) surfaceCounts.set(word, { term, count: 1 });
          }
        }
        const key = skeleton(word);
        if (key.length < 3) continue;
        for (const term of analyze(word).slice(0, 1)) {
          const counts = skeletonCounts.get(key) ?? new Map<string, number>();
          counts.set(term, (counts.get(term) ?? 0) + 1);
          skeletonCounts.set(key, counts);
        }
      }
  const skeletons = [...skeletonCounts].map(
    ([key, counts]) => [key, [...counts].sort((a, b) => b[1] - a[1])[0]![0]] as [string, string],
  );
  const surfaces = [...surfaceCounts].map(
    ([word, { term, count }]) => [word, term, count] as [string, string, number],
  );
  return { cards: read, topics: [...topics], skeletons, surfaces };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** An asking sentence without the words that say when (card.when-words) or where it was heard (card.hearsay-words). */
function withoutAsides(text: string, rules: RuleSet): string {
  const timeless = rules['card.when-words'] > 0 ? withoutWhen(text) : text;
  return rules['card.hearsay-words'] > 0 ? withoutHearsay(timeless) : timeless;
}

/**
 * Question-to-question matching over answer cards: every variant, and the card's own answer and
 * heading, is a TF-IDF vector over stemmed terms (chat spellings read, synonyms added); a message
 * scores each card by cosine similarity with its best variant, blended with its own text. The
 * asking sentence carries the match; the story's words weigh `card.context-weight` of it.
 */
export function createCardMatcher(
  cards: StoredCard[],
  options: {
    places?: ReadonlySet<string>;
    rules?: RuleSet;
    readings?: CardReadings;
    /** Trained on the same cards in the same order (classifier.ts); without it card.classifier is off. */
    classifier?: CardClassifier;
  } = {},
) {
  const variantStory =
    options.rules?.['card.variant-story-weight'] ?? RULES['card.variant-story-weight'].weight;
  const readings = options.readings ?? readCards(cards, options.places);
  const places = options.places ?? new Set<string>();
  const df = new Map<string, number>();
  const entries = cards.map((card, i) => {
    const read = readings.cards[i]!;
    const variants = card.variants.map((variant, j) => {
      const v = read.variants[j]!;
      return {
        text: variant.text,
        asking: v.asking,
        story: v.story,
        terms: [...v.asking, ...v.story],
        kind: v.kind,
      };
    });
    const ownText = read.own;
    for (const term of new Set([...variants.flatMap((v) => v.terms), ...ownText]))
      df.set(term, (df.get(term) ?? 0) + 1);
    return { card, variants, ownText };
  });
  const topics = new Set(readings.topics);
  const n = Math.max(1, cards.length);
  const idfCap = options.rules?.['card.idf-cap'] ?? RULES['card.idf-cap'].weight;
  // Words only the English lines use: English is written less, so its words look rarer than they are
  // (card.english-df-scale).
  const englishScale = options.rules?.['card.english-df-scale'] ?? RULES['card.english-df-scale'].weight;
  const indonesian = new Set<string>();
  entries.forEach(({ card, variants }) => {
    card.variants.forEach((v, j) => {
      if (v.kind !== 'en') for (const term of variants[j]!.terms) indonesian.add(term);
    });
  });
  const idf = (term: string) => {
    const seen = df.get(term) ?? 0;
    const scaled =
      englishScale !== 1 && seen > 0 && !indonesian.has(term) ? Math.min(n, seen * englishScale) : seen;
    const raw = Math.log(1 + (n + 0.5) / (scaled + 0.5));
    return idfCap > 0 ? Math.min(raw, idfCap) : raw;
  };
  /** A word that tells cards apart: the cards use it, rare enough (card.specific-idf), not a request word. */
  const tellsApart = (term: string, rules: RuleSet) =>
    df.has(term) && idf(term) >= rules['card.specific-idf'] && !requestTerms.has(term);
  const vocabulary = createVocabulary([...df].map(([term, count]) => ({ term, df: count })));
  const skeletons = new Map(readings.skeletons);
  const surfaceTerms = new Map(readings.surfaces.map(([word, term]) => [word, term]));
  const surfaceVocabulary = createVocabulary(
    readings.surfaces.map(([term, , count]) => ({ term, df: count })),
  );
  const indexed = entries.map(({ card, variants, ownText }) => ({
    card,
    variants: variants.map((v) => {
      const vector = weigh(v.asking, idf);
      for (const [term, w] of weigh(v.story, idf, variantStory)) if (!vector.has(term)) vector.set(term, w);
      return { text: v.text, vector, norm: norm(vector), kind: v.kind };
    }),
    own: (() => {
      const vector = weigh(ownText, idf);
      return { vector, norm: norm(vector) };
    })(),
    // What the card is about: its questions without their stories, its answer and heading.
    topical: new Set([...variants.flatMap((v) => v.asking), ...ownText]),
    // The card's topic as its writer named it: heading, formal and English questions.
    named: new Set([
      ...termsOf(card.section, false),
      ...card.variants.flatMap((v, j) =>
        v.kind === 'tanya' || v.kind === 'en' || v.kind === 'mentor' ? variants[j]!.asking : [],
      ),
    ]),
    // Everything the card says and is asked with: what a story's words are compared with.
    whole: (() => {
      const vector = weigh([...new Set([...variants.flatMap((v) => v.terms), ...ownText])], idf);
      return { vector, norm: norm(vector) };
    })(),
  }));

  const indexedById = new Map(indexed.map((entry) => [entry.card.id, entry]));

  /** Message terms with unknown words read as the card vocabulary word a typo away. */
  // Typo lookups scan the vocabulary: each word is looked up once per matcher.
  const corrections = new Map<string, string | undefined>();
  const correct = (term: string) => {
    if (!corrections.has(term))
      corrections.set(
        term,
        isDictionaryWord(term)
          ? undefined
          : (vocabulary.correct(term) ??
              (() => {
                const word = surfaceVocabulary.correct(term);
                return word ? surfaceTerms.get(word) : undefined;
              })()),
      );
    return corrections.get(term);
  };

  /** A story's words as they are: it only breaks ties, so its typos are not worth the lookups. */
  function storyTermsOf(text: string, english: boolean, rules: RuleSet) {
    const told = rules['card.hearsay-words'] > 0 ? withoutHearsay(text) : text;
    return termsOf(told, english).map((term) => ({
      term,
      weight: df.has(term) || /\d/.test(term) ? 1 : rules['card.unknown-weight'],
    }));
  }

  function readTerms(text: string, english: boolean, rules: RuleSet, fired: FiredRule[], ownerText = text) {
    const out: { term: string; weight: number }[] = [];
    // Only the asker's own goods ("sy jualan keripik", "my leather wallets") set the scene; in "resep
    // rendang gimana?" the dish is what is asked about.
    const terms = termsOf(text, english);
    const own = OWNED.test(ownerText);
    const goods = own ? terms.filter((term) => goodsTerms.has(term) && df.has(term)) : [];
    if (goods.length > 0 && rules['card.goods-words'] !== 1)
      fired.push({
        rule: 'card.goods-words',
        effect: `${[...new Set(goods)].join(', ')} name(s) the goods, weight ${rules['card.goods-words']}`,
      });
    // "menurut BPS", "according to BPS": the source a figure should come from, not the topic asked about.
    const qualifier = new Set<string>();
    for (const match of text.matchAll(SOURCE_QUALIFIER))
      for (const term of termsOf(match[1]!, english)) qualifier.add(term);
    if (qualifier.size > 0)
      fired.push({
        rule: 'card.source-qualifier',
        effect: `${[...qualifier].join(', ')} name(s) the source, weight ${rules['card.source-qualifier']}`,
      });
    const requests = terms.filter((term) => requestTerms.has(term));
    if (requests.length > 0 && rules['card.request-words'] !== 1)
      fired.push({
        rule: 'card.request-words',
        effect: `${[...new Set(requests)].join(', ')} ask(s) for help without a topic, weight ${rules['card.request-words']}`,
      });
    for (const term of terms) {
      if (qualifier.has(term)) {
        out.push({ term, weight: rules['card.source-qualifier'] });
        continue;
      }
      if (requestTerms.has(term)) {
        out.push({ term, weight: rules['card.request-words'] });
        continue;
      }
      if (df.has(term)) {
        out.push({ term, weight: own && goodsTerms.has(term) ? rules['card.goods-words'] : 1 });
        continue;
      }
      // "kain sy jual 1,5jt": the asker's own amounts are data for a calculation, not what is asked about;
      // a year no card holds ("DAK 2027") still tells that the knowledge may not hold it.
      if (/\d/.test(term)) {
        const year = /^(19|20)\d\d$/.test(term);
        const weight = year ? 1 : rules['card.figure-weight'];
        if (weight > 0) out.push({ term, weight });
        if (!year)
          fired.push({
            rule: 'card.figure-weight',
            effect: `"${term}" is a figure no card holds: weight ${weight}`,
          });
        continue;
      }
      const corrected = correct(term);
      // Only a word written without most of its vowels is read by its consonants ("amerika" is not "merek").
      const vowels = (term.match(/[aeiou]/g) ?? []).length;
      const unvowelled = corrected || vowels / term.length > 0.25 ? undefined : skeletons.get(skeleton(term));
      if (corrected) {
        out.push({ term: corrected, weight: rules['card.typo-weight'] });
        fired.push({ rule: 'card.typo-weight', effect: `"${term}" read as "${corrected}"` });
      } else if (unvowelled) {
        out.push({ term: unvowelled, weight: rules['card.chat-skeleton'] });
        fired.push({
          rule: 'card.chat-skeleton',
          effect: `"${term}" read as "${unvowelled}" (vowels dropped)`,
        });
      } else {
        out.push({ term, weight: rules['card.unknown-weight'] });
        fired.push({
          rule: 'card.unknown-weight',
          effect: `"${term}" is in no card: weight ${rules['card.unknown-weight']}`,
        });
      }
    }
    return out;
  }

  function vectorOf(terms: { term: string; weight: number }[]): Vector {
    const q: Vector = new Map();
    const counts = new Map<string, { n: number; weight: number }>();
    for (const { term, weight } of terms) {
      const c = counts.get(term) ?? { n: 0, weight };
      counts.set(term, { n: c.n + 1, weight: Math.max(c.weight, weight) });
    }
    for (const [term, { n: count, weight }] of counts)
      q.set(term, weight * (1 + Math.log(count)) * idf(term));
    return q;
  }

  const variantList = indexed.flatMap((entry, e) => entry.variants.map((v) => ({ ...v, entry: e })));
  const variantPostings = new Map<string, { i: number; w: number }[]>();
  const ownPostings = new Map<string, { i: number; w: number }[]>();
  const wholePostings = new Map<string, { i: number; w: number }[]>();
  const topicalPostings = new Map<string, number[]>();
  const post = <T>(map: Map<string, T[]>, term: string, value: T) => {
    const list = map.get(term);
    if (list) list.push(value);
    else map.set(term, [value]);
  };
  variantList.forEach((v, i) => {
    for (const [term, w] of v.vector) post(variantPostings, term, { i, w });
  });
  indexed.forEach((entry, i) => {
    for (const [term, w] of entry.own.vector) post(ownPostings, term, { i, w });
    for (const [term, w] of entry.whole.vector) post(wholePostings, term, { i, w });
    for (const term of entry.topical) post(topicalPostings, term, i);
  });
  // The postings and the per-variant and per-card figures as typed arrays: a message's scoring loops
  // run over a few thousand of them.
  const packed = (map: Map<string, { i: number; w: number }[]>) =>
    new Map(
      [...map].map(([term, list]) => [
        term,
        { ids: Int32Array.from(list, (p) => p.i), ws: Float64Array.from(list, (p) => p.w) },
      ]),
    );
  const variantIndex = packed(variantPostings);
  const ownIndex = packed(ownPostings);
  const wholeIndex = packed(wholePostings);
  const topicalIndex = new Map([...topicalPostings].map(([term, ids]) => [term, Int32Array.from(ids)]));
  const variantEntry = Int32Array.from(variantList, (v) => v.entry);
  const variantNorm = Float64Array.from(variantList, (v) => v.norm);
  const variantKind = variantList.map((v) => v.kind);
  const variantText = variantList.map((v) => v.text);
  const ownNorm = Float64Array.from(indexed, (entry) => entry.own.norm);
  const wholeNorm = Float64Array.from(indexed, (entry) => entry.whole.norm);
  // The cards each word names (heading, formal and English questions), to mark the cards a message names.
  const namedPostings = new Map<string, number[]>();
  indexed.forEach((entry, i) => {
    for (const term of entry.named) post(namedPostings, term, i);
  });
  const namedIndex = new Map([...namedPostings].map(([term, ids]) => [term, Int32Array.from(ids)]));
  // Which kinds each card's direct answer states (a date, a name, a place): a question
  // asking "who" wants a card whose answer names someone (card.answer-kind).
  const answerStates = indexed.map(
    (entry) =>
      new Set(
        ANSWER_KINDS.filter(
          (kind) => kindFit(kind, { text: entry.card.jawab, kind: 'sentence', position: 0 }) > 1,
        ),
      ),
  );
  const glossaryEntry = Uint8Array.from(indexed, (entry) =>
    entry.card.path.startsWith('knowledge/glosarium/') ? 1 : 0,
  );

  const byId = new Map(cards.map((card) => [card.id, card]));
  return {
    size: cards.length,
    /** How rare a term is among the cards (for choosing a sentence of support). */
    idf,
    card: (id: string): StoredCard | undefined => byId.get(id),
    /** How many telling words (card.specific-idf, not request words) a question names of its own. */
    telling(text: string, english: boolean, rules: RuleSet): number {
      return new Set(termsOf(text, english).filter((t) => tellsApart(t, rules))).size;
    },
    /**
     * Whether a question's own words hold one that may name a card (card.topic-named, not a place): a
     * question without one cannot be answered by card.asking-first, whose card its own words must name.
     */
    namesTopic(text: string, english: boolean, rules: RuleSet, story = ''): boolean {
      const asking = withoutAsides(text, rules);
      // A question that only repeats the story's words ("... kerja sama sm daerah lain. Daerah mana?")
      // asks about the story's subject: it names no topic of its own (card.asking-echo).
      const told =
        story.trim() && rules['card.asking-echo'] > 0
          ? new Set(readTerms(story, english, rules, []).map((t) => t.term))
          : new Set<string>();
      return readTerms(asking, english, rules, []).some(
        (t) =>
          df.has(t.term) &&
          idf(t.term) >= rules['card.topic-named'] &&
          !places.has(t.term) &&
          !NO_TOPIC_TERM.test(t.term) &&
          !told.has(t.term),
      );
    },
    /** Whether a question part names only places ("And East Java?", "kalo jatim?"): a subject, no question. */
    onlyPlaces(text: string, english: boolean): boolean {
      const terms = termsOf(text, english).filter((t) => !requestTerms.has(t));
      return terms.some((t) => places.has(t)) && terms.every((t) => places.has(t) || COMPASS_WORDS.has(t));
    },
    /**
     * The telling words of a question that a card holds nowhere (not in its questions, answer or heading):
     * what the question asks beyond the card, with their IDF, and the IDF of all its telling words.
     */
    beyond(
      text: string,
      cardId: string,
      english: boolean,
      rules: RuleSet,
    ): { terms: string[]; covered: string[]; weight: number; total: number } {
      const entry = indexedById.get(cardId);
      const telling = [...new Set(termsOf(text, english).filter((t) => tellsApart(t, rules)))];
      const total = telling.reduce((sum, t) => sum + idf(t), 0);
      if (!entry) return { terms: [], covered: telling, weight: 0, total };
      const terms = telling.filter((t) => !entry.whole.vector.has(t) && !places.has(t));
      const covered = telling.filter((t) => !terms.includes(t));
      return { terms, covered, weight: terms.reduce((sum, t) => sum + idf(t), 0), total };
    },
    /** Cards ranked by score for a message read as its asking sentence and its context. */
    match(input: {
      asking: string;
      context: string;
      english: boolean;
      rules: RuleSet;
      fired: FiredRule[];
    }): CardMatch[] {
      const { rules, fired } = input;
      const timeless = rules['card.when-words'] > 0 ? withoutWhen(input.asking) : input.asking;
      const asking = rules['card.hearsay-words'] > 0 ? withoutHearsay(timeless) : timeless;
      if (timeless !== input.asking.replace(/\s+/g, ' ').trim())
        fired.push({ rule: 'card.when-words', effect: `read without its when-words: "${timeless}"` });
      if (asking !== timeless)
        fired.push({ rule: 'card.hearsay-words', effect: `read without its hearsay words: "${asking}"` });
      const askingTerms = readTerms(asking, input.english, rules, fired, `${input.context} ${asking}`);
      // The story around the question: compared with each card as a whole, it only breaks ties,
      // more strongly when the asking sentence names no topic of its own ("syaratnya apa saja?").
      const storyTerms = input.context.trim() ? storyTermsOf(input.context, input.english, rules) : [];
      const story = vectorOf(storyTerms);
      const storyNorm = norm(story);
      let storyWeight = 0;
      const borrowed: { term: string; weight: number }[] = [];
      if (storyTerms.length > 0) {
        // Only telling words count: "sebaiknya pakai kemasan apa?" names no topic the cards tell apart.
        // A month, a year or a word asking for a figure says when or how much, not what ("berapa
        // persentase dan nilainya Januari-September 2018?" names no topic).
        const known = new Set(
          askingTerms
            .filter((t) => tellsApart(t.term, rules) && !NO_TOPIC_TERM.test(t.term))
            .map((t) => t.term),
        ).size;
        const thin = known <= rules['card.thin-asking-terms'];
        const rule = thin ? 'card.thin-context-weight' : 'card.context-weight';
        storyWeight = rules['card.context-weight'];
        if (thin) {
          const own = new Set(askingTerms.map((t) => t.term));
          // "Temen nyaranin ambil KUR. Syaratnya apa aja?": the subject is in the nearest sentence that
          // names a topic, not in the whole story (card.nearest-subject).
          const nearest =
            rules['card.nearest-subject'] > 0
              ? input.context
                  .split(SENTENCE_BREAK)
                  .reverse()
                  .map((sentence) =>
                    storyTermsOf(sentence, input.english, rules).filter(
                      (t) => topics.has(t.term) && !own.has(t.term),
                    ),
                  )
                  .find((terms) => terms.length > 0)
              : undefined;
          for (const t of storyTerms)
            if (topics.has(t.term) && !own.has(t.term))
              borrowed.push({
                term: t.term,
                weight:
                  nearest && !nearest.some((n) => n.term === t.term)
                    ? rules[rule] * (1 - rules['card.nearest-subject'])
                    : rules[rule],
              });
          if (nearest)
            fired.push({
              rule: 'card.nearest-subject',
              effect: `the nearest sentence with a topic gives the subject: ${[...new Set(nearest.map((n) => n.term))].join(', ')}; the rest of the story's topic words at ${round3(rules[rule] * (1 - rules['card.nearest-subject']))}`,
            });
        }
        fired.push({
          rule,
          effect: thin
            ? `the asking sentence has ${known} known word(s): it borrows the story's topic words ${[...new Set(borrowed.map((b) => b.term))].join(', ') || '(none)'} at ${round3(Math.max(0, ...borrowed.map((b) => b.weight)))}`
            : `the story breaks ties with weight ${storyWeight}`,
        });
      }
      const q = vectorOf([...askingTerms, ...borrowed]);
      // A thin asking sentence names its topic through the story words it borrows.
      const tells = (term: string) =>
        df.has(term) && idf(term) >= rules['card.topic-named'] && !places.has(term);
      const telling = [...new Set([...askingTerms, ...borrowed].map((t) => t.term))].filter(tells);
      const storyTelling = [...new Set(storyTerms.map((t) => t.term))].filter(tells);
      const askingTelling = [...new Set(askingTerms.map((t) => t.term))].filter(tells);
      // Which cards the message's telling words name: 1 the question's (with words it borrowed), 2 the
      // story's, 4 the asking sentence's own; and the rarest of those words each card is named by.
      const namedBy = new Uint8Array(indexed.length);
      const namedIdf = new Float64Array(indexed.length);
      const mark = (terms: string[], flag: number) => {
        for (const term of terms) {
          const ids = namedIndex.get(term);
          if (!ids) continue;
          const weight = idf(term);
          for (let k = 0; k < ids.length; k++) {
            const i = ids[k]!;
            namedBy[i] = namedBy[i]! | flag;
            if (flag !== 4 && weight > namedIdf[i]!) namedIdf[i] = weight;
          }
        }
      };
      mark(telling, 1);
      mark(storyTelling, 2);
      mark(askingTelling, 4);
      const qNorm = norm(q);
      for (const text of [input.asking, input.context]) {
        const { fired: synonyms } = expandSynonyms(text);
        if (synonyms.length > 0)
          fired.push({ rule: 'card.synonym', effect: `added: ${synonyms.join(', ')}` });
      }
      const textWeight = rules['card.text-weight'];
      const coverageWeight = rules['card.coverage'];
      const scoreCoverage = rules[input.english ? 'card.coverage-score-en' : 'card.coverage-score'];
      const asked: QuestionKind = questionKind(input.asking);
      // "pirt tu wajib gak sih?", "pemkab ada rencana gak buat ngatasi itu?": a yes/no question about a
      // word asks about the thing, not what the word means (card.glossary-kind).
      const asksYesNo = YES_NO.test(input.asking) && !ASKS_MEANING.test(input.asking);
      const kindBonus = rules['card.kind-agrees'];
      const kindPenalty = rules['card.kind-differs'];
      const glossaryPenalty = rules['card.glossary-kind'];
      const answerKind = ANSWER_KINDS.includes(asked) ? rules['card.answer-kind'] : 0;
      const glossaryUnnamed = rules['card.glossary-named'];
      // Dot products through the postings: only the variants and cards that share a word are touched.
      const variantDots = new Float64Array(variantList.length);
      const ownDots = new Float64Array(indexed.length);
      const storyDots = new Float64Array(indexed.length);
      const held = new Float64Array(indexed.length);
      // Only the variants and cards a word of the message reaches are scored (a few hundred of thousands).
      const touchedVariants: number[] = [];
      const touchedEntries: number[] = [];
      const seenEntry = new Uint8Array(indexed.length);
      const touch = (i: number) => {
        if (seenEntry[i] === 0) {
          seenEntry[i] = 1;
          touchedEntries.push(i);
        }
      };
      for (const [term, w] of q) {
        const variants = variantIndex.get(term);
        if (variants)
          for (let k = 0; k < variants.ids.length; k++) {
            const i = variants.ids[k]!;
            if (variantDots[i] === 0) touchedVariants.push(i);
            variantDots[i] = variantDots[i]! + w * variants.ws[k]!;
          }
        const owns = ownIndex.get(term);
        if (owns)
          for (let k = 0; k < owns.ids.length; k++) {
            const i = owns.ids[k]!;
            touch(i);
            ownDots[i] = ownDots[i]! + w * owns.ws[k]!;
          }
        const topical = topicalIndex.get(term);
        if (topical) for (let k = 0; k < topical.length; k++) held[topical[k]!] = held[topical[k]!]! + w * w;
      }
      if (storyWeight > 0)
        for (const [term, w] of story) {
          const wholes = wholeIndex.get(term);
          if (wholes)
            for (let k = 0; k < wholes.ids.length; k++) {
              const i = wholes.ids[k]!;
              touch(i);
              storyDots[i] = storyDots[i]! + w * wholes.ws[k]!;
            }
        }
      const best = new Float64Array(indexed.length);
      const bestVariant = new Int32Array(indexed.length).fill(-1);
      for (const i of touchedVariants) {
        const dot = variantDots[i]!;
        if (dot <= 0) continue;
        const e = variantEntry[i]!;
        touch(e);
        const cos = dot / (qNorm * variantNorm[i]!);
        const kind = variantKind[i];
        const s =
          asked === 'general' || kind === 'general'
            ? cos
            : kind === asked
              ? cos + kindBonus
              : cos - kindPenalty;
        if (s > best[e]!) {
          best[e] = s;
          bestVariant[e] = i;
        }
      }
      // The classifier's view (card.classifier): how likely each card is, learned from all its variants.
      const classifierWeight = options.classifier ? rules['card.classifier'] : 0;
      const classifierScore = options.classifier ? rules['card.classifier-score'] : 0;
      const probabilities =
        classifierWeight > 0 || classifierScore > 0
          ? options.classifier!.probabilities(
              [...askingTerms, ...borrowed],
              storyTerms,
              rules['card.classifier-story'],
            )
          : undefined;
      // Over several hundred cards a sure pick may hold only a fifth of the probability: read relative to
      // the classifier's own first choice (card.classifier-relative), its pick counts whole.
      // The score the bars read takes the probability as it is when card.classifier-relative is 2: a first
      // choice the classifier is unsure of (0.05 over several hundred cards) lifts no card over a bar.
      let relativeScale = 1;
      if (probabilities && rules['card.classifier-relative'] > 0) {
        let top = 0;
        for (const p of probabilities) if (p > top) top = p;
        if (top > 0) relativeScale = 1 / top;
      }
      // A word of the question no card knows ("inacraft") names what the cards, and so the classifier
      // learned from them, have never seen: the classifier then orders the cards but lifts none over a bar
      // (card.classifier-unknown), and the search (a mentor's document included) may answer.
      const unknownAsked =
        rules['card.classifier-unknown'] > 0 &&
        askingTerms.some((t) => !df.has(t.term) && !/\d/.test(t.term) && t.term.length >= 4);
      if (probabilities && unknownAsked)
        fired.push({
          rule: 'card.classifier-unknown',
          effect: 'a word of the question is in no card: the classifier adds nothing to the score',
        });
      const scoreScale = unknownAsked ? 0 : rules['card.classifier-relative'] >= 2 ? 1 : relativeScale;
      const out: CardMatch[] = [];
      // In card order, as before: ties keep the order of the knowledge.
      touchedEntries.sort((a, b) => a - b);
      for (const i of touchedEntries) {
        const entry = indexed[i]!;
        const own = ownDots[i]! > 0 ? ownDots[i]! / (qNorm * ownNorm[i]!) : 0;
        const storyScore = storyDots[i]! > 0 ? storyDots[i]! / (storyNorm * wholeNorm[i]!) : 0;
        if (best[i]! <= 0 && own <= 0 && storyScore <= 0) continue;
        const coverage = qNorm > 0 ? held[i]! / (qNorm * qNorm) : 0;
        const matchScore = (1 - textWeight) * best[i]! + textWeight * Math.max(own, best[i]!);
        // A glossary entry defines a word; a question that asks how much, when, who or how about that
        // word ("sentra ikm diatur di PP brp?") wants the fact, not the definition (card.glossary-kind).
        // A word's meaning is asked by naming the word: a glossary entry the asking sentence does not name
        // (only the story does) is not what is asked (card.glossary-named).
        const glossary =
          glossaryEntry[i] !== 1
            ? 0
            : ((asked !== 'general' && asked !== 'definition') || asksYesNo ? glossaryPenalty : 0) +
              ((namedBy[i]! & 4) === 0 ? glossaryUnnamed : 0);
        const raw = probabilities ? probabilities[i]! : 0;
        const p = raw * relativeScale;
        // A word no card knows is as likely to name what Pendamping IKM does not answer: a decline card
        // keeps the classifier's lift then (card.unknown-scope).
        const lift =
          unknownAsked && rules['card.unknown-scope'] > 0 && isOutOfScopePath(entry.card.path)
            ? relativeScale
            : scoreScale;
        const score =
          matchScore * (1 - scoreCoverage + scoreCoverage * coverage) +
          storyWeight * storyScore -
          glossary +
          classifierScore * raw * lift;
        // Coverage orders the cards; the score (what the bars are read against) stays the match.
        const rank =
          matchScore * (1 - coverageWeight + coverageWeight * coverage) +
          storyWeight * storyScore -
          glossary +
          classifierWeight * p +
          (answerKind > 0 && answerStates[i]!.has(asked) ? answerKind : 0);
        if (score <= 0) continue;
        out.push({
          card: entry.card,
          score,
          rank,
          coverage,
          matched: (bestVariant[i]! >= 0 ? variantText[bestVariant[i]!] : undefined) || entry.card.section,
          variantScore: best[i]!,
          textScore: own,
          named: (namedBy[i]! & 1) !== 0,
          storyNamed: (namedBy[i]! & 2) !== 0,
          askingNamed: (namedBy[i]! & 4) !== 0,
          namedIdf: namedIdf[i]!,
          probability: p,
        });
      }
      out.sort((a, b) => b.rank - a.rank);
      if (probabilities && out[0])
        input.fired.push({
          rule: 'card.classifier',
          effect: `the classifier gives ${out
            .slice(0, 3)
            .map((m) => `${m.card.id} ${round3(m.probability)}`)
            .join(
              ', ',
            )}: +${classifierWeight} × that to the order${classifierScore > 0 ? `, +${classifierScore} × that to the score` : ''}`,
        });
      if (answerKind > 0 && out[0])
        input.fired.push({
          rule: 'card.answer-kind',
          effect: `the message asks for "${asked}": +${answerKind} to the score of cards whose answer states one`,
        });
      if (asked !== 'general' && out[0])
        input.fired.push({
          rule: 'card.kind-agrees',
          effect: `the message asks for "${asked}": +${kindBonus} to variants that do, -${kindPenalty} to those asking another kind`,
        });
      return out;
    },
  };
}

export type CardMatcher = ReturnType<typeof createCardMatcher>;
