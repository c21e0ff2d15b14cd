import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../../src/db/cards-repo.ts';
import { createCardMatcher } from '../../src/rag/cards/matcher.ts';
import { type FiredRule, RULES, ruleSet } from '../../src/rag/rules.ts';
import { asks, splitAsking, withoutWhen } from '../../src/text/lexicon.ts';
import { expandSynonyms, namesFuture, SYNONYMS } from '../../src/text/synonyms.ts';
import { storedCard } from '../helpers/cards.ts';

const card = (id: string, section: string, jawab: string, variants: [string, string][]): StoredCard =>
  storedCard({ id, section, jawab, answer: `EN ${jawab}`, variants });

const CARDS = [
  card('stok-catat', 'Cara mencatat persediaan', 'Catat persediaan di kartu stok: masuk, keluar, sisa.', [
    ['tanya', 'Bagaimana cara mencatat persediaan bahan baku?'],
    ['chat', 'cara nyatet stok yg gampang gmn'],
    ['en', 'How do I keep track of my stock?'],
  ]),
  card(
    'bep-rumus',
    'Menghitung titik impas',
    'Titik impas = biaya tetap ÷ (harga − biaya variabel per unit).',
    [
      ['tanya', 'Bagaimana menghitung titik impas?'],
      ['chat', 'bep ngitungnya gmn'],
      ['en', 'How do I calculate my break-even point?'],
    ],
  ),
  card('kas-arti', 'Arti arus kas', 'Arus kas adalah catatan uang masuk dan keluar usaha.', [
    ['tanya', 'Apa yang dimaksud dengan arus kas?'],
    ['chat', 'arus kas tu apa sih'],
    ['en', 'What is cash flow?'],
  ]),
  card('merek-daftar', 'Mendaftarkan merek', 'Merek didaftarkan ke DJKI secara daring.', [
    ['tanya', 'Bagaimana cara mendaftarkan merek?'],
    ['chat', 'daftar merk gmn caranya'],
    ['en', 'How do I register a trademark?'],
  ]),
];

const matcher = createCardMatcher(CARDS);
const rules = ruleSet();
const best = (text: string, english = false) => {
  const fired: FiredRule[] = [];
  const { asking, context } = splitAsking(text);
  const [top] = matcher.match({ asking, context, english, rules, fired });
  return { id: top?.card.id, score: top?.score ?? 0, fired };
};

describe('the card matcher', () => {
  it('matches a plain question to its card above the answer bar', () => {
    expect(best('apa itu arus kas?')).toMatchObject({ id: 'kas-arti' });
    expect(best('apa itu arus kas?').score).toBeGreaterThanOrEqual(RULES['card.answer-bar'].weight);
  });

  it('answers a story message as it answers its bare question', () => {
    const bare = best('gimana cara nyatet stok yang gampang?');
    const story = best(
      'usaha tenun ikat saya di Sumba udah jalan 5 tahun, benang sering numpuk di gudang tapi kadang malah kehabisan pas ada pesanan besar. gimana cara nyatet stok yang gampang?',
    );
    expect(story.id).toBe(bare.id);
    expect(story.id).toBe('stok-catat');
    expect(story.fired.some((f) => /^card\.(thin-)?context-weight$/.test(f.rule))).toBe(true);
  });

  it('reads a domain synonym ("balik modal") and a typo', () => {
    const synonym = best('kapan sy balik modal ya?');
    expect(synonym.id).toBe('bep-rumus');
    expect(synonym.fired.some((f) => f.rule === 'card.synonym')).toBe(true);
    const typo = best('cara mendaftarkn merek?');
    expect(typo.id).toBe('merek-daftar');
  });

  it('matches English questions to the English variants', () => {
    expect(best('how can I track stock in my workshop?', true).id).toBe('stok-catat');
  });

  it("weighs the asker's goods less than what is asked about them", () => {
    const goods = [
      card('kulit-kemas', 'Kemasan dompet dan tas kulit', 'Bungkus dompet kulit dengan dust bag.', [
        ['tanya', 'Bagaimana mengemas dompet dan tas kulit?'],
        ['en', 'How should I package leather wallets and bags?'],
      ]),
      card('harga-jual', 'Menentukan harga jual', 'Harga jual = HPP + margin laba.', [
        ['tanya', 'Bagaimana menentukan harga jual agar untung?'],
        ['en', 'How do I price my products?'],
      ]),
    ];
    const m = createCardMatcher(goods);
    const top = (text: string, weight: number) => {
      const fired: FiredRule[] = [];
      const r = ruleSet({ 'card.goods-words': weight });
      return {
        id: m.match({ asking: text, context: '', english: true, rules: r, fired })[0]?.card.id,
        fired,
      };
    };
    const question = 'How do I price my leather wallets?';
    // At full weight the two rare goods words outweigh the one word that says what is asked.
    expect(top(question, 1).id).toBe('kulit-kemas');
    const damped = top(question, RULES['card.goods-words'].weight);
    expect(damped.id).toBe('harga-jual');
    expect(damped.fired.some((f) => f.rule === 'card.goods-words')).toBe(true);
    // Asked about the goods themselves, the goods card still answers.
    expect(top('How should I package my leather wallets?', RULES['card.goods-words'].weight).id).toBe(
      'kulit-kemas',
    );
  });

  it("leaves the asker's own amounts out of the match, a year in", () => {
    const withAmount = best('bep ngitungnya gmn kalo sy jual 1,5jt?');
    expect(withAmount.id).toBe('bep-rumus');
    expect(withAmount.fired.some((f) => f.rule === 'card.figure-weight')).toBe(true);
    expect(withAmount.score).toBeCloseTo(best('bep ngitungnya gmn kalo sy jual?').score, 5);
    expect(best('bep ngitungnya gmn utk 2027?').fired.some((f) => f.rule === 'card.figure-weight')).toBe(
      false,
    );
  });

  it('scores an unrelated message below the low bar', () => {
    expect(best('siapa presiden pertama amerika?').score).toBeLessThan(RULES['card.low-bar'].weight);
  });
});

