import { describe, expect, it } from 'vitest';
import { completeFollowUp, isElliptical, pointsBack } from '../../src/rag/followup.ts';
import { askingPart, leansBack, namesIn, questionKind, understandQuestion } from '../../src/rag/question.ts';

const turns = (...questions: string[]) => questions.map((question) => ({ question }));

describe('follow-up completion', () => {
  it('leaves a question that stands alone exactly as written', () => {
    for (const question of [
      'Apa itu HPP?',
      'HPP itu apaan ya? katanya hrs tau dulu sblm nentuin harga jual',
      'Bagaimana cara menghitung titik impas usaha keripik?',
      'And for halal, who issues the certificate?',
      'Saya perajin rotan di Cirebon. Bagaimana cara memotret produk supaya warnanya tidak pucat?',
    ]) {
      expect(completeFollowUp(question, 'berapa jumlah sentra ikm di indonesia?'), question).toEqual({
        question,
        followUp: false,
      });
    }
  });

  it('replaces the slot a follow-up changes: the product, the purpose, the place', () => {
    expect(completeFollowUp('kalau untuk keripik?', 'gimana cara ngitung hpp tas kulit?').question).toBe(
      'gimana cara ngitung hpp untuk keripik?',
    );
    expect(
      completeFollowUp('kalo buat sambal?', 'kemasan apa yg cocok buat kopi bubuk biar awet?').question,
    ).toBe('kemasan apa yg cocok buat sambal biar awet?');
    const place = completeFollowUp('yang di Bali?', 'kapan sentra tenun ikat mulai berdiri?');
    expect(place.followUp).toBe(true);
    expect(place.question).toMatch(/kapan sentra .*berdiri.*Bali\?$/);
  });

  it('carries only the asking sentence of the previous question, not its story', () => {
    const completed = completeFollowUp(
      'kalau untuk dodol?',
      'Saya bikin 80 tas sebulan di Garut. Gimana cara ngitung hpp tas kulit?',
    );
    expect(completed.question).toBe('Gimana cara ngitung hpp untuk dodol?');
  });

  it('lets a new aspect lead and borrows the previous topic words', () => {
    const completed = completeFollowUp('terus syaratnya apa?', 'bisa gak DAK dipakai buat beli mesin?');
    expect(completed.followUp).toBe(true);
    expect(completed.question).toMatch(/^syaratnya apa \(.*dak.*mesin.*\)\?$/i);
    expect(completed.question).not.toMatch(/\bterus\b/);
  });

  it('borrows the previous subject, not what was asked of it: its verbs and its month', () => {
    const english = completeFollowUp('Who spoke there?', 'Where was the craft fair held in March 2021?');
    expect(english.question).toMatch(/\(craft fair\)\?$/);
    const visited = completeFollowUp(
      'What did they buy?',
      'Which buyers visited the Kasongan centre in May?',
    );
    expect(visited.question).toMatch(/\(buyers kasongan centre\)\?$/);
    const indonesian = completeFollowUp(
      'terus syaratnya apa?',
      'pelatihan desain kemasan diselenggarakan dinas bulan Agustus?',
    );
    expect(indonesian.question).toContain('pelatihan desain kemasan dinas');
    expect(indonesian.question).not.toMatch(/diselenggarakan|agustus/i);
    // A noun that only looks affixed keeps its place.
    expect(completeFollowUp('syaratnya apa?', 'berapa lama merek dilindungi?').question).toContain('merek');
  });

  it('recognises elliptical questions by what they lack, not by one wording', () => {
    for (const question of [
      'terus biayanya?',
      'yg di jogja?',
      'what about the fee?',
      'kalau untuk kue kering?',
      // Money is an aspect of a topic, not a topic: whose money, for what, was said before.
      'duitnya dr mana?',
      'dananya dari siapa?',
      'how much money?',
    ])
      expect(isElliptical(question), question).toBe(true);
    for (const question of [
      'Berapa lama merek terdaftar dilindungi?',
      'apa itu P-IRT?',
      'siapa dirjen ikma?',
    ])
      expect(isElliptical(question), question).toBe(false);
  });

  it('points a follow-up back at the last question asked, past a turn that only tells', () => {
    const history = [
      { question: 'kak, rumah kemasan itu apa sih?', answer: '' },
      { question: 'sy jualan keripik di garut, kemasan msh plastik biasa', answer: '' },
    ];
    const read = understandQuestion('trs yg itu bayar gk?', history);
    expect(read.followUp).toBe(true);
    expect(read.resolved).toMatch(/rumah kemasan/);
    // a turn that asks is the one pointed at
    const asked = understandQuestion('trs yg itu bayar gk?', [
      history[0]!,
      { question: 'kalo klinik desain kemasan itu apa?', answer: '' },
    ]);
    expect(asked.resolved).toMatch(/klinik desain/);
  });

  it('completes a follow-up of a follow-up from the original topic', () => {
    const understood = understandQuestion(
      'kalau yang di Bandung?',
      turns('gimana cara daftar merek dagang?', 'terus biayanya berapa?'),
    );
    expect(understood.followUp).toBe(true);
    expect(understood.resolved).toMatch(/merek/);
    expect(understood.resolved).toMatch(/Bandung/);
  });
});

