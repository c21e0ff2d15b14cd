import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../../src/directory/areas.ts';
import { checkSentra, formatSentraCheck } from '../../src/programme/criteria.ts';
import { checkDak } from '../../src/programme/dak.ts';
import {
  followUpSentraFacts,
  isDakQuestion,
  parseDirectoryQuery,
  parseSentraFacts,
} from '../../src/rag/tools.ts';

describe('sentra criteria check', () => {
  const all = { singleVillage: true, guidance: true, knownToPublic: true };

  it('is eligible when all four criteria hold, with 20 percent as the boundary', () => {
    expect(checkSentra({ ...all, households: 500, similarBusinesses: 100 }).verdict).toBe('eligible');
    const short = checkSentra({ ...all, households: 500, similarBusinesses: 99 });
    expect(short.verdict).toBe('not_eligible');
    expect(short.criteria.find((c) => c.id === 'share_of_households')).toMatchObject({
      status: 'not_met',
      detail: expect.stringMatching(/99 dari 500 .* 19,8 persen .* 100 usaha/),
    });
  });

  it('asks for missing facts instead of assuming them', () => {
    const check = checkSentra({ households: 500, similarBusinesses: 120 });
    expect(check.verdict).toBe('incomplete');
    expect(check.missing).toHaveLength(3);
    expect(check.minimumSimilarBusinesses).toBe(100);
    const text = formatSentraCheck(check);
    expect(text).toMatch(/Mohon lengkapi/);
    expect(text).toMatch(/Republika 26 Oktober 2022/);
    expect(text).toMatch(/berlaku per 2022-10-26/);
  });

  it('fails on one unmet criterion even when others are unknown', () => {
    expect(checkSentra({ guidance: false }).verdict).toBe('not_eligible');
    expect(checkSentra({}).missing.some((ask) => /rumah tangga/.test(ask))).toBe(true);
  });
});

describe('DAK fisik menus', () => {
  it.each([
    ['rumah kemasan untuk sentra', 'yes', 'rumah kemasan'],
    ['beli mesin jahit', 'yes', 'mesin dan peralatan'],
    ['membangun UPT', 'yes', 'UPT (unit pelayanan teknis)'],
    ['modal kerja perajin', 'no', 'modal kerja atau bahan baku'],
    ['gaji pengelola', 'no', 'gaji, upah, atau honor'],
    ['pelatihan desain', 'depends', 'pelatihan, pendampingan, atau promosi (kegiatan non-fisik)'],
    ['pelatihan desain kemasan', 'depends', 'pelatihan, pendampingan, atau promosi (kegiatan non-fisik)'],
    ['beli pouch kemasan keripik', 'no', 'bahan kemasan (plastik, pouch, kardus) untuk produk'],
    ['gaji operator mesin', 'no', 'gaji, upah, atau honor'],
  ])('%s -> %s', (question, verdict, item) => {
    expect(checkDak(question)).toMatchObject({ verdict, item, validFrom: '2022-10-26' });
  });

  it('knows nothing about an item it has no data for', () => {
    expect(checkDak('kapal pesiar')).toBeUndefined();
  });
});

