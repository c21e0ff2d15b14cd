import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../util/rng.ts';

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */

const ONSETS = [
  'b',
  'c',
  'd',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'w',
  'ng',
  'ny',
  'tr',
  'pr',
  'kr',
];
const VOWELS = ['a', 'i', 'u', 'e', 'o', 'a', 'i', 'a'];
const CODAS = ['', '', '', 'n', 'ng', 'r', 's', 'k', 'l', 't', 'h', 'm'];
const TOPICS = ['programme', 'keuangan', 'branding', 'kemasan', 'pemasaran', 'sentra'] as const;

/** A vocabulary of Indonesian-looking words (CV(C) syllables), most frequent first. */
export function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++)
      word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    words.add(word);
  }
  return [...words];
}

/** Zipf(s = 1) sampler over ranks 0..n-1 by inverse CDF on precomputed cumulative weights. */
export function zipf(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1);
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SyntheticCorpus {
  dir: string;
  chunks: number;
  words: string[];
  /** Sample texts of chunks, to build queries that have relevant hits. */
  samples: string[];
}

/**
 * Writes a synthetic knowledge folder: `chunks / 10` documents of ten `##` sections, each section
 * 40 to 120 Zipf-distributed words, with valid front matter. Clearly synthetic: never shipped.
 */
export function writeSyntheticCorpus(
  root: string,
  chunks: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): SyntheticCorpus {
  const random = rng(seed);
  const words = vocabulary(20_000, random);
  const nextWord = zipf(words.length, random);
  const dir = join(root, 'knowledge');
  const docs = Math.ceil(chunks / 10);
  const samples: string[] = [];
  for (let d = 0; d < docs; d++) {
    const sections: string[] = [];
    for (let s = 0; s < 10 && d * 10 + s < chunks; s++) {
      const length = 40 + Math.floor(random() * 80);
      const text = Array.from({ length }, () => words[nextWord()]!).join(' ');
      if (random() < 0.02) samples.push(text);
      sections.push(`## Bagian ${s + 1} ${words[nextWord()]}\n\n${text}.`);
    }
    const topic = TOPICS[d % TOPICS.length]!;
    const folder = join(dir, topic, String(Math.floor(d / 1000)));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `dok-${d}.md`),
      `---\ntitle: Dokumen sintetis ${d}\ntopic: ${topic}\naudience: semua\nlanguage: id\nsource: "Korpus sintetis pendamping bench, seed ${seed}"\nas_of: 2026-01-01\n---\n\n${sections.join('\n\n')}\n`,
    );
    if (d % 100 === 0) onProgress?.(d, docs);
  }
  onProgress?.(docs, docs);
  return { dir, chunks, words, samples };
}

/** Gaussian clusters on the unit sphere: dense vectors with the neighbourhood structure of real embeddings. */
export function syntheticVectors(
  count: number,
  dims: number,
  seed: number,
): { vectors: Float32Array[]; queries: Float32Array[] } {
  const random = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const normalise = (v: Float32Array) => {
    const norm = Math.hypot(...v) || 1;
    for (let i = 0; i < v.length; i++) v[i]! /= norm;
    return v;
  };
  const centers = Array.from({ length: 64 }, () => normalise(Float32Array.from({ length: dims }, gauss)));
  const near = (spread: number) => {
    const center = centers[Math.floor(random() * centers.length)]!;
    return normalise(Float32Array.from(center, (x) => x + spread * gauss()));
  };
  return {
    vectors: Array.from({ length: count }, () => near(0.08)),
    queries: Array.from({ length: 200 }, () => near(0.08)),
  };
}
