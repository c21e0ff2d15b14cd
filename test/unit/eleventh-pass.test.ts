import { describe, expect, it } from 'vitest';
import { hitungToolAnswer } from '../../src/finance/tool.ts';
import { isElliptical } from '../../src/rag/followup.ts';
import { asksForContact } from '../../src/rag/guards.ts';
import { questionKind } from '../../src/rag/question-kind.ts';
import { createAreaIndex } from '../../src/directory/areas.ts';
import { followUpSentraFacts, parseDirectoryQuery, parseSentraFacts } from '../../src/rag/tools.ts';

/** The calculator's first line (where the result is said), or '' when it does not answer. */
const headOf = (message: string) => (hitungToolAnswer(message)?.answer ?? '').split('\n')[0];

describe('money messages read in the eleventh pass', () => {
  it('takes a total cost that a quantity comes out of as the batch it makes, not as an HPP given', () => {
    expect(headOf('hpp per pcs klo total biaya 4,5jt jd 300 pcs brp?')).toMatch(
      /HPP per pcs Anda Rp 15\.000/,
    );
    expect(headOf('total biaya produksi 4,5jt untuk 300 pcs, hpp per pcs brp?')).toMatch(/Rp 15\.000/);
    // an HPP that is given is still priced
    expect(headOf('hpp nya 30rb, jual brp biar untung 30%?')).toMatch(/Harga jual Rp 39\.000/);
  });

  it('reads costs after a quantity said to be made as that batch, beside a cost per unit', () => {
    // 600.000 ÷ 200 + 1.000 + 150.000 ÷ 200
    expect(
      headOf(
        'sy bikin 200 bungkus keripik, bahan 600rb, minyak+gas 150rb, plastik 1rb/bungkus. hpp per bungkus brp?',
      ),
    ).toMatch(/HPP per bungkus Anda Rp 4\.750/);
  });

  it('reads a yield said with "kira2" ("jadinya kira2 22 dompet") as what the cost before it makes', () => {
    // 1.100.000 ÷ 22 + 7.000
    expect(
      headOf('1 lembar kulit 1,1jt jadinya kira2 22 dompet, benang dll 7rb per dompet. hpp per dompet?'),
    ).toMatch(/HPP per dompet Anda Rp 57\.000/);
  });

  it('reads "1 kali produksi" as one batch, not as an amount of Rp 1', () => {
    const head = headOf(
      'biaya bahan 1 kali produksi Rp750.000 jadi 150 batang. Kemasan Rp1.000 per batang. untung 50% dr HPP, harga jual per batang brp?',
    );
    // (750.000 ÷ 150 + 1.000) × 1,5
    expect(head).toMatch(/Harga jual Rp 9\.000 per batang/);
  });

  it('keeps a profit said per unit per unit when a period opens the next clause', () => {
    const head = headOf(
      'Sy mau beli mesin sealer Rp9.000.000. Untung bersih per botol Rp3.000 dan sebulan laku sekitar 500 botol. Brp bulan balik modal mesinnya?',
    );
    // 9.000.000 ÷ (3.000 × 500)
    expect(head).toMatch(/balik dalam 6 bulan/);
  });
});

describe('what money goes on, said after it', () => {
  it('names a payment by the word after it ("she pays IDR 900,000 in labour")', () => {
    const head = headOf(
      'Fabric and dye cost IDR 2,100,000 for a batch of 30 scarves and she pays IDR 900,000 in labour. What price gives her a 30% markup?',
    );
    // (2.100.000 + 900.000) ÷ 30 = 100.000; × 1,3
    expect(head).toMatch(
      /^Selling price Rp 130\.000 per scarf; from an HPP of Rp 100\.000 per scarf, overhead not included/,
    );
    // "in total" names no cost: two looms bought for 12 million in total stay the machine depreciated
    expect(
      headOf(
        'We bought two looms for 12 million rupiah in total and they should last about 8 years. How do I put depreciation in our books?',
      ),
    ).toMatch(/^Depreciation of your two looms: Rp 125\.000 a month/);
  });
});

