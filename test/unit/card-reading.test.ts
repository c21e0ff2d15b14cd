import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../src/db/cards-repo.ts';
import { createCardAnswers } from '../../src/rag/cards/answer.ts';
import { createCardStore } from '../../src/rag/cards/store.ts';
import type { AnswerTrace } from '../../src/rag/answer-types.ts';
import { understandQuestion } from '../../src/rag/question.ts';
import { ruleSet } from '../../src/rag/rules.ts';
import { storedCard } from '../helpers/cards.ts';
import { memoryLogger } from '../helpers/log.ts';

const card = (id: string, path: string, section: string, variants: [string, string][]): StoredCard =>
  storedCard({ id, path, section, jawab: `Jawaban ${id}.`, answer: `Answer ${id}.`, variants });

/** Cards of a few topics, and a filler set so that the words have ordinary rarity. */
const CARDS: StoredCard[] = [
  card('minyak-simpan', 'knowledge/minyak.md', 'Menyimpan minyak kelapa', [
    ['tanya', 'Bagaimana cara menyimpan minyak kelapa agar tidak tengik?'],
    ['chat', 'minyak klp sy cepet tengik gmn nyimpennya'],
    ['en', 'How should I store coconut oil?'],
  ]),
  card('minyak-umur', 'knowledge/minyak.md', 'Umur simpan minyak kelapa', [
    ['tanya', 'Berapa lama minyak kelapa tahan disimpan?'],
    ['chat', 'minyak klp tahan brp bulan'],
    ['en', 'How long does coconut oil keep?'],
  ]),
  card('botol-harga', 'knowledge/botol.md', 'Harga botol kaca', [
    ['tanya', 'Berapa harga botol kaca untuk minyak?'],
    ['chat', 'botol kaca brp an'],
    ['en', 'How much is a glass bottle?'],
  ]),
  card('pameran-siap', 'knowledge/pameran.md', 'Persiapan ikut pameran', [
    ['tanya', 'Apa yang perlu disiapkan sebelum ikut pameran?'],
    ['chat', 'mau ikut pameran, apa aja yg hrs disiapin'],
    ['en', 'How do I prepare for a trade fair?'],
  ]),
  card('titip-capek', 'knowledge/titip.md', 'Beralih dari titip jual', [
    ['tanya', 'Bagaimana beralih dari titip jual ke jual putus?'],
    ['chat', 'capek titip jual trs, gmn biar toko mau beli putus'],
    ['en', 'How do I move from consignment to outright sales?'],
  ]),
  card('luar-warisan', 'knowledge/cakupan/di-luar-cakupan.md', 'Warisan dan sengketa keluarga', [
    ['tanya', 'Bagaimana membagi warisan usaha keluarga?'],
    ['chat', 'kakak sy mau jual rumah warisan tp sy bisa nolak gak'],
    ['en', 'How should an inheritance be divided?'],
  ]),
  card('izin-nib', 'knowledge/izin.md', 'NIB dan sertifikat halal', [
    ['tanya', 'Apakah NIB diperlukan untuk mendaftar sertifikat halal?'],
    ['chat', 'daftar halal hrs pny nib dulu gak'],
    ['en', 'Do I need an NIB before applying for halal certification?'],
  ]),
  ...Array.from({ length: 30 }, (_, i) =>
    card(`isi-${i}`, `knowledge/isi-${i}.md`, `Topik lain ${i}`, [
      ['tanya', `Apa itu topik nomor ${i} tentang usaha kecil?`],
      ['chat', `topik ${i} tu apa sih kak`],
      ['en', `What is topic ${i}?`],
    ]),
  ),
];
CARDS.push(
  card('istilah-pp', 'knowledge/glosarium/istilah-program.md', 'PP — Peraturan Pemerintah', [
    ['tanya', 'Apa itu PP?'],
    ['chat', 'pp tu apa sih'],
    ['en', 'What is a PP?'],
  ]),
  card('pp-sentra', 'knowledge/program/pp.md', 'Aturan dasar sentra IKM', [
    ['tanya', 'Apa dasar hukum pengembangan sentra IKM?'],
    ['chat', 'dasar hukum sentra ikm apa'],
    ['en', 'What is the legal basis of IKM clusters?'],
  ]),
);
CARDS.push(
  card('dana-menu', 'knowledge/dana.md', 'Menu dana kelompok', [
    ['tanya', 'Dana kelompok bisa dipakai untuk apa saja?'],
    ['chat', 'dana kelompok buat apa aja'],
    ['en', 'What can the group fund pay for?'],
  ]),
  card('dana-usul', 'knowledge/dana.md', 'Siapa mengusulkan dana kelompok', [
    ['tanya', 'Siapa yang mengusulkan dana kelompok?'],
    ['chat', 'yg ngusulin dana kelompok siapa'],
    ['en', 'Who proposes the group fund?'],
  ]),
  card('dana-persiapan', 'knowledge/dana.md', 'Persiapan usulan dana kelompok', [
    ['tanya', 'Apa yang disiapkan daerah sebelum mengusulkan dana kelompok untuk pembangunan?'],
    ['chat', 'mau ngusulin dana kelompok, siapin apa aja'],
    ['en', 'What should a region prepare before proposing the group fund?'],
  ]),
);
for (const [id, jawab] of [
  [
    'dana-menu',
    'Dana kelompok dipakai untuk pembangunan dan revitalisasi kelompok dan diusulkan pemerintah daerah.',
  ],
  ['dana-usul', 'Pemerintah daerah mengusulkan dana kelompok untuk pembangunan dan revitalisasi kelompok.'],
  ['dana-persiapan', 'Siapkan data kelompok dan rencana perawatan.'],
] as const)
  CARDS.find((c) => c.id === id)!.jawab = jawab;