describe('the nearest subject of a thin question', () => {
  const local = createCardMatcher([
    card('kur-syarat', 'Syarat pengajuan KUR', 'KUR butuh KTP, NIB, dan catatan usaha.', [
      ['tanya', 'Apa syarat mengajukan KUR?'],
      ['chat', 'syarat kur apa aja kak'],
      ['en', 'What do I need to apply for KUR?'],
    ]),
    card('merek-syarat', 'Syarat mendaftarkan merek', 'Merek butuh label, data pemohon, dan daftar barang.', [
      ['tanya', 'Apa syarat mendaftarkan merek?'],
      ['chat', 'syarat daftar merek apa aja'],
      ['en', 'What do I need to register a trademark?'],
    ]),
  ]);
  const read = (text: string, nearest: number) => {
    const fired: FiredRule[] = [];
    const { asking, context } = splitAsking(text);
    const out = local.match({
      asking,
      context,
      english: false,
      rules: ruleSet({ 'card.nearest-subject': nearest }),
      fired,
    });
    const score = (id: string) => out.find((m) => m.card.id === id)?.score ?? 0;
    return { top: out[0]?.card.id, lead: score('kur-syarat') - score('merek-syarat'), fired };
  };

  it('takes the subject from the sentence just before the question, not from the whole story', () => {
    const text =
      'Usaha tas sy udh punya merek sendiri, lg rame. Temen nyaranin ambil KUR. Syaratnya apa aja?';
    const on = read(text, 0.6);
    const off = read(text, 0);
    expect(on.top).toBe('kur-syarat');
    expect(on.fired.some((f) => f.rule === 'card.nearest-subject')).toBe(true);
    expect(on.lead).toBeGreaterThan(off.lead);
    expect(off.fired.some((f) => f.rule === 'card.nearest-subject')).toBe(false);
  });
});

describe('a card whose topic the message names', () => {
  const local = createCardMatcher([
    ...CARDS,
    card(
      'incoterms-arti',
      'Istilah harga ekspor FOB dan CIF',
      'FOB: penjual menanggung biaya sampai kapal.',
      [
        ['tanya', 'Apa arti FOB dan CIF dalam harga ekspor?'],
        ['chat', 'fob tu apa sih kak'],
        ['cerita', 'sy penenun di bali, pembeli dr australia nanya harga fob. fob itu apa?'],
        ['en', 'What do FOB and CIF mean?'],
      ],
    ),
  ]);
  const named = (text: string, english: boolean) =>
    local.match({ asking: text, context: '', english, rules: ruleSet(), fired: [] })[0]?.named;

  it('is named by a word of its heading or formal questions, not by a word only its story variant uses', () => {
    expect(named('fob tu maksudnya gmn?', false)).toBe(true);
    expect(named('What does FOB mean?', true)).toBe(true);
    expect(named('What is the capital city of Australia?', true)).toBe(false);
  });
});

