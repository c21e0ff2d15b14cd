import { describe, expect, it } from 'vitest';
import { composeExtractive, questionKind } from '../../src/rag/extractive.ts';
import { splitSentences, splitUnits } from '../../src/rag/sentences.ts';
import type { RetrievedChunk } from '../../src/rag/types.ts';
import { analyze } from '../../src/text/analyze.ts';

const chunk = (id: number, content: string, score = 10): RetrievedChunk => ({
  chunkId: id,
  path: `knowledge/k${id}.md`,
  title: `Judul ${id}`,
  section: `Bagian ${id}`,
  content,
  topic: 'programme',
  audience: ['semua'],
  source: 'Sumber',
  asOf: '2022-10-26',
  score,
});
const terms = (text: string) =>
  analyze(text, { slang: true }).map((term) => ({ term, idf: 2, weight: 1, known: true }));

describe('sentence splitting', () => {
  it('does not break figures, regulation numbers or abbreviations', () => {
    expect(
      splitSentences('Jumlahnya 13.762 sentra. Diatur PP No. 29 Tahun 2018. Harga Rp 10.000 per unit.'),
    ).toEqual(['Jumlahnya 13.762 sentra.', 'Diatur PP No. 29 Tahun 2018.', 'Harga Rp 10.000 per unit.']);
  });

  it('keeps a list item that wraps onto the next line whole', () => {
    const units = splitUnits(
      '- Nomor izin edar: P-IRT untuk pangan rumah tangga, atau\n  BPOM MD untuk pangan olahan.\n- Berat bersih\n\nParagraf baru.',
    );
    expect(units.map((unit) => unit.text)).toEqual([
      'Nomor izin edar: P-IRT untuk pangan rumah tangga, atau BPOM MD untuk pangan olahan.',
      'Berat bersih',
      'Paragraf baru.',
    ]);
  });

  it('turns lists and tables into units, dropping table headers', () => {
    const units = splitUnits(
      'Isi label:\n\n- **Nama produk**\n- Berat bersih\n\n| Bahan | Biaya |\n|---|---|\n| Kulit | Rp 50.000 |',
    );
    expect(units.map((unit) => [unit.kind, unit.text])).toEqual([
      ['sentence', 'Isi label:'],
      ['item', 'Nama produk'],
      ['item', 'Berat bersih'],
      ['row', 'Kulit: Rp 50.000'],
    ]);
  });
});

