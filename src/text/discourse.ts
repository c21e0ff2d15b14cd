import { analyze } from './analyze.ts';

/**
 * Words that carry how a user talks, not what they ask: hedges, feelings, discourse particles and
 * story-telling verbs ("sebenernya", "katanya", "takut", "bingung", "mending", "doang"). They are
 * kept for retrieval but left out when judging whether the knowledge supports an answer, so that a
 * question does not lose support for every word of context a user adds.
 */
const WORDS =
  `sebenarnya sebenernya sbnrnya katanya kata bilang dengar denger denger-denger kayaknya sepertinya
  kira kira-kira kira2 mungkin pas dengar sering rapat-rapat selain sebuah seorang suatu setelah sesudah sebelum cuma cuman doang masa mending mendingan enaknya sebaiknya baiknya bagusnya
  takut khawatir bingung penasaran pengen pingin ingin mau butuh tolong bantu bantuin sering kadang dulu tadi
  nanti besok kemarin udah sudah belum baru lagi terus banget bgt sekali aja saja juga dong deh sih nih tuh kok
  kak min pak bu mas mbak gan sis bro sy aku saya kami kita gw gue ane punya pke pake pakai kayak kyk gitu gini
  begitu begini beneran bener benar kan ya yah oke ok yuk please thanks thank actually maybe really just kind
  mulu melulu worried confused wondering heard told said`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Words that say what kind of answer is wanted ("apa yang dimaksud", "kepanjangannya", "what does
 * X mean"): the question's kind carries them, so they are not topic words the knowledge must hold.
 */
const ASKING =
  `maksud dimaksud maksudnya arti artinya pengertian singkatan kepanjangan definisi istilah jelaskan
  penjelasan mean meaning means stand stands called explain`
    .split(/\s+/)
    .filter(Boolean);

export const DISCOURSE_TERMS: ReadonlySet<string> = new Set(
  [...WORDS, ...ASKING].flatMap((word) => [word, ...analyze(word, { slang: true }), ...analyze(word)]),
);