describe('the asking sentence', () => {
  it('splits a story from the question it ends with', () => {
    const { asking, context } = splitAsking(
      'Saya perajin gerabah di Plered. Pesanan makin banyak. Bagaimana cara mengemasnya?',
    );
    expect(asking).toBe('Bagaimana cara mengemasnya?');
    expect(context).toContain('Plered');
  });
  it('reads chat question words through the lexicon, and English auxiliaries only at the start', () => {
    expect(asks('brp modal nya')).toBe(true);
    expect(asks('gmn caranya')).toBe(true);
    expect(asks('My sales are low')).toBe(false);
    expect(asks('Can I sell abroad')).toBe(true);
    // Weighing two choices asks, with or without a question word.
    expect(asks('lbh baik pake aplikasi ato buku tulis aja')).toBe(true);
    expect(asks('mending jual putus atau titip jual')).toBe(true);
    expect(asks('aplikasi atau buku tulis sama saja buat sy')).toBe(false);
    // Chat puzzlement asks why.
    expect(asks('udah promosi tiap hari kok tetep sepi')).toBe(true);
    expect(asks('udah promosi tiap hari tapi tetep sepi')).toBe(false);
  });
  it('takes the sentences marked with "?" as the questions: a story sentence with a question word tells', () => {
    const { asking, context, questions } = splitAsking(
      'Selama ini harga jual sy kira2 aja, liat tetangga jual brp. Aku bingung. Gmn sih cara ngitung harga pokok yg bener?',
    );
    expect(asking).toBe('Gmn sih cara ngitung harga pokok yg bener?');
    expect(questions).toEqual(['Gmn sih cara ngitung harga pokok yg bener?']);
    expect(context).toContain('tetangga jual brp');
    // A last sentence that asks without its "?" still asks.
    expect(
      splitAsking('Sy jual batik. Pameran itu diadain dmn sih? trs calon pembelinya siapa aj').questions,
    ).toEqual(['Pameran itu diadain dmn sih?', 'trs calon pembelinya siapa aj']);
    // With no "?" anywhere, every sentence that asks is a question.
    expect(splitAsking('Sy jual batik di Solo. Gmn cara ngitung hpp').asking).toBe('Gmn cara ngitung hpp');
  });
  it('reads a clause after a comma that opens with the asker as a sentence of its own', () => {
    expect(
      splitAsking('kartu stok tu isinya apa aj kak, sy jual sabun sereh ribet ngitung sisa'),
    ).toMatchObject({
      asking: 'kartu stok tu isinya apa aj kak',
      context: 'sy jual sabun sereh ribet ngitung sisa',
    });
    // The clause that asks is the question, wherever it stands.
    expect(splitAsking('sy mau daftar merek dagang, sy hrs siapin apa?')).toMatchObject({
      asking: 'sy hrs siapin apa?',
      context: 'sy mau daftar merek dagang',
    });
    expect(splitAsking('what should my label say, i sell honey in jars').asking).toBe(
      'what should my label say',
    );
    // Without the asker after the comma, the sentence stays one.
    expect(splitAsking('harga pas brp, bingung').asking).toBe('harga pas brp, bingung');
  });
  it('leaves a one-sentence message whole', () => {
    expect(
      splitAsking('aku jualan sambel botolan, pengen bikin akun ig tp bingung mulai dari mana'),
    ).toMatchObject({
      asking: 'aku jualan sambel botolan, pengen bikin akun ig tp bingung mulai dari mana',
      context: '',
    });
  });
  it('reads a chat yes/no tag as asking, and lists each question of a message', () => {
    expect(asks('bahan baku sm upah tukang masuk gak')).toBe(true);
    expect(splitAsking('gmn cara ngitung hpp? bahan baku masuk gak').questions).toEqual([
      'gmn cara ngitung hpp?',
      'bahan baku masuk gak',
    ]);
  });

  it('splits one sentence that joins two questions, only where both halves ask', () => {
    expect(splitAsking('biaya daftar merek brp & lamanya brp bulan?').questions).toEqual([
      'biaya daftar merek brp',
      'lamanya brp bulan?',
    ]);
    expect(splitAsking('How much does it cost and how long does it take?').questions).toEqual([
      'How much does it cost',
      'how long does it take?',
    ]);
    // "sama" here joins two things in one question, not two questions.
    expect(splitAsking('apa bedanya reseller sama dropship?').questions).toEqual([
      'apa bedanya reseller sama dropship?',
    ]);
    expect(splitAsking('kak, kue basah bisa dapet izin PIRT gak?').questions).toHaveLength(1);
  });
});

describe('when-words', () => {
  it('are left out of an asking sentence, other words kept', () => {
    expect(withoutWhen('sy mau ikut pameran bulan depan, katalog isinya apa?')).toBe(
      'sy mau ikut pameran , katalog isinya apa?',
    );
    expect(withoutWhen('minggu lalu ada buyer dtg, besok mau kirim sampel')).toBe(
      'ada buyer dtg, mau kirim sampel',
    );
    expect(withoutWhen('bagian depan kemasan isinya apa?')).toBe('bagian depan kemasan isinya apa?');
  });
});

