import { UNIT_NOUNS } from './figures.ts';

/**
 * What a figure is for, read from the words around it: "kulit 150rb" is materials, "listrik dan sewa
 * 1,2 juta" overhead, "komisi marketplace 10%" a channel fee. The nearest label before the figure wins;
 * "150rb untuk kulit" falls back to the words after it.
 */
export type Label =
  | 'materials'
  | 'labour'
  | 'overhead'
  | 'machine'
  | 'opcost'
  | 'fixed'
  | 'variable'
  | 'hpp'
  | 'cost'
  | 'revenue'
  | 'price'
  | 'retail'
  | 'markup'
  | 'margin'
  | 'fee'
  | 'reseller'
  | 'discount'
  | 'sold'
  | 'made'
  | 'capital'
  /** What an asset is still worth at the end of its useful life ("nilai sisa 3 jt", "salvage value"). */
  | 'salvage';

// Order matters on ties: the more specific phrase is listed first.
const LABELS: [Label, RegExp][] = [
  [
    'salvage',
    // "nilai sisa keempatnya total 2 jt": the total of what the assets are still worth
    /\bnilai (sisa|residu|akhir)\w*(\s+[a-z]+)?(\s+total\w*)?\b|\bresidu\b|\bsalvage( value)?\b|\bresidual( value)?\b|\bscrap value\b|\b(?:laku |bisa |masih )?(?:di)?jual (?:bekas|lagi|second)(?:nya)?\b|\bharga (?:jual )?bekas(?:nya)?\b|\bresale value\b|\b(?:sell|resell) it (?:second-?hand |used )?for\b|\bsecond-?hand value\b/g,
  ],
  [
    'fixed',
    /\b(biaya|ongkos|pengeluaran|cost|costs) ?tetap(nya)?\b|\bfixed ?(costs?|expenses?)?\b|\b(biaya|ongkos|pengeluaran) (bulanan|rutin)(nya)?\b|\bmonthly (costs?|expenses|overheads?)\b|\brunning costs?\b/g,
  ],
  ['variable', /\b(biaya|ongkos) ?variabel(nya)?\b|\bvariabel(nya)?\b|\bvariable ?(costs?)?\b/g],
  [
    'opcost',
    /\b(biaya|ongkos) ?operasional\b|\boperasional\b|\bgaji (tetap )?pemilik\b|\bpromosi\b|\biklan\b|\binternet\b|\bpulsa\b|\btransport\w*\b|\bongkir\w*\b|\bongkos kirim\b|\bbiaya kirim\b|\bpengiriman\b|\boperating( costs?)?\b|\bmarketing\b|\bowner'?s? salary\b|\bshipping\b|\bdelivery\b|\bpostage\b|\bads\b|\badverts?\b|\badvertising\b/g,
  ],
  // An all-in cost: everything spent, said as one figure ("totalnya 6jt", "udah termasuk semua 12rb per bungkus").
  [
    'cost',
    /\btotal biaya\b|\bbiaya total\b|\btotal cost\b|\bmodal total\b|\btotal(nya)?\b|\bsemuanya\b|\bjumlahnya\b|\bsemua biaya(nya)?\b|\b(biaya|ongkos|modal) semua(nya)?\b|\btermasuk semua\b|\b(udah|sudah|dah|sdh) semua( biaya)?\b|\ball[- ]in\b|\beverything included\b/g,
  ],
  // Money put in once to start ("modal awal 5jt", "2 million capital"), to be earned back; not a cost per unit.
  [
    'capital',
    /\bmodal (awal|usaha|pertama|mulai)\b|\binvestasi( awal)?\b|\b(initial |start-?up )?capital\b|\binitial investment\b/g,
  ],
  [
    'revenue',
    /\bomzet\w*\b|\bomset\w*\b|\bpenjualan\b|\bpendapatan\b|\bpemasukan\b|\brevenue\b|\bturnover\b|\bsales\b/g,
  ],
  [
    'hpp',
    /\bhpp\w*\b|\bharga pokok( produksi)?\b|\bbiaya produksi\b|\bongkos produksi\b|\bproduction costs?\b|\bcost per [a-z]+\b|\b(each|every|per) (?!machine|loom|oven|tool|equipment)[a-z]+( (?!machine|loom|oven|tool|equipment)[a-z]+)? costs?( us| me)?( about| around)?\b|\bunit cost\b|\bcogs\b|\bmodal( per| nya|nya)?\b|\bmy cost\b/g,
  ],
  ['reseller', /\breseller\w*\b|\bagen\b|\bdropship\w*\b|\bwholesale\b|\bgrosir\b/g],
  [
    'fee',
    /\bkomisi\b|\bbiaya admin\w*\b|\badmin\b|\bkonsinyasi\b|\btitip jual\b|\bconsignment\b|\bmarketplace\b|\bshopee\b|\btokopedia\b|\blazada\b|\btiktok\b|\bcommission\b|\bplatform fee\b|\bfees?\b|\bpotongan\b|\b(biaya )?layanan\b|\bbiaya transaksi\b|\bongkir xtra\b|\bgratis ongkir\b|\bfree shipping\b|\bxtra\b/g,
  ],
  ['discount', /\bdiskon\b|\bdiscount\b|\bpotong harga\b/g],
  ['margin', /\bmargin\b/g],
  ['markup', /\bmark[- ]?up\b|\buntung\w*\b|\bkeuntungan\b|\blaba\b|\bprofit\b|\bbersih(nya)?\b/g],
  ['retail', /\bharga eceran\b|\beceran\b|\bretail\b/g],
  [
    'price',
    /\bsold\b(?:\s+\S+){0,3}?\s+at\b|\blepas ke(?: \w+)?\b|\bharga jual\w*\b|\bharga\w*\b|\bhrg\w*\b|\bhrga\w*\b|\bdijual\b|\bjual\w*\b|\bprice\b|\bsell\w*\b|\bcharge\b/g,
  ],
  ['machine', /\bmesin\w*( [a-z]+)?\b|\bperalatan\b|\balat\b|\bmachines?\b|\bequipment\b/g],
  [
    'overhead',
    /\boverhead\b|\bongkos (?:ambil|angkut|antar|kirim) bahan\b|\bkayu bakar\b|\bminyak tanah\b|\bbahan bakar\b|\barang\b|\belpiji\b|\blpg\b|\bkompor\b|\bcanting\b|\bl[i]?st?r?ik\b|\blstrik\b|\bsewa\w*\b|\bgas\b|\bair\b|\bpenyusutan\b|\bperawatan\b|\bjarum\b|\bpisau\b|\belectricity\b|\brent\b|\bdepreciation\b|\butilities\b|\bmaintenance\b/g,
  ],
  [
    'labour',
    /\bpenja(h)?it\b|\bpembatik\b|\bpenenun\b|\bpengukir\b|\bpenganyam\b|\bperajin\b|\bpengrajin\b|\borang\b|\borg\b|\bjahit\w*\b|\bjait\w*\b|\bupah\w*\b|\bgaji\w*\b|\btenaga( kerja)?\b|\btukang\b|\bborongan\b|\bongkos (?:kerja|jahit|jait|anyam|tenun|bordir|rajut|ukir|pahat|tukang|pasang)\b|\bpekerja\b|\bkaryawan\b|\bpegawai\b|\blabou?r\b|\bwages?\b|\bsewing\b|\btailor\w*\b|\bworkers?\b|\bsalar(y|ies)\b/g,
  ],
  [
    'materials',
    /\bbahan\w*\b|\bkulit\b|\bkain\b|\bfuring\b|\bbenang\b|\blem\b|\br[ei]s?leting\b|\baksesoris\b|\bsingkong\b|\btepung\b|\bminyak\b|\bbumbu\b|\bgula\b|\bmentega\b|\btelur\b|\bkemasan\b|\bplastik\b|\blabel\b|\btoples\b|\bstiker\b|\bpouch\b|\bkayu\b|\brotan\b|\bbambu\b|\bkardus\b|\bmaterials?\b|\bleather\b|\bfabrics?\b|\bcloth\b|\byarn\b|\bthreads?\b|\bdyes?\b|\bwood\b|\bbamboo\b|\brattan\b|\blabels\b|\bingredients?\b|\bpackaging\b|\bsupplies\b|\bflour\b|\bsugar\b|\bbutter\b|\beggs?\b|\boils?\b|\bsalt\b|\bspices?\b|\bmilk\b|\blye\b|\bbeads?\b|\bbuttons?\b/g,
  ],
  ['sold', /\bterjual\b|\blaku\b|\bsold\b|\bsell\b/g],
  [
    'made',
    /\bbikin\b|\bbuat\b|\bproduksi\b|\bmembuat\b|\bmenghasilkan\b|\bjadi(nya)?\b|\bhasil\w*\b|\bmake\b|\bmade\b|\bproduce\w*\b|\bfor\b/g,
  ],
];