describe('composeExtractive', () => {
  it('keeps figures intact, cites its chunk, and answers a how-much question with the figure', () => {
    const q = 'berapa jumlah sentra ikm?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Sentra IKM tersebar di seluruh Indonesia. Menurut BPS (2020), jumlah sentra IKM mencapai 13.762 dengan 516.124 unit usaha. Sentra berada di desa.',
      ),
    ]);
    expect(result.text).toContain('13.762 dengan 516.124 unit usaha');
    expect(result.text).toMatch(/\[1\]$/);
    expect(result.citations).toHaveLength(1);
  });

  it('keeps an introduced list together and repeats nothing', () => {
    const q = 'apa saja isi label makanan?';
    const body =
      'Label makanan wajib memuat:\n\n- nama produk\n- daftar bahan\n- berat bersih\n- tanggal kedaluwarsa';
    const result = composeExtractive(q, terms(q), [chunk(1, body), chunk(2, body, 9)]);
    expect(result.text.split('\n')).toEqual([
      'Label makanan wajib memuat:',
      '• nama produk',
      '• daftar bahan',
      '• berat bersih',
      '• tanggal kedaluwarsa [1]',
    ]);
    expect(result.citations).toHaveLength(1);
  });

  it('adds a second source only when it covers question words the first lacks', () => {
    const q = 'DAK fisik dan rumah kemasan';
    const result = composeExtractive(q, terms(q), [
      chunk(1, 'DAK fisik punya dua menu.'),
      chunk(2, 'Rumah kemasan membantu desain kemasan.', 8),
    ]);
    expect(result.citations.map((citation) => citation.chunk.chunkId)).toEqual([1, 2]);
    expect(result.text).toBe('DAK fisik punya dua menu. [1]\nRumah kemasan membantu desain kemasan. [2]');
  });

  it('recognises what a question asks for', () => {
    expect(questionKind('brp jumlah sentra?')).toBe('amount');
    expect(questionKind('kapan tanggulangin berdiri?')).toBe('time');
    expect(questionKind('siapa dirjen IKMA?')).toBe('person');
    // "What is the <figure> ...?" asks a figure, not what a word means.
    expect(questionKind('What is the DAK fisik allocation for our regency next year?')).toBe('amount');
    expect(questionKind('what is the price of a standing pouch?')).toBe('amount');
    expect(questionKind('What is the meaning of DAK?')).toBe('definition');
    expect(questionKind('What needs to be printed on a food label?')).toBe('list');
    expect(questionKind('label apa aja yg wajib?')).toBe('list');
    // "Who all" asks for a list of parties; "wrapped with what" for the things to use.
    expect(questionKind('pihak siapa saja yang ada di kelembagaan sentra?')).toBe('list');
    expect(questionKind('tas kulit enaknya dibungkus pake apa?')).toBe('list');
    // "What kind of" asks for a description, not for a way to do something.
    expect(questionKind('nanti ketemu pembeli yg kayak gmn?')).toBe('list');
    expect(questionKind('kemasan yang seperti apa yang disukai toko?')).toBe('list');
    // "What should I do with it" asks for steps.
    expect(questionKind('kulit sisa numpuk di gudang, enaknya diapain?')).toBe('steps');
    expect(questionKind('dari sumber anggaran mana saja sentra bisa dibiayai?')).toBe('list');
    // Chat spellings the cues do not list are read in standard words.
    expect(questionKind('hrs daftar lwat mna dulu')).toBe('place');
    // A mistyped cue is read as the cue it is close to, a real word is not.
    expect(questionKind('TKDN itu singktn dr apa ya?')).toBe('definition');
    expect(questionKind('knapa kemasan penting')).toBe('reason');
    expect(questionKind('katanya harga beras naik')).toBe('general');
    // Where to begin asks for the first steps; where a thing is asks for a place.
    expect(questionKind('pengen jualan online, mulainya dr mana ya?')).toBe('steps');
    expect(questionKind('Where should I start with bookkeeping?')).toBe('steps');
    expect(questionKind('bahan bakunya dr mana?')).toBe('place');
    // "What does X need" asks for a list; "what does X mean" for a definition.
    expect(questionKind('What does a cooperative need to join the programme?')).toBe('list');
    expect(questionKind('What does HPP mean?')).toBe('definition');
    expect(questionKind('What is a sentra?')).toBe('definition');
  });
});