describe('the domain synonym table', () => {
  it.each(SYNONYMS.map((entry) => [entry.canonical, entry.example] as const))(
    '"%s" fires on its example',
    (canonical, example) => {
      const { text, fired } = expandSynonyms(example);
      expect(fired).toContain(canonical);
      expect(text.toLowerCase()).toContain(canonical);
    },
  );
  it('reads a year after this one, or the next of an event, as what has not happened yet, not a count or a past year', () => {
    const now = new Date('2026-12-07T00:00:00Z');
    expect(namesFuture('When is the next business matching in 2027?', now)).toBe(true);
    expect(namesFuture('Kapan business matching 2019 diadakan?', now)).toBe(false);
    expect(namesFuture('produksi 2027 pcs sebulan', now)).toBe(false);
    expect(namesFuture('harga Rp 2.028.000', now)).toBe(false);
    expect(namesFuture('kapan business matching berikutnya?', now)).toBe(true);
    expect(namesFuture('When is the next trade fair?', now)).toBe(true);
    expect(namesFuture('apa yg dibawa ke pameran kemarin?', now)).toBe(false);
  });
  it('prefers the longer phrase ("untung bersih" is net profit, not profit)', () => {
    expect(expandSynonyms('untung bersih brp').fired).toEqual(['laba bersih']);
  });
  it('reads both sides alike: a canonical phrase written out gains its short form', () => {
    expect(expandSynonyms('Bagaimana menghitung harga pokok produksi?').text).toMatch(/\bhpp\b/);
    // An everyday word is not added back beside every canonical one.
    expect(expandSynonyms('laba usaha bulan ini').text).toBe('laba usaha bulan ini');
    expect(expandSynonyms('hpp keripik').text).toBe('hpp keripik harga pokok produksi');
  });
});

describe('the named rules', () => {
  it('each has what it does, a weight and an example; overrides are checked by name', () => {
    for (const [name, rule] of Object.entries(RULES)) {
      expect(rule.does.length, name).toBeGreaterThan(20);
      expect(rule.example.length, name).toBeGreaterThan(5);
      expect(Number.isFinite(rule.weight), name).toBe(true);
    }
    expect(ruleSet({ 'card.answer-bar': 0.7 })['card.answer-bar']).toBe(0.7);
    expect(() => ruleSet({ 'card.nope': 1 })).toThrow(/unknown rule/);
  });
});

describe('typos a letter away from a word as the cards write it (issue 15, fifteenth pass)', () => {
  const cards = [
    card('sejarah', 'Sejarah sentra Tanggulangin', 'Sentra Tanggulangin berdiri pada 1993.', [
      ['tanya', 'Kapan sentra Tanggulangin berdiri?'],
      ['chat', 'sentra tanggulangin berdiri th brp kak?'],
      ['en', 'When was the Tanggulangin cluster founded?'],
    ]),
    card('merek', 'Mendaftarkan merek', 'Merek didaftarkan ke DJKI secara daring.', [
      ['tanya', 'Bagaimana cara mendaftarkan merek?'],
      ['chat', 'daftar merk gmn caranya'],
      ['en', 'How do I register a trademark?'],
    ]),
  ];
  const typoMatcher = createCardMatcher(cards);

  it('reads "brdiri" as "berdiri" (stem "diri"), which is two letters from its stem but one from the word', () => {
    const fired: FiredRule[] = [];
    const [top] = typoMatcher.match({
      asking: 'sentra tnggulangin brdiri kpn?',
      context: '',
      english: false,
      rules,
      fired,
    });
    expect(top?.card.id).toBe('sejarah');
    const effects = fired.filter((f) => f.rule === 'card.typo-weight').map((f) => f.effect);
    expect(effects).toContain('"brdiri" read as "diri"');
    expect(effects.some((e) => e.startsWith('"tnggulangin" read as'))).toBe(true);
  });
});

describe('goods words (issue 15, fifteenth pass)', () => {
  it('does not take "alasan" (a reason) for goods: "shoes" reads as "sepatu alas kaki", and only its first translation is goods', () => {
    const goods = createCardMatcher([
      card('alasan', 'Alasan pengembangan sentra', 'Sentra dikembangkan untuk ekspor dan rantai pasok.', [
        ['tanya', 'Apa alasan Kemenperin mengembangkan sentra IKM?'],
        ['chat', 'alesannya apa sentra dikembangin'],
        ['en', 'Why does the ministry develop clusters?'],
      ]),
    ]);
    const fired: FiredRule[] = [];
    goods.match({
      asking: 'sy jualan tas, alesannya apa kemenperin ngembangin sentra?',
      context: '',
      english: false,
      rules,
      fired,
    });
    const goodsSaid = fired.filter((f) => f.rule === 'card.goods-words').map((f) => f.effect);
    expect(goodsSaid.join(' ')).not.toMatch(/\balas\b/);
  });
});