export interface LabelHit {
  label: Label;
  at: number;
  end: number;
  words: string;
}

/** Every label in a piece of text, with where it ends (positions relative to the text). */
export function labelsIn(text: string): LabelHit[] {
  const lower = text.toLowerCase();
  const hits: LabelHit[] = [];
  for (const [label, pattern] of LABELS) {
    for (const m of lower.matchAll(pattern)) {
      hits.push({
        label,
        at: m.index!,
        end: m.index! + m[0].length,
        words: text.slice(m.index!, m.index! + m[0].length),
      });
    }
  }
  return hits;
}

/** The label nearest before the end of `before`; else the first one in `after`. */
export function nearestLabel(
  before: string,
  after: string,
  allowed?: (label: Label) => boolean,
): LabelHit | undefined {
  const ok = (hit: LabelHit) => !allowed || allowed(hit.label);
  const back = labelsIn(before).filter(ok);
  if (back.length > 0) {
    const order = LABELS.map(([label]) => label);
    return back.sort((a, b) => b.end - a.end || order.indexOf(a.label) - order.indexOf(b.label))[0];
  }
  const ahead = labelsIn(
    after.replace(/^\s*(untuk|utk|buat|for|of|bagi)?\s*/i, (m) => ' '.repeat(m.length)),
  ).filter(ok);
  return ahead.sort((a, b) => a.at - b.at)[0];
}