describe('answer-first composition', () => {
  const firstLine = (text: string) => text.split('\n')[0]!;

  it('opens with the sentence that states what was asked, found in any of the top chunks', () => {
    const q = 'kapan sentra tenun ikat berdiri?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Sentra tenun ikat dikenal sebagai tujuan wisata kain dan punya galeri bersama. Sentra tenun ikat juga sering dikunjungi pembeli dari luar daerah untuk melihat proses menenun.',
      ),
      chunk(
        2,
        'Menurut catatan dinas, sentra tenun ikat berdiri pada tahun 1987 dengan dua belas penenun.',
        8,
      ),
    ]);
    expect(firstLine(result.text)).toMatch(
      /^Menurut catatan dinas, sentra tenun ikat berdiri pada tahun 1987/,
    );
    expect(result.citations[0]!.chunk.chunkId).toBe(2);
  });

  it('never quotes a sentence about the document itself', () => {
    const q = 'apa saja yang wajib ada di label makanan?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Dokumen ini menjelaskan apa saja yang wajib ada di label makanan kemasan produksi IKM.\n\nLabel wajib memuat nama produk dan berat bersih.',
      ),
    ]);
    expect(result.text).not.toMatch(/Dokumen ini/);
    expect(result.text).toContain('nama produk');
  });

  it('keeps a one-fact answer short and leaves padding out', () => {
    const q = 'berapa unit usaha di sentra ikm?';
    const padding = [
      'Sentra IKM yang punya papan nama jelas, gerbang rapi, dan jalan masuk yang mudah ditemukan lebih sering didatangi rombongan pembeli, pelajar, dan wisatawan dari kota lain setiap akhir pekan.',
      'Pengurus sentra IKM sebaiknya mencatat kunjungan tamu, pesanan yang masuk, keluhan pelanggan, dan usulan anggota dalam buku yang dibaca bersama pada rapat bulanan di balai desa.',
      'Dinas biasanya lebih mudah membina sentra IKM yang anggotanya kompak, punya koperasi aktif, rutin mengikuti pelatihan, dan berani mencoba pasar baru lewat pameran maupun toko daring.',
    ].join(' ');
    const result = composeExtractive(q, terms(q), [
      chunk(1, `Menurut BPS, sentra IKM berisi 516.124 unit usaha. ${padding}`),
    ]);
    expect(firstLine(result.text)).toMatch(/^Menurut BPS, sentra IKM berisi 516.124 unit usaha\./);
    expect(result.text.length).toBeLessThanOrEqual(350);
  });

  it('keeps a table introduced by a sentence whole for a list question', () => {
    const q = 'apa saja komponen hpp tas?';
    const body =
      'Komponen HPP tas kulit sebulan:\n\n| Komponen | Jumlah |\n|---|---|\n| Bahan baku | Rp 9.000.000 |\n| Tenaga kerja langsung | Rp 4.500.000 |\n| Overhead | Rp 1.500.000 |';
    const result = composeExtractive(q, terms(q), [chunk(1, body)]);
    expect(result.text.split('\n')).toEqual([
      'Komponen HPP tas kulit sebulan:',
      '• Bahan baku: Rp 9.000.000',
      '• Tenaga kerja langsung: Rp 4.500.000',
      '• Overhead: Rp 1.500.000 [1]',
    ]);
  });

  it('does not repeat what another chunk already said', () => {
    const q = 'berapa jumlah sentra ikm di indonesia?';
    const same = 'Jumlah sentra IKM di Indonesia 13.762 menurut BPS.';
    const result = composeExtractive(q, terms(q), [
      chunk(1, same),
      chunk(2, `${same.replace('menurut', 'berdasarkan data')}`, 9),
    ]);
    expect(result.text.match(/13\.762/g)).toHaveLength(1);
  });

  it('says the knowledge lacks it when the knowledge says so about exactly this', () => {
    const q = 'apa saja isi paket wisata tiga serangkai di sentra batik?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Sentra batik meluncurkan paket wisata tiga serangkai pada 2018. Berita tersebut tidak menjelaskan isi paket wisata tiga serangkai itu.',
      ),
    ]);
    expect(result.absent).toBe(true);
    expect(result.text).toBe('');
  });

  it('answers "what is X" with the sentence that defines X, not one that defines another term and names X', () => {
    const q = 'apa itu NIB?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'KBLI adalah daftar kode jenis usaha yang dipilih saat mengurus NIB di OSS. NIB adalah nomor identitas pelaku usaha dari OSS.',
      ),
    ]);
    expect(result.text.startsWith('NIB adalah nomor identitas')).toBe(true);
  });

  it('takes a whole list over its own best item when the two tie', () => {
    const q = 'langkah mengurus izin apa saja?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Langkah mengurus izin:\n\n1. Buat akun.\n2. Isi formulir izin.\n3. Ikuti penyuluhan.\n4. Terima nomor izin.',
      ),
    ]);
    expect(result.text.split('\n')[0]).toBe('Langkah mengurus izin:');
    expect(result.text).toContain('Buat akun.');
    expect(result.text).toContain('Terima nomor izin.');
  });

  it('answers a how-to with the list of what to do, not the list of what to avoid', () => {
    const q = 'gimana cara bikin judul produk marketplace?';
    const content =
      'Hal yang sebaiknya dihindari dalam judul produk marketplace:\n\n- huruf kapital semua di judul produk;\n- kata kunci yang tidak ada hubungannya.\n\nJudul produk marketplace yang baik memuat:\n\n- jenis produk dan bahan;\n- ukuran dan warna.';
    const result = composeExtractive(q, terms(q), [chunk(1, content)]);
    expect(result.text.startsWith('Judul produk marketplace yang baik memuat:')).toBe(true);
    const avoid = composeExtractive('judul produk marketplace apa saja yang harus dihindari?', terms(q), [
      chunk(1, content),
    ]);
    expect(avoid.text.startsWith('Hal yang sebaiknya dihindari')).toBe(true);
  });

  it('answers "apa saja syaratnya" with the conditions, not the steps to take when they are unmet', () => {
    const q = 'Apa saja syarat agar kelompok usaha di desa diakui menjadi sentra IKM?';
    const content =
      'Syarat usaha di desa diakui sebagai sentra IKM:\n\n- usaha sejenis berada di satu desa;\n- dikenal masyarakat.\n\nBeberapa langkah bila usaha di desa belum memenuhi syarat sentra IKM:\n\n- bentuk kelompok agar diakui;\n- minta pembinaan dinas.';
    const result = composeExtractive(q, terms(q), [chunk(1, content)]);
    expect(result.text.startsWith('Syarat usaha di desa diakui sebagai sentra IKM:')).toBe(true);
    // Asked for the steps, the steps are the answer.
    const how = 'Apa saja langkah agar usaha di desa yang belum memenuhi syarat diakui sebagai sentra IKM?';
    expect(composeExtractive(how, terms(how), [chunk(1, content)]).text).toMatch(/^Beberapa langkah/);
  });

  it('answers a how-to from the section that gives steps, not from the one that says why', () => {
    const q = 'gimana cara pisah uang usaha dan uang rumah?';
    const result = composeExtractive(q, terms(q), [
      {
        ...chunk(
          1,
          'Akibat bila uang usaha dan uang rumah tidak dipisah:\n\n- modal habis;\n- uang usaha terpakai.',
        ),
        section: 'Kenapa uang usaha harus dipisah',
      },
      {
        ...chunk(
          2,
          'Yang bisa dilakukan:\n\n- buka rekening sendiri untuk uang usaha;\n- catat setiap uang rumah keluar.',
        ),
        section: 'Memisahkan uang usaha',
      },
    ]);
    expect(result.text.startsWith('Yang bisa dilakukan:')).toBe(true);
  });

  it('answers "since when" with the date of the event, not the date of the source that reported it', () => {
    const q = 'program revitalisasi sentra mulai dari kapan?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Menurut berita (November 2018), program sentra mulai turun setelah bencana. Revitalisasi sentra digagas sejak 2017.',
      ),
    ]);
    expect(result.text.startsWith('Revitalisasi sentra digagas sejak 2017.')).toBe(true);
  });

  it('looks past the fifth chunk into the lead document’s other sections, but not into other documents', () => {
    const q = 'gimana cara hitung hpp keripik?';
    const others = [2, 3, 4, 5].map((id) => chunk(id, `Catatan umum nomor ${id} tentang usaha.`, 9));
    const lead = chunk(1, 'Dokumen ini menjelaskan HPP keripik.', 10);
    const steps = {
      ...chunk(
        6,
        'Langkah hitung HPP keripik:\n\n1. Catat biaya keripik.\n2. Bagi dengan hasil jadi keripik.',
        8,
      ),
      path: lead.path,
    };
    expect(composeExtractive(q, terms(q), [lead, ...others, steps]).text).toContain('hasil jadi');
    const elsewhere = { ...steps, path: 'knowledge/lain.md' };
    expect(composeExtractive(q, terms(q), [lead, ...others, elsewhere]).text).not.toContain('hasil jadi');
  });

  it('does not decline over a "not held" sentence about something the question did not ask', () => {
    const q = 'di sidoarjo ada tempat yang bikin aksesoris logam?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'IKM tas Sidoarjo bekerja sama dengan IKM logam Ngingas untuk aksesoris. Berita tersebut tidak merinci jenisnya, tetapi aksesoris logam tas biasanya gesper.',
      ),
    ]);
    expect(result.absent).toBeFalsy();
    expect(result.text).toContain('Ngingas');
  });

  it('answers a why-question with the list of causes the knowledge gives, whole', () => {
    const q = 'kenapa catatan untung tapi uang kas tidak ada?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Usaha bisa untung tetapi uang kas tidak ada. Penyebab kas kosong padahal catatan untung:\n\n- piutang pembeli belum dibayar;\n- stok bahan menumpuk di gudang.',
      ),
    ]);
    expect(result.text.startsWith('Penyebab kas kosong padahal catatan untung:')).toBe(true);
    expect(result.text).toContain('piutang');
    expect(result.text).toContain('stok bahan');
  });

  it('does not answer a how-to with one item of a list of what to avoid', () => {
    const q = 'gimana bikin judul produk yg gampang dicari orang?';
    const section =
      'Judul produk menentukan apakah produk muncul saat pembeli mencari. Susunan judul produk yang praktis:\n\njenis produk + bahan + model + ukuran + merek\n\nHal yang sebaiknya dihindari dalam judul:\n\n- huruf kapital semua;\n- menjejalkan kata kunci, misalnya merek terkenal milik orang lain agar produk dicari orang;\n- judul yang tidak sesuai barang.';
    const result = composeExtractive(q, terms(q), [chunk(1, section)]);
    expect(result.text).toContain('jenis produk + bahan');
    expect(result.text.startsWith('menjejalkan')).toBe(false);
    expect(result.text.startsWith('•')).toBe(false);
  });

  it('answers "tanggal berapa" with the date to the day when the knowledge has one', () => {
    const q = 'business matching di bpipi itu tgl brp?';
    const result = composeExtractive(q, terms(q), [
      chunk(1, 'Menurut berita (Desember 2019), BPIPI menjadi tempat business matching IKM kulit.'),
      chunk(
        2,
        'Menurut berita (5 Desember 2019), Kemenperin menyelenggarakan business matching di BPIPI.',
        9,
      ),
    ]);
    expect(result.text.split('\n')[0]).toContain('5 Desember 2019');
  });

  it('answers "berapa warna" with a quantity written in words, and "punya siapa" with who runs it', () => {
    const amount = 'logo sebaiknya pakai brp warna?';
    const colours = composeExtractive(amount, terms(amount), [
      chunk(
        1,
        'Ciri logo yang baik:\n\n- Logo dipakai untuk cap dan stempel, jadi logo harus tetap jelas.\n- Satu atau dua warna: lebih sedikit warna lebih murah dicetak.',
      ),
    ]);
    expect(colours.text).toContain('Satu atau dua warna');
    const who = 'rumah kemasan itu punya siapa?';
    const owner = composeExtractive(who, terms(who), [
      chunk(
        1,
        'Rumah kemasan itu punya layanan desain dan cetak kemasan. Rumah kemasan umumnya dikelola pemerintah daerah setempat.',
      ),
    ]);
    expect(owner.text.split('\n')[0]).toMatch(/^Rumah kemasan umumnya dikelola pemerintah daerah/);
  });

  it('answers "siapa nama kepala ..." with the sentence that names the person beside the title', () => {
    const q = 'Siapa nama Kepala Disperindag Kabupaten Sidoarjo yang disebut dalam berita Februari 2020?';
    // "kepala" is rare in the knowledge; the rest are common there.
    const weighted = terms(q).map((t) => (t.term === 'kepala' ? { ...t, idf: 4 } : t));
    const result = composeExtractive(q, weighted, [
      chunk(
        1,
        'Di banyak daerah, kantor ini bernama Disperindag, misalnya Disperindag Kabupaten Sidoarjo (berita Februari 2020).',
      ),
      {
        ...chunk(2, 'Pejabat daerah yang disebut:\n\n- Tjarda, Kepala Disperindag Kabupaten Sidoarjo.', 9),
        section: 'Pejabat daerah Sidoarjo dalam berita Februari 2020',
      },
    ]);
    expect(result.text.split('\n')[0]).toContain('Tjarda');
  });

  it('answers "berapa lama" with a stretch of time, not with any figure', () => {
    const q = 'berapa lama proses daftar merek?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Biaya daftar merek untuk UMKM sekitar 500 ribu per kelas. Merek yang sudah terdaftar dilindungi 10 tahun. Proses daftar merek bisa memakan waktu berbulan-bulan.',
      ),
    ]);
    expect(result.text.split('\n')[0]).toMatch(/^Proses daftar merek bisa memakan waktu berbulan-bulan/);
  });
});

