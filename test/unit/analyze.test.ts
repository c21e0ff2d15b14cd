import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, surfaceTokens } from '../../src/text/analyze.ts';

describe('analyze', () => {
  it('normalises informal Indonesian to the words documents use', () => {
    expect(analyze('gimana cara ngitung duit masuk yg bener', { slang: true })).toEqual([
      'hitung',
      'uang',
      'masuk',
    ]);
    expect(analyze('brp modal bikin tas?', { slang: true })).toEqual(['modal', 'tas']);
    // Chat abbreviations met in the fifth blind set: "cr"/"cra" (cara), "acc" (approved).
    expect(analyze('gmn cr nentuin harga', { slang: true })).toEqual(
      analyze('bagaimana cara menentukan harga'),
    );
    expect(analyze('pengajuan sy udh di acc', { slang: true })).toEqual(
      analyze('pengajuan saya sudah disetujui'),
    );
    expect(analyze('drmn dananya', { slang: true })).toEqual(analyze('dari mana dananya'));
    expect(analyze('kadisperindag sp namanya', { slang: true })).toEqual(
      analyze('kepala dinas perindustrian dan perdagangan siapa namanya'),
    );
    // "ngebon" (buying on credit at a shop) is a debt.
    expect(analyze('pelanggan sering ngebon', { slang: true })).toEqual(analyze('pelanggan sering utang'));
    expect(analyze('halo kak, selamat pagi, apa itu DAK?', { slang: true })).toEqual(['dak']);
  });

  it('stems documents and questions to the same roots', () => {
    expect(analyze('pengemasan')).toEqual(analyze('kemasan'));
    expect(analyze('menghitung')).toEqual(['hitung']);
    expect(analyze('perajin-perajin')).toEqual(analyze('pengrajin', { slang: true }));
    // a loanword root Sastrawi's dictionary lacks, behind meN- and peN-
    for (const word of ['pengekspor', 'mengekspor', 'diekspor']) expect(analyze(word)).toEqual(['ekspor']);
  });

  it('keeps figures whole and comparable', () => {
    expect(analyze('13.762 sentra')).toEqual(['13762', 'sentra']);
    expect(analyze('13762')).toEqual(['13762']);
    expect(analyze('US$ 4,2 miliar')).toContain('4,2');
  });

  it('handles reduplication written with 2 and hyphenated acronyms', () => {
    expect(surfaceTokens('ciri2 oleh2 P-IRT e-Smart')).toEqual(['ciri', 'oleh', 'pirt', 'esmart']);
    expect(analyze('malu2in', { slang: true })).toEqual(['malu']);
  });

  it('finds the root of chat verbs: nasal prefixes, -in endings and a colloquial e', () => {
    const roots = (text: string) => analyze(text, { slang: true });
    expect(roots('nulis nyimpen ngirim ngitung ngurusin')).toEqual([
      'tulis',
      'simpan',
      'kirim',
      'hitung',
      'urus',
    ]);
    expect(roots('nyari nyoba nyatet ngarepin ngecek')).toEqual(['cari', 'coba', 'catat', 'harap', 'cek']);
    // The same root as the standard form in a document.
    expect(analyze('menyusut')).toEqual(roots('nyusut'));
    // A standard suffix after the nasal: "ngatasi" is "mengatasi", "ngebantu" is "membantu".
    expect(roots('ngatasi ngebantu')).toEqual(analyze('mengatasi membantu'));
  });

  it('keeps a board (pengurus) apart from seeing to something (mengurus)', () => {
    expect(analyze('ada pengurusnya? kepengurusan sentra')).toEqual(['pengurus', 'pengurus', 'sentra']);
    expect(analyze('mengurus izin')).toEqual(['urus', 'izin']);
  });

  it('reads the chat spellings the cards use as their standard words', () => {
    const pairs: [string, string][] = [
      ['ada pengurusnya gt ga', 'ada pengurusnya'],
      ['rame dtg ilang kmrn', 'ramai datang hilang kemarin'],
      ['malem nego ribet', 'malam negosiasi rumit'],
      ['rmh ortu jgn ntar', 'rumah orang tua jangan nanti'],
      ['ngasih nyiapin', 'memberi menyiapkan'],
      ['ikut bm', 'ikut business matching'],
    ];
    for (const [chat, standard] of pairs) expect(analyze(chat, { slang: true })).toEqual(analyze(standard));
  });

  it('leaves dictionary words and names whole instead of reading them as chat verbs', () => {
    // "desain" is not "desa" + -in, "mesin" not "mes" + -in; a name the dictionary lacks stays as written.
    expect(analyze('desain mesin kain')).toEqual(['desain', 'mesin', 'kain']);
    expect(analyze('Kemenperin')).toEqual(['kemenperin']);
    expect(analyze('industri kecil menengah')).toEqual(['industri', 'kecil', 'tengah']);
    expect(analyze('selain logo, sebuah merek')).toEqual(['logo', 'merek']);
  });

  it('takes the possessive -nya off loanwords the dictionary does not know', () => {
    expect(analyze('tipsnya brandingnya resellernya', { slang: true })).toEqual([
      'tips',
      'branding',
      'reseller',
    ]);
    // Words that only end in "nya" stay whole, and known words keep Sastrawi's reading.
    expect(analyze('punya')).toEqual(['punya']);
    expect(analyze('kemasannya')).toEqual(['kemas']);
  });

  it('maps inflected English words through their dictionary form', async () => {
    const { englishBase } = await import('../../src/text/english.ts');
    expect(englishBase('registered')).toBe('register');
    expect(englishBase('printers')).toBe('printer');
    expect(englishBase('years')).toBe('year');
    expect(englishBase('zzzs')).toBeUndefined();
    // Other inflections and British spellings reach an entry through its Porter stem.
    expect(englishBase('depreciated')).toBe('depreciation');
    expect(englishBase('revitalised')).toBe('revitalize');
    expect(englishBase('paying')).toBe('pay');
    // Indonesian words in an English message are not read as English inflections.
    expect(englishBase('kering')).toBeUndefined();
    expect(englishBase('sering')).toBeUndefined();
    expect(englishBase('materi')).toBeUndefined();
    expect(analyze('registered brand names', { english: true })).toEqual(['daftar', 'merek', 'nama']);
  });

  it('reads "in order to" as a purpose, not as an order of goods', () => {
    expect(analyze('we saved in order to buy a sealer', { english: true })).not.toContain(
      analyze('pesanan')[0],
    );
    expect(analyze('a big order from a hotel', { english: true })).toContain(analyze('pesanan')[0]);
  });

  it('reads English status and appeal words as the Indonesian ones', () => {
    // "recognised as a sentra" is a status, as "diakui" is; "appealing" is "menarik".
    expect(analyze('recognised as a sentra', { english: true })).toEqual(analyze('diakui sebagai sentra'));
    expect(analyze('an appealing pack', { english: true }).sort()).toEqual(analyze('kemasan menarik').sort());
  });

  it('reads the chat "mrk" as "mereka" (them), not as a brand', () => {
    expect(analyze('biar mrk gak bingung', { slang: true })).not.toContain(analyze('merek')[0]);
  });

  it('reads "fair" as reasonable before a price or a wage, and as a trade fair otherwise', () => {
    expect(analyze('a fair price', { english: true }).sort()).toEqual(analyze('harga wajar').sort());
    expect(analyze('a trade fair', { english: true })).toContain(analyze('pameran')[0]);
  });

  it('maps English question words onto Indonesian ones', () => {
    expect(analyze('leather export packaging', { english: true })).toEqual(['kulit', 'ekspor', 'kemas']);
    // Everyday words of shipping and selling meet the Indonesian the knowledge is written in.
    const shipped = analyze('shipping documents for wholesale orders', { english: true });
    expect(shipped).toEqual(expect.arrayContaining(['kirim', 'dokumen', 'grosir', 'pesan']));
  });

  it('detects English only when English clearly dominates', () => {
    expect(detectLanguage('How many clusters are there in Indonesia?')).toBe('en');
    expect(detectLanguage('gimana cara daftar merek?')).toBe('id');
    expect(detectLanguage('apa itu branding?')).toBe('id');
  });
});