export type Basis = 'unit' | 'month' | 'batch' | 'year' | 'week' | 'day';

// "30k on each bag", "from every jar": a preposition before "each" or "every" says the same unit
const UNIT_AFTER =
  /^\s*(?:(?:on|from|for)\s+(?=each|every))?(?:\/|per|tiap|setiap|each|every|a|an|se)\s*-?\s*(tas|bungkus|bks|pcs|pc|buah|unit|biji|potong|lembar|toples|pak|pack|botol|kotak|box|porsi|helai|pasang|produk|item|piece|bag|jar|bottle|pouch|kaos|baju|sepatu|dompet|kursi|produk|product|one|orang|org)\b|^\s*(each|apiece|satuan|per unit|perunit)\b/i;
const UNIT_WORD_AFTER =
  /^\s*(?:(?:on|from|for)\s+(?=each|every))?(?:\/|per|tiap|setiap|each|every|a|an|se)\s*-?\s*([a-z]+)\b/i;
const MONTH =
  /(?:^|\s)(?:sebulan|per ?bulan|\/ ?(?:bln|bulan|bl|month|mo)|tiap bulan|setiap bulan|a month|per month|monthly|bulanan|dalam sebulan|each month|every month)\b/i;
const BATCH =
  /(?:^|\s)(?:sekali produksi|per produksi|satu kali produksi|1 kali produksi|per batch|a batch|per ?adonan|satu adonan|sekali masak|per masak|sekali goreng|per goreng|per adukan|per pesanan|per order|each batch|one batch|per batch)\b/i;
const WEEK =
  /(?:^|\s)(?:seminggu|per ?minggu|\/ ?(?:mgg|minggu|week|wk)|tiap minggu|setiap minggu|a week|per week|weekly|mingguan)\b/i;
const DAY = /(?:^|\s)(?:sehari|per ?hari|\/ ?hari|tiap hari|setiap hari|a day|per day|daily|harian)\b/i;
const YEAR =
  /(?:^|\s)(?:setahun|per ?tahun|\/ ?(?:thn|tahun|th|year|yr)|tiap tahun|a year|per year|yearly|annually|tahunan)\b/i;

/** A basis stated right after a figure ("150rb per tas", "1,2 jt sebulan") or right before it ("per tas 150rb"). */
/** A conjunction that starts the next clause right after an amount. */
const NEXT_CLAUSE = /^\s*[,;]?\s*(dan|dn|tapi|tp|terus|trus|trs|lalu|and|but)\b/i;