describe('whether an answer states an amount', () => {
  it('does not count a citation marker as a figure', async () => {
    const { statesAmount } = await import('../../src/rag/unit-score.ts');
    expect(
      statesAmount(
        'DJKI adalah singkatan dari Direktorat Jenderal Kekayaan Intelektual. [1]',
        'berapa biayanya?',
      ),
    ).toBe(false);
    expect(statesAmount('Biayanya Rp 500.000 per kelas. [1]', 'berapa biayanya?')).toBe(true);
    expect(statesAmount('Pakai satu atau dua warna. [1]', 'brp warna?')).toBe(true);
    expect(statesAmount('Prosesnya bisa berbulan-bulan. [1]', 'berapa lama prosesnya?')).toBe(true);
    expect(statesAmount('Prosesnya bisa berbulan-bulan. [1]', 'berapa biayanya?')).toBe(false);
    // The knowledge saying there is no one figure is an answer too.
    expect(statesAmount('Biaya sewa stan berbeda setiap tahun. [1]', 'berapa biaya stan?')).toBe(true);
  });
});

describe('where and who-all questions', () => {
  it('answers "di mana" with the street address before a sentence that only names the town', () => {
    const q = 'Di mana lokasi sentra tenun tapis di Bandar Lampung?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Gedung sentra tenun tapis Kota Bandar Lampung menjadi tempat para penenun bekerja. Sentra tenun tapis Bandar Lampung dibangun di Jalan Teuku Cik Ditiro, Kelurahan Beringin Jaya.',
      ),
    ]);
    expect(result.text.split('\n')[0]).toMatch(/^Sentra tenun tapis Bandar Lampung dibangun/);
  });
});

