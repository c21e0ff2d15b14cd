/**
 * A card classifier learned from the cards themselves: multinomial logistic regression over the
 * stemmed words of every way of asking a card (formal, chat, story, English, a mentor's variant)
 * and of its own answer. Where the TF-IDF matcher compares a message with one variant at a time, the
 * classifier weighs each word by how well it tells the cards apart across all their variants: "stok"
 * counts for the stock cards and little for the rest, whatever variant happened to use it.
 *
 * Measured on the realistic message sets before it was wired in (card-level, fact in the top
 * card's answer): the held-out sets 0.585 with the matcher alone, 0.634 with the classifier alone,
 * 0.622 combined; the tuned sets 0.707, 0.664, 0.721.
 */
import { createHash } from 'node:crypto';
import type { CardReadings } from './matcher.ts';

export interface ClassifierOptions {
  /** Passes over the training examples. */
  epochs?: number;
  /** Learning rate of the first pass; it decays as 1 / (1 + 0.3 * pass). */
  rate?: number;
  /** Weight of a story variant's story sentences beside its asking sentence. */
  storyWeight?: number;
  seed?: number;
}

/** Trained weights: plain arrays, kept in a file beside the database (see store.ts). */
export interface ClassifierModel {
  vocabulary: string[];
  classes: number;
  weights: Float32Array;
  bias: Float32Array;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** A sparse, unit-length vector over the vocabulary. */
function vectorize(terms: WeightedTerm[], index: ReadonlyMap<string, number>) {
  const counts = new Map<number, number>();
  for (const { term, weight } of terms) {
    const i = index.get(term);
    if (i !== undefined && weight > 0) counts.set(i, (counts.get(i) ?? 0) + weight);
  }
  let norm = 0;
  for (const v of counts.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return {
    ids: Int32Array.from(counts.keys()),
    values: Float32Array.from([...counts.values()].map((v) => v / norm)),
  };
}

/** Trains the classifier on the cards' readings (one class per card, in the cards' order). */
export function trainCardClassifier(
  readings: CardReadings,
  options: ClassifierOptions = {},
): ClassifierModel {
  const epochs = options.epochs ?? 8;
  const rate = options.rate ?? 0.5;
  const storyWeight = options.storyWeight ?? 0.3;
  let seed = options.seed ?? 42;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const index = new Map<string, number>();
  const add = (terms: string[]) => {
    for (const term of terms) if (!index.has(term)) index.set(term, index.size);
  };
  for (const card of readings.cards) {
    for (const v of card.variants) add([...v.asking, ...v.story]);
    add(card.own);
  }
  const examples: { ids: Int32Array; values: Float32Array; label: number }[] = [];
  readings.cards.forEach((card, label) => {
    for (const v of card.variants)
      examples.push({
        ...vectorize(
          [
            ...v.asking.map((term) => ({ term, weight: 1 })),
            ...v.story.map((term) => ({ term, weight: storyWeight })),
          ],
          index,
        ),
        label,
      });
    if (card.own.length > 0)
      examples.push({
        ...vectorize(
          card.own.map((term) => ({ term, weight: 1 })),
          index,
        ),
        label,
      });
  });
  const classes = readings.cards.length;
  const size = index.size;
  const weights = new Float32Array(size * classes);
  const bias = new Float32Array(classes);
  const s = new Float64Array(classes);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch * 0.3);
    for (const n of order) {
      const { ids, values, label } = examples[n]!;
      s.set(bias);
      for (let j = 0; j < ids.length; j++) {
        const row = ids[j]! * classes;
        const v = values[j]!;
        for (let k = 0; k < classes; k++) s[k] = s[k]! + weights[row + k]! * v;
      }
      let max = -Infinity;
      for (let k = 0; k < classes; k++) if (s[k]! > max) max = s[k]!;
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        s[k] = Math.exp(s[k]! - max);
        sum += s[k]!;
      }
      // The gradient of the cross-entropy, scaled by the rate: softmax minus the one-hot label.
      for (let k = 0; k < classes; k++) s[k] = (s[k]! / sum - (k === label ? 1 : 0)) * lr;
      for (let j = 0; j < ids.length; j++) {
        const row = ids[j]! * classes;
        const v = values[j]!;
        for (let k = 0; k < classes; k++) weights[row + k] = weights[row + k]! - s[k]! * v;
      }
      for (let k = 0; k < classes; k++) bias[k] = bias[k]! - s[k]! * 0.1;
    }
  }
  return { vocabulary: [...index.keys()], classes, weights, bias };
}

