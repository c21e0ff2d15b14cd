import type { SentraQuery, SentraRepo, SentraRow } from '../db/sentra-repo.ts';
import { askingPart, questionKind } from './question-kind.ts';
import type { AreaIndex } from '../directory/areas.ts';
import { placeOf, titleCase } from '../directory/place.ts';
import { hitungToolAnswer } from '../finance/tool.ts';
import { productQueryTerms } from '../directory/products.ts';
import { checkDak, DAK_SOURCE, DAK_VALID_FROM, formatDak, formatDakList } from '../programme/dak.ts';
import { checkSentra, formatSentraCheck, type SentraFacts, SENTRA_RULES } from '../programme/criteria.ts';
import { detectLanguage } from '../text/analyze.ts';
import { standardWords } from '../text/lexicon.ts';

/** A deterministic answer from a structured tool, in place of retrieval. */
export interface ToolAnswer {
  tool: 'sentra-criteria' | 'dak-check' | 'directory' | 'hitung';
  answer: string;
  answered: boolean;
  /** `path` names the knowledge document a tool follows (Hitung bareng cites its finance documents). */
  source: { title: string; section: string; source: string; asOf: string; path?: string };
  /** A calculator that worked nothing out and asks for a missing figure. */
  asksBack?: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
const toNumber = (value: string) => Number(value.replace(/[.,]/g, ''));
/** A household, also written short ("rumah tangga", "rmh tangga"). */
const HOUSEHOLD = '(?:rumah|rmh) ?tangga';
/** A household or a house counted ("140 rumah", "140 rmh"). */
const HOME = `${HOUSEHOLD}|rumah|rmh`;
/** A count's noun that counts the village's households, not its makers. */
const HOUSEHOLD_NOUN = new RegExp(`^(kk|kepala keluarga|keluarga|${HOUSEHOLD})$`);

/**
 * "ada paguyuban perajin yang dibina dinas": a group of the artisans (kelompok, koperasi, paguyuban,
 * asosiasi) or their guidance is the criterion's organisation; said, or denied a word or two before.
 */
const ORGANISATION = '(dibina|pembinaan|binaan|koperasi|kelompok|paguyuban|asosiasi|organisasi|himpunan)';
const ORGANISATION_SAID = new RegExp(
  `\\b(sudah|udah|udh|ada|punya)\\s+(?:[\\p{L}]+\\s+){0,2}${ORGANISATION}`,
  'u',
);
const ORGANISATION_DENIED = new RegExp(
  `\\b(belum|blm|tidak|tak|gak|ga|nggak)\\s+(?:[\\p{L}]+\\s+){0,2}${ORGANISATION}`,
  'u',
);

/**
 * Whether a message asks whether a village qualifies as a sentra (figures or not). Chat spellings are
 * read through the lexicon: "udh bs disebut sentra blm?" asks "sudah bisa ...". The question asks about
 * qualifying, not the story around it: "30 perajin ... Menu DAK fisik apa saja, apakah mesin bisa
 * dimasukkan?" asks about DAK. A plain "bisa"/"jadi"/"masuk" asks about qualifying only beside "sentra"
 * in the asking sentence itself. "Minimal brp rumah yg hrs punya usaha sejenis?" asks about the
 * criterion of similar businesses without naming the sentra.
 */
export function asksSentraCriteria(question: string): boolean {
  const q = question.toLowerCase();
  const asking = askingPart(q) ?? q;
  const read = `${asking} ${standardWords(asking).join(' ')}`;
  if (
    /\busaha (?:yang |yg )?(?:sejenis|sama)\b/.test(asking) &&
    /\b(minimal|paling sedikit|cukup|harus|berapa)\b/.test(read)
  )
    return true;
  return (
    /\bsentra\b/.test(q) &&
    (QUALIFY.test(read) ||
      (/\bsentra\b/.test(asking) && /\b(bisa|jadi|masuk)\b/.test(read)) ||
      // "... pengen desa kami diakui jd sentra. Jumlah segitu udh cukup blm?": the asking sentence points back
      // at a story that says what is to qualify
      (QUALIFY.test(q) && /\b(cukup|lolos|memenuhi|layak)\b/.test(read)))
  );
}
const QUALIFY = /\b(syarat|kriteria|memenuhi|layak|termasuk|disebut|dianggap|diakui|eligible|qualify)/;

/**
 * Reads the facts of a "can our village be a sentra?" question: households ("500 KK", "500 rumah
 * tangga") and similar businesses ("120 bikin tas", "120 perajin", "120 usaha"). Returns undefined
 * when the question is not about sentra eligibility or carries no figure.
 */
export function parseSentraFacts(question: string): SentraFacts | undefined {
  const q = question.toLowerCase();
  if (!asksSentraCriteria(question)) return undefined;
  // "Ciri-cirinya apa saja?" asks what a strong sentra has, not whether this village qualifies.
  if (
    /\bciri/.test(q) &&
    !/\b(bisa|layak|memenuhi|masuk|termasuk|eligible|qualify)\b/.test(askingPart(q) ?? q)
  )
    return undefined;
  const facts: SentraFacts = {};
  const similar =
    new RegExp(
      `${NUMBER}\\s*(?:orang|org|${HOME}|kk|keluarga|warga)?\\s*(?:yang |yg )?(?:usaha|perajin|pengrajin|bikin|membuat|buat|produksi|ikm|pelaku|unit usaha|pembuat|businesses)`,
    ).exec(q) ??
    new RegExp(
      `(?:usaha|perajin|pengrajin|ikm|pelaku usaha)\\s*(?:sejenis|nya)?\\s*(?:ada|sebanyak|berjumlah|:)?\\s*${NUMBER}`,
    ).exec(q) ??
    // "300 rumah tangga, dan kurang lebih 45 di antaranya menenun": a part of the households.
    new RegExp(
      `${NUMBER}\\s*(?:orang\\s*|org\\s*|kk\\s*)?(?:di antaranya|diantaranya|dari mereka|of them)`,
    ).exec(q) ??
    // "yg usaha anyaman bambu 40 rumah", "yg nganyam tikar & tas pandan sktr 110 rumah": who makes it (a
    // chat verb too), what (a few words, "&" and "kira2" too), then how many
    new RegExp(
      `(?:yang|yg)\\s+(?:usaha|bikin|membuat|buat|produksi|jualan|nenun|me[\\p{L}]+|ber[\\p{L}]+|ng[\\p{L}]+|ny[\\p{L}]+)\\s+(?:[^\\d.?!\n]|(?<=\\p{L})2){0,48}?\\s${NUMBER}\\s*(?:orang|org|${HOME}|kk|keluarga|warga|perajin|pengrajin|unit)\\b`,
      'u',
    ).exec(q);
  // "60 rumah tangga pembuat gerabah dari total 400 rumah tangga": the makers are the similar businesses,
  // the village's households are the other (largest) count of households.
  // "Jumlah KK di desa kami 1.240", "penduduknya 800 KK": the noun may come first, a few words before its number.
  const inSimilar = (at: number) =>
    similar !== null && at >= similar.index && at < similar.index + similar[0].length;
  const counts = [
    ...q.matchAll(
      new RegExp(`${NUMBER}\\s*(?:kk|kepala keluarga|${HOUSEHOLD}|rt\\b|keluarga|households?)`, 'g'),
    ),
    ...q.matchAll(
      new RegExp(
        `\\b(?:jumlah|total|ada|sebanyak)\\s+(?:kk|kepala keluarga|rumah ?tangga|keluarga|households?)\\b(?:[^\\d.?!\\n]|(?<=\\p{L})2){0,30}?(?<!\\p{L})${NUMBER}(?![\\d.,]*\\s*(?:orang|org|perajin|pengrajin|unit|usaha|%|persen))`,
        'gu',
      ),
    ),
  ]
    .filter((match) => !inSimilar(match.index + match[0].indexOf(match[1]!)))
    .sort((a, b) => toNumber(b[1]!) - toNumber(a[1]!));
  const households = counts[0];
  if (households) facts.households = toNumber(households[1]!);
  if (similar) facts.similarBusinesses = toNumber(similar[1]!);
  // "ada sekitar 400 KK dan yang menekuni batik gedog kurang lebih 60 rumah tangga": two counts of
  // households and no other count of makers: the smaller is the part that makes the product.
  else if (counts.length >= 2 && toNumber(counts.at(-1)![1]!) < facts.households!)
    facts.similarBusinesses = toNumber(counts.at(-1)![1]!);
  if (facts.households === undefined && facts.similarBusinesses === undefined) return undefined;
  if (/\b(satu desa|1 desa|sedesa|dalam desa|desa (kami|kita|saya|sy|ini))\b/.test(q))
    facts.singleVillage = true;
  // "sudah punya kelompok", "belum pernah dibina dinas mana pun": up to two words between.
  if (ORGANISATION_SAID.test(q)) facts.guidance = true;
  if (ORGANISATION_DENIED.test(q)) facts.guidance = false;
  // "belum ada kelompok, tetapi tiap tahun ada pelatihan dari Disperindag", "dibina dinas": training or
  // mentoring given by a ministry, an office or an institution is guidance, whatever else is missing (unless
  // it is itself denied).
  const mentoredBy =
    /\b(pelatihan|pendampingan|pembinaan|dibina|binaan|bimtek|didampingi|dilatih)\s+(?:[\p{L}]+\s+){0,3}?(?:(dari|oleh|sama|sm)\s+)?(dinas|disperindag|diskoperindag|disperin|kemenperin|kementerian|pemda|pemkab|pemkot|pemerintah|dekranasda|lembaga|bank|bumn|universitas|kampus|balai)/u.exec(
      q,
    );
  if (mentoredBy)
    facts.guidance =
      facts.guidance === true ||
      !/\b(belum|blm|tidak|tak|gak|ga|nggak|tanpa|never|no)\s+(?:[\p{L}]+\s+){0,3}$/u.test(
        q.slice(0, mentoredBy.index),
      );
  // "produk desa kami cukup dikenal orang luar", "sudah terkenal", "orang luar kenalnya kampung besek":
  // known, unless denied a word or two before ("belum begitu dikenal", "kurang dikenal").
  const known = /\b(dikenal|terkenal|kondang|kenalnya)\b/u.exec(q);
  if (known)
    facts.knownToPublic = !/\b(belum|blm|tidak|tak|gak|ga|nggak|kurang|jarang)\s+(?:[\p{L}]+\s+){0,2}$/u.test(
      q.slice(0, known.index),
    );
  return facts;
}

/**
 * A follow-up to a criteria check that changes one count ("kalau nanti jadi 55 rumah, cukup?"): the earlier
 * question's facts with that count replaced: KK and households are the village's households, people and
 * businesses the similar businesses, and "rumah" the similar businesses when below the village's households.
 */
export function followUpSentraFacts(
  question: string,
  history: readonly { question: string; answer: string }[] = [],
): SentraFacts | undefined {
  if (question.split(/\s+/).length > 20) return undefined;
  // After "apa syarat desa jadi sentra?" (no figures yet), "desa sy 250 KK, minimal brp?" gives the first.
  // The criteria may have been asked a turn or two back, with counts told since ("Desa sy ada 250 rumah
  // tangga", then "brarti minimal hrs ada brp usaha sejenis?").
  const recent = history.slice(-3);
  const at = recent.map((t) => asksSentraCriteria(t.question)).lastIndexOf(true);
  if (at < 0) return undefined;
  let before: SentraFacts = parseSentraFacts(recent[at]!.question) ?? {};
  let told = false;
  for (const turn of recent.slice(at + 1)) {
    const next = withCount(turn.question, before);
    if (next) [before, told] = [next, true];
  }
  return withCount(question, before) ?? (told && asksSentraCriteria(question) ? before : undefined);
}

/** The earlier facts with the one count a message gives ("55 rumah", "250 KK") put in its place. */
function withCount(question: string, before: SentraFacts): SentraFacts | undefined {
  const count = new RegExp(
    `${NUMBER}\\s*(?:orang|org|${HOME}|kk|kepala keluarga|keluarga|warga|perajin|pengrajin|usaha|unit)\\b`,
  ).exec(question.toLowerCase());
  if (!count) return undefined;
  const n = toNumber(count[1]!);
  const noun = count[0]!.slice(count[1]!.length).trim();
  // "klo ditambah 10 KK lagi?": more makers join, the village stays the same; "nambah jd 55 rumah" says the
  // new count itself.
  const q = question.toLowerCase();
  const becomes = /\b(jadi|jd|menjadi|mjd)\s*$/.test(q.slice(0, count.index));
  if (
    /\b(tambah|ditambah|nambah|bertambah|ditambahin|tambahin)\b/.test(q) &&
    !becomes &&
    before.similarBusinesses !== undefined
  )
    return { ...before, similarBusinesses: before.similarBusinesses + n };
  const households = HOUSEHOLD_NOUN.test(noun)
    ? true
    : /^(orang|org|perajin|pengrajin|usaha|unit)$/.test(noun)
      ? false
      : before.households === undefined || n >= before.households;
  return households ? { ...before, households: n } : { ...before, similarBusinesses: n };
}

/** A question that asks for a list of things ("apa aja", "apa saja yang", "what can"), not about one. */
const ASKS_LIST =
  /\b(?:apa\s*(?:aja|aj|saja|sj|sajakah)|apa-apa(?:\s*saja)?|mana\s*(?:aja|saja)|what\s+(?:can|could|kinds?|facilities|things))\b/iu;

/** A question that asks whether ("apakah ... bisa", "bisa gak", "can it"), beside what it lists. */
const ASKS_WHETHER =
  /\b(?:apakah|apa\s+bisa|(?:bisa|bs|boleh)\s*(?:gak|ga|gk|nggak|tidak|kah)|can|could)\b/iu;

/** "Can DAK pay for X?" */
export function isDakQuestion(question: string): boolean {
  const q = question.toLowerCase();
  return (
    /\bdak\b|dana alokasi khusus/.test(q) &&
    /\b(bisa|boleh|dapat|untuk|buat|biayai|membiayai|danai|mendanai|bayar|beli|bangun|pakai|dipakai|cover|fund|pay)\b/.test(
      q,
    )
  );
}

const PLACE_LEAD =
  /\b(?:di|daerah|wilayah|sekitar|kabupaten|kab\.?|kota|provinsi|prov\.?|in|near)\s+((?:[\p{L}.]+\s*){1,4})/giu;

const EN_DIRECTION: Readonly<Record<string, string>> = {
  east: 'Timur',
  west: 'Barat',
  central: 'Tengah',
  north: 'Utara',
  south: 'Selatan',
  southeast: 'Tenggara',
};
const EN_ISLAND: Readonly<Record<string, string>> = {
  java: 'Jawa',
  sumatra: 'Sumatera',
  sulawesi: 'Sulawesi',
  celebes: 'Sulawesi',
  kalimantan: 'Kalimantan',
  borneo: 'Kalimantan',
  papua: 'Papua',
  'nusa tenggara': 'Nusa Tenggara',
};
/** "East Java" is "Jawa Timur", "West Nusa Tenggara" "Nusa Tenggara Barat": province names as the areas hold them. */
function inIndonesian(text: string): string {
  return text.replace(
    /\b(east|west|central|north|south|southeast)\s+(java|sumatra|sulawesi|celebes|kalimantan|borneo|papua|nusa tenggara)\b/gi,
    (_, direction: string, island: string) =>
      `${EN_ISLAND[island.toLowerCase()]} ${EN_DIRECTION[direction.toLowerCase()]}`,
  );
}

/** "which clusters", "any sentra", "where are the clusters": the clusters themselves asked for, in English. */
const LISTS_CLUSTERS_EN =
  /\b(which|what|any|list)\s+(?:[a-z-]+\s+){0,3}?(clusters?|sentra)\b(?![^.?!]*\b(have|has|had|did|was|were|started|began|founded)\b)|\bwhere\b[^.?!]*\b(clusters?|sentra)\b/;
/** The facts of one sentra asked in English (its history, facilities, funding, use). */
const FACTS_EN = /\b(dak|history|facilities|funded|built|revitali[sz]ed|building|used|founded|started)\b/;

/** The kinds of question a directory search does not answer when a story comes before them. */
const ASKS_NOT_A_SEARCH: ReadonlySet<string> = new Set(['definition', 'reason', 'time', 'person']);

/** Recognises "sentra tas di Sidoarjo", "sentra kulit di Jawa Timur", "sentra terdekat". */
export function parseDirectoryQuery(
  question: string,
  areas: AreaIndex,
): (SentraQuery & { placeName?: string; nearest?: boolean }) | undefined {
  const q = question.toLowerCase();
  if (!/\bsentra\b|\bcluster/.test(q)) return undefined;
  const nearest = /\b(terdekat|dekat sini|sekitar sini|near me|nearest)\b/.test(q);
  // A question about one sentra's facts (its history, size, facilities) is for the knowledge base;
  // the directory answers "which / where / is there a sentra ...".
  const listingWords =
    /\b(daftar|mana saja|mana aja|apa saja|apa aja|ada apa|cari|carikan|list|which|where)\b/.test(q);
  const existence =
    /\b(ada|adakah|ada gak|ada ga|ada nggak)\b[^?]*\bsentra\b|\bsentra\b[^?]*\b(ada gak|ada ga|ada nggak|ada tidak)\b/.test(
      q,
    );
  const attribute =
    /\b(berapa|brp|kapan|sejak|siapa|mengapa|kenapa|bagaimana|gimana|gmn|fasilitas|sejarah|dari ?mana|asal(nya)?|dana(nya)?|dibiayai|didanai|anggaran|revitalisasi|how|when|who|why)\b/.test(
      q,
    );
  const terse = /^\s*sentra\b/.test(q) && q.split(/\s+/).length <= 8;
  // What was built, funded or happened at a sentra, and what it holds and who may use it, is the
  // knowledge's, even when it is asked as a list ("fasilitas apa aja yg dibangun di sana?", "gedungnya
  // isinya apa aja, boleh dipake umum?").
  const facts =
    /\b(fasilitas|sejarah|dana(nya)?|dibiayai|didanai|anggaran|(di|ter)?revitalisasi|dibangun|berdiri|gedung(nya)?|isi(nya)?|dipakai|dipake|dimanfaatkan|manfaat(nya)?|memakai|pakai|make|dak|history|facilities|funded|built|revitali[sz]ed|building|used)\b/.test(
      q,
    );
  // "make" is chat Indonesian for "pakai" (used) only in Indonesian: "which clusters make leather bags?" lists.
  // In English the listing word must ask for the clusters themselves: "which regulation governs sentra IKM?"
  // asks for a regulation.
  const english = detectLanguage(question) === 'en';
  // The story may name a sentra and a place ("Sy ketua sentra kopi di Temanggung."); a question that asks
  // what a word means, why, when or who ("produk unggulan sentra itu maksudnya apa aja?") is for the
  // knowledge, whatever listing word it holds.
  const asking = askingPart(question);
  if (!nearest && asking !== undefined && ASKS_NOT_A_SEARCH.has(questionKind(asking))) return undefined;
  if (english && !nearest && !LISTS_CLUSTERS_EN.test(q)) return undefined;
  if (facts && !nearest && !(english && !FACTS_EN.test(q))) return undefined;
  if (!nearest && !listingWords && !english && (attribute || !(existence || terse))) return undefined;

  const query: SentraQuery & { placeName?: string; nearest?: boolean } = { nearest };
  let placeWords = '';
  for (const match of inIndonesian(question).matchAll(PLACE_LEAD)) {
    const words = match[1]!.trim().split(/\s+/);
    for (let n = Math.min(4, words.length); n >= 1 && !query.regencyCodes && !query.provinceCode; n--) {
      const candidate = words.slice(0, n).join(' ');
      const lead = match[0]!.split(/\s+/)[0]!.toLowerCase();
      const province = areas.province(candidate);
      if (province.ok) {
        query.provinceCode = province.area.code;
        query.placeName = `Provinsi ${titleCase(province.area.name)}`;
        placeWords = candidate;
        continue;
      }
      const prefix = /^kota$/.test(lead) ? 'Kota ' : /^kab/.test(lead) ? 'Kabupaten ' : '';
      const regency = areas.findRegencies(`${prefix}${candidate}`);
      if (regency.length >= 1) {
        query.regencyCodes = regency.map((area) => area.code);
        query.placeName = regency.map((area) => titleCase(area.name)).join(' / ');
        placeWords = candidate;
      }
    }
  }
  const rest = inIndonesian(question)
    .replace(placeWords, ' ')
    .replace(
      /\b(sentra|ikm|industri|kecil|menengah|daftar|terdekat|dekat|sekitar|mana|saja|aja|apa|ada|di|yang|yg|cari|carikan|kabupaten|kota|provinsi|clusters?|which|where|make|makes|made|produce|in|the|are|is|there|any)\b/gi,
      ' ',
    );
  const terms = productQueryTerms(rest).filter((term) => !/^\d+$/.test(term));
  if (terms.length > 0) query.productTerms = terms;
  if (!query.productTerms && !query.provinceCode && !query.regencyCodes && !nearest) return undefined;
  return query;
}

/** The directory's own words, in the language the question was asked in (the data stays as it is). */
const DIRECTORY_TEXT = {
  id: {
    nearby: 'Yang paling dekat dengan pencarian Anda:',
    noneNear:
      'Belum ada sentra dengan koordinat di direktori saya di sekitar lokasi Anda. Pertanyaan ini diteruskan ke mentor pendamping.',
    none: (place: string) =>
      `Saya belum menemukan sentra yang cocok${place ? ` di ${place}` : ''} dalam direktori. Direktori saya baru memuat sebagian sentra; tanyakan juga ke Dinas Perindustrian setempat.`,
    units: 'unit usaha',
    source: 'Sumber',
    more: (n: number) => `…dan ${n} lainnya.`,
    heading: 'Sentra dalam direktori',
    locale: 'id-ID',
  },
  en: {
    nearby: 'Closest to your search:',
    noneNear:
      'My directory has no cluster with coordinates near your location yet. Your question is passed to a mentor.',
    none: (place: string) =>
      `I found no matching cluster${place ? ` in ${place}` : ''} in the directory. It holds only some clusters so far; ask the local industry office (Dinas Perindustrian) too.`,
    units: 'business units',
    source: 'Source',
    more: (n: number) => `…and ${n} more.`,
    heading: 'Clusters (sentra IKM) in the directory',
    locale: 'en-GB',
  },
} as const;

function formatNearby(rows: SentraRow[], lang: 'id' | 'en'): string {
  if (rows.length === 0) return '';
  const lines = rows.map((row) => `• ${row.name} — ${placeOf(row)} (${row.product})`);
  return `\n${DIRECTORY_TEXT[lang].nearby}\n${lines.join('\n')}`;
}

function formatDirectory(
  rows: SentraRow[],
  query: { placeName?: string; nearest?: boolean },
  lang: 'id' | 'en',
): string {
  const t = DIRECTORY_TEXT[lang];
  if (rows.length === 0) return query.nearest ? t.noneNear : t.none(query.placeName ?? '');
  const lines = rows.slice(0, 10).map((row) => {
    const facts = [
      row.product,
      row.businessUnits !== undefined
        ? `${row.businessUnits.toLocaleString(t.locale)} ${t.units}`
        : undefined,
      row.distanceKm !== undefined ? `±${row.distanceKm.toLocaleString(t.locale)} km` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    return `• ${row.name} — ${placeOf(row)} (${facts}). ${t.source}: ${row.source}${row.sourceDate ? `, ${row.sourceDate}` : ''}`;
  });
  const more = rows.length > 10 ? `\n${t.more(rows.length - 10)}` : '';
  return `${t.heading}${query.placeName ? ` (${query.placeName})` : ''}:\n${lines.join('\n')}${more}`;
}

/** Routes structured questions to the criteria check, the DAK menu data or the directory. */
export function createTools(deps: { sentra: SentraRepo; areas: () => AreaIndex }) {
  return {
    async tryAnswer(
      question: string,
      options: {
        location?: { latitude: number; longitude: number };
        /** The conversation's earlier turns, oldest first (for tools that read a follow-up). */
        history?: readonly { question: string; answer: string }[];
        /**
         * The user's own words when `question` is a follow-up completed from earlier turns. The calculator
         * reads its figures from these: it continues a calculation over turns itself, from `history`.
         */
        asked?: string;
      } = {},
    ): Promise<ToolAnswer | undefined> {
      // A follow-up that changes a count ("klo ditambah 10 KK lagi?") is read against the earlier check
      // before its completed wording, which would take "10 KK" for the whole village.
      const facts =
        (options.asked !== undefined ? followUpSentraFacts(options.asked, options.history) : undefined) ??
        parseSentraFacts(question) ??
        followUpSentraFacts(options.asked ?? question, options.history);
      if (facts) {
        const check = checkSentra(facts);
        return {
          tool: 'sentra-criteria',
          answer: formatSentraCheck(check),
          answered: true,
          source: {
            title: 'Kriteria sentra IKM (pemeriksaan otomatis)',
            section: 'Empat kriteria sentra',
            source: SENTRA_RULES.source,
            asOf: SENTRA_RULES.validFrom,
          },
        };
      }
      if (isDakQuestion(question)) {
        const dak = checkDak(question);
        // "alatnya udh tua2 ... sarana apa aja yg bs diusulin lwt DAK?": the thing is named only in the
        // story and the question asks for the list, so the list answers, with the story's thing after it.
        const asking = askingPart(question);
        const listOnly =
          dak !== undefined && asking !== undefined && ASKS_LIST.test(asking) && !checkDak(asking);
        if (dak) {
          return {
            tool: 'dak-check',
            answer: listOnly ? formatDakList(dak, ASKS_WHETHER.test(asking)) : formatDak(dak),
            answered: true,
            source: {
              title: 'Menu DAK fisik bidang IKM',
              section: dak.item ?? 'Menu DAK fisik',
              source: DAK_SOURCE,
              asOf: DAK_VALID_FROM,
            },
          };
        }
      }
      const money = hitungToolAnswer(options.asked ?? question, options.history);
      if (money) return money;
      const query = parseDirectoryQuery(question, deps.areas());
      if (query) {
        if (query.nearest && !options.location) return undefined;
        const lang = detectLanguage(options.asked ?? question) === 'en' ? 'en' : 'id';
        const rows = await deps.sentra.search({
          ...query,
          near: query.nearest && options.location ? { ...options.location, radiusKm: 100 } : undefined,
          limit: 50,
        });
        // Nothing found for a search with a place ("sentra batik di Jawa Tengah"): say so, and offer what
        // is nearest (the product elsewhere, the place's other sentra). Without a place, the words that
        // looked like a search are more likely a question for the knowledge.
        if (rows.length === 0 && !query.nearest && !query.placeName) return undefined;
        let nearby: SentraRow[] = [];
        if (rows.length === 0 && !query.nearest) {
          const { productTerms, provinceCode, regencyCodes } = query;
          if (productTerms && (provinceCode || regencyCodes))
            nearby = [
              ...(await deps.sentra.search({ productTerms, limit: 3 })),
              ...(await deps.sentra.search({ provinceCode, regencyCodes, limit: 3 })),
            ];
        }
        return {
          tool: 'directory',
          answer: formatDirectory(rows, query, lang) + formatNearby(nearby, lang),
          answered: rows.length > 0,
          source: {
            title: 'Direktori sentra IKM',
            section: query.placeName ?? 'Pencarian direktori',
            source: rows[0]?.source ?? 'Direktori sentra Pendamping IKM',
            asOf: rows[0]?.sourceDate ?? '',
          },
        };
      }
      return undefined;
    },
    /** Whether a question reads as a search of the directory ("which cluster is known for bags?"). */
    asksDirectory(question: string): boolean {
      return parseDirectoryQuery(question, deps.areas()) !== undefined;
    },
  };
}

export type Tools = ReturnType<typeof createTools>;