describe('a question that says it goes on from the previous one', () => {
  it('opens with a continuation or points back', () => {
    expect(pointsBack('selain DAK, bs dr APBD jg ga?')).toBe(true);
    expect(pointsBack('trus itu berlakunya brp lama?')).toBe(true);
    expect(pointsBack('iya yg itu, emang mau brp sentra?')).toBe(true);
    expect(pointsBack('And how long does that take?')).toBe(true);
    // A demonstrative first points back at what was just said.
    expect(pointsBack('itu programnya diadain di gedung mana?')).toBe(true);
    expect(pointsBack('Itu dipakai berapa IKM?')).toBe(true);
    // A question that stands alone says nothing of the kind.
    expect(pointsBack('apa itu HPP?')).toBe(false);
    expect(pointsBack('berapa jumlah sentra IKM di Indonesia?')).toBe(false);
  });
});

describe('understanding a question', () => {
  it('decides the kind by the first cue in the question', () => {
    expect(questionKind('Bagaimana cara mengetahui berapa produk yang harus terjual?')).toBe('steps');
    expect(questionKind('Berapa lama merek dilindungi, dan bagaimana memperpanjangnya?')).toBe('amount');
    expect(questionKind('Di kecamatan mana IKM logam itu berada?')).toBe('place');
    expect(questionKind('uang yang diambil pemilik dicatat sebagai apa?')).toBe('definition');
    expect(questionKind('apa saja syarat sentra?')).toBe('list');
    expect(questionKind('kenapa merek harus didaftarkan?')).toBe('reason');
  });

  it('applies the guards to the completed question, once, before retrieval', () => {
    const live = understandQuestion('kalau yang hari ini?', turns('berapa harga kulit sapi per lembar?'));
    expect(live.guard).toBe('live-figure');
    expect(understandQuestion('no wa koperasi intako brp?').guard).toBe('contact');
    // A message that brings its own prices asks for a calculation, not for today's prices.
    expect(understandQuestion('harga kulit hari ini brp?').guard).toBe('live-figure');
    expect(
      understandQuestion('bulan ini laku 300, harga 55rb, hpp 35rb, ongkos lain 2,5jt, untung bersih brp?')
        .guard,
    ).toBeUndefined();
    expect(understandQuestion('makasih ya kak').smallTalk).toBe('thanks');
  });

  it('reads the live-figure guard off the sentences that ask, not the story', () => {
    // Prices rising now are the asker's situation; the question is how to price.
    expect(
      understandQuestion(
        'sy bikin sepatu kulit di cibaduyut. skrg harga kulit naik terus tiap bulan. cara ngitung harga jual sepatu gmn?',
      ).guard,
    ).toBeUndefined();
    // A story before a question about today's price is still declined.
    expect(
      understandQuestion(
        'sy mau belanja bahan minggu ini buat stok. harga kulit sapi hari ini brp per lembar?',
      ).guard,
    ).toBe('live-figure');
  });

  it('skips small talk in the history and keeps the previous real question', () => {
    const understood = understandQuestion(
      'kalau untuk batik?',
      turns('gimana cara foto produk tas?', 'makasih'),
    );
    expect(understood.resolved).toBe('gimana cara foto produk untuk batik?');
  });

  it('finds the asking sentence of a long message and the names it carries', () => {
    const text =
      'Saya perajin gerabah di Plered. Barang sering pecah di jalan. Bagaimana cara mengemas supaya aman?';
    expect(askingPart(text)).toBe('Bagaimana cara mengemas supaya aman?');
    expect(askingPart('Bagaimana cara mengemas gerabah?')).toBeUndefined();
    expect(namesIn('How do I apply for a visa to work in Japan?')).toEqual(['japan']);
  });

  it('knows an asking sentence that points back into its story', () => {
    expect(leansBack('What does that term mean for a small workshop?')).toBe(true);
    expect(leansBack('Bagaimana cara mengemas barang seperti ini?')).toBe(true);
    expect(leansBack('Bagaimana cara mengemas gerabah supaya aman?')).toBe(false);
  });

  it('reads which kind of answer a question wants from its asking words', () => {
    expect(questionKind('Informasi apa yang perlu dimuat dalam katalog?')).toBe('list');
    expect(questionKind('Apa yang harus disiapkan sebelum ikut pameran?')).toBe('list');
    expect(questionKind('apa yang dimaksud HPP?')).toBe('definition');
    expect(questionKind('acaranya tgl brp sih?')).toBe('time');
    expect(questionKind('On what date was it held?')).toBe('time');
    expect(questionKind('berapa tas harus laku?')).toBe('amount');
    expect(questionKind('Apa saja syaratnya?')).toBe('list');
    expect(questionKind('catetan bilang untung tp duit di kas kok gak ada ya')).toBe('reason');
    expect(questionKind('Harga FOB itu apa maksudnya, dan biaya apa saja yang saya tanggung?')).toBe(
      'definition',
    );
  });
});