export function basisNear(after: string, before: string): Basis | undefined {
  const head = after.slice(0, 24);
  if (UNIT_AFTER.test(head)) return 'unit';
  // "40k per basket", "9rb sepasang": any noun that counts products, not only the common ones above (a kodi or
  // a dozen is a pack of several, read by the pack prices)
  const noun = UNIT_WORD_AFTER.exec(head)?.[1]?.toLowerCase();
  if (noun && UNIT_NOUNS.test(noun) && !/^(kodi|lusin|dozens?)$/.test(noun)) return 'unit';
  // "untung per botol 3rb dan sebulan laku 500 botol": a period after "dan" opens the next clause, not this one's
  const ownPeriod = !NEXT_CLAUSE.test(head);
  if (
    /^\s*(\/|per|tiap|setiap)\s*(bulan|bln|month)/i.test(head) ||
    (ownPeriod && MONTH.test(` ${head}`.slice(0, 18)))
  )
    return 'month';
  if (ownPeriod && BATCH.test(` ${head}`.slice(0, 24))) return 'batch';
  if (ownPeriod && YEAR.test(` ${head}`.slice(0, 18))) return 'year';
  if (ownPeriod && WEEK.test(` ${head}`.slice(0, 18))) return 'week';
  if (ownPeriod && DAY.test(` ${head}`.slice(0, 18))) return 'day';
  const tail = before.slice(-24);
  if (
    /(\/|per|tiap|setiap|each)\s*-?\s*(tas|bungkus|pcs|buah|unit|biji|toples|pak|botol|produk|item|bag|jar|piece)\s*(nya|-nya)?\s*$/i.test(
      tail,
    )
  )
    return 'unit';
  if (
    /(sebulan|per ?bulan|tiap bulan|a month|per month|monthly|bulanan)\s*(nya)?(\s+total(nya)?)?\s*$/i.test(
      tail,
    )
  )
    return 'month';
  if (/(setahun|per ?tahun|a year|per year|yearly)\s*$/i.test(tail)) return 'year';
  if (/(seminggu|per ?minggu|tiap minggu|a week|per week|weekly)\s*$/i.test(tail)) return 'week';
  if (/(sehari|per ?hari|tiap hari|setiap hari|a day|per day|daily)\s*$/i.test(tail)) return 'day';
  return undefined;
}

/** A frame set before any figure: "sekali produksi bahan 460rb ..." or "sebulan: bahan 9 jt ...". */
export function frameOf(text: string): Basis | undefined {
  if (BATCH.test(` ${text}`)) return 'batch';
  if (DAY.test(` ${text}`)) return 'day';
  if (MONTH.test(` ${text}`)) return 'month';
  return undefined;
}

/** "itu per minggu", "sebulan": a basis said on its own, to correct how an earlier figure was read. */
export function basisWord(text: string): Basis | undefined {
  const t = ` ${text}`;
  if (UNIT_AFTER.test(text.replace(/^.*?(?=\b(per|tiap|setiap|each)\b)/i, ''))) return 'unit';
  if (WEEK.test(t)) return 'week';
  if (DAY.test(t)) return 'day';
  if (BATCH.test(t)) return 'batch';
  if (YEAR.test(t)) return 'year';
  if (MONTH.test(t)) return 'month';
  return undefined;
}

export const SHARE = /\b(separuh|setengah|half)\b/i;

/**
 * Words that say someone takes a share of the selling price ("toko minta 25% dr harga jual", "reseller ambil
 * 20%", "the shop keeps 30%"): the percentage is a cut from the price, not a markup the artisan adds.
 */
export const TAKES_SHARE =
  /\b(minta|meminta|mintanya|ambil|ngambil|mengambil|potong|motong|memotong|dipotong|takes?|keeps?|charges?)\b/i;

/** Nouns of a cut said in rupiah ("potongan 10rb per kotak", "diskon 5rb", "komisi 2rb"). */
export const CUT_NOUN = /^(potongan|potong harga|diskon|discount|komisi|commission|fees?)$/i;

/** Who takes a cut when a reseller is named ("reseller minta potongan 10rb"). */
export const RESELLER_WORD = /\b(reseller\w*|agen|dropship\w*|grosir|wholesaler?)\b/i;
