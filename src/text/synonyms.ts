/**
 * Domain synonyms: what artisans say -> the words the knowledge uses. Applied to whole phrases of a
 * message (after chat spellings are read) before it is matched against answer cards, so "balik modal"
 * meets "titik impas". Each entry: the phrases people use, the canonical phrase, and an example that
 * test/unit/synonyms.test.ts checks.
 */
export interface SynonymEntry {
  canonical: string;
  phrases: readonly string[];
  example: string;
  /** The short form people write for the canonical phrase ("hpp"), added beside it where it is written out. */
  short?: string;
}

export const SYNONYMS: readonly SynonymEntry[] = [
  {
    // What has not happened yet: the knowledge holds what was reported, so "the next fair" and "DAK tahun
    // depan" meet the decline cards on plans and events nobody has announced. A year after this one
    // or the next of an event read the same (namesFuture).
    canonical: 'mendatang',
    phrases: [
      'tahun depan',
      'thn depan',
      'thn dpn',
      'tahun dpn',
      'taun depan',
      'yang akan datang',
      'yg akan datang',
      'next year',
      'upcoming',
      'coming up',
      'next event',
      'acara berikutnya',
      'pameran berikutnya',
    ],
    example: 'pameran berikutnya kapan',
  },
  {
    canonical: 'titik impas',
    phrases: ['balik modal', 'bep', 'break even', 'break-even', 'impas'],
    example: 'kapan balik modal?',
  },
  {
    canonical: 'laba bersih',
    phrases: ['untung bersih', 'keuntungan bersih', 'net profit'],
    example: 'untung bersih sebulan brp',
  },
  { canonical: 'laba', phrases: ['untung', 'keuntungan', 'cuan', 'profit'], example: 'biar untung gede' },
  {
    // Where money for a building or a programme comes from: the knowledge says "dana" (DAK, APBN, APBD)
    canonical: 'dana',
    phrases: ['dibiayai', 'dibiayain', 'didanai', 'pendanaan', 'pembiayaan', 'funded', 'funding', 'financed'],
    example: 'gedung sentra itu dibiayai dr mana?',
  },
  {
    // One event, written as one word or two: the knowledge says "talkshow"
    canonical: 'talkshow',
    phrases: ['talk show', 'talk-show', 'gelar wicara'],
    example: 'who spoke at the talk show?',
  },
  {
    // What something is good for: "sentra gunanya apa", "kegunaan katalog", "benefits of joining" meet the
    // cards that say "manfaat"
    canonical: 'manfaat',
    phrases: [
      'gunanya',
      'kegunaan',
      'kegunaannya',
      'faedah',
      'faedahnya',
      'manfaatnya',
      'benefit',
      'benefits',
    ],
    example: 'sentra ikm tu gunanya apa sih',
  },
  { canonical: 'rugi', phrases: ['buntung', 'tekor', 'nombok'], example: 'jualan kok tekor terus' },
  {
    canonical: 'biaya',
    phrases: ['modal produksi', 'ongkos', 'pengeluaran produksi'],
    example: 'ongkos bikin tas',
  },
  {
    canonical: 'harga pokok produksi',
    short: 'hpp',
    phrases: ['hpp', 'harga pokok', 'harga modal', 'modal per biji', 'modal per pcs'],
    example: 'hpp keripik',
  },
  {
    canonical: 'arus kas',
    phrases: ['cash flow', 'cashflow', 'aliran kas', 'aliran uang', 'duit masuk keluar', 'uang masuk keluar'],
    example: 'cashflow sy kacau',
  },
  {
    canonical: 'modal kerja',
    phrases: ['modal muter', 'modal puter', 'working capital', 'modal usaha harian'],
    example: 'modal muter abis',
  },
  {
    canonical: 'persediaan',
    phrases: ['stok', 'stock', 'barang numpuk', 'inventori', 'inventory'],
    example: 'stok benang numpuk',
  },
  {
    canonical: 'lebih dulu',
    phrases: ['pakai duluan', 'pake duluan', 'duluan', 'yang pertama'],
    example: 'yang pakai duluan dapat merek?',
  },
  {
    canonical: 'perlindungan',
    phrases: ['dilindungi', 'hak', 'dilindungin', 'aman dari jiplak'],
    example: 'merek sy dilindungi gak',
  },
  {
    // "biar nama itu sah punya sy": owning a name by law is its protection
    canonical: 'perlindungan',
    phrases: [
      'sah punya',
      'sah milik',
      'resmi punya',
      'resmi milik',
      'diakui punya',
      'diakui milik',
      'diklaim orang',
      'diklaim org',
    ],
    example: 'gmn caranya biar nama merek sah punya sy',
  },
  { canonical: 'merek', phrases: ['brand', 'merk', 'cap dagang', 'trademark'], example: 'daftar brand' },
  {
    canonical: 'pembukuan',
    phrases: ['catatan keuangan', 'nyatet duit', 'catat keuangan', 'bookkeeping'],
    example: 'nyatet duit usaha',
  },
  {
    canonical: 'pinjaman',
    phrases: ['utang bank', 'kredit', 'ngutang', 'loan'],
    example: 'mau ngutang ke bank',
  },
  {
    canonical: 'pembeli',
    phrases: ['buyer', 'pelanggan', 'customer', 'konsumen'],
    example: 'buyer luar negeri',
  },
  {
    canonical: 'kemasan',
    phrases: ['packaging', 'bungkus', 'wadah', 'kemasannya'],
    example: 'packaging keripik',
  },
  {
    canonical: 'media sosial',
    phrases: ['sosmed', 'medsos', 'ig', 'instagram', 'tiktok', 'fb', 'facebook'],
    example: 'jualan lewat ig',
  },
  {
    canonical: 'lokapasar',
    phrases: ['marketplace', 'shopee', 'tokopedia', 'olshop', 'toko online'],
    example: 'buka toko di shopee',
  },
  {
    canonical: 'diselenggarakan',
    phrases: ['diadakan', 'diadain', 'digelar', 'dilaksanakan', 'diselenggarain'],
    example: 'acaranya diadain di mana',
  },
  {
    canonical: 'harga jual',
    phrases: ['harga jualnya', 'pasang harga', 'naruh harga', 'matok harga'],
    example: 'pasang harga brp',
  },
  {
    canonical: 'sentra',
    phrases: ['kampung perajin', 'desa perajin', 'klaster', 'cluster'],
    example: 'desa perajin kami',
  },
  {
    canonical: 'sumber dana',
    phrases: [
      'duitnya dari mana',
      'duitnya dr mana',
      'duitnya dr mn',
      'duitnya drmn',
      'duit dr mana',
      'uangnya dr mana',
      'duit dari mana',
      'uangnya dari mana',
      'biayanya dari mana',
      'dibiayai dari mana',
      'dibiayai siapa',
      'yang bayar siapa',
      'yang membiayai siapa',
      'who pays for it',
      'who paid for it',
      'where does the money come from',
    ],
    example: 'duitnya dr mana?',
  },
  {
    canonical: 'kriteria',
    phrases: [
      'counts as',
      'count as',
      'qualifies as',
      'qualify as',
      'considered as',
      'bisa disebut',
      'bs disebut',
      'diakui sebagai',
      'dianggap sebagai',
    ],
    example: 'what counts as a sentra?',
  },
  {
    canonical: 'kebutuhan rumah tangga',
    phrases: [
      'kebutuhan rumah',
      'keperluan rumah',
      'keperluan rumah tangga',
      'uang dapur',
      'belanja dapur',
      'buat dapur',
      'kebutuhan keluarga',
      'household needs',
      'household expenses',
    ],
    example: 'brp yg boleh sy ambil buat uang dapur',
  },
  {
    canonical: 'tenaga pemilik',
    phrases: [
      'tenaga sendiri',
      'tenaga sy sendiri',
      'tenaga saya sendiri',
      'gaji sendiri',
      'gaji kita sendiri',
      'upah sendiri',
      'gaji diri sendiri',
    ],
    example: 'kita gak pernah ngitung gaji kita sendiri',
  },
  {
    canonical: "owner's own pay",
    phrases: [
      'my own working hours',
      'my own time',
      'my own labour',
      'my own labor',
      'my own work',
      'paying myself',
      'pay myself',
    ],
    example: 'should I count my own working hours too?',
  },
  {
    canonical: 'kemenperin',
    phrases: ['ministry of industry', 'kementerian perindustrian', 'kementrian perindustrian', 'kemenprin'],
    example: 'does the Ministry of Industry fund this?',
  },
  {
    canonical: 'konsisten',
    phrases: ['seragam', 'sama semua', 'beda-beda', 'beda2', 'ga konsisten', 'gak konsisten'],
    example: 'biar hasil jahitan karyawan seragam',
  },
  {
    canonical: 'foto produk',
    phrases: ['moto produk', 'foto barang', 'product photo'],
    example: 'moto produk pake hp',
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest phrases first, so "untung bersih" wins over "untung": one alternation, one pass. */
const ENTRIES = SYNONYMS.flatMap((entry) =>
  entry.phrases.map((phrase) => ({ phrase: phrase.toLowerCase(), canonical: entry.canonical })),
).sort((a, b) => b.phrase.length - a.phrase.length);
const CANONICAL = new Map(ENTRIES.map((entry) => [entry.phrase, entry.canonical]));
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ENTRIES.map((entry) => escapeRegExp(entry.phrase)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The canonical phrases that have a short form, and that form. */
const SHORT = new Map(
  SYNONYMS.flatMap((entry) => (entry.short ? [[entry.canonical.toLowerCase(), entry.short] as const] : [])),
);
const CANONICAL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SHORT.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The events the knowledge reports after they happened: "the next one" of them is not in it yet. */
const EVENT = `(?:pameran|expo|bazar|bazaar|festival|business matching|temu bisnis|pelatihan|bimtek|acara|event|fair|trade fair|exhibition|training)`;
const NEXT_EVENT = new RegExp(
  String.raw`\b(?:${EVENT}\s+(?:\p{L}+\s+){0,2}(?:berikut(?:nya)?|selanjutnya|mendatang|yang akan datang|yg akan datang)|(?:next|upcoming|coming)\s+(?:\p{L}+\s+){0,2}${EVENT})\b`,
  'iu',
);

/**
 * Whether a text asks about what has not happened yet: a year after the current one ("2027" in 2026, not
 * "2027 pcs") or the next of an event ("business matching berikutnya", "the next trade fair").
 */
export function namesFuture(text: string, now: Date = new Date()): boolean {
  if (NEXT_EVENT.test(text)) return true;
  const current = now.getFullYear();
  for (const match of text.matchAll(
    /(?<![\p{N}.,])(20\d\d)(?![\p{N}.,]?\d)(?!\s*(?:pcs|buah|unit|orang|kk|rumah|usaha|biji|lembar|meter|kg|m\b))/giu,
  ))
    if (Number(match[1]) > current && Number(match[1]) <= current + 10) return true;
  return false;
}

/**
 * Adds the canonical phrase beside every synonym found (the user's own words stay, so a card variant
 * written in them still matches), and the short form beside a canonical phrase written out, so both
 * sides of a match hold the same words: "HPP" in a message and "harga pokok produksi" in a card both
 * read as "hpp harga pokok produksi". Only an abbreviation is added back: an everyday word ("untung"
 * beside every "laba") would change how rare the words are everywhere. Returns the text and the entries
 * that fired. A phrase inside a longer one that fired ("untung" of "untung bersih") does not fire on
 * its own.
 */
export function expandSynonyms(text: string): { text: string; fired: string[] } {
  const lower = text.toLowerCase();
  const fired: string[] = [];
  for (const match of lower.matchAll(PATTERN)) {
    const canonical = CANONICAL.get(match[0]);
    if (canonical && !fired.includes(canonical)) fired.push(canonical);
  }
  // "When is the next business matching?", "DAK 2027": what has not happened yet.
  if (!fired.includes('mendatang') && namesFuture(lower)) fired.push('mendatang');
  const added = fired.filter((canonical) => !lower.includes(canonical));
  for (const match of lower.matchAll(CANONICAL_PATTERN)) {
    const everyday = SHORT.get(match[0]);
    if (everyday && !lower.includes(everyday) && !added.includes(everyday)) added.push(everyday);
  }
  return { text: added.length > 0 ? `${text} ${added.join(' ')}` : text, fired };
}