describe('routing structured questions', () => {
  const areas = createAreaIndex();

  it('reads households and similar businesses from an informal question', () => {
    expect(parseSentraFacts('desa kami ada 500 KK, 120 bikin tas, bisa jadi sentra?')).toMatchObject({
      households: 500,
      similarBusinesses: 120,
      singleVillage: true,
    });
    expect(
      parseSentraFacts(
        'Desa kami punya 1.250 rumah tangga dan 300 perajin gerabah. Apakah memenuhi kriteria sentra?',
      ),
    ).toMatchObject({ households: 1250, similarBusinesses: 300 });
    expect(parseSentraFacts('apa saja kriteria sentra?')).toBeUndefined();
    expect(parseSentraFacts('berapa HPP tas 500 ribu?')).toBeUndefined();
  });

  it('recognises a DAK question', () => {
    expect(isDakQuestion('bisa gak DAK buat beli mesin?')).toBe(true);
    expect(isDakQuestion('apa itu DAK?')).toBe(false);
  });

  it('reads place and product from a directory question', () => {
    const sidoarjo = parseDirectoryQuery('sentra tas di Sidoarjo', areas);
    expect(sidoarjo).toMatchObject({ regencyCodes: ['35.15'], placeName: 'Kabupaten Sidoarjo' });
    expect(parseDirectoryQuery('daftar sentra di Malang', areas)).toMatchObject({
      regencyCodes: ['35.07', '35.73'],
    });
    expect(sidoarjo?.productTerms).toEqual(expect.arrayContaining(['tas', 'koper']));
    expect(parseDirectoryQuery('daftar sentra di jatim', areas)).toMatchObject({ provinceCode: '35' });
    expect(parseDirectoryQuery('sentra tenun di kota bandar lampung', areas)).toMatchObject({
      regencyCodes: ['18.71'],
    });
    expect(parseDirectoryQuery('apa itu sentra IKM?', areas)).toBeUndefined();
  });

  it("leaves a question about a sentra's funding or origin to the knowledge", () => {
    expect(
      parseDirectoryQuery('sentra tenun tapis di bandar lampung dananya dari mana?', areas),
    ).toBeUndefined();
    expect(parseDirectoryQuery('sentra tas tanggulangin asalnya dari mana?', areas)).toBeUndefined();
    // Asked as a list, what was built or funded at one sentra is still the knowledge's.
    expect(
      parseDirectoryQuery('sentra tapis di bandar lampung, fasilitas apa aja yg dibangun di sana?', areas),
    ).toBeUndefined();
    // What a revitalised sentra's building holds and who may use it is the knowledge's too.
    expect(
      parseDirectoryQuery('gedung sentra batik di pekalongan yg baru direvitalisasi isinya apa aja?', areas),
    ).toBeUndefined();
    expect(
      parseDirectoryQuery('sentra anyaman di tasikmalaya, perajin luar desa boleh ikut make alatnya?', areas),
    ).toBeUndefined();
    // A list of sentra stays with the directory.
    expect(parseDirectoryQuery('sentra apa aja di bandar lampung?', areas)).toMatchObject({
      placeName: expect.stringMatching(/Bandar Lampung/i),
    });
  });

  it('reads the makers and the whole village apart when both are counted in households', () => {
    expect(
      parseSentraFacts(
        'Di satu desa ada sekitar 60 rumah tangga pembuat gerabah dari total 400 rumah tangga. Apa desa ini bisa jadi sentra?',
      ),
    ).toMatchObject({ households: 400, similarBusinesses: 60 });
  });

  it('reads chat spelling and the count after the product ("yg usaha anyaman 40 rumah ... udh bs disebut sentra?")', () => {
    expect(
      parseSentraFacts('dusun kami 300 KK, yg bikin gerabah 70 rumah. udh bs disebut sentra blm?'),
    ).toMatchObject({ households: 300, similarBusinesses: 70 });
    // A chat verb ("nyulam", "ngukir") and a hedge between it and the count.
    expect(
      parseSentraFacts('desa sy kira2 250 KK, yg nyulam kayaknya 60 rumah. bisa jadi sentra gak?'),
    ).toMatchObject({ households: 250, similarBusinesses: 60 });
  });

  it('states the verdict with its reason in the first sentence', () => {
    const first = (facts: Parameters<typeof checkSentra>[0]) =>
      formatSentraCheck(checkSentra(facts)).split('\n')[0];
    expect(first({ households: 400, similarBusinesses: 60 })).toBe(
      'Berdasarkan data yang Anda berikan, desa ini BELUM MEMENUHI kriteria sentra IKM: usaha sejenis baru 15 persen dari rumah tangga desa (60 dari 400), di bawah minimal 20 persen (80 usaha).',
    );
    expect(first({ households: 300, similarBusinesses: 80 })).toMatch(
      /^Syarat jumlah usaha sentra IKM terpenuhi: usaha sejenis 26,7 persen .*; kriteria lain belum bisa dinilai/,
    );
    // A failed criterion other than the share is the reason given.
    expect(first({ households: 300, similarBusinesses: 80, guidance: false })).toMatch(
      /BELUM MEMENUHI kriteria sentra IKM: belum ada organisasi atau pembinaan\.$/,
    );
  });

  it('reads a household count named before its number, apart from the makers counted in households', () => {
    expect(
      parseSentraFacts(
        'Jumlah KK di desa kami 1.240, dan yang membuat besek serta anyaman bambu sekitar 210 rumah tangga. Apakah desa kami memenuhi kriteria sentra IKM?',
      ),
    ).toMatchObject({ households: 1240, similarBusinesses: 210 });
    expect(
      parseSentraFacts('ada kk di kampung kami kira2 600, yg bikin keripik 150 org. bisa jd sentra ga?'),
    ).toMatchObject({ households: 600, similarBusinesses: 150 });
  });

  it('counts training or mentoring given by an office as guidance, unless it is denied', () => {
    const base = 'desa kami 500 KK, 120 bikin tas.';
    expect(
      parseSentraFacts(
        `${base} Belum ada kelompok resmi, tetapi tiap tahun ada pelatihan dari Disperindag. Bisa jadi sentra?`,
      ),
    ).toMatchObject({ guidance: true });
    expect(
      parseSentraFacts(`${base} Kami sering didampingi oleh dinas koperasi. Bisa jadi sentra?`),
    ).toMatchObject({ guidance: true });
    expect(
      parseSentraFacts(`${base} Belum pernah ada pelatihan dari dinas. Bisa jadi sentra?`),
    ).toMatchObject({ guidance: false });
    expect(parseSentraFacts(`${base} Belum ada kelompok. Bisa jadi sentra?`)).toMatchObject({
      guidance: false,
    });
  });

  it('reads a follow-up that changes one count against the earlier check', () => {
    const history = [{ question: 'desa kami 400 kk, 60 org bikin batik, bisa jadi sentra?', answer: '...' }];
    expect(followUpSentraFacts('klo nanti jd 90 rumah gmn?', history)).toMatchObject({
      households: 400,
      similarBusinesses: 90,
    });
    expect(followUpSentraFacts('klo desanya 250 kk?', history)).toMatchObject({
      households: 250,
      similarBusinesses: 60,
    });
    expect(followUpSentraFacts('klo nanti jd 90 rumah gmn?', [])).toBeUndefined();
    expect(
      followUpSentraFacts('hpp 40 tas brp?', [{ question: 'apa itu sentra ikm?', answer: '...' }]),
    ).toBeUndefined();
  });

  it('reads a count after a criteria question that gave no figures, and the similar-business criterion asked without "sentra"', () => {
    const asked = [{ question: 'syarat kampung bisa disebut sentra ikm apa aja?', answer: '...' }];
    expect(followUpSentraFacts('kampung kami 320 kk, cukupnya brp?', asked)).toEqual({ households: 320 });
    // A question that is not about the criteria gives no facts, whatever came before.
    expect(
      followUpSentraFacts('pesanan 320 kk brp lama?', [{ question: 'apa itu hpp?', answer: '...' }]),
    ).toBeUndefined();
    expect(
      parseSentraFacts('di kelurahan kami ada 480 kk, paling sedikit brp yg hrs punya usaha sejenis?'),
    ).toMatchObject({
      households: 480,
    });
    expect(
      parseSentraFacts('ada 480 kk di kelurahan kami, usaha sejenis itu contohnya apa?'),
    ).toBeUndefined();
  });

  it('reads "N di antaranya" as the makers among the households, and "ditambah N lagi" as more makers', () => {
    expect(
      parseSentraFacts(
        'Di desa binaan kami ada sekitar 300 rumah tangga, dan kurang lebih 45 di antaranya menenun songket. Kami diminta memeriksa apakah desa itu sudah bisa disebut sentra IKM. Apa saja kriterianya?',
      ),
    ).toMatchObject({ households: 300, similarBusinesses: 45 });
    const history = [
      { question: 'desa sy ada 200 KK, yg bikin gerabah 30 KK, udh masuk sentra belum?', answer: '...' },
    ];
    expect(followUpSentraFacts('klo ditambah 10 KK lagi gimana?', history)).toMatchObject({
      households: 200,
      similarBusinesses: 40,
    });
  });

  it('reads the smaller of two household counts as the makers when nothing else names them', () => {
    expect(
      parseSentraFacts(
        'Kampung kami 520 kepala keluarga; yang sehari-hari mengukir kayu jati untuk mebel sekitar 95 keluarga. Sudah memenuhi syarat sentra belum?',
      ),
    ).toMatchObject({ households: 520, similarBusinesses: 95 });
    // who makes what, in a few words with "&", then how many houses
    expect(
      parseSentraFacts(
        'kampung kami 380 KK, yg ngukir topeng & patung kayu kira2 90 rumah. udh bs disebut sentra blm?',
      ),
    ).toMatchObject({ households: 380, similarBusinesses: 90 });
    // one count only: the households, and the makers are asked for
    expect(parseSentraFacts('desa kami 300 KK, apa syarat jadi sentra?')).not.toHaveProperty(
      'similarBusinesses',
    );
  });

  it('reads "yang memproduksi kerupuk 60 rumah" and guidance said with words between ("belum pernah dibina")', () => {
    expect(
      parseSentraFacts(
        'Penduduknya sekitar 400 KK, yang memproduksi kerupuk kira-kira 60 rumah, tapi mereka belum punya kelompok dan belum pernah dibina dinas mana pun. Apakah desa seperti ini sudah bisa disebut sentra?',
      ),
    ).toMatchObject({ households: 400, similarBusinesses: 60, guidance: false });
    expect(
      parseSentraFacts('desa kami 300 kk, yg bertenun 70 kk, udh punya kelompok. bisa jadi sentra?'),
    ).toMatchObject({ households: 300, similarBusinesses: 70, guidance: true });
  });

  it('leaves a question about DAK to the DAK tools when only the story counts the artisans', () => {
    expect(
      parseSentraFacts(
        'Ada sentra songket dengan sekitar 30 perajin yang gedungnya sudah rusak. Menu DAK fisik IKM itu apa saja, dan apakah pengadaan mesin bisa dimasukkan?',
      ),
    ).toBeUndefined();
    expect(parseSentraFacts('Desa kami 400 kk, 90 org bikin batik. Bisa jadi sentra?')).toMatchObject({
      households: 400,
      similarBusinesses: 90,
    });
  });

  it('reads "90 org bikin batik" as 90 similar businesses', () => {
    expect(parseSentraFacts('desa kami 400 kk, 90 org bikin batik, bisa jadi sentra?')).toMatchObject({
      households: 400,
      similarBusinesses: 90,
    });
  });
});

describe('small talk', () => {
  it('greets and thanks without a hand-off, and leaves real questions alone', async () => {
    const { smallTalk } = await import('../../src/rag/guards.ts');
    expect(smallTalk('halo')).toBe('greeting');
    expect(smallTalk('Selamat pagi kak!')).toBe('greeting');
    expect(smallTalk('makasih banyak ya')).toBe('thanks');
    expect(smallTalk('ok kak')).toBe('thanks');
    expect(smallTalk('ok gimana cara hitung HPP?')).toBeUndefined();
    expect(smallTalk('halo, apa itu DAK fisik?')).toBeUndefined();
  });
});