CARDS.find((c) => c.id === 'istilah-pp')!.jawab =
  'PP adalah Peraturan Pemerintah; contohnya PP yang mengatur sentra IKM.';
// Decline cards say the knowledge does not hold the topic.
for (const c of CARDS) if (c.path.includes('cakupan')) c.jawab = 'Pendamping IKM tidak memuat soal warisan.';

async function reading(
  text: string,
  chunks: never[],
  overrides: Record<string, number> = {},
  cards: StoredCard[] = CARDS,
) {
  // Each test shows one rule on a few dozen cards, where a model learned from them is far surer than
  // over the knowledge's several hundred: the classifier is off here (card-classifier.test.ts tests it).
  const rules = ruleSet({ 'card.classifier-score': 0, 'card.classifier': 0, ...overrides });
  const store = createCardStore({ list: async () => cards, version: async () => '1' }, { rules });
  const answers = createCardAnswers({ cards: store, rules, log: memoryLogger().log });
  const trace: AnswerTrace = { cards: [], chunks: [], rules: [] };
  const result = await answers.read(understandQuestion(text), trace, async () => chunks);
  return { result, trace, fired: trace.rules.map((r) => r.rule) };
}

describe('reading a message against answer cards: the named rules under the answer bar', () => {
  it('card.scope-named: a decline card close only through everyday words of a chat variant does not decline', async () => {
    const text = 'kakak sy mau bantu jualan, boleh ga?';
    const on = await reading(text, []);
    expect(on.trace.cards[0]?.id).toBe('luar-warisan');
    expect(on.fired).not.toContain('card.out-of-scope');
    expect(on.result.answer?.outcome).not.toBe('declined');
    // Off, the same message is declined with the inheritance card's pointer.
    const off = await reading(text, [], { 'card.scope-named': 0 });
    expect(off.fired).toContain('card.out-of-scope');
    expect(off.result.answer?.outcome).toBe('declined');
    // A message that names the topic is still declined.
    const named = await reading('gmn cara bagi warisan usaha keluarga kak?', []);
    expect(named.fired).toContain('card.out-of-scope');
    expect(named.result.answer?.outcome).toBe('declined');
  });

  it('card.glossary-kind: a question that asks about a thing, not what its word means, is not answered by the glossary', async () => {
    const text = 'sentra ikm tu diatur di PP brp ya?';
    const on = await reading(text, []);
    const off = await reading(text, [], { 'card.glossary-kind': 0 });
    const rankOf = (r: typeof on, id: string) => r.trace.cards.findIndex((c) => c.id === id);
    const scoreOf = (r: typeof on, id: string) => r.trace.cards.find((c) => c.id === id)?.score ?? 0;
    expect(rankOf(on, 'pp-sentra')).toBeLessThan(rankOf(on, 'istilah-pp'));
    // Off, the glossary card keeps its whole score.
    expect(scoreOf(off, 'istilah-pp') - scoreOf(on, 'istilah-pp')).toBeCloseTo(0.2, 2);
    expect(scoreOf(off, 'pp-sentra')).toBeCloseTo(scoreOf(on, 'pp-sentra'), 3);
    // Asked what the word means, the glossary answers as before.
    const asked = await reading('PP tu apa sih?', []);
    expect(asked.trace.cards[0]?.id).toBe('istilah-pp');
  });

  it('card.glossary-named: a glossary entry only the story names is not what is asked', async () => {
    const text = 'Pak lurah bilang ada PP yg baru keluar. Itu isinya soal apa sih?';
    const scoreOf = (r: Awaited<ReturnType<typeof reading>>, id: string) =>
      r.trace.cards.find((c) => c.id === id)?.score ?? 0;
    // "Itu ..." points back, and card.points-back-sentence would read the story's sentence as the
    // question's own; off here, so that only the story names the entry.
    const story = { 'card.points-back-sentence': 0 };
    const on = await reading(text, [], story);
    const off = await reading(text, [], { ...story, 'card.glossary-named': 0 });
    expect(scoreOf(off, 'istilah-pp') - scoreOf(on, 'istilah-pp')).toBeCloseTo(0.2, 2);
    // Named by the asking sentence itself, the entry keeps its score.
    const asked = 'PP tu apa sih?';
    const namedOn = await reading(asked, []);
    const namedOff = await reading(asked, [], { 'card.glossary-named': 0 });
    expect(scoreOf(namedOn, 'istilah-pp')).toBeCloseTo(scoreOf(namedOff, 'istilah-pp'), 6);
    expect(namedOn.trace.cards[0]?.id).toBe('istilah-pp');
  });

  it('card.each-question-one: two questions whose cards say the same are answered by the first, not read as one question', async () => {
    const text = 'dana kelompok bisa buat apa aja? trus yg ngusulin siapa?';
    const on = await reading(text, []);
    const off = await reading(text, [], { 'card.each-question-one': 0 });
    expect(on.fired).toContain('card.each-question-one');
    expect(on.trace.card).toBe('dana-menu');
    expect(off.fired).not.toContain('card.each-question-one');
    expect(off.trace.card).not.toBe('dana-menu');
  });

  it('card.one-document: two choices of one document are not offered; the first answers', async () => {
    const text = 'soal minyak kelapa kak';
    // The fixture's answers are placeholders that share most words: card.choices-agree would merge them.
    const on = await reading(text, [], { 'card.choices-agree': 0 });
    const off = await reading(text, [], { 'card.one-document': 0, 'card.choices-agree': 0 });
    expect(off.result.choices?.outcome).toBe('clarify');
    expect(
      off.result.choices?.choices
        ?.slice(0, 2)
        .map((c) => c.cardId)
        .sort(),
    ).toEqual(['minyak-simpan', 'minyak-umur']);
    expect(on.fired).toContain('card.one-document');
    expect(on.result.choices?.outcome).toBe('answered');
  });

  it('card.choices-agree: two choices whose answers give the same facts are offered once', async () => {
    // Two documents' cards on one figure, beside the other cards.
    const ulos = [
      card('kain-jumlah-2018', 'knowledge/kain-2018.md', 'Jumlah penenun kain ulos 2018', [
        ['tanya', 'Berapa jumlah penenun kain ulos di Tarutung pada 2018?'],
        ['chat', 'penenun ulos tarutung ada brp org'],
        ['en', 'How many ulos weavers were there in Tarutung in 2018?'],
      ]),
      card('kain-angka', 'knowledge/kain-profil.md', 'Angka sentra kain ulos', [
        ['tanya', 'Berapa angka sentra kain ulos Tarutung?'],
        ['chat', 'data sentra ulos tarutung gmn'],
        ['en', 'What are the figures of the Tarutung ulos cluster?'],
      ]),
    ];
    ulos[0]!.jawab = 'Sentra kain ulos Tarutung punya 120 penenun dan 40 unit usaha pada 2018.';
    ulos[1]!.jawab = 'Pada 2018 sentra kain ulos Tarutung punya 120 penenun dan 40 unit usaha.';
    const text = 'soal ulos tarutung kak';
    // Both cards score about 0.66 on this small fixture: the answer bar is raised so that they are choices.
    const bar = { 'card.answer-bar': 0.9 };
    const on = await reading(text, [], bar, [...CARDS, ...ulos]);
    const off = await reading(text, [], { ...bar, 'card.choices-agree': 0 }, [...CARDS, ...ulos]);
    expect(off.result.choices?.outcome).toBe('clarify');
    expect(off.result.choices?.choices?.map((c) => c.cardId).sort()).toEqual([
      'kain-angka',
      'kain-jumlah-2018',
    ]);
    expect(on.fired).toContain('card.choices-agree');
    expect(on.result.choices?.outcome).toBe('answered');
  });
});