/** Probabilities over the cards for a message's asking terms and (lighter) story terms. */
export function createClassifier(model: ClassifierModel) {
  const index = new Map(model.vocabulary.map((term, i) => [term, i]));
  const { classes, weights, bias } = model;
  return {
    /** One probability per card, in the cards' order; undefined when no word of the message is known. */
    probabilities(
      asking: WeightedTerm[],
      story: WeightedTerm[],
      storyWeight: number,
    ): Float64Array | undefined {
      const { ids, values } = vectorize(
        [...asking, ...story.map((t) => ({ term: t.term, weight: t.weight * storyWeight }))],
        index,
      );
      if (ids.length === 0) return undefined;
      const s = Float64Array.from(bias);
      for (let j = 0; j < ids.length; j++) {
        const row = ids[j]! * classes;
        const v = values[j]!;
        for (let k = 0; k < classes; k++) s[k] = s[k]! + weights[row + k]! * v;
      }
      let max = -Infinity;
      for (let k = 0; k < classes; k++) if (s[k]! > max) max = s[k]!;
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        s[k] = Math.exp(s[k]! - max);
        sum += s[k]!;
      }
      for (let k = 0; k < classes; k++) s[k] = s[k]! / sum;
      return s;
    },
  };
}

export type CardClassifier = ReturnType<typeof createClassifier>;

/** The model as bytes: a JSON header line (key, vocabulary, classes), then the weights and biases. */
export function encodeModel(key: string, model: ClassifierModel): Buffer {
  const header = Buffer.from(
    `${JSON.stringify({ key, vocabulary: model.vocabulary, classes: model.classes })}\n`,
  );
  const pad = (4 - (header.length % 4)) % 4;
  return Buffer.concat([
    header,
    Buffer.alloc(pad, 0x20),
    Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength),
    Buffer.from(model.bias.buffer, model.bias.byteOffset, model.bias.byteLength),
  ]);
}

/** The model from encodeModel's bytes when its key matches; undefined otherwise. */
export function decodeModel(bytes: Buffer, key: string): ClassifierModel | undefined {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return undefined;
  const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as {
    key: string;
    vocabulary: string[];
    classes: number;
  };
  if (header.key !== key) return undefined;
  let start = end + 1;
  start += (4 - (start % 4)) % 4;
  const size = header.vocabulary.length * header.classes;
  if (bytes.length !== start + (size + header.classes) * 4) return undefined;
  // A view on the bytes read when they are aligned (a file read whole is), else one copy.
  const offset = bytes.byteOffset + start;
  const count = size + header.classes;
  const floats =
    offset % 4 === 0
      ? new Float32Array(bytes.buffer, offset, count)
      : new Float32Array(bytes.buffer.slice(offset, offset + count * 4));
  return {
    vocabulary: header.vocabulary,
    classes: header.classes,
    weights: floats.subarray(0, size),
    bias: floats.subarray(size),
  };
}

/** A key for the readings a model was trained on (so a cached model is used only for them). */
export function readingsKey(readings: CardReadings, options: ClassifierOptions = {}): string {
  return createHash('sha256')
    .update(JSON.stringify([readings.cards, options, 'classifier-1']))
    .digest('hex')
    .slice(0, 16);
}