describe('criteria questions read in the eleventh pass', () => {
  it('reads an asking sentence that points back at the story ("jumlah segitu udh cukup blm?")', () => {
    expect(
      parseSentraFacts(
        'Sy kades, warga kami ada sekitar 400 KK. Yg bikin kerupuk ikan kira2 60 rumah. Kami pengen desa kami diakui jd sentra IKM. Jumlah segitu udh cukup blm sih?',
      ),
    ).toMatchObject({ households: 400, similarBusinesses: 60 });
    // "cukup" alone, with nothing said about qualifying, asks nothing about the criteria
    expect(
      parseSentraFacts('sentra kami 400 KK, modal 60 juta cukup gak buat bikin gedung?'),
    ).toBeUndefined();
  });

  it('carries the counts told in a turn between the criteria question and the follow-up', () => {
    const history = [
      { question: 'Apa saja kriteria sebuah desa bisa disebut sentra IKM?', answer: '...' },
      { question: 'Desa sy ada 250 rumah tangga', answer: '...' },
    ];
    expect(followUpSentraFacts('brarti minimal hrs ada brp usaha sejenis?', history)).toEqual({
      households: 250,
    });
    // "nambah jd 55 rumah" is the new count, "ditambah 10 rumah lagi" is more
    const checked = [
      {
        question: 'desa sy 250 KK, yg usaha anyaman bambu 40 rumah. udh bs disebut sentra blm?',
        answer: '...',
      },
    ];
    expect(followUpSentraFacts('trus klo nanti nambah jd 55 rumah gmn? cukup?', checked)).toMatchObject({
      similarBusinesses: 55,
    });
    expect(followUpSentraFacts('klo ditambah 10 rumah lagi?', checked)).toMatchObject({
      similarBusinesses: 50,
    });
    // another topic after the counts is not a criteria check
    expect(followUpSentraFacts('apa itu DAK?', history)).toBeUndefined();
  });
});

describe("a question about where one's own application stands", () => {
  it('is its own kind', () => {
    expect(
      questionKind('Proposal DAK sentra kami yg dikirim bulan Maret kemarin udh disetujui blm ya?'),
    ).toBe('status');
    expect(questionKind('kapan cair bantuan sy?')).toBe('status');
    expect(questionKind('has my application been approved?')).toBe('status');
    expect(questionKind('kapan sentra tanggulangin berdiri?')).toBe('time');
  });
});

describe('a place asked, not a place named', () => {
  it('reads "lokasi" as a place asked only when it is asked for', () => {
    expect(questionKind('Perlu gak kami benahi lokasi dulu, atau fokus produk aja?')).not.toBe('place');
    expect(questionKind('lokasi sentra tanggulangin?')).toBe('place');
    expect(questionKind('sentra tapis letaknya?')).toBe('place');
  });
});

describe('the directory asked in English', () => {
  const areas = createAreaIndex();
  it('reads English province names and lists the clusters asked for', () => {
    expect(parseDirectoryQuery('Which clusters make leather bags in East Java?', areas)).toMatchObject({
      provinceCode: '35',
      productTerms: expect.arrayContaining(['kulit', 'tas']),
    });
    expect(parseDirectoryQuery('Are there any batik clusters in Central Java?', areas)).toMatchObject({
      provinceCode: '33',
    });
  });

  it('leaves a question about something else, or about one cluster, to the knowledge', () => {
    expect(
      parseDirectoryQuery(
        'We work in Central Kalimantan. Which national regulation governs the development of sentra IKM?',
        areas,
      ),
    ).toBeUndefined();
    expect(
      parseDirectoryQuery('How many members does the Tanggulangin cluster cooperative have?', areas),
    ).toBeUndefined();
    expect(
      parseDirectoryQuery(
        'Hi, I research Indonesian leather clusters. How many artisans did Tanggulangin have at its peak?',
        areas,
      ),
    ).toBeUndefined();
  });
});

describe('a question about "its ..." of what was said before', () => {
  it('is elliptical when every word it names is possessed ("koperasinya apa namanya?")', () => {
    expect(isElliptical('koperasinya apa namanya?')).toBe(true);
    expect(isElliptical('Apa itu koperasi?')).toBe(false);
    expect(isElliptical('bagaimana cara menghitung hpp?')).toBe(false);
  });
});

describe('contact details asked, not mentioned', () => {
  it('guards a request for an e-mail address, not an e-mail that has not come', () => {
    expect(asksForContact('smp skrg blm ada email balasan. tolong cekin sy lolos apa gk')).toBe(false);
    expect(asksForContact('minta email dinas perindustrian dong')).toBe(true);
    expect(asksForContact('email nya apa kak?')).toBe(true);
    expect(asksForContact('no wa koperasi intako brp?')).toBe(true);
  });
});

describe('a contact the asker will look for is not a contact asked of us (issue 15, fifteenth pass)', () => {
  it('reads past what the asker will do with the answer ("biar sy cari kontak pemasoknya")', () => {
    expect(asksForContact('daerah mana itu? biar sy cari kontak pemasoknya')).toBe(false);
    expect(asksForContact('which town is it, so I can find a supplier contact')).toBe(false);
  });

  it('still declines a contact asked for', () => {
    expect(asksForContact('minta kontak pemasok kulit di magetan dong, biar cepet')).toBe(true);
  });
});
