import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CardsRepo, StoredCard } from '../../db/cards-repo.ts';
import type { Logger } from '../../logger.ts';
import { ANALYZER_VERSION } from '../../text/analyze.ts';
import { ENGLISH_TO_INDONESIAN } from '../../text/english.ts';
import { SLANG } from '../../text/slang.ts';
import { SYNONYMS } from '../../text/synonyms.ts';
import { QUESTION_KIND_CUES } from '../question-kind.ts';
import { RULES, type RuleSet as Rules } from '../rules.ts';
import {
  type CardClassifier,
  createClassifier,
  decodeModel,
  encodeModel,
  readingsKey,
  trainCardClassifier,
} from './classifier.ts';
import { type CardMatcher, type CardReadings, createCardMatcher, readCards } from './matcher.ts';

/** Everything a card's reading depends on besides the card: a change to any of them reads the cards anew. */
const READING_FINGERPRINT = createHash('sha256')
  .update(
    JSON.stringify([
      ANALYZER_VERSION,
      SLANG,
      ENGLISH_TO_INDONESIAN,
      SYNONYMS,
      QUESTION_KIND_CUES,
      'readings-3',
      // A year after the current one reads as what has not happened yet (namesFuture): a new year reads anew.
      new Date().getFullYear(),
    ]),
  )
  .digest('hex')
  .slice(0, 16);

/** Classifiers trained in this process, by the readings they were trained on. */
const trained = new Map<string, CardClassifier>();

interface CachedIndex {
  key: string;
  cards: StoredCard[];
  readings: CardReadings;
}

/**
 * The card matcher, built from the database and rebuilt when a card or variant changes (a mentor's
 * new variant is answered from within `checkMs`, in every process sharing the database). Reading
 * the cards (stemming several thousand questions) takes most of a second; with `cacheFile`, the
 * cards and their readings are kept there under the database's card version, so a process that
 * starts on an unchanged database skips both the reading and the query.
 */
export function createCardStore(
  repo: Pick<CardsRepo, 'list' | 'version'>,
  options: {
    checkMs?: number;
    places?: () => ReadonlySet<string>;
    rules?: Rules;
    cacheFile?: string;
    log?: Logger;
  } = {},
) {
  const checkMs = options.checkMs ?? 2_000;
  let matcher: CardMatcher | undefined;
  let version = '';
  let checkedAt = 0;
  let loading: Promise<CardMatcher> | undefined;

  function cached(key: string): CachedIndex | undefined {
    if (!options.cacheFile) return undefined;
    try {
      const index = JSON.parse(readFileSync(options.cacheFile, 'utf8')) as CachedIndex;
      return index.key === key && index.readings.cards.length === index.cards.length ? index : undefined;
    } catch {
      return undefined; // absent, unreadable or from another version: read the cards anew
    }
  }

  function keep(index: CachedIndex) {
    if (!options.cacheFile) return;
    try {
      const temporary = `${options.cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(index));
      renameSync(temporary, options.cacheFile);
    } catch (error) {
      options.log?.info(
        { err: error, code: 'CARD_CACHE_UNWRITABLE' },
        'card index not kept; it is read at every start',
      );
    }
  }

  /** Process-wide: a model trained once serves every store over the same cards. */
  function classifierFor(readings: CardReadings): CardClassifier | undefined {
    const rules = options.rules;
    const on = (name: 'card.classifier' | 'card.classifier-score') =>
      (rules?.[name] ?? RULES[name].weight) > 0;
    if (!on('card.classifier') && !on('card.classifier-score')) return undefined;
    const key = readingsKey(readings);
    const known = trained.get(key);
    if (known) return known;
    const file = options.cacheFile ? `${options.cacheFile}.classifier` : undefined;
    let model = undefined as ReturnType<typeof decodeModel>;
    if (file)
      try {
        model = decodeModel(readFileSync(file), key);
      } catch {
        model = undefined; // absent or unreadable: trained anew
      }
    if (!model) {
      const started = Date.now();
      model = trainCardClassifier(readings);
      options.log?.info(
        { cards: readings.cards.length, ms: Date.now() - started },
        'card classifier trained',
      );
      if (file)
        try {
          const temporary = `${file}.${process.pid}.tmp`;
          writeFileSync(temporary, encodeModel(key, model));
          renameSync(temporary, file);
        } catch (error) {
          options.log?.info(
            { err: error, code: 'CARD_CACHE_UNWRITABLE' },
            'card classifier not kept; it is trained at every start',
          );
        }
    }
    const classifier = createClassifier(model);
    if (trained.size >= 4) trained.clear();
    trained.set(key, classifier);
    return classifier;
  }

  async function load(): Promise<CardMatcher> {
    const now = Date.now();
    if (matcher && now - checkedAt < checkMs) return matcher;
    checkedAt = now;
    const current = await repo.version();
    if (matcher && current === version) return matcher;
    const key = `${READING_FINGERPRINT}:${current}`;
    const hit = cached(key);
    const places = options.places?.();
    if (hit)
      matcher = createCardMatcher(hit.cards, {
        places,
        rules: options.rules,
        readings: hit.readings,
        classifier: classifierFor(hit.readings),
      });
    else {
      const cards = await repo.list();
      const readings = readCards(cards, places);
      matcher = createCardMatcher(cards, {
        places,
        rules: options.rules,
        readings,
        classifier: classifierFor(readings),
      });
      keep({ key, cards, readings });
    }
    version = current;
    return matcher;
  }

  return {
    async current(): Promise<CardMatcher> {
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    /** Rebuild on the next question (a mentor just changed a card in this process). */
    invalidate() {
      checkedAt = 0;
    },
  };
}

export type CardStore = ReturnType<typeof createCardStore>;