describe('a message that asks two things', () => {
  it('finds its questions, also a last one written without "?"', async () => {
    const { questionParts } = await import('../../src/rag/question-kind.ts');
    expect(questionParts('diadain dmn sih? trs calon pembelinya siapa aj')).toEqual([
      'diadain dmn sih?',
      'trs calon pembelinya siapa aj',
    ]);
    expect(questionParts('Saya perajin tas. Bagaimana cara mengemasnya?')).toEqual([]);
    expect(questionParts('Berapa HPP-nya? Saya bingung.')).toEqual([]);
  });

  it('answers each question in turn, the later one completed from the first', () => {
    const q = 'Prive itu apaan sih? Terus sama gak kayak gaji buat diri sendiri?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Gaji pemilik sebaiknya tetap setiap bulan dan dibayar dari kas usaha untuk diri sendiri. Tetapkan gaji pemilik yang sanggup dibayar usaha pada bulan sepi.',
      ),
      chunk(2, 'Prive adalah pengambilan uang usaha oleh pemilik untuk keperluan pribadi.', 8),
    ]);
    const lines = result.text.split('\n');
    expect(lines[0]).toMatch(/^Prive adalah pengambilan uang usaha/);
    expect(result.text).toContain('Gaji pemilik');
  });
});

describe('what the knowledge says it does not hold', () => {
  it('does not read "dokumen ini tidak memuat ..." as the answer to "dokumen apa saja"', () => {
    const q =
      'Dokumen apa saja yang biasanya diminta bank penyalur KUR untuk usaha sambal botolan di Malang?';
    const result = composeExtractive(q, terms(q), [
      chunk(
        1,
        'Dokumen yang biasanya diminta bank untuk KUR:\n\n- KTP dan kartu keluarga;\n- NIB atau surat keterangan usaha;\n- catatan keuangan usaha.\n\nDokumen ini tidak memuat bunga KUR yang berlaku di bank penyalur, karena bank bisa mengubahnya.',
      ),
    ]);
    expect(result.absent).toBeFalsy();
    expect(result.text).toContain('NIB');
  });
});
