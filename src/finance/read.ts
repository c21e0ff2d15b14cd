import { CURRENCY, type Figure, sameUnit, scanFigures, UNIT_NOUNS } from './figures.ts';
import {
  type Basis,
  basisNear,
  basisWord,
  frameOf,
  type Label,
  type LabelHit,
  labelsIn,
  nearestLabel,
  RESELLER_WORD,
  CUT_NOUN,
  SHARE,
  TAKES_SHARE,
} from './labels.ts';
import { standardWords } from '../text/lexicon.ts';
import { namePhrase } from './names.ts';
import { frac, rupiah } from './rupiah.ts';
import type { Lang } from './numbers.ts';

/** hpp, selling price, break-even, depreciation, profit for a period, what a marketplace keeps of a price. */
export type Intent = 'hpp' | 'harga' | 'impas' | 'susut' | 'laba' | 'potongan';

/** A money figure with what it is for and the period it covers, as read from the artisan's words. */
export interface Item {
  label: Label;
  words: string;
  amount: number;
  basis?: Basis;
  text: string;
  detail?: string;
  /** "mesin 12 jt umur 5 tahun": the lifespan in months, for depreciation. */
  lifespanMonths?: number;
  each?: Figure['each'];
  /**
   * A cost that grows with the quantity, said for this many units ("pisang 1,5jt" for 200 bungkus): when the
   * quantity changes ("kalau bikin 300?") it is scaled to the new quantity.
   */
  forUnits?: number;
  /**
   * "1 lusin sy jual 300rb", "300rb per kodi": a price said for a pack of several, with its size; the amount
   * is then the price of one piece.
   */
  pack?: { size: number; noun: string; amount: number };
  /** "sy mau sisain 400rb bwt cadangan": money kept aside, taken off the capital before it is spent. */
  reserve?: boolean;
  /** Its name is outside the label lexicon ("oven", "obras"): read as a cost line until its use is said. */
  unlisted?: boolean;
  /**
   * A selling price of someone else's ("temen sy jual 25rb", "harga pesaing 25rb", "di pasar dijual 25rb"):
   * a price to check the artisan's cost against, never the artisan's own price or a cost.
   */
  market?: boolean;
}

export interface PercentItem {
  label: Label;
  bp: number;
  text: string;
  of?: 'price' | 'cost';
  /** "admin 8% sm biaya layanan 2%": the fees of one marketplace, in basis points, that add up to `bp`. */
  parts?: number[];
  /** "mau untung 25%", "untuk margin 40%": said as the profit wanted, so a target whatever else is asked. */
  wanted?: boolean;
}

export interface Ambiguity {
  label?: Label;
  text: string;
  words?: string;
  candidates: number[];
  /** The amount is clear but nothing says what it is for ("trus ada 300rb lagi"): asked, never dropped. */
  unnamed?: boolean;
  /** "itu per minggu" after several figures: which one it is for is asked. */
  which?: boolean;
  /** An amount the calculator asked for did not take ("sewa 500rb" beside an HPP given whole): asked what it is. */
  role?: Intent;
}

/**
 * A marketplace's cut of each sale ("potongan admin 8%"), the fees it adds up when several were said, and
 * whether a consignment shop takes it ("toko minta 25%") rather than a marketplace.
 */
export interface ChannelFee {
  bp: number;
  parts?: number[];
  byShop?: boolean;
}

/** The cut the profit, the break-even and the payback take off each sale's price, when one was said. */
export function channelFee(facts: Pick<MoneyFacts, 'percents' | 'cutByShop'>): ChannelFee | undefined {
  const fee = facts.percents.find((p) => p.label === 'fee');
  if (!fee) return undefined;
  return {
    bp: fee.bp,
    ...(fee.parts ? { parts: fee.parts } : {}),
    ...(facts.cutByShop ? { byShop: true } : {}),
  };
}

/** How many were sold in the period the count was said for ("sehari laku 80": 80 a day). */
export interface Sales {
  count: number;
  per: 'day' | 'week' | 'month';
}

/** Everything one message says about money, before any calculator runs. */
export interface MoneyFacts {
  intent?: Intent;
  items: Item[];
  percents: PercentItem[];
  /** `said`: "100 bungkus seminggu" when the count was given by the week and is used × 4 for the month. */
  units?: { value: number; noun?: string; sold?: boolean; said?: string; each?: string };
  unitsSold?: number;
  /** The sales count with the period it was said for, for a payback in months, weeks or days. */
  sales?: Sales;
  ambiguous: Ambiguity[];
  /** Labels the artisan said are zero ("overhead gak ada"). */
  zero: Label[];
  frame?: Basis;
  /** Unlabelled figures, to fill what an earlier turn asked for. */
  loose: Figure[];
  noun?: string;
  /** "sebulan 20 adonan", "seminggu 3x produksi": how many batches make a month. */
  batches?: { perMonth: number; text: string; days?: boolean; perWeek?: number };
  /** A reply to "sudah termasuk di HPP, atau di luar?": the amounts asked about are dropped or operating costs. */
  roleReply?: 'included' | 'outside';
  /** "kalau bikin 300?": a quantity asked about, not a correction of the one said ("maaf salah, 1200"). */
  whatIf?: boolean;
  /** "beras ketannya itu per minggu": a basis said on its own, correcting how an earlier figure was read. */
  rebasis?: { words: string; basis: Basis; said: string };
  /** "brp bulan balik modal?": a payback asked as a time, in this unit. */
  paybackIn?: PaybackUnit;
  /** "ambil 2 kodi ... untung total dr 2 kodi itu brp?": an order's count, with its total asked. */
  orderAsked?: { count: number };
  /** "untung per pasang dan per bulan?": one unit's profit is asked too. */
  asksPerUnit?: boolean;
  /** "penyusutan per tahunnya brp?", "depreciation per year": a year's amount is asked. */
  perYearAsked?: boolean;
  /** "HPP nya brp per dompet?", "hpp per kemeja brp?": the HPP of one unit is asked, beside another result. */
  asksHpp?: boolean;
  /** "untung kotor sebulan brp?": the gross profit is asked, beside or instead of the net. */
  asksGross?: boolean;
  /** "untung bersih brp?", "net profit?": the net profit is asked by name. */
  asksNet?: boolean;
  /** "modal 2jt ... bisa produksi brp botol?": how many units the capital pays the cost of. */
  asksUnitsFromCapital?: boolean;
  /** "what price for the dozen?", "jual per lusin brp?": a price asked for a pack of pieces whose cost is per piece. */
  packAsked?: { size: number; noun: string };
  /** "harga jual 25rb, untung 30%. modalnya brp?": the cost that a price and a markup or margin leave. */
  asksCost?: boolean;
  /** "harga jualnya enaknya brp?", "what should I charge?": the message asks what price to sell at. */
  asksPrice?: boolean;
  /** "tetap dapat untung 30rb dari reseller": the profit target is what is left after the channel's cut. */
  targetAfterCut?: boolean;
  /** "toko minta 25%", "konsinyasi": the cut is a consignment shop's share, not a marketplace's fee. */
  cutByShop?: boolean;
  /** "yg masuk ke sy jd brp?": what the artisan receives after a marketplace's cut is asked. */
  asksReceived?: boolean;
  /** "bikin 80 bros, kalo habis semua untungnya brp?": the count sold is the count made, taken as all sold. */
  soldAsMade?: boolean;
  /** "ikut bazar 3 hari, sewa stand 450rb": the costs are those of an event of some days, not of a month. */
  event?: string;
  /** "brp persen dr omzet?", "what percent of sales is that?": the profit asked as a share of the sales. */
  asksShare?: boolean;
  /** "jd untungnya brp?", "what's my profit?": the profit asked, of one unit or of a period. */
  asksProfit?: boolean;
  /** "margin sy brp persen?", "what's my markup?": the percentage of profit asked (PERCENT_ASKED). */
  percentAsked?: PercentAsked;
}

const IMPAS =
  /\b(bep(nya)?|impas(nya)?|break[- ]?even|balik modal(nya)?|titik impas(nya)?|harus (laku|terjual)|minimal (laku|terjual)|how many .{0,20}(sell|sold))\b/;
/**
 * Break-even asked in everyday words, read in standard spelling through the chat lexicon ("brp bungkus yg hrs
 * laku" is "berapa bungkus yang harus laku"): a question for how many must sell ("berapa ... yang harus
 * terjual", "how many do I need to sell") together with costs to cover ("biar nutup biaya bulanan", "biar ga
 * rugi", "to cover my costs"). Either half alone is another question ("harga jual berapa biar ga rugi?" prices).
 */
const SELL_COUNT_ASKED = [
  /\bberapa\b(?:\s+(?!untung|laba|harga|hpp|modal|biaya|ongkos)[a-z]+){0,3}?\s+(?:yang\s+)?(?:harus|mesti|musti|perlu|wajib|minimal|bisa)?\s*(?:laku|terjual|kejual|dijual|jual|menjual|keluar)\b/,
  /\b(?:harus|mesti|musti|perlu|minimal|minimum|paling sedikit|sekurangnya)\s+(?:laku|terjual|kejual|menjual|dijual|jual)\b/,
  /\bhow many\b.{0,40}\b(?:sell|sold)\b/,
  /\b(?:need|needs|have|has|must|got) to sell\b|\bminimum (?:i|we) (?:need|have|must)\b/,
];
/**
 * Capital to be earned back ("biar modal 5jt nya balik", "balik modal", "get my capital back"), asked as a
 * count or a time ("brp botol", "how many", "kapan"): the payback, a break-even on the start-up capital.
 */
const PAYBACK =
  /\b(balik modal|kembali modal|modal\w*\b[^.?!]{0,24}\b(balik|kembali|pulang|tertutup|ketutup)|(get|earn|make|win)\s+(back\s+)?(my|our|the)\s+(capital|investment|money)(\s+back)?|recover\w*\s+(my|our|the)\s+(capital|investment)|(capital|investment)\b[^.?!]{0,24}\b(back|returned|recovered)|pay\s*back|payback|pay (it|this|that|them|the \w+) back|pays? for itself|lunas|paid off)\b/;
/** Words right before a bare number that say how many pieces a pack holds ("isi 15", "contains 12"). */
const PACK_SIZE = /\b(isi|isinya|berisi|contains?|containing)\s*$/i;
/** "1 pack isi 25 butir", "1 toples berisi 30 kue": how many pieces one pack holds. */
const PACK_HOLDS = /\b(?:1|satu|se)\s*(\p{L}+)\s+(?:isi|isinya|berisi)\s*(\d{1,4})\s*(\p{L}+)/iu;
/**
 * Whether a question asks per container ("hpp per loyang?", "harga sepack brp?"): "per <container>" in a
 * question (no figure between, which would be a cost said per container), or a money word right before it.
 */
function askedPerContainer(text: string, container: string): boolean {
  const name = container.replace(/[^\p{L}]/gu, '');
  return new RegExp(
    `\\b(per|tiap|setiap|se)\\s*${name}\\b[^.!?\\d]*\\?|\\b(hpp|harga|modal|untung)\\w*\\s+(per|se)\\s*${name}\\b`,
    'iu',
  ).test(text);
}

/** "4 loyang, tiap loyang 20 ...", "3 rak, 1 rak jadi 40 ...": a count of containers, then what each one yields. */
const EACH_HOLDS =
  /\b(\d{1,3})\s*(\p{L}+)\b[^.?!\d]{0,24}?\b(?:tiap|setiap|per|masing-masing|masing2|1|satu)\s+\2\s+(?:jadi\s+|isinya\s+|dapat\s+|dpt\s+|menghasilkan\s+)?$/iu;

/** "cost 12k", "my products cost me about 12k": the English verb of what something costs, right before it. */
const COST_SAID = /\bcosts?(\s+(me|us|them|about|around|roughly))*\s*$/i;

/**
 * "wax, wick and jar for one candle cost", "bahan buat satu tas habis": what is bought, then "for one" and
 * the unit, then the cost verb right before the amount.
 */
const FOR_ONE_COST =
  /^(.*?)\b(?:for|untuk|utk|buat)\s+(?:one|a|an|each|every|1|satu)\s+([a-z]+)\s+(?:costs?|cost me|cost us)(?:\s+(?:about|around|roughly|just|only))*\s*$/i;

/**
 * A word of spending right before an amount ("habis 900rb", "menghabiskan biaya Rp1,5jt", "keluar 480rb",
 * "modal 350rb", "costs IDR 900,000", "we spend Rp 2,400,000").
 */
const SPENT_ON =
  /\b(costs?(?:\s+(?:me|us|them))?|spend|spends|spent|habis|abis|hbs|menghabiskan|ngabisin|keluar|kluar|ngeluarin|mengeluarkan|modal(?:nya)?)(?:\s+(?:biaya|dana|uang|duit|modal|about|around|roughly|sekitar|kira-kira|total|totalnya|rp\.?|idr))*\s*$/i;
/** One batch named before its cost: "one batch", "a batch of 50 candles", "sekali produksi", "1 adonan". */
const ONE_BATCH =
  /\b(?:one|a|each|every|per|the|last|this|that|my|our)\s+batch\b|\bbatch\s+(?:terakhir|kemarin|kmrn|lalu)\b|\b(?:sekali|satu kali|1 kali|1x|tiap|setiap|per)\s+(?:produksi|masak|goreng|bikin|buat|adonan|batch)\b|\b(?:satu|1|se)\s*(?:adonan|batch)\b/i;

/** What money paid is said to go on, after it ("in labour", "buat upah"): the kinds of cost. */
const SPENT_ON_LABELS: string[] = ['labour', 'materials', 'overhead', 'fixed', 'opcost', 'variable'];
/** Right after "1": "kali produksi", "x masak" name one batch. */
const ONE_BATCH_NAMED =
  /^\s*(?:(?:x|kali)\s*(?:produksi|masak|goreng|bikin|buat|adonan|batch)|batch|adonan)\b/i;
/** An amount named by nothing but its batch ("sekali produksi 1,2jt", "biaya sekali bikin 1,2jt", "One batch is"). */
const BATCH_ONLY = new RegExp(
  `^[\\s,:;]*(?:(?:biaya|ongkos|modal|total|costs?)(?:nya)?\\s+(?:of\\s+)?){0,2}(?:${ONE_BATCH.source})(?:\\s+(?:is|was|costs?|nya|totalnya|total))*[\\s:=]*$`,
  'i',
);

/** "costs 60k to make": the amount is what making one costs. */
const MAKE_AFTER = /^\s*(to make|to produce|to build|to sew|to weave)\b/i;

/** "3 million capital", "5jt modal awal": capital named right after its amount. */
const CAPITAL_AFTER = /^\s*((?:initial |start-?up )?capital|modal awal|modal usaha|initial investment)\b/i;
/** "per tahun", "setahun", "a year", "annual": a year's amount. */
const PER_YEAR =
  /\b(per ?tahun\w*|setahun\w*|tiap tahun|setiap tahun|a year|per year|each year|annual\w*|yearly)\b/;
const PAYBACK_ASKED = /\b(berapa|how many|how much|how long|kapan|when)\b/;
/** The unit of time a payback is asked in: the one asked ("brp bulan balik modal?"), else the sales' own. */
export type PaybackUnit = 'month' | 'week' | 'day';
const PAYBACK_IN: [RegExp, PaybackUnit][] = [
  [/\b(berapa|brp|brapa)\s+(bulan|bln)\b|\bhow many months\b/, 'month'],
  [/\b(berapa|brp|brapa)\s+(minggu|mgg)\b|\bhow many weeks\b/, 'week'],
  [/\b(berapa|brp|brapa)\s+(hari|hr)\b|\bhow many days\b/, 'day'],
  [/\b(berapa|brp|brapa)\s+lama\b|\bkapan\b|\bhow long\b|\bwhen\b/, 'month'],
];

/** The unit of time a payback is asked in ("brp minggu balik modal?"), undefined when a count is asked. */
export function paybackAskedIn(standard: string): PaybackUnit | undefined {
  return PAYBACK_IN.find(([re]) => re.test(standard))?.[1];
}

export const asksPayback = (q: string) => {
  const standard = standardSpelling(q.toLowerCase());
  return PAYBACK.test(standard) && PAYBACK_ASKED.test(standard);
};
const COVERS_COSTS =
  /\b(nutup\w*|menutup\w*|tertutup|ketutup|balik modal|impas|bep|rugi|cover\w*|break even|lose money|losing money|a loss|pay for (?:my|our|the) (?:costs|expenses))\b/;
/** The message in standard spelling, punctuation kept, so that a pattern does not run across sentences. */
const standardSpelling = (q: string) => q.replace(/[\p{L}\p{N}]+/gu, (word) => standardWords(word).join(' '));
const asksBreakEven = (q: string) => {
  const standard = standardSpelling(q);
  return (
    (SELL_COUNT_ASKED.some((re) => re.test(standard)) || unitsAskedFor(standard)) &&
    COVERS_COSTS.test(standard)
  );
};
/** "brp porsi biar gak rugi", "berapa botol supaya impas": a count of products asked for a purpose. */
const UNITS_FOR =
  /\bberapa\s+([a-z]+)\s+(?:(?:per ?bulan|sebulan|tiap bulan|per ?minggu|seminggu|per ?hari|sehari)\s+)?(?:yang\s+)?(?:(?:harus|mesti|perlu)\s+)?(?:biar|supaya|agar|untuk|buat)\b/g;
/** "brp botol?", "berapa bungkus", "how many bags": a count of the product asked for. */
const unitCountAsked = (standard: string) =>
  [...standard.matchAll(/\b(?:berapa|how many)\s+([a-z]+)\b/g)].some((m) => UNIT_NOUNS.test(m[1]!));
const unitsAskedFor = (standard: string) =>
  [...standard.matchAll(UNITS_FOR)].some((m) => UNIT_NOUNS.test(m[1]!));
const HARGA =
  /\b(harga jual\w*|harga (eceran|reseller|grosir)|(di)?jual(nya)? (berapa|brp|brapa)|pasang harga|patok harga|selling price|what price|price should|markup|mark[- ]up|margin|rugi|untung (berapa|brp)|(uang|duit) yang (saya |aku |sy )?terima|terima (berapa|brp)|harga ?(nya)? (berapa|brp)|how much should i (sell|charge)|how much (do|will|would|can) (i|we) (make|earn|get|keep|receive)|what (retail |selling |wholesale )?price|charge)\b/;
/** The profit asked for ("total untungnya berapa", "berapa untungnya", "how much profit"). */
const PROFIT_ASKED =
  /\b(untung|laba|keuntungan|profit)\w*\b[^.?!]{0,16}\b(berapa|how much)\b|\b(berapa|how much)\b[^.?!]{0,12}\b(untung|laba|keuntungan|profit)/;
/** "what's my profit?", "what is the net profit": the profit asked by name, in English. */
const PROFIT_NAMED =
  /\bwhat(?:'s|\s+is|\s+are|\s+was)\s+(?:my|our|the|her|his|their)\s+(?:\w+\s+)?profits?\b/;
/** "untung per pcs?", "profit per box": the profit of one unit asked. */
const PROFIT_PER_UNIT =
  /\b(untung|laba|keuntungan|profit|margin)\w*\s+(per|tiap|setiap|se|each|a)\s*-?\s*[a-z]+/;
/** "untung sebulan?", "laba bulan ini", "profit a month": a profit asked for a period of time. */
const PROFIT_OF_PERIOD =
  /\b(untung|laba|keuntungan|profit|bersih)\w*\s+(?:[a-z]+\s+)?(sebulan|per ?bulan|bulan ini|sehari|per ?hari|hari ini|seminggu|per ?minggu|minggu ini|setahun|a month|per month|a week|per week|a day|per day|this month|last month|this week)\b|\b(monthly|weekly|daily|month's|week's|day's)\s+(net\s+|gross\s+)?(profit|income|earnings)\b/;
/** A word of profit or loss, however it is asked ("untung?", "rugi ga sih?", "did I make a loss"). */
const PROFIT_OR_LOSS = /\b(untung\w*|laba\w*|rugi\w*|keuntungan|profit\w*|loss\w*|net|margin)\b/;
/** Gross profit asked: sales less the cost of what was sold, before the period's other costs. */
const GROSS = /\b((untung|laba|keuntungan|profit)\s*kotor(nya)?|gross (profit|margin|income))\b/;
/** Net profit asked by name: with no cost of the period said, it is still answered as the net. */
const NET = /\b((untung|laba|keuntungan|profit)\s*(bersih|nett?o?)(nya)?|net (profit|income))\b/;
/**
 * A share of the sales asked ("itu brp persen dr omzet?", "berapa persen dari penjualan", "what percent of my
 * sales is that?"), read in standard spelling: the profit is also said as a percentage of the sales.
 */
const SHARE_OF_SALES =
  /\b(berapa|how many)\s*(persen|%|percent)[^.?!]{0,20}\b(dari|of)\s+(omzet|omset|penjualan|pendapatan|pemasukan|sales|revenue|turnover)\b|\b(persen(tase)?|percent(age)?|share)\s+(dari|of)\s+(omzet|omset|penjualan|pendapatan|pemasukan|(my |the |total )?(sales|revenue|turnover))\b/;
/** Profit for a period, not per unit: "untung bersih brp", "laba bersih sebulan", "laba rugi". */
const LABA =
  /\b((untung|laba|keuntungan|profit)\s*kotor(nya)?|gross profit|(untung|laba|keuntungan|profit)\s*(bersih|nett?o?)(nya)?|laba\s*(\/|dan|&)?\s*rugi|untung\s*rugi(nya)?|net (profit|income)|(profit|loss) for the (month|period)|how much (profit|money) (did|do|will|would) (i|we) (make|earn)|(what|how much) (was|is|were) (my|our) (profit|earnings)|(did|do) (i|we) make a (profit|loss))\b/;
/**
 * "gimana ngitung potongan admin shopee": how a marketplace's cut works out, a calculation the price tool
 * does, asked without figures yet.
 */
const FEE_HOWTO =
  /\b(gimana|gmn|gmana|bagaimana|cara|how)\b.{0,30}\b(ngitung|hitung|menghitung|itung|calculate|work out)\b.{0,30}\b(potongan|admin|komisi|fee|biaya layanan)\b|\b(potongan|admin|komisi)\b.{0,30}\b(shopee|tokopedia|lazada|tiktok|bukalapak|marketplace)\b.{0,30}\b(gimana|gmn|bagaimana|cara)\b/;
const HPP =
  /\b(hpp\w*|harga pokok|biaya produksi|ongkos produksi|modal per|cost per [a-z]+|unit cost|production cost|cogs|(what|how much) (does|do|did) (each|one|a|every|per) [a-z]+( [a-z]+){0,2} cost|costs? (me|us|them) to (make|produce)|cost to (make|produce) (each|one|a|per))\b/;
/**
 * A question for the price itself ("harga jualnya enaknya brp?", "sy pasang brp?", "what should I charge?"),
 * not for the profit at a price ("jual 400rb untungnya brp?": no figure may sit between the two words, and
 * "dari harga jual marginnya brp?" asks a share of it).
 */
const PRICE_ASKED =
  /\b(harga|jual|dijual|pasang|patok|pasarkan)\w*((\s+(?!margin|mark|untung|laba|keuntungan|persen)[a-z]+){0,3}?)\s+(berapa|brp|brapa)\b|\b(naik|naikin|naikkan|menaikkan)\s+((harga\w*|jadi|jd|ke)\s+){0,2}(berapa|brp|brapa)\b|\braise (it|the price|my price) to how much\b|\bwhat ((retail |selling |wholesale )?price|should i (charge|sell|ask))\b|\bhow much (should|can|do) i (sell|charge|ask)\b|\bwhat to charge\b|\bprice should\b/;
/** "modalnya brp?", "hpp nya berapa", "berapa modal maksimal", "what can it cost me": the cost asked for. */
const COST_ASKED =
  /\b(modal|hpp|harga pokok|harga modal|harga beli)\s*(nya)?\s*(maksimal|maks|paling mahal)?\s*(berapa)\b|\bberapa\s+(modal|hpp|harga pokok|harga modal|harga beli)\b|\b(what|how much)\b[^.?!]{0,30}\b(can|should|may)\b[^.?!]{0,20}\bcost\b/;
/**
 * The HPP asked ("HPP nya brp per dompet?", "hpp per kemeja brp?", "berapa harga pokoknya", "what is my cost
 * per bag?"), read in standard spelling: no figure between the HPP word and the asking word.
 */
const HPP_ASKED =
  /\b(hpp|harga pokok)\w*\b[^.?!\d]{0,24}?\bberapa\b|\bberapa\s+(hpp|harga pokok)\w*|\b(what|how much)\b[^.?!\d]{0,20}\b(hpp|cost per|unit cost)\b/;

/**
 * A buying word right before an amount ("I buy at ", "bought them for ", "harga beli ", "sy beli ", "kulakan "),
 * perhaps with whom it is bought from ("beli dr penenun "): the price a piece is bought at.
 */
const BOUGHT_AT =
  /\b(?:harga\s+(?:beli|kulak\w*)|(?:di|mem)?beli(?:nya)?|kulak\w*|ngulak|buy|buying|bought|purchased?)(?:\s+(?:it|them|these|those|each|barang(?:nya)?|di|at|for|dengan|dgn|@))*(?<from>\s+(?:dari|dr|from)\s+\p{L}+(?:\s+\p{L}+)?)?\s*[:=]?\s*$/iu;

/**
 * Words that say a percentage is the profit wanted ("mau untung 25%", "biar margin 30%", "untuk margin 40%",
 * "if I want a 30% margin"), read in standard spelling before it in its clause.
 */
const WANTED =
  /\b(mau|ingin|target\w*|biar|supaya|agar|untuk|buat|kalau|jika|seandainya|misal\w*|want\w*|for|if|aim\w*|hope|hoping|would like)\b/;

/** Which share of the profit a question asks: of the selling price, on the cost, or both ("brp persen?"). */
export type PercentAsked = 'margin' | 'markup' | 'both';

/**
 * The percentage of profit a question asks for, read in standard spelling, each with an example it must
 * match. No figure may sit between the word and the asking word: "mau margin 30%, jual brp?" gives a target
 * and asks a price. With the cost and the artisan's own price given, the percentage is worked out from them,
 * and a percentage the message says ("temen bilang untung sy 33%") is a figure to compare, not a target.
 */
export const PERCENT_ASKED: { name: string; asks: PercentAsked; pattern: RegExp; example: string }[] = [
  {
    name: 'margin named',
    asks: 'margin',
    pattern:
      /\bmargin\w*\b[^.?!\d%]{0,30}?\bberapa\b|\bberapa\s+(?:persen\s+)?margin|\b(?:what|how much)(?:'s|\s+is|\s+was)?\s+(?:(?:my|our|the|a)\s+)?(?:profit\s+)?margin\b/,
    example: 'kalo dihitung dr harga jual, margin sy sebenernya brp persen?',
  },
  {
    name: 'markup named',
    asks: 'markup',
    pattern:
      /\bmark[- ]?up\w*\b[^.?!\d%]{0,30}?\bberapa\b|\bberapa\s+(?:persen\s+)?mark[- ]?up|\b(?:what|how much)(?:'s|\s+is|\s+was)?\s+(?:(?:my|our|the|a)\s+)?mark[- ]?up\b/,
    example: "what's my markup?",
  },
  {
    name: 'percent of the selling price',
    asks: 'margin',
    pattern:
      /\bberapa\s*(?:persen|%)[^.?!\d]{0,30}\b(?:dari|of)\s+(?:the\s+)?(?:harga jual|selling price|price)\b|\b(?:dari|of|on)\s+(?:the\s+)?(?:harga jual|selling price)\b[^.?!\d]{0,40}\bberapa\s*(?:persen|%)/,
    example: 'kalo dihitung dr harga jual brp persen?',
  },
  {
    name: 'percent of the cost',
    asks: 'markup',
    pattern:
      /\bberapa\s*(?:persen|%)[^.?!\d]{0,30}\b(?:dari|of|on)\s+(?:the\s+|my\s+)?(?:modal|hpp|harga pokok|harga beli|biaya|cost)\b|\b(?:dari|of|on)\s+(?:the\s+|my\s+)?(?:modal|hpp|harga pokok|harga beli|cost)\b[^.?!\d]{0,40}\bberapa\s*(?:persen|%)/,
    example: 'untungnya brp persen dr modal?',
  },
  {
    name: 'percent checked',
    asks: 'both',
    pattern:
      /\b(?:margin|mark[- ]?up|untung|laba|keuntungan|profit)\w*\b[^.?!]{0,20}\d+(?:[.,]\d+)?\s*%[^.?!]{0,30}\b(?:benar|betul|bukan|right|correct|true)\b/,
    example: 'temen bilang untung sy 33%, bener ga?',
  },
  {
    name: 'percent of profit',
    asks: 'both',
    pattern:
      /\b(?:untung|laba|keuntungan|profit)\w*\b[^.?!\d%]{0,20}?\bberapa\s*(?:persen|%)|\bberapa\s*(?:persen|%)\s+(?:untung|laba|keuntungan|profit)|\bwhat\s+percent(?:age)?\b[^.?!\d]{0,20}\bprofit|\bprofit\s+(?:percentage|percent)\b/,
    example: 'untung sy brp persen?',
  },
];

/** The share of the profit a message asks for (PERCENT_ASKED): the one named, or both when both or neither is. */
export function percentAsked(text: string): PercentAsked | undefined {
  return percentAskedIn(standardSpelling(text.toLowerCase()));
}

/** `percentAsked` of a text already in lower case and standard spelling. */
function percentAskedIn(standard: string): PercentAsked | undefined {
  const asks = new Set(PERCENT_ASKED.filter((r) => r.pattern.test(standard)).map((r) => r.asks));
  if (asks.has('both') && !asks.has('margin') && !asks.has('markup')) return 'both';
  if (asks.has('margin') && asks.has('markup')) return 'both';
  return asks.has('margin') ? 'margin' : asks.has('markup') ? 'markup' : undefined;
}

/** A question about something else than the figures ("gimana cara promosi?", "bener gak?"). */
const OTHER_QUESTION =
  /\?|\b(gimana|gmn|gmana|bagaimana|apa|apakah|kenapa|mengapa|knp|cara|bener|benar|betul|how|what|why|should|is it)\b/;
/**
 * "how much do they actually make per pack?", "how much do we earn on each jar?": what one unit earns, asked
 * with a verb of earning before the unit (a noun that counts products, not "a month").
 */
const EARNED_PER_UNIT =
  /\b(?:make|makes|earn|earns|clear|clears|net)\s+(?:(?:on|from|for)\s+)?(?:per|each|every|a|an)\s+([a-z]+)/g;
const earnedPerUnit = (q: string) => [...q.matchAll(EARNED_PER_UNIT)].some((m) => UNIT_NOUNS.test(m[1]!));

/**
 * A question that asks for depreciation itself ("berapa biaya penyusutan mesin", "penyusutannya brp",
 * "how much depreciation"), not one that gives it as a cost of something else. The words between
 * "penyusutan" and "berapa" must not name another calculation ("penyusutan 200rb, hpp berapa?"); in
 * English a figure between them is one given ("depreciation 200k a month").
 */
const SUSUT = [
  /\b(berapa|brp|brapa|hitung(kan|lah)?|menghitung|ngitung|itung)\s+(biaya\s+|besar(nya)?\s+|nilai\s+|uang\s+)?(penyusutan|susut)(nya)?\b/,
  /\b(penyusutan|susut\s+mesin)(nya)?\b((?!hpp|harga|modal|untung|laba|jual|bep|impas)(\.(?=\d)|[^.?!;])){0,60}?\b(berapa|brp|brapa)\b/,
  /\b(how much|calculate|work out)\s+(is\s+|the\s+|my\s+)*(machine\s+|equipment\s+)?depreciation\b/,
  // "what is the depreciation per year?", "what's our monthly depreciation?"
  /\bwhat('s| is| would be)\s+(the\s+|my\s+|our\s+)?(monthly\s+|annual\s+|yearly\s+)?(machine\s+|equipment\s+)?depreciation\b/,
  // "susutnya sebulan brp?", "penyusutan sebulan?": the question ends on it
  /\b(penyusutan|susut)(nya)?\b((?!hpp|harga|modal|untung|laba|jual|bep|impas)[^.?!;\d]){0,40}?\b(berapa|brp|brapa)\b/,
  /\b(penyusutan|susut)(nya)?\s*(per ?bulan|sebulan|per ?tahun|setahun)?\s*\?*\s*$/,
  /\bdepreciation\b((?!cost per|price|break)[^.?!;\d]){0,60}?\b(per month|a month|monthly|each month|per year|a year|yearly|annual|annually|each year|per annum|how much)\b/,
  // how it goes into the books: "how do I put depreciation in our books?", "how should I record its depreciation"
  /\b(how|what)\b[^.?!;\d]{0,40}\b(record|book|put|enter|count|calculate|work out|handle|show|account for|treat|include|depreciate)\b[^.?!;\d]{0,30}\bdepreciat/,
  /\bdepreciation\b[^.?!;\d]{0,40}\b(in|into|on) (my|our|the) (books|accounts|bookkeeping|records|ledger|balance sheet)\b/,
  /\b(penyusutan|susut)(nya)?\b[^.?!;\d]{0,40}\b(gimana|gmn|bagaimana|dicatat|dicatet|dibukukan|dimasukkan|dimasukin|masukin)\b/,
  /\b(gimana|gmn|bagaimana|cara)\b[^.?!;\d]{0,40}\b(penyusutan|menyusutkan|nyusutin|susut)(nya)?\b/,
];

/** Words that say how long an asset lasts: the amount before them is what the asset cost. */
const LIFESPAN =
  /\b(umur(nya)?( pakai| ekonomis)?|masa pakai|kepake|kepakai|dipake|dipakai|terpakai|awet|tahan|bisa (dipakai|dipake)|lasts?|useful life|life)\s*(nya\s*)?(sampai|sampe|kira-kira|sekitar|selama|for|about)?\s*$/i;

/** A heading that gives the period of the costs listed after it ("biaya tetap per bulan: sewa 700rb, listrik 300rb"). */
const MONTH_HEADER =
  /\b(?:biaya|ongkos|pengeluaran|costs?)\s+(?:tetap\s+|rutin\s+|fixed\s+)?(?:per ?bulan|sebulan|tiap bulan|setiap bulan|bulanan|a month|per month|each month|monthly)\b/i;

/** "sebulan 20 adonan", "seminggu 3x produksi", "sebulan sy masak 20x", "20x produksi sebulan": how many batches a month. */
const BATCHES = [
  /\b(?<period>sebulan|per ?bulan|tiap bulan|dalam sebulan|seminggu|per ?minggu|tiap minggu)\s*((?:sy|saya|aku|kami|kita|gw|gue)\s+)?(bisa\s*|produksi\s*|masak\s*|goreng\s*|bikin\s*)?(?<n>\d+)\s*(x|kali|adonan|batch)\b(\s*(produksi|masak|goreng|adonan))?/gi,
  /\b(?<n>\d+)\s*(x|kali)\s*(produksi|masak|goreng|adonan|batch)?\s*(?<period>sebulan|per ?bulan|tiap bulan|dalam sebulan|seminggu|per ?minggu|tiap minggu)\b/gi,
  // "6 batches a month", "make 3 batches per week", "every month I cook 10 batches"
  /\b(?<n>\d+)\s*(?:batch(?:es)?|rounds?|runs?)\s*(?<period>a month|per month|each month|every month|a week|per week|each week|every week)\b/gi,
  /\b(?<period>a month|per month|each month|every month|a week|per week|each week|every week)\s*(?:(?:i|we)\s+(?:make|cook|produce|do|run)\s*)?(?<n>\d+)\s*(?:batch(?:es)?|rounds?|runs?)\b/gi,
];

/**
 * Working days, a count and never money: "sebulan kerja 26 hari", "kerja 26 hr sebulan", "25 hari kerja",
 * "buka 6 hari seminggu" (× 4 weeks for the month), "26 working days a month". A count of days with a work
 * word and no period is a month's when it is more than a week's seven days, else a week's.
 */
const DAY = '(?:hari|hr|hri|days?)';
const MONTH_SAID =
  '(?:sebulan|per ?bulan|dalam sebulan|tiap bulan|setiap bulan|a month|per month|each month)';
const WEEK_SAID =
  '(?:seminggu|per ?minggu|dalam seminggu|tiap minggu|setiap minggu|a week|per week|each week)';
const WORK = '(?:kerja|buka|produksi|jualan|dagang|jalan|masuk|work|working|open)';
const DAYS: { re: RegExp; per: 'month' | 'week' | 'work' }[] = [
  {
    re: new RegExp(`\\b(?<n>\\d+)\\s*(?:${WORK}\\s*)?${DAY}\\s*(?:${WORK}\\s*)?${WEEK_SAID}\\b`, 'gi'),
    per: 'week',
  },
  {
    re: new RegExp(`\\b${WEEK_SAID}\\s*(?:${WORK}\\s*)?(?<n>\\d+)\\s*${DAY}\\b(?:\\s*${WORK}\\b)?`, 'gi'),
    per: 'week',
  },
  {
    re: new RegExp(`\\b${MONTH_SAID}\\s*(?:${WORK}\\s*)?(?<n>\\d+)\\s*${DAY}\\b(?:\\s*${WORK}\\b)?`, 'gi'),
    per: 'month',
  },
  {
    re: new RegExp(`\\b(?<n>\\d+)\\s*(?:${WORK}\\s*)?${DAY}\\s*(?:${WORK}\\s*)?${MONTH_SAID}\\b`, 'gi'),
    per: 'month',
  },
  { re: new RegExp(`\\b${WORK}\\s*(?<n>\\d+)\\s*${DAY}\\b`, 'gi'), per: 'work' },
  { re: new RegExp(`\\b(?<n>\\d+)\\s*${DAY}\\s*${WORK}\\b`, 'gi'), per: 'work' },
];

/** Weeks counted in a month, as small businesses count them (said in the reading so it can be corrected). */
export const WEEKS_PER_MONTH = 4;

function batchesOf(
  text: string,
):
  | { perMonth: number; text: string; start: number; end: number; days?: boolean; perWeek?: number }
  | undefined {
  for (const { re, per } of DAYS)
    for (const m of text.matchAll(re)) {
      const n = Number(m.groups!.n);
      const weekly = per === 'week' || (per === 'work' && n <= 7);
      if (!(n > 0 && n <= (weekly ? 7 : 31))) continue;
      const at = { text: m[0].trim(), start: m.index!, end: m.index! + m[0].length, days: true };
      return weekly ? { ...at, perMonth: n * WEEKS_PER_MONTH, perWeek: n } : { ...at, perMonth: n };
    }
  // "sehari bikin 100 tahu, ..., 25 hari. untung sebulan?": a count of days said alone, in a story told by
  // the day that asks for the month, is the month's working days
  if (DAY_STORY.test(text) && MONTH_ASKED.test(text))
    for (const m of text.matchAll(DAYS_ALONE)) {
      const n = Number(m.groups!.n);
      if (n >= 8 && n <= 31)
        return { perMonth: n, text: m[0].trim(), start: m.index!, end: m.index! + m[0].length, days: true };
    }
  for (const re of BATCHES)
    for (const m of text.matchAll(re)) {
      const n = Number(m.groups!.n);
      if (!(n > 0)) continue;
      const weekly = /minggu|week/i.test(m.groups!.period!);
      return {
        perMonth: weekly ? n * WEEKS_PER_MONTH : n,
        text: m[0].trim(),
        start: m.index!,
        end: m.index! + m[0].length,
      };
    }
  return undefined;
}

const DAY_STORY = /\b(sehari|per ?hari|tiap hari|setiap hari|a day|per day|daily)\b/i;
const MONTH_ASKED = /\b(sebulan|per ?bulan|bulan ini|a month|per month|monthly|this month)\b/i;
const DAYS_ALONE = new RegExp(
  `(?:^|[\\s,.;(])(?<n>\\d+)\\s*${DAY}\\b(?!\\s*(?:sekali|lagi|ke|kemudian))`,
  'gi',
);
const WHAT_IF = /\b(kalau|kalo|klo|kl|jika|jikalau|bila|seandainya|andai(kan)?|misal(nya)?|if|suppose)\b/i;
/** "kalo produksi naik jadi 700": making more, even when "jadi" says what it becomes. */
const MAKES = /\b(bikin|buat|membuat|produksi|memproduksi|naik|ditambah|tambah|make|produce)\b/i;
const YIELD = /\b(jadi(nya)?|hasil(nya)?|dapat(nya)?|dapet(nya)?|yield|comes? out)\b/i;
/** A yield word right before a count ("jadi 100 kemeja", "dapet 30 potong", "makes 40 bags"). */
/** A word of making right before a count: "bikin 200 bungkus", "sekali produksi 80 pcs", "we make 50". */
const MADE_BEFORE =
  /\b(bikin|buat|membuat|bkin|produksi|memproduksi|menghasilkan|hasilnya|jadi|jd|make|makes|made|produce|produces)\s*$/i;
const YIELD_BEFORE =
  /\b(jadi(nya)?|jd|jdnya|hasil(nya)?|dapat(nya)?|dapet(nya)?|dpt|dpet|menghasilkan|makes?|yields?|got|get|gets)\s*(?:(?:kira-kira|kira2|kurleb|sekitar|sktr|kurang lebih|rata-rata|rata2|about|around|roughly)\s*)?$/i;
/**
 * "1 lembar kulit sy beli 1,1jt jadinya kira2 22 dompet", "satu rol kain 2,4jt jadi 30 kemeja": one piece
 * bought, its price, and what that piece yields, in one clause. The one is neither a quantity made nor the
 * product; the count after the yield word is, and the price is what that count costs in the material.
 */
function yieldsFromOne(
  text: string,
  figures: Figure[],
  n: number,
  clauseOf: (at: number) => { start: number },
): boolean {
  const [price, made] = [figures[n + 1], figures[n + 2]];
  if (!price || !made || (price.kind !== 'money' && price.kind !== 'ambiguous') || made.kind !== 'count')
    return false;
  if (clauseOf(made.start).start !== clauseOf(figures[n]!.start).start) return false;
  return YIELD_BEFORE.test(text.slice(price.end, made.start));
}

/**
 * A cost said with no basis, listed right after one whose basis was said (the same sentence, no other figure
 * between), is read on that basis when both are costs of the same kind: a list says its unit or period once.
 * `limit` keeps a per-unit reading plausible: the amount must stay below the unit price said, or with no
 * price, within that many times the cost before it.
 */
export const LISTED_WITH: {
  name: string;
  bases: Basis[];
  before: Label[];
  after: Label[];
  limit?: number;
  example: string;
}[] = [
  {
    name: 'per-unit-list',
    bases: ['unit'],
    before: ['materials', 'variable', 'labour'],
    after: ['materials', 'variable', 'labour'],
    limit: 10,
    example: 'benang, lem, kancing magnet dll 7rb per dompet, box 4rb, upah tukang 15rb',
  },
  {
    name: 'period-list',
    bases: ['month', 'week', 'year', 'day'],
    before: ['overhead', 'fixed', 'opcost'],
    after: ['overhead', 'fixed', 'opcost'],
    example: 'sewa tempat 1,5jt sebulan, listrik + kuota 400rb',
  },
];

function listedWith(text: string, figures: Figure[], items: Item[], figureOf: Map<Item, Figure>): void {
  const price = items.find(
    (i) => (i.label === 'price' || i.label === 'retail') && !i.market && (!i.basis || i.basis === 'unit'),
  );
  for (let k = 1; k < items.length; k++) {
    const [before, item] = [items[k - 1]!, items[k]!];
    const [a, b] = [figureOf.get(before), figureOf.get(item)];
    if (item.basis || !before.basis || !a || !b || figures.indexOf(b) !== figures.indexOf(a) + 1) continue;
    if (/[?!\n]|\.(?=\s|$)/.test(text.slice(a.end, b.start))) continue;
    const rule = LISTED_WITH.find(
      (r) =>
        r.bases.includes(before.basis!) && r.before.includes(before.label) && r.after.includes(item.label),
    );
    if (!rule) continue;
    if (rule.limit && item.amount >= (price?.amount ?? before.amount * rule.limit)) continue;
    item.basis = before.basis;
  }
}

const CORRECTION =
  /\b(salah|ralat|maksud(nya|ku)?|harusnya|seharusnya|sebenarnya|bukan|koreksi|keliru|wrong|i meant|sorry)\b/i;

/**
 * A production cost said with no period ("kulit 4jt") is read per unit unless that makes the materials and
 * wages of the quantity said this many times the overhead: "kulit 4jt, upah 2jt, sewa 1jt, 40 tas sebulan"
 * is 240 × the rent read per bag, so it is the month's; "kulit 150rb, jahit 50rb, 40 tas sebulan, listrik
 * dan sewa 1,2 juta" is 6.7 × and stays per bag (and says so, so that the artisan can correct it).
 */
export const BATCH_AFTER =
  /^\s*(sekali produksi|per produksi|satu kali produksi|sekali masak|per masak|sekali goreng|per adonan|satu adonan|per batch|a batch|each batch)\b/i;
export const PER_UNIT_IMPLAUSIBLE = 20;

/** "hpp kain tenun sy 625rb": an HPP word followed only by the product's name, no question, right before it. */
/** A phrase that pays people ("bayar 1 org yg bantu"), not one that only names a tool ("mesin jahit"). */
const PAYS_PEOPLE = /\b(bayar|gaji|upah|honor|org|orang|pekerja|karyawan|tukang|pegawai|buruh)\b/i;

const PERIOD_WORD = /\b(bulan|sebulan|minggu|seminggu|tahun|setahun|periode|month|week|year|period)\b/;
/** "hpp per pcs brp?", "harga pokok tiap botol": an HPP of one unit asked, so costs without a basis are a batch's. */
const HPP_PER_UNIT_ASKED =
  /\b(hpp\w*|harga pokok|modal)\s+(?:[\p{L}]+\s+){0,2}?(per|tiap|setiap|satuan|each)\b/u;
const PER_UNIT_WORDS =
  /\b(per|tiap|setiap|each)\s*(unit|pcs|buah|biji|bungkus|tas|lembar|potong|toples|botol|kotak|piece|item|pack|bag)\b|\bsatuan\b/;
/** "untung total", "totalnya brp", "the total for the order": the whole order's amount is asked. */
const ORDER_TOTAL =
  /\b(untung|laba|harga|bayar|uang)\w*\s+(?:[a-z]+\s+){0,2}?(total|semua\w*|seluruh\w*)\b|\btotal\w*\s+(untung|laba|harga|bayar|uang|pesanan|order)\w*\b|\b(the )?total (for|of) (the|my|this) (order|purchase)\b|\bin total\b/;
/** "untung per pasang dan per bulan brp": the profit word and what follows it in its sentence. */
const PROFIT_PHRASE = /\b(untung|laba|keuntungan|profit)\w*\b[^.?!]{0,40}/;
/** "untung per pasang dan per bulan": a month asked beside the unit. */
const PER_MONTH_ASKED = /\b(per ?bulan|sebulan|tiap bulan|setiap bulan|per month|a month|monthly)\b/;
/** "per biji", "tiap sarung", "per pasang": one of anything counted as a product (UNIT_NOUNS). */
const PER_UNIT_ASKED = {
  test: (text: string) =>
    PER_UNIT_WORDS.test(text) ||
    [...text.matchAll(/\b(?:per|tiap|setiap|each)\s+([a-z]+)/g)].some((m) => UNIT_NOUNS.test(m[1]!)),
};

const INCLUDED = /\b((sudah|udah|dah|sdh|sdah)\s*(ter)?masuk|termasuk|included|already in)\b/i;
const OUTSIDE =
  /\b(di ?luar|belum (ter)?masuk|blm (ter)?masuk|ga(k)? (ter)?masuk|tidak (ter)?masuk|on top|outside|separate)\b/i;

const HPP_OF =
  /\b(hpp\w*|harga pokok)\b(?:\s+(?!berapa|brp|brapa|kalau|kalo|klo|jika|bila|dan|sama)[a-z]+){0,4}\s*$/i;
/**
 * "modal sepatu kulit sy 220rb per pasang": "modal" followed by the product made (a noun that counts products,
 * not one that is also a material, as "kain" or "toples" are) is the product's cost per unit, the HPP;
 * "modal kulit 2jt" stays the leather.
 */
const MODAL_OF = /\bmodal(nya)?\b((?:\s+[a-z]+){1,4})\s*$/i;
/** "modal per toples 30rb": the cost of one unit, whatever the unit's name is also the name of. */
const MODAL_PER = /\bmodal(nya)?\s*(per|tiap|setiap|\/)\s*-?\s*[a-z]+\s*$/i;
const modalOfProduct = (phrase: string) => {
  const words = MODAL_OF.exec(phrase)?.[2]?.trim().toLowerCase().split(/\s+/) ?? [];
  // "modal bahan per bungkus 7rb": the words after "per" say the unit, not what the money bought
  const stop = words.findIndex((w) => /^(per|tiap|setiap)$/.test(w));
  const named = stop < 0 ? words : words.slice(0, stop);
  return named.some((w) => UNIT_NOUNS.test(w) && !labelsIn(w).some((h) => h.label === 'materials'));
};

const PER_HEAD =
  /^\s*(?:per|\/|tiap|setiap|masing-masing|each)\s*-?\s*(?:orang|org|pekerja|penjahit|karyawan|tukang|person|worker)\b/i;

/**
 * Words that report what a sum came to ("ketemu", "hasilnya", "jatuhnya", "dapet"): they never name what an
 * amount is for. "sy udh ngitung hpp brownies sy, ketemu 12rb" is the HPP named earlier in the sentence.
 */
const RESULT_ONLY =
  /^(?:(?:ketemu|ketemunya|dapet|dapat|dapetnya|dapatnya|hasil|hasilnya|jatuh|jatuhnya|kena|kenanya|keluar|keluarnya|hitungan|hitungannya|itungan|itungannya|itung|angka|angkanya|nominal|nominalnya|totalan|came|comes|come|out|to|at|around|about|it|its|it's)\s*)+$/;

/**
 * Someone else's selling price: a person or shop that sells ("temen sy jual", "pesaing", "my competitor
 * sells at"), or the market's price when the artisan is not the one selling ("di pasar dijual", "harga
 * pasaran"; "sy jual di pasar 25rb" is the artisan's own).
 */
const MARKET_SELLER =
  /\b(temen|teman|tmn|kawan|orang lain|org lain|orang-orang|org-org|pesaing|saingan|kompetitor|competitors?|tetangga|toko (lain|sebelah)|yang lain|yg lain|others|other (sellers?|shops?|makers?|people|brands?)|everyone else)\b|\b(orang|org)\s+(pada\s+|banyak\s+|biasa\s+)?(jual|jualan|menjual|sell)\b|\b(banyak|bnyk|byk|ada|pada)\s+(yang|yg)\s+(jual|jualan|menjual|dijual)\b|\bother (sellers?|shops?) (sell|charge)\b/i;
/** Where a price is seen ("di pasar dijual", "harga pasaran"): someone else's unless the artisan sells there. */
const MARKET_PLACE = /\b(pasar|pasaran|umumnya|rata-rata|market|marketplace|average)\b/i;
/** An active selling verb ("jual di pasar 25rb", "sy jual di marketplace"): the artisan's own price. */
const SELLS_THERE = /\b(jual|menjual|ngejual|jualan|sell|charge)\b/i;
const SELLING = /\b(jual\w*|dijual|harga\w*|sell\w*|price\w*|charge\w*)\b/i;
const isMarketPrice = (before: string) =>
  MARKET_SELLER.test(before) || (MARKET_PLACE.test(before) && !SELLS_THERE.test(before));

/**
 * A target kept after a channel's cut: "tetap/masih dapat untung ...", "untung ... dari reseller", "setelah
 * diskon", "still make ... after the discount". Read in standard spelling ("tetep dpt" is "tetap dapat").
 */
const AFTER_CUT =
  /\b(tetap|masih|still)\b[^.?!]{0,20}?\b(untung|dapat|terima|menerima|profit|make|earn|keep)\b|\b(dari|from)\s+(reseller|agen|toko)\b|\b(setelah|sesudah|after)\s+(the\s+)?(diskon|potongan|komisi|discount|cut|fee|reseller|shop|store|marketplace)\b/;

/** A shop that sells on the artisan's behalf for a share, and the marketplaces that charge a fee. */
const SHOP =
  /\b(toko|konsinyasi|(di)?titip\w*|koperasi|galeri|gerai|warung|minimarket|outlet|kios|shop|store|consign\w*)\b/i;
const MARKETPLACE =
  /\b(marketplace|shopee|tokopedia|lazada|tiktok|bukalapak|blibli|online shop|e-?commerce)\b/i;

/** "30k profit", "5rb untung": the profit word right after an amount names it. */
const PROFIT_AFTER = /^\s*(?:(?:extra|more|additional|net|clean)\s+)?(profit|untung|keuntungan|laba)\b/i;

/**
 * What an amount whose name is a cut or a profit is ("potongan 10rb", "diskon 5rb", "untung 30rb per pcs"):
 * a cut from each unit's price (taken by a reseller when one is named) or the profit wanted per unit.
 * A profit amount counts only said per unit or in a message asking for a price.
 */
function shareOf(phrase: string, text: string, after: string): LabelHit | undefined {
  // "keep 5k profit per piece": the profit word may follow the amount
  const profitAfter = PROFIT_AFTER.exec(after);
  const hit = profitAfter
    ? { label: 'markup' as const, at: 0, end: 0, words: profitAfter[1]! }
    : nearestLabel(phrase, '');
  if (!hit) return undefined;
  const word = hit.words.trim().toLowerCase();
  // "harga setelah diskon 40rb" is a price, not a cut of 40rb
  if (CUT_NOUN.test(word) && !/\b(setelah|sesudah|stlh|after)\b/i.test(phrase))
    return {
      ...hit,
      label: RESELLER_WORD.test(text) ? 'reseller' : hit.label === 'discount' ? 'discount' : 'fee',
    };
  // "margin per pcs 12rb": a margin said in rupiah is the profit on one unit, as "untung" is
  if (
    (hit.label === 'markup' || hit.label === 'margin') &&
    /^(untung|keuntungan|laba|profit|bersih|margin)(nya)?$/.test(word)
  ) {
    const rest = after.replace(PROFIT_AFTER, '');
    // "per bungkus untung 2.500" says the unit first; "untung sebulan 5jt" beside a payback asked is the
    // profit a period earns the capital back with
    const said = basisNear(rest, phrase) ?? periodSaid(`${phrase} ${rest}`);
    return basisNear(rest, '') === 'unit' ||
      unitSaidBefore(phrase) ||
      soldByMeasureBefore(phrase, text) ||
      PRICE_ASKED.test(text.toLowerCase()) ||
      (said !== undefined && asksPayback(text))
      ? { ...hit, label: 'markup' }
      : undefined;
  }
  return undefined;
}

/**
 * A period said anywhere in a clause ("tiap bulan nambah untung 750rb", "adds 2 million profit a month"): the
 * period a profit is earned in, for a payback.
 */
export function periodSaid(clause: string): 'month' | 'week' | 'day' | undefined {
  const c = clause.toLowerCase();
  if (
    /\b(sebulan|(per|tiap|setiap|\/)\s*(bulan|bln)|bulanan|a month|per month|monthly|each month|every month)\b/.test(
      c,
    )
  )
    return 'month';
  if (
    /\b(seminggu|(per|tiap|setiap|\/)\s*(minggu|mgg)|mingguan|a week|per week|weekly|each week|every week)\b/.test(
      c,
    )
  )
    return 'week';
  if (/\b(sehari|(per|tiap|setiap|\/)\s*hari|harian|a day|per day|daily|each day|every day)\b/.test(c))
    return 'day';
  return undefined;
}

/**
 * "per bungkus kerupuk untung 2.500", "modal per lembar: kain 40rb": the unit said a few words before an
 * amount, with nothing between that asks or joins another clause, is the unit the amount is for.
 */
const NOT_A_NAME =
  '(?!(?:berapa|brp|brapa|kalau|kalo|klo|kl|jika|bila|dan|sama|sm|terus|trus|lalu|and|if|how|what)\\b)';
const UNIT_BEFORE = new RegExp(
  `\\b(?:per|tiap|setiap|each|\\/)\\s*-?\\s*([a-z]+)(?:nya)?((?:[\\s:]+${NOT_A_NAME}[a-z&]+){0,3})[\\s:]*$`,
  'i',
);
/**
 * "sebulan jual 200 kg ... untung bersih per kg 15rb": a measure the message sells by ("jual 200 kg") is its unit,
 * said before a profit as any product word is (money.measure-sold).
 */
const soldByMeasureBefore = (phrase: string, text: string) => {
  const unit = /\b(?:per|tiap|setiap|each|a)\s*-?\s*([a-z]+)\s*$/i.exec(phrase)?.[1]?.toLowerCase();
  return (
    unit !== undefined &&
    new RegExp(
      `\\b(terjual|laku|sold|sell|jual|menjual)\\b[^.?!,]{0,12}?\\d[\\d.,]*\\s*${unit}\\b`,
      'i',
    ).test(text)
  );
};

export const unitSaidBefore = (phrase: string) => {
  const m = UNIT_BEFORE.exec(phrase);
  return m !== null && UNIT_NOUNS.test(m[1]!.toLowerCase());
};

/**
 * "modal per lembar: kain 40rb, pewarna 15rb, upah 30rb", "biaya per botol gula 3rb, tutup 1rb": a list of
 * costs opened by the unit they are for runs to the end of its sentence; each cost in it is per unit.
 */
const UNIT_LIST = new RegExp(
  `(\\b(?:modal|biaya|ongkos|hpp|costs?)(?:nya)?\\s+)?\\b(?:per|tiap|setiap|each)\\s*-?\\s*([a-z]+)(?:nya)?\\s*(:)?\\s*(?=${NOT_A_NAME}[a-z])`,
  'gi',
);
function unitLists(text: string): { start: number; end: number }[] {
  const lists: { start: number; end: number }[] = [];
  for (const m of text.matchAll(UNIT_LIST)) {
    if (!(m[1] || m[3]) || !UNIT_NOUNS.test(m[2]!.toLowerCase())) continue;
    const start = m.index! + m[0].length;
    const stop = /[?!\n]|\.(?=\s|$)/.exec(text.slice(start));
    const end = stop ? start + stop.index : text.length;
    // "Berapa HPP per bungkus jika satu kali produksi menghasilkan 100 bungkus dengan biaya bahan 150rb ...":
    // the unit asked about, not a list of costs per unit, when the sentence counts that unit itself
    const noun = m[2]!.toLowerCase().replace(/nya$/, '');
    if (new RegExp(`\\d\\s*${noun}\\b`, 'i').test(text.slice(start, end))) continue;
    lists.push({ start, end });
  }
  return lists;
}
/** Words that say money went into making something ("modal bikin", "habis", "biayanya", "cost"). */
const MAKING_COST =
  /\b(?:modal(?:nya)?|biaya(?:nya)?|ongkos(?:nya)?|habis|keluar|butuh|cost|costs|spent|spend)\b/i;
/**
 * "Modal bikin 60 tas: bahan ...", "bikin 60 tas habis bahan 1,8jt", "to make 60 bags I spent": a count made,
 * with a word of spending just before its verb or between it and the first cost (or a colon that opens the
 * list), introduces the costs of that quantity.
 */
function costsOfMaking(text: string, figures: Figure[], costs: Item[]): boolean {
  const first = Math.min(...costs.map((i) => text.indexOf(i.text)));
  return figures.some((f) => {
    if (
      f.kind !== 'count' ||
      f.start > first ||
      !MADE_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))
    )
      return false;
    const lead = text.slice(Math.max(0, f.start - 32), f.start);
    const between = text.slice(f.end, first);
    return MAKING_COST.test(lead) || MAKING_COST.test(between) || /:/.test(between);
  });
}
/** The costs a per-unit list holds (a price or a count in it keeps its own reading). */
const UNIT_LIST_LABELS: Label[] = ['materials', 'variable', 'labour', 'overhead'];

/** A purchase made once ("mau beli oven", "buying a kiln"). */
const BUYS = /\b(beli|membeli|dibeli|belanja|buy|buying|bought|purchase\w*)\b/i;

/** Money paid out once, the verb right before the amount ("spent 12 million on", "keluar 5jt buat"). */
const SPENT =
  /\b(spent|spend|spending|invested|invest|paid|keluar|ngeluarin|mengeluarkan|habis|modalin)\s*(about|around|roughly|sekitar|kira-kira|rp\.?)?\s*$/i;

/** Money spent once to start ("modal awal", "investasi"), not a cost of every month. */
const START_UP =
  /\b(modal awal|modal usaha|modal pertama|investasi|initial (investment|capital)|start-?up (capital|costs?))\b/i;
/** Words right after an amount that point back at one said before ("25 juta itu", "that 12 million"). */
const POINTS_BACK = /^\s*(itu|tadi|tsb|tersebut|td|that|this)\b/i;

/** A monthly figure for upkeep or depreciation of a machine is overhead, not the machine's price. */
const UPKEEP = /\b(penyusutan|susut|perawatan|servis|service|maintenance|depreciation|upkeep)\b/i;

/** "sold 40 baskets at 90k": the word right before a sale's amount. */
const SOLD_AT = /\bat\s*$/i;

/** Where the sentence holding `at` starts: after the last ?, ! or line break, or a full stop before a space. */
const startOfSentence = (text: string, at: number) =>
  Math.max(0, ...[...text.slice(0, at).matchAll(/[?!\n]|\.(?=\s)/g)].map((m) => m.index! + 1));

/** "satu kemeja butuh", "per pasang pakai", "each scarf uses": one unit, then a word of using up. */
const ONE_PRODUCT = String.raw`\b(?:satu|1|se|per|tiap|setiap|each|one)\s*-?\s*([a-z]+)\s+`;
const USES = String.raw`(?:butuh\w*|perlu\w*|pakai|makan|menghabiskan|memakai|needs?|uses?|takes?)`;
const USES_FOR_ONE = new RegExp(String.raw`${ONE_PRODUCT}(?:[a-z]+\s+)?(?:${USES}|habis)\s*$`, 'i');

/**
 * "1 rol kain 90 meter harga Rp 2.700.000, satu kemeja butuh 1,5 meter": a material bought by a measure and
 * used by a measure of the same unit for each product costs each product its price ÷ the measure bought ×
 * the measure used (money.measure-used).
 */
function usedPerUnit(text: string, figures: Figure[], facts: MoneyFacts, figureOf: Map<Item, Figure>): void {
  const measures = figures.filter((f) => f.kind === 'measure' && f.noun);
  for (const used of measures) {
    const uses = USES_FOR_ONE.exec(text.slice(Math.max(0, used.start - 40), used.start));
    if (!uses || !UNIT_NOUNS.test(uses[1]!.toLowerCase())) continue;
    const bought = measures.find((b) => b !== used && sameUnit(b.noun!, used.noun!) && b.value > used.value);
    if (!bought) continue;
    // the price of what was bought is said right after it, or right before it
    const item = facts.items.find((i) => {
      const f = figureOf.get(i);
      return (
        f !== undefined &&
        i.basis !== 'unit' &&
        ((f.start >= bought.end && f.start - bought.end <= 30) ||
          (f.end <= bought.start && bought.start - f.end <= 6))
      );
    });
    if (!item) continue;
    const material =
      labelsIn(text.slice(Math.max(0, bought.start - 40), bought.start))
        .filter((h) => h.label === 'materials')
        .at(-1)?.words ?? 'bahan';
    const perUnit = Math.round((item.amount * used.value) / bought.value);
    const n = (v: number) => String(v).replace('.', ',');
    item.words = `${material} (${rupiah(frac(item.amount))} ÷ ${n(bought.value)} ${bought.noun} × ${n(used.value)} ${used.noun})`;
    item.label = 'materials';
    item.amount = perUnit;
    item.basis = 'unit';
    delete item.unlisted;
    facts.noun ??= uses[1]!.toLowerCase();
  }
}

/** "satu lembar jadi 13 dompet", "1 adonan ... jadi 32 bungkus": what one container of material makes. */
const YIELD_OF_ONE =
  /\b(?:satu|1|se)\s*(lembar|adonan|kg|kilo|karung|rol|roll|gulung|loyang|batch|resep|panci|wajan|ikat|bal|pak|sak|kaleng|hide|sheet)\b(?:[^.?!]|\.(?=\d)){0,90}?\b(?:jadi|jadinya|menghasilkan|dapat|dapet|makes?|yields?)\s+(\d+)\s+([a-z]+)/gi;

/**
 * "kulit sapi Rp 520.000 per lembar, satu lembar jadi 13 dompet", "satu adonan habis Rp 64.000 dan jadi 32
 * bungkus": a cost said for one container of material, where one container makes so many products, is that
 * cost ÷ the products for each product (money.yield-of-one).
 */
function perProductFromYield(text: string, facts: MoneyFacts, figureOf: Map<Item, Figure>): void {
  for (const m of text.matchAll(YIELD_OF_ONE)) {
    const container = m[1]!.toLowerCase();
    const count = Number(m[2]);
    const product = m[3]!.toLowerCase();
    if (!(count > 1) || !UNIT_NOUNS.test(product) || product === container) continue;
    // the reader took the yield as what a batch makes: its batch working stands
    if (facts.units?.value === count) continue;
    const sentenceStart = startOfSentence(text, m.index);
    const item = facts.items.find((i) => {
      const f = figureOf.get(i);
      if (!f || f.start < sentenceStart || f.start > m.index! + m[0].length) return false;
      const said = text.slice(f.end, f.end + 16).toLowerCase();
      return (
        new RegExp(`^\\s*(per|/|se)\\s*${container}\\b`).test(said) ||
        new RegExp(`\\b${container}\\b`).test(i.words.toLowerCase()) ||
        // "satu adonan ... habis Rp 64.000 dan jadi 32 bungkus": said between the container and what it makes
        f.start > m.index!
      );
    });
    if (!item || item.amount % 1 !== 0) continue;
    const each = Math.round(item.amount / count);
    item.words = `${item.words} (${rupiah(frac(item.amount))} ÷ ${count} ${product})`;
    item.amount = each;
    item.basis = 'unit';
    if (item.label === 'cost') item.label = 'materials';
    facts.noun ??= product;
    // the batch was only what the product is made from: with its cost spread over the products, the counts
    // said are products, not batches
    if (facts.frame === 'batch' && !facts.items.some((i) => i.basis === 'batch')) delete facts.frame;
  }
}

/** "1 dompet butuh kulit ", "each bag uses leather ": one product, a word of using up, then what it uses. */
const USED_BY_ONE = new RegExp(String.raw`${ONE_PRODUCT}${USES}\s+(?:[a-z]+\s+){0,3}$`, 'i');

/** "Per dompet butuh benang Rp 5.000, kotak Rp 3.500": a sentence that opens with "per <product>" says each amount's basis. */
function basisOfSentence(text: string, facts: MoneyFacts, figureOf: Map<Item, Figure>): void {
  for (const item of facts.items) {
    if (item.basis) continue;
    const f = figureOf.get(item);
    if (!f) continue;
    const start = startOfSentence(text, f.start);
    const opens = /^\s*(?:per|tiap|setiap|each)\s+([a-z]+)/i.exec(text.slice(start, f.start));
    if (opens && UNIT_NOUNS.test(opens[1]!.toLowerCase())) item.basis = 'unit';
    // "1 dompet butuh kulit 3 feet, per feet Rp18.000": what one product uses is that product's
    const uses = USED_BY_ONE.exec(text.slice(Math.max(start, f.start - 48), f.start));
    if (uses && UNIT_NOUNS.test(uses[1]!.toLowerCase())) item.basis = 'unit';
  }
}

/** Costs of one unit that a bare small number may be, in rupiah as written, beside that unit's price. */
const SMALL_COSTS: Label[] = ['hpp', 'cost', 'materials', 'variable', 'labour'];

/**
 * "modal 600 per biji, jual 1.000": a bare small number asked about (Rp 600 or 600rb?) is rupiah as written
 * when the message prices one unit above it and its thousands reading would cost more than ten times that
 * price: nobody makes for 600rb what they sell for 1.000.
 */
function smallCostsBesidePrice(facts: MoneyFacts): void {
  const price = facts.items.find(
    (i) => (i.label === 'price' || i.label === 'retail') && !i.market && i.basis !== 'month',
  );
  if (!price) return;
  facts.ambiguous = facts.ambiguous.filter((a) => {
    const [thousands, asWritten] = a.candidates;
    const small =
      a.label !== undefined &&
      SMALL_COSTS.includes(a.label) &&
      a.candidates.length === 2 &&
      thousands === asWritten! * 1000 &&
      asWritten! < price.amount &&
      thousands! > price.amount * 10;
    if (!small) return true;
    facts.items.push({
      label: a.label!,
      words: a.words ?? '',
      amount: asWritten!,
      text: a.text,
      basis: 'unit',
    });
    return false;
  });
}

/** Words that sum up a list said before them ("totalnya", "semuanya"), unlike "total biaya", all costs. */
const SUM_WORD = /^(total(nya)?|semua(nya)?|jumlah(nya)?|in total|all together|altogether)$/i;
/** The sum word that closes a list ("gula, tepung, gas semuanya", "flour, sugar and gas come to"). */
const SUM_AT_END =
  /[\s,]*\b(total(nya)?|semua(nya)?|jumlah(nya)?|in total|all together|altogether|comes? to|came to)\s*$/i;
/** The kinds of cost a list of costs may be headed by ("biaya tetap: ...", "bahan baku kain, benang ..."). */
const TOTAL_HEADS: Label[] = ['fixed', 'variable', 'opcost', 'materials', 'labour', 'overhead'];
/** Kinds that name a whole category of costs when they head a list, whatever else it names. */
const CATEGORY_HEADS: Label[] = ['fixed', 'variable', 'opcost'];
/** The first label of these kinds in a piece of text: the head of a list. */
const firstLabel = (part: string, kinds: Label[]) =>
  labelsIn(part)
    .filter((h) => kinds.includes(h.label))
    .sort((a, b) => a.at - b.at || b.end - a.end)[0];

/** The last phrase of the words before an amount ("hpp kerupuk: tapioka " -> " tapioka "). */
const lastPhrase = (text: string) => text.split(/[:()]|\.\s/).at(-1) ?? '';

/**
 * Informal reduplication ("rata2", "kira2", "hitung2an", "kira2nya") would otherwise read as the figure 2.
 * A currency glued to an amount ("Rp2.400.000", "Rp2 juta") is no reduplication: its 2 is the amount's
 * first digit, and neither is a 2 that more digits follow ("Rp2.400.000" again, "abc2,5").
 */
export const normalise = (text: string) =>
  text.replace(/\b([a-z]{2,})2(an|nya|lah|kan)?\b(?![.,]\d)/gi, (whole, word: string, suffix = '') =>
    CURRENCY.test(word.toLowerCase()) ? whole : `${word}-${word}${suffix}`,
  );

const boundaries = (text: string) => [
  -1,
  ...[...text.matchAll(/[;?!\n]|,(?!\d)|\.(?=\s|$)/g)].map((m) => m.index!),
  text.length,
];

const ZERO =
  /\b([a-z ]{0,30}?)\s*(?:nya)?\s*(?:gak|ga|nggak|ngga|tidak|tak|enggak|gk|g)\s+ada\b|\b(?:tidak|tak|gak|ga|nggak|no|tanpa|without)\s+(?:ada\s+)?([a-z ]{2,30})/gi;

/** "100 bungkus per minggu", "seminggu bikin 100 bungkus": an output counted by the week. */
const weeklyCount = (text: string, f: Figure) =>
  /^\s*(seminggu|per ?minggu|tiap minggu|setiap minggu|\/ ?minggu|a week|per week|weekly)\b/i.test(
    text.slice(f.end, f.end + 16),
  ) ||
  /\b(seminggu|per ?minggu|tiap minggu|setiap minggu|a week|per week|weekly)\s*(bisa\s*)?(bikin|buat|produksi|jadi|dapat|dapet|sekitar|kira-kira|laku|terjual|jual|jualan)?\s*$/i.test(
    text.slice(Math.max(0, f.start - 28), f.start),
  );

/** "sehari laku 80 bungkus", "80 bungkus per hari": a count of one day. */
const dailyCount = (text: string, f: Figure) =>
  /^\s*(sehari|per ?hari|tiap hari|setiap hari|\/ ?hari|a day|per day|daily|each day)\b/i.test(
    text.slice(f.end, f.end + 16),
  ) ||
  /\b(sehari|per ?hari|tiap hari|setiap hari|a day|per day|daily|each day)\s*(bisa\s*)?(bikin|buat|produksi|jadi|dapat|dapet|sekitar|kira-kira|laku|terjual|kejual|habis|jual|jualan|sell|sold)?\s*$/i.test(
    text.slice(Math.max(0, f.start - 28), f.start),
  );

/** The period a count of sales was said for: a day's, a week's or a month's. */
function salesPer(text: string, f: Figure): Sales['per'] | undefined {
  if (dailyCount(text, f)) return 'day';
  if (weeklyCount(text, f)) return 'week';
  const month =
    /^\s*(sebulan|per ?bulan|tiap bulan|setiap bulan|\/ ?bulan|a month|per month|monthly|each month)\b/i;
  // "sebulan biasanya saya jual 20 meja", "each month we usually sell 40": a few plain words may sit between
  const monthBefore =
    /\b(sebulan|per ?bulan|tiap bulan|setiap bulan|a month|per month|monthly|each month)(?:\s+[a-z-]+){0,4}?\s*(laku|terjual|kejual|habis|jual|sell|sold)?\s*(sekitar|sktr|kira-kira|kira2|kurang lebih|rata-rata|rata2|about|around|roughly)?\s*$/i;
  if (
    month.test(text.slice(f.end, f.end + 16)) ||
    monthBefore.test(text.slice(Math.max(0, f.start - 28), f.start))
  )
    return 'month';
  return undefined;
}

/** "jual dompet kulit ", "sy jual tas rotan ": a selling word, then the product (a noun that counts products). */
const SELL_THEN =
  /\b(jual|dijual|menjual|jualan|harga jual\w*|harga|sell|sells|selling)\b((?:\s+[a-z]+){1,4})\s*$/i;
const sellsProduct = (phrase: string) => {
  const words = SELL_THEN.exec(phrase)?.[2]?.trim().toLowerCase().split(/\s+/) ?? [];
  return words.some((w) => UNIT_NOUNS.test(w) && !labelsIn(w).some((h) => h.label === 'materials'));
};

/** "1 kodi ", "satu pcs ", "sebiji ": one unit or pack, right before an amount. */
const ONE_OF = /(?:^|[\s,;:])(?:1|satu|se)\s*-?\s*([a-z]+)\s*(?:=|:|-)?\s*$/i;

/** Words of selling before a count ("laku", "terjual", "jualan", "sold"): the count is of sales. */
const SALE_WORD = /\b(laku|terjual|kejual|jual\w*|dijual|menjual|sold|sell\w*)\b/i;
/** A count of products (not of people or of kilos) in a clause that sells: "laku 200 bungkus @10rb". */
const sale = (noun: string | undefined, before: string) =>
  noun !== undefined && UNIT_NOUNS.test(noun.split(' ')[0]!.toLowerCase()) && SALE_WORD.test(before);

/** A month said of an output: "sebulan", "per bulan", and one month named ("bulan ini", "last month"). */
const A_MONTH =
  'sebulan|per ?bulan|tiap bulan|a month|per month|bulan (ini|lalu|kemarin|kmrn)|this month|last month';
const MONTH_AFTER = new RegExp(`^\\s*(${A_MONTH}|\\/ ?bulan)\\b`, 'i');
const MONTH_BEFORE = new RegExp(
  `\\b(${A_MONTH})\\s*(kami\\s+|saya\\s+|sy\\s+|we\\s+)?(bikin|buat|produksi|jadi|dapat|dapet|sekitar|kira-kira|made|make|produced)?\\s*$`,
  'i',
);

/**
 * "20 kursi sebulan", "sebulan 200 bungkus": an output counted by the month; "bulan ini jadi 50 tas", "50 tas
 * bulan lalu": the output of one month said is a month's count too.
 */
const monthlyCount = (text: string, f: Figure) =>
  MONTH_AFTER.test(text.slice(f.end, f.end + 16)) ||
  MONTH_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start));

const LEAD =
  /^(?:\s|[,:;+]|\b(?:kalau|kalo|klo|jika|bila|if|dan|sama|sm|terus|trus|lalu|and|plus|untuk|utk|buat|hitung|hpp|dong|ya|is|are|my|the|our|we|i)\b)+/i;
const TRAIL =
  /(?:\s|[,:;=]|\b(?:nya|adalah|sebesar|senilai|is|are|was|were|itu|per|tiap|setiap|se|sebulan|bulan|tas|unit|kurang lebih|kira-kira|sekitar|kisaran|about|around|roughly|cost|costs|come to|comes to|came to|at|for|of|total|totalnya)\b|-nya)+$/i;

/** The artisan's own words for a figure ("listrik dan sewa"), else just the label word that matched. */
function wordsFor(near: string, hit: LabelHit): string {
  const label = hit.words;
  const first = labelsIn(near)
    .filter((h) => h.label === hit.label)
    .sort((a, b) => a.at - b.at)[0];
  const words = near
    .slice(first?.at ?? 0)
    .replace(LEAD, '')
    .replace(TRAIL, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 0 && words.length <= 32 && words.toLowerCase().includes(label.toLowerCase().trim())
    ? words
    : label.trim();
}

export const asksDepreciation = (text: string) => SUSUT.some((re) => re.test(text.toLowerCase()));

export function detectIntent(
  text: string,
  facts: Pick<MoneyFacts, 'items' | 'percents'> &
    Partial<
      Pick<MoneyFacts, 'frame' | 'unitsSold' | 'units' | 'sales' | 'soldAsMade' | 'asksReceived' | 'batches'>
    >,
): Intent | undefined {
  const q = text.toLowerCase();
  const standard = standardSpelling(q);
  // "... masukkan ke HPP": depreciation asked for wins over the HPP it is meant for
  if (facts.items.some((i) => i.label === 'machine') && SUSUT.some((re) => re.test(q))) return 'susut';
  // "untung bersih" of a period; "mau untung bersih 30%" is a markup, "untung bersih brp per bungkus" a price check
  const target = facts.percents.some((p) => p.label === 'markup' || p.label === 'margin');
  const period =
    facts.unitsSold !== undefined ||
    facts.units?.sold === true ||
    facts.items.some((i) => i.label === 'revenue') ||
    PERIOD_WORD.test(q);
  // "omzet sebulan 12jt, belanja bahan 7jt, gaji 3jt, sewa 1jt. untung?", "pemasukan 8jt, ... rugi ga?": the
  // sales of a period with its costs, and a word of profit or loss, ask the period's profit
  if (
    facts.items.some((i) => i.label === 'revenue') &&
    facts.items.some(
      (i) => !['revenue', 'price', 'retail', 'markup', 'margin', 'capital'].includes(i.label),
    ) &&
    PROFIT_OR_LOSS.test(q) &&
    !asksPayback(q) &&
    !IMPAS.test(q) &&
    !target
  )
    return 'laba';
  // "modal awal 10jt, untung bersih sebulan 1,2jt. kapan balik modal?": the capital earned back by a period's
  // profit is a payback, whatever the profit is called
  if (asksPayback(q) && facts.items.some((i) => ['capital', 'machine'].includes(i.label))) return 'impas';
  const laba = LABA.exec(q);
  // the per-unit words must be in the asking part: "hpp 90rb per lembar, laba bersih brp?" is still the period's
  const onlyPerUnit = (from: string) => PER_UNIT_ASKED.test(from) && !PER_MONTH_ASKED.test(from);
  if (laba && !target && !onlyPerUnit(q.slice(laba.index)) && period) return 'laba';
  // "klo sebulan laku 300 bungkus, total untungnya brp?": the profit asked beside a count sold in a period is
  // the period's profit, not one unit's
  const asked = PROFIT_ASKED.exec(standard);
  if (asked && !target && facts.sales && !onlyPerUnit(standard.slice(asked.index))) return 'laba';
  // "sehari laku 25 porsi ... untung sebulan?": a profit asked for a period, beside the sales of a period;
  // "sebulan produksi 8 kali ... untung sebulan?": or beside how many batches make that period
  if (
    !target &&
    (facts.sales || facts.unitsSold !== undefined || (facts.batches && !facts.batches.days)) &&
    (PROFIT_OF_PERIOD.test(standard) || (facts.soldAsMade && PROFIT_OR_LOSS.test(q)))
  )
    return 'laba';
  // "modal 2jt, bahan per botol 6rb, bisa produksi brp botol?": the cost of one unit, then what the capital buys
  if (facts.items.some((i) => i.label === 'capital') && asksUnitsFromCapital(q)) return 'hpp';
  if (IMPAS.test(q) || asksBreakEven(q) || asksPayback(q)) return 'impas';
  // "harga 80rb, admin 10%": what the marketplace leaves of a price, when no cost is given to price from
  const costGiven = facts.items.some((i) =>
    ['hpp', 'cost', 'materials', 'labour', 'overhead'].includes(i.label),
  );
  const fee = facts.percents.some((p) => p.label === 'fee');
  const markup = facts.percents.some((p) => p.label === 'markup' || p.label === 'margin');
  // "klo potongan admin nya 8% sm layanan 2%, yg masuk ke sy jd brp?" after the price was said: the same
  if (
    !costGiven &&
    !markup &&
    (FEE_HOWTO.test(q) ||
      (fee && (facts.asksReceived || facts.items.some((i) => i.label === 'price' || i.label === 'retail'))))
  )
    return 'potongan';
  // "hpp nya 300rb, mau untung 30%": an HPP that is given is not an HPP that is asked for; a total for
  // the month ("totalnya 6jt sebulan") is not one per unit
  const hppGiven = facts.items.some(
    (i) =>
      (i.label === 'hpp' || i.label === 'cost') &&
      (i.basis === 'unit' || (!i.basis && (!facts.frame || facts.frame === 'unit'))),
  );
  // an HPP said alone and nothing asked ("sy udh ngitung hpp brownies, ketemu 12rb per box") is noted for the
  // price that is the next step; beside a question about something else, the documents answer
  const onlyHpp = facts.items.every((i) => i.label === 'hpp' || i.label === 'cost');
  if (hppGiven && !HARGA.test(q))
    return facts.percents.length > 0 ||
      facts.items.some((i) => i.label === 'price') ||
      (onlyHpp && !OTHER_QUESTION.test(q))
      ? 'harga'
      : undefined;
  const priceFigures =
    facts.items.some((i) => ['hpp', 'cost', 'price', 'retail'].includes(i.label)) ||
    facts.percents.length > 0;
  // "jual dompet 150rb, kulit 60rb, ... untung per dompet brp?", "untung per pcs?": the profit on one unit at
  // the price said is the price checked against its cost
  // A count sold in a month then spreads the month's costs over the units: "laku 120 dompet sebulan ... untung
  // bersih per biji brp?" asks one unit's profit, said per unit after the profit word.
  // "untung per pasang dan per bulan brp?": asked for the month too, the month's profit answers, with the unit's
  // beside it (asksPerUnit)
  const monthToo = (from: number) => PER_MONTH_ASKED.test(standard.slice(from));
  const perUnitAsked =
    (asked && PER_UNIT_ASKED.test(standard.slice(asked.index)) && !monthToo(asked.index)) ||
    (laba !== null && PER_UNIT_ASKED.test(q.slice(laba.index)) && !monthToo(laba.index));
  const profitWords = PROFIT_PHRASE.exec(standard)?.[0] ?? '';
  // "untung per tas dan per bulan brp?" beside a month's sales: the month's profit, each unit's beside it
  if (!target && facts.sales && PER_MONTH_ASKED.test(profitWords)) return 'laba';
  if (
    (asked || PROFIT_PER_UNIT.test(q) || earnedPerUnit(q) || perUnitAsked) &&
    !target &&
    facts.items.some((i) => i.label === 'price' || i.label === 'retail') &&
    ((facts.unitsSold === undefined && !facts.sales) || perUnitAsked)
  )
    return 'harga';
  // "kalo harga jualnya 22rb, brp botol?": a count of units asked is no price asked, whatever price it names
  if (!target && !facts.asksReceived && unitCountAsked(standard) && !PRICE_ASKED.test(q))
    return HPP.test(q) ? 'hpp' : undefined;
  if (HARGA.test(q) && (priceFigures || !HPP.test(q))) return 'harga';
  if (HPP.test(q)) return 'hpp';
  return undefined;
}

/** Reads one message into labelled figures; no calculator runs here and nothing is assumed. */
export function readMoneyFacts(raw: string, lang: Lang): MoneyFacts {
  const text = normalise(raw);
  // "sebulan saya jual 200 kg kopi ... untung per kg 15rb": a measure sold, in a message that prices that
  // measure, is the count of what is sold (money.measure-sold)
  const figures = scanFigures(text, lang).map((f) =>
    f.kind === 'measure' &&
    f.noun &&
    /\b(terjual|laku|sold|sell|jual|menjual)\b[^.?!,]{0,12}$/i.test(
      text.slice(Math.max(0, f.start - 30), f.start),
    ) &&
    new RegExp(`\\b(per|tiap|setiap|a)\\s*-?\\s*${f.noun}\\b|/\\s*${f.noun}\\b`, 'i').test(text)
      ? { ...f, kind: 'count' as const }
      : f,
  );
  const asides = asidesOf(text, figures);
  const inAside = (at: number) => asides.some((a) => at > a.start && at < a.end);
  const cuts = boundaries(text).filter((c) => !inAside(c));
  // the words outside an aside name an amount; the aside's own words only say what it covers
  const withoutAsides = (from: number, part: string) =>
    asides.reduce(
      (out, a) =>
        a.end <= from || a.start >= from + out.length
          ? out
          : out.slice(0, Math.max(0, a.start - from)) +
            ' '.repeat(Math.min(out.length, a.end - from) - Math.max(0, a.start - from)) +
            out.slice(Math.min(out.length, a.end - from)),
      part,
    );
  const clauseOf = (at: number) => {
    let start = 0;
    let end = text.length;
    for (const c of cuts) {
      if (c < at) start = c + 1;
      else {
        end = c;
        break;
      }
    }
    return { start, end };
  };
  const facts: MoneyFacts = { items: [], percents: [], ambiguous: [], zero: [], loose: [] };
  // where each item's amount was said, for the lists it sits in
  const figureOf = new Map<Item, Figure>();
  // the counts read as sales: what sells in a month is no quantity that costs are said for
  const soldCounts = new Set<Figure>();
  const batches = batchesOf(text);
  const lists = unitLists(text);
  if (batches)
    facts.batches = {
      perMonth: batches.perMonth,
      text: batches.text,
      ...(batches.days ? { days: true } : {}),
      ...(batches.perWeek ? { perWeek: batches.perWeek } : {}),
    };
  const asksSusut = asksDepreciation(text);
  // the message writes its amounts with their unit: one or more with a currency or a multiplier
  const writesUnits = figures.some((f) => f.kind === 'money');
  const firstMoney = figures.find((f) => f.kind === 'money' || f.kind === 'ambiguous')?.start ?? text.length;
  // "sebulan produksi 8 kali": a count of batches a month dates no cost, it says how many batches make a month
  const framePart = text
    .slice(0, firstMoney)
    .replace(/\d+\s*(tas|bungkus|toples|pcs|buah|unit)\s*(sebulan|per ?bulan)?/gi, ' ')
    .split('')
    .map((c, i) => (batches && i >= batches.start && i < batches.end ? ' ' : c))
    .join('');
  if (figures.some((f) => f.kind === 'money' || f.kind === 'ambiguous')) facts.frame = frameOf(framePart);
  const batchStory = frameOf(text) === 'batch';
  // "1 kali produksi", "1 batch": a one that names the batch, no figure of its own
  const namesOneBatch = (g: Figure) =>
    /^\s*(?:1|satu)\s*$/i.test(g.text) && ONE_BATCH_NAMED.test(text.slice(g.end, g.end + 20));
  for (let n = 0; n < figures.length; n++) {
    const f = figures[n]!;
    if (batches && f.start >= batches.start && f.end <= batches.end) continue;
    // "biaya bahan 1 kali produksi Rp750.000", "1x masak": one batch named, no figure of its own
    if (namesOneBatch(f)) continue;
    const clause = clauseOf(f.start);
    const previous = figures.slice(0, n).filter((g) => !inAside(g.start) && !namesOneBatch(g));
    const prevEnd = Math.max(clause.start, previous.at(-1)?.end ?? 0);
    const nextStart = Math.min(clause.end, figures[n + 1]?.start ?? text.length);
    // labels may sit before earlier figures of the same clause ("upah 2 orang 180rb"), never past a cut
    const blanked = (from: number, to: number) => {
      let part = text.slice(from, to);
      for (const g of figures) {
        if (g !== f && g.start >= from && g.end <= to)
          part = part.slice(0, g.start - from) + ' '.repeat(g.end - g.start) + part.slice(g.end - from);
      }
      return withoutAsides(from, part);
    };
    const before = blanked(clause.start, f.start);
    const after = text.slice(f.end, nextStart);
    const saidNear = text.slice(prevEnd, f.start);
    const near = withoutAsides(prevEnd, saidNear);
    if (f.kind === 'percent') {
      const hit = nearestLabel(before, after, (l) =>
        ['markup', 'margin', 'fee', 'reseller', 'discount', 'price', 'retail'].includes(l),
      );
      // "dr harga jual" is "dari harga jual": read in standard spelling
      const said = standardSpelling(after);
      // "dari harga modal", "of the cost price" are of the cost, not of the selling price
      const of = /^\s*(dari|of|on)\s+(the\s+)?(harga\s+(modal|pokok|beli|dasar)|cost price)/i.test(said)
        ? 'cost'
        : /^\s*(dari|of|on)\s+(the\s+)?(harga|price|selling|omzet|penjualan|sales)/i.test(said)
          ? 'price'
          : /^\s*(dari|of|on)\s+(the\s+)?(biaya|modal|hpp|cost|total)/i.test(said)
            ? 'cost'
            : undefined;
      // "a 40% margin": the word right after a percentage says what it is, before any word earlier on
      const named = /^\s*(margin|mark[- ]?up)\b/i.exec(after)?.[1]?.toLowerCase();
      // "toko minta 25% dr harga jual": a share someone takes of the price is a cut, not a markup
      const takes =
        !named &&
        TAKES_SHARE.test(before) &&
        !nearestLabel(before, '', (l) => l === 'markup' || l === 'margin');
      // "a 25% wholesale discount", "20% off", "diskon grosir": the words right after a percentage name a cut
      const cutAfter =
        /^\s*(?:(wholesale|reseller|grosir)\s+)?(discount|diskon|potongan|off)\b|^\s*(diskon|potongan)\s+(grosir|reseller)\b/i.exec(
          after,
        );
      const cut = cutAfter
        ? cutAfter[1] || cutAfter[4]
          ? 'reseller'
          : 'discount'
        : hit && ['fee', 'reseller', 'discount'].includes(hit.label)
          ? hit.label
          : takes
            ? 'fee'
            : undefined;
      const label = named
        ? named === 'margin'
          ? 'margin'
          : 'markup'
        : cut
          ? RESELLER_WORD.test(before)
            ? 'reseller'
            : cut
          : hit && !['price', 'retail'].includes(hit.label)
            ? hit.label
            : 'markup';
      const wanted = WANTED.test(standardSpelling(before.slice(-40)));
      facts.percents.push({
        label,
        bp: f.value,
        text: f.text,
        ...(of ? { of } : {}),
        ...(wanted ? { wanted } : {}),
      });
      continue;
    }
    // "1 kotak isi 15": how many pieces a pack holds, neither money nor the quantity made
    if (f.kind === 'bare' && PACK_SIZE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    // "1 lembar kain jadi 1 gamis": a ratio of what one piece yields, not a quantity made
    if (
      (f.kind === 'count' || f.kind === 'bare') &&
      f.value === 1 &&
      (/^\s*(?:[a-z]+\s+){0,2}(?:jadi|=|makes?)\s*1\b/i.test(text.slice(f.end, f.end + 30)) ||
        /\b1\s+(?:[a-z]+\s+){1,2}(?:jadi|=|makes?)\s*$/i.test(
          text.slice(Math.max(0, f.start - 30), f.start),
        ) ||
        // "materials for one lamp cost 120k", "bahan untuk 1 tas 80rb": one unit a cost is said for
        // "what does one pair cost me to make?", "the cost of one bag": the unit asked about, not a count
        /\b(?:for|untuk|utk|buat|does|do|did|of)\s*$/i.test(text.slice(Math.max(0, f.start - 8), f.start)) ||
        yieldsFromOne(text, figures, n, clauseOf))
    )
      continue;
    if (f.kind === 'count' || f.kind === 'bare') {
      const hit = nearestLabel(near, '', (l) => l === 'sold' || l === 'made');
      const sold =
        hit?.label === 'sold' ||
        /\b(terjual|laku|sold|sell|jual|menjual|ngejual)\s*$|\b(terjual|laku|sold)\b/i.test(near);
      const per = sold ? salesPer(text, f) : undefined;
      if (per) facts.sales = { count: f.value, per };
      if (sold) soldCounts.add(f);
      if (f.kind === 'count') {
        // "100 bungkus per minggu", "seminggu bikin 100 bungkus": the month's count is 4 weeks of it
        const weekly = weeklyCount(text, f);
        // "jadi 4 loyang, tiap loyang 20 potong": the pieces of each tray times the trays; asked per tray
        // ("hpp per loyang?"), the trays are the units made
        const each = sold ? null : EACH_HOLDS.exec(text.slice(Math.max(0, f.start - 60), f.start));
        const perTray = each !== null && askedPerContainer(text.slice(f.end), each[2]!);
        if (each && perTray) {
          facts.units = { value: Number(each[1]), noun: each[2]!.toLowerCase(), sold: false };
          facts.noun = each[2]!.toLowerCase();
          continue;
        }
        const trays = each ? Number(each[1]) : 1;
        const value = (weekly ? f.value * WEEKS_PER_MONTH : f.value) * trays;
        if (sold) facts.unitsSold = value;
        if (!sold || !facts.units)
          facts.units = {
            value,
            noun: f.noun,
            sold,
            ...(weekly ? { said: `${f.text} ${lang === 'en' ? 'a week' : 'seminggu'}` } : {}),
            ...(trays > 1 ? { each: `${each![1]} ${each![2]} × ${f.text}` } : {}),
          };
        // a kodi or a dozen is a pack of the product, not the product itself
        if (!(f.noun && f.noun in PACK_SIZES)) facts.noun ??= f.noun;
        continue;
      }
      if (hit) {
        if (sold) facts.unitsSold = f.value;
        else facts.units = { value: f.value };
        continue;
      }
    }
    if (f.kind === 'duration') {
      let machine = [...facts.items].reverse().find((i) => i.label === 'machine' && !i.lifespanMonths);
      // "oven 7,2jt kepake 3 tahun", "mobil box 120jt, dipake 10 tahun": whatever its name, an amount whose
      // lifespan is said is what an asset cost
      const lifespan = LIFESPAN.test(text.slice(Math.max(0, f.start - 40), f.start));
      if (!machine && (lifespan || asksSusut)) {
        // said with its lifespan, even a name that reads as something else ("etalase buat jualan") is an asset
        const kinds: Label[] = lifespan ? [...ASSET_LIKE, 'price', 'retail'] : ASSET_LIKE;
        machine = [...facts.items]
          .reverse()
          .find((i) => kinds.includes(i.label) && i.basis !== 'unit' && !i.lifespanMonths);
        if (machine) {
          if (machine.label === 'price' || machine.label === 'retail')
            machine.words = namePhrase(text.slice(0, text.indexOf(machine.text)));
          machine.label = 'machine';
        }
      }
      if (machine) machine.lifespanMonths = f.value;
      else facts.loose.push(f);
      continue;
    }
    if (f.kind === 'people' || f.kind === 'measure' || f.kind === 'days') continue;
    // "seminggu laku 200 bungkus @10rb", "jualan bulan ini 150 pcs x 40rb", "sold 80 baskets at 95k": products
    // counted at an amount each, in a sale, are the count sold and the price of one, not one sum of money
    const soldEach = f.each && sale(f.each.noun, before);
    if (soldEach) {
      const weekly = weeklyCount(text, f);
      const count = weekly ? f.each!.count * WEEKS_PER_MONTH : f.each!.count;
      const per = salesPer(text, f);
      if (per) facts.sales = { count: f.each!.count, per };
      facts.unitsSold = count;
      facts.units ??= { value: count, noun: f.each!.noun, sold: true };
      facts.noun ??= f.each!.noun?.split(' ')[0];
      facts.items.push({
        label: 'price',
        words: 'harga jual',
        amount: f.each!.amount,
        text: f.text,
        basis: 'unit',
      });
      continue;
    }
    const moneyLabels = (l: Label) =>
      !['fee', 'reseller', 'discount', 'margin', 'markup', 'sold', 'made'].includes(l);
    // The words right before an amount name it ("hpp kerupuk: tapioka 1jt" is tapioka, not an HPP); a
    // name outside the label lexicon ("pisang", "malam", "kedelai") is still a cost line.
    const nameNear = namePhrase(near);
    let name = nameNear || namePhrase(before);
    // "..., ketemu 12rb": a word that reports a result names nothing; what the sentence was working out since
    // the figure before does, else the amount is asked about
    // ("hpp kue nastar sy per toples udah ketemu 45rb": the word right before the amount reports it)
    const reportsResult = name !== '' && RESULT_ONLY.test(name.split(' ').at(-1)!);
    let reported: LabelHit | undefined;
    if (reportsResult) {
      const sentence = startOfSentence(text, f.start);
      const said = blanked(Math.max(sentence, figures[n - 1]?.end ?? 0), f.start);
      // a sum comes to a cost, a price or the sales ("per toples" there is the unit, not a material)
      reported =
        nearestLabel(said, '', (l) => ['hpp', 'cost', 'price', 'retail', 'revenue'].includes(l)) ??
        nearestLabel(said, '', moneyLabels);
      name = '';
    }
    const phrase = lastPhrase(nameNear ? near : before);
    // "hpp kain tenun sy 625rb": an HPP named for its product is an HPP, not the product's material
    const hppOf =
      HPP_OF.test(phrase) || modalOfProduct(phrase) || MODAL_PER.test(phrase)
        ? nearestLabel(phrase, '', (l) => l === 'hpp' || l === 'cost')
        : undefined;
    const named = name ? (hppOf ?? nearestLabel(phrase, '', moneyLabels)) : undefined;
    // "2 penjahit @ 2,25 jt": the counted noun says what the money is for
    // A name the lexicon lacks ("yg bantu") may still sit in a phrase that says it pays people ("bayar 1 org").
    // "reseller minta potongan 10rb per kotak": a cut in rupiah from each unit's price; "tetap dapat untung
    // 30rb per pcs": a profit wanted in rupiah
    const share = name ? shareOf(phrase, text, after) : undefined;
    let own = share
      ? share
      : name
        ? (named ?? (PAYS_PEOPLE.test(before) ? nearestLabel(before, '', (l) => l === 'labour') : undefined))
        : reportsResult
          ? // "sebulan keluar 4 juta buat sewa sama gaji": what it went on may follow the amount
            (reported ?? nearestLabel('', after, moneyLabels))
          : nearestLabel(before, after, moneyLabels);
    // "I sold 40 rattan baskets at 90k each": the amount after "at" in a sale is the price, whatever the
    // product's name holds ("rattan" is also a material)
    // "quotes their scarf at 350k retail", "priced at 90k": a quote is a selling price too
    if (
      SOLD_AT.test(near) &&
      /\b(sold|sell|sells|selling|quotes?|quoted|priced|charges?|charged)\b/i.test(before)
    )
      own = { label: 'price', at: 0, end: 0, words: 'price' };
    // "jual dompet kulit 150rb", "harga tas anyaman 85rb": a selling word before the product's name makes the
    // amount its price, whatever material the name holds
    if (own?.label === 'materials' && sellsProduct(phrase))
      own = { label: 'price', at: 0, end: 0, words: 'harga jual' };
    if (own && own.label === 'machine' && UPKEEP.test(name)) own = { ...own, label: 'overhead' };
    // "mesin continuous sealer hrg 12 jt", "oven seharga 3jt": the price a machine is bought at, not a selling price
    if (own?.label === 'price' && /^(harga|harganya|seharga|hrg|hrga)$/i.test(own.words.trim())) {
      const machine =
        nearestLabel(
          phrase.slice(0, phrase.toLowerCase().lastIndexOf(own.words.toLowerCase())),
          '',
          (l) => l === 'machine',
        ) ?? machineBefore(blanked(startOfSentence(text, f.start), f.start));
      if (machine) own = machine;
    }
    // "biaya bulanan (sewa+listrik+gaji) totalnya 2,5jt": a total of the fixed costs is the fixed costs
    // "ongkir sm iklan sebulan total 600rb": a total of the operating costs is the operating costs, not an HPP
    // "biaya tetap sewa + listrik + gaji totalnya 2,4 juta", "pengeluaran tetap: sewa, listrik, gaji, semuanya
    // 6jt": a total sums what was listed since the last amount, and the head of that list names it
    let totalWords: string | undefined;
    if (own?.label === 'cost' && SUM_WORD.test(own.words.trim())) {
      const sentence = startOfSentence(text, f.start);
      const since = Math.max(sentence, ...previous.filter((g) => g.kind === 'money').map((g) => g.end));
      const listed = blanked(Math.min(since, clause.start), f.start);
      // The head of the list names it ("sewa + listrik + gaji totalnya 2,4 juta": the month's running costs),
      // but "bahan, minyak, gas, plastik sama upah adikku total 3 juta" lists materials beside labour and
      // overhead: all the costs, unless a category heads it ("biaya tetap ...", "biaya variabel ...").
      const head = firstLabel(listed, TOTAL_HEADS);
      const kinds = new Set(
        labelsIn(listed)
          .filter((h) => TOTAL_HEADS.includes(h.label))
          .map((h) => h.label),
      );
      // "bahan+minyak+gas+plastik total 600rb, ongkos tenaga 150rb": a cost of another kind named with its own
      // amount after the total is outside it, so the total is of what it lists, not all the costs
      const costAfter = figures.slice(n + 1).some((g) => {
        if (g.kind !== 'money' && g.kind !== 'ambiguous') return false;
        const h = nearestLabel(text.slice(clauseOf(g.start).start, g.start), '', (l) =>
          TOTAL_HEADS.includes(l),
        );
        return h !== undefined && !kinds.has(h.label);
      });
      const everything = kinds.has('materials') && kinds.size > 1 && !costAfter;
      if (head && (!everything || CATEGORY_HEADS.includes(head.label))) {
        own = head;
        // "kain, benang, listrik totalnya 2jt": the total is named by the whole list, from its head on
        const list = listed
          .slice(head.at)
          .replace(SUM_AT_END, '')
          .replace(TRAIL, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (list.length <= 40 && !/\d/.test(list)) totalWords = list;
      }
    }
    if (own?.label === 'cost') own = nearestLabel(phrase, '', (l) => l === 'fixed' || l === 'opcost') ?? own;
    // "each wallet costs 50k in materials": what the cost goes on, said after it, names it
    if (own?.label === 'hpp' && /\bcosts?\b/i.test(own.words) && /^\s*(in|on|for)\b/i.test(after))
      own =
        nearestLabel(
          '',
          after.replace(/^\s*(in|on)\b/i, (m) => ' '.repeat(m.length)),
          moneyLabels,
        ) ?? own;
    // "modal awal 25 juta buat mesin": money spent once to start, on the machine named after it
    if (own && START_UP.test(phrase)) own = nearestLabel('', after, (l) => l === 'machine') ?? own;
    // "I spent 12 million on a kiln", "keluar 5jt buat gerobak": money spent once, with a payback asked, is the
    // capital to earn back
    if (!own && SPENT.test(before) && asksPayback(text))
      own = {
        label: 'capital',
        at: 0,
        end: 0,
        words: namePhrase(after.replace(/^\s*(on|for|buat|untuk|utk)\b/i, '')),
      };
    // "sy jual 3 kodi kaos kaki sebulan, 1 kodi 200rb": one unit or pack named right before an amount nothing
    // else names, in a message that sells, is its price
    const justBefore = previous.at(-1);
    const oneBefore =
      (ONE_OF.test(near) && UNIT_NOUNS.test(ONE_OF.exec(near)![1]!.toLowerCase())) ||
      (justBefore?.kind === 'count' &&
        /^(1|satu)\b/i.test(justBefore.text) &&
        justBefore.noun !== undefined &&
        UNIT_NOUNS.test(justBefore.noun) &&
        /^[\s:=-]*$/.test(text.slice(justBefore.end, f.start)));
    if (!own && oneBefore && SALE_WORD.test(text))
      own = { label: 'price', at: 0, end: 0, words: 'harga jual' };
    // "I started with 3 million capital": the word right after an amount says it is capital
    if (!own && CAPITAL_AFTER.test(after))
      own = { label: 'capital', at: 0, end: 0, words: CAPITAL_AFTER.exec(after)![1]! };
    // "biar modal 5jt nya balik": the capital asked to be earned back, not a cost per unit
    if (own?.label === 'hpp' && /^modal\b/i.test(own.words.trim()) && asksPayback(text))
      own = { ...own, label: 'capital' };
    // "wax, wick and jar for one candle cost 28k": the things named before "for one <unit>" are what cost the
    // amount, one unit's worth of them, not the whole unit: its materials (with "labour 7k per candle" beside
    // them, the unit's cost is both)
    const sentenceStart = startOfSentence(text, f.start);
    const forOne = !own ? FOR_ONE_COST.exec(text.slice(sentenceStart, f.start)) : null;
    const bought = forOne ? forOne[1]!.replace(/^\s*(?:and|dan|the)\s+/i, '').trim() : '';
    let forOneUnit = false;
    if (forOne && UNIT_NOUNS.test(forOne[2]!.toLowerCase()) && namePhrase(bought) !== '') {
      const subject = namePhrase(bought);
      if (!UNIT_NOUNS.test(subject.split(' ').at(-1)!)) {
        own = { label: 'materials', at: 0, end: 0, words: bought.length <= 32 ? bought : subject };
        forOneUnit = true;
      }
    }
    // "cost 12k per piece", "my products cost 12k", "cost 8k a bar": a cost said of the product is its HPP
    if (!own && COST_SAID.test(phrase)) {
      const last = name.split(' ').at(-1) ?? '';
      if (/^costs?$/.test(name) || UNIT_NOUNS.test(last) || basisNear(after, saidNear) === 'unit')
        own = { label: 'hpp', at: 0, end: 0, words: 'cost' };
    }
    // "my bamboo lamp costs 60k to make": what the product costs to make is its HPP, whatever its name holds
    if (own?.label === 'materials' && COST_SAID.test(phrase) && MAKE_AFTER.test(after))
      own = { label: 'hpp', at: 0, end: 0, words: 'cost' };
    // "sekali produksi habis 900rb", "One batch of chips costs IDR 900,000", "we spend Rp 2,4jt on each batch",
    // "sekali produksi 1,2jt": money spent, said of one batch, is what the whole batch costs, whatever the
    // batch is said to hold
    let batchCost = false;
    if (
      (!own || own.label === 'hpp' || own.label === 'cost') &&
      ((SPENT_ON.test(text.slice(sentenceStart, f.start)) &&
        (ONE_BATCH.test(text.slice(sentenceStart, f.start)) || basisNear(after, '') === 'batch')) ||
        BATCH_ONLY.test(near)) &&
      // "modalnya 5rb per bungkus" is one unit's, whatever batch the sentence tells of
      (basisNear(after, saidNear) ?? 'batch') === 'batch' &&
      !unitSaidBefore(near)
    ) {
      // the batch's own words ("Each batch costs me") say no more than "cost"; "modal" stays the artisan's word
      if (!own || /\b(costs?|batch)\b/i.test(own.words))
        own = { label: own?.label ?? 'cost', at: 0, end: 0, words: lang === 'en' ? 'cost' : 'biaya' };
      batchCost = true;
    }
    // "she pays IDR 900,000 in labour", "bayar 900rb buat upah": what nothing before names, the word right after
    // it ("in", "for", "buat" + a label) does
    const spentOn = /^\s*(in|for|on|as|buat|untuk|utk|bwt|sebagai)\s(?!total|all\b|semua)/i.exec(after);
    if (!own && spentOn)
      own =
        nearestLabel('', ' '.repeat(spentOn[0].length) + after.slice(spentOn[0].length, 28), (l) =>
          SPENT_ON_LABELS.includes(l),
        ) ?? own;
    // "I buy at 40,000 and sell at 50,000", "harga beli 40rb": what a piece is bought at, said right before the
    // amount in a message that sells, with nothing named that it buys, is what one unit costs the seller;
    // "beli dr penenun 650rb": the maker it is bought from is paid no wage
    const boughtAt = BOUGHT_AT.exec(near);
    if (
      boughtAt &&
      (!own ||
        own.label === 'price' ||
        own.label === 'retail' ||
        (boughtAt.groups?.from && own.label === 'labour')) &&
      SALE_WORD.test(text)
    )
      own = { label: 'hpp', at: 0, end: 0, words: lang === 'en' ? 'purchase price' : 'harga beli' };
    const eachHit = f.each?.noun ? nearestLabel(f.each.noun, '', moneyLabels) : undefined;
    // "temen sy 25rb", "pesaing 25rb": in a message about selling, a seller named before an amount with no
    // label says whose price it is
    const seller: LabelHit | undefined =
      !own && !eachHit && name && MARKET_SELLER.test(before) && SELLING.test(text)
        ? { label: 'price', at: 0, end: 0, words: name }
        : undefined;
    const unlisted: LabelHit | undefined =
      !own && !eachHit && !seller && name ? { label: 'materials', at: 0, end: 0, words: name } : undefined;
    const hit = own ?? eachHit ?? seller ?? unlisted;
    // "Bahan kulit, benang, ritsleting per tas 85rb", "kain, benang, kancing 1,2 jt": an amount after a bare
    // list (no figure in it) is of the whole list when the list's head is the same kind of cost, so the list
    // names it, not its last item
    let listWords: string | undefined;
    if (!totalWords && hit && TOTAL_HEADS.includes(hit.label)) {
      const since = Math.max(startOfSentence(text, f.start), ...previous.map((g) => g.end));
      const listed = since < clause.start ? blanked(since, clause.start) : '';
      const items = listed
        .split(/,|\+|&|\b(?:dan|sama|sm|and)\b/i)
        .map((s) => s.replace(LEAD, '').trim())
        .filter((s) => s.length > 0);
      // "ritsleting per tas": the unit the cost is for is not part of its name (a word of letters only)
      const per = /\b(?:per|tiap|setiap|each|a)\s+(\p{L}+)\s*$/iu.exec(near)?.[1];
      const named = (unlisted ? unlisted.words : wordsFor(near, hit)).trim();
      const last =
        per && named.toLowerCase().endsWith(` ${per.toLowerCase()}`)
          ? named.slice(0, -per.length - 1)
          : named;
      const list = `${items.join(', ')}, ${last}`;
      if (
        items.length > 0 &&
        firstLabel(listed, TOTAL_HEADS)?.label === hit.label &&
        !/\d/.test(listed) &&
        items.every((s) => s.split(/\s+/).length <= 3) &&
        list.length <= 48
      )
        listWords = list;
    }
    // "anak saya 3", "kebun keluarga 2": in a message that writes its amounts with their unit ("Rp 520.000",
    // "12rb"), a small bare number named by no money word is a count of the story, not rupiah to ask about
    // (money.units-said)
    if (f.kind === 'bare' && hit === unlisted && writesUnits && f.value < 1000) {
      facts.loose.push(f);
      continue;
    }
    if (f.kind === 'ambiguous' || (f.kind === 'bare' && hit && f.value > 0 && f.value < 1000)) {
      facts.ambiguous.push({
        text: f.text,
        words: hit?.words,
        label: hit?.label,
        candidates: f.kind === 'bare' ? [f.value * 1000, f.value] : (f.candidates ?? []),
      });
      continue;
    }
    if (!hit) {
      facts.loose.push(f);
      continue;
    }
    // "upah 2 penjahit 2jt per orang": the wage of each of the people counted before it, not a cost per product
    const perHead = PER_HEAD.exec(after);
    const people = perHead
      ? [...figures.slice(0, n)]
          .reverse()
          .find((g) => g.start >= clause.start && (g.kind === 'people' || g.kind === 'bare') && g.value > 0)
      : undefined;
    // "30,000 profit on each bag": the unit follows the profit word
    const unitSaid = people
      ? after.slice(perHead![0].length)
      : share?.label === 'markup'
        ? after.replace(PROFIT_AFTER, '')
        : after;
    const basis = batchCost
      ? 'batch'
      : (basisNear(unitSaid, saidNear) ??
        (forOneUnit ||
        unitSaidBefore(near) ||
        (UNIT_LIST_LABELS.includes(hit.label) && lists.some((l) => f.start >= l.start && f.start < l.end))
          ? 'unit'
          : // "sekali masak ... biaya tetap per bulan sewa dapur 700rb, listrik 300rb": in a story of
            // batches, a period said over a list of costs sets theirs apart from the batch's
            batchStory &&
              MONTH_HEADER.test(text.slice(sentenceStart, f.start)) &&
              !/\b(?:per|tiap|setiap)\s+(?!bulan|bln|minggu|hari|tahun|month|week|day|year)\p{L}+/iu.test(
                saidNear,
              )
            ? 'month'
            : undefined));
    if (people && !f.each) {
      f.each = { count: people.value, amount: f.value, noun: people.noun ?? 'orang' };
      f.value *= people.value;
      facts.ambiguous = facts.ambiguous.filter((a) => a.text !== people.text);
    }
    const item: Item = {
      label: hit.label,
      words: listWords
        ? listWords
        : unlisted
          ? unlisted.words
          : forOneUnit || batchCost
            ? own!.words
            : (totalWords ?? (own ? wordsFor(near, own) : '')),
      amount: f.value,
      text: f.text,
      ...(basis ? { basis } : {}),
    };
    if (f.each) item.each = f.each;
    if (unlisted) item.unlisted = true;
    // "mau beli oven 9jt ... brp bulan balik modal?": a thing bought once, named outside the lexicon, is the
    // asset the payback earns back, not a material of each unit
    if (unlisted && BUYS.test(phrase) && asksPayback(text)) {
      item.label = 'machine';
      delete item.unlisted;
      delete item.basis;
    }
    if ((hit.label === 'price' || hit.label === 'retail') && isMarketPrice(before)) item.market = true;
    // "sewa rumah 18 juta setahun, separuh dipakai bengkel": the share may follow in the next clause
    if (
      /sewa|rent/i.test(hit.words) &&
      SHARE.test(text.slice(clause.start, Math.min(text.length, clause.end + 40)))
    )
      item.detail = 'half';
    // "mesin 25 juta itu ngitungnya gmn?": an amount said again, pointing back, is the one said before
    if (POINTS_BACK.test(after) && facts.items.some((i) => i.amount === item.amount)) continue;
    // "tiap bulan nambah untung 750rb ... balik modal?": the profit of the period the clause names
    if (item.label === 'markup' && !item.basis && asksPayback(text)) {
      const period = periodSaid(`${phrase} ${after}`);
      if (period) item.basis = period;
    }
    // "tiap botol sirup modal 9rb": money said for each unit is what one unit costs, never the capital
    if (item.label === 'capital' && item.basis === 'unit') item.label = 'hpp';
    facts.items.push(item);
    figureOf.set(item, f);
  }
  listedWith(text, figures, facts.items, figureOf);
  usedPerUnit(text, figures, facts, figureOf);
  perProductFromYield(text, facts, figureOf);
  basisOfSentence(text, facts, figureOf);
  // "penyusutan mobil pickup 90jt brp sebulan?": asked for depreciation, a named amount is the asset
  if (asksSusut)
    for (const i of facts.items) {
      if (i.label === 'machine') continue;
      // "penyusutan mobil pickup 90jt": the asset is named after the word for depreciation
      const asset = i.words.replace(UPKEEP, '').replace(/\s+/g, ' ').trim();
      const named = i.unlisted || (UPKEEP.test(i.words) && asset !== '');
      if (ASSET_LIKE.includes(i.label) && i.basis !== 'unit' && asset && named) {
        i.label = 'machine';
        i.words = asset;
        delete i.basis;
      }
    }
  // "mesin jahit 6jt dan obras 4jt umur 5 tahun": one lifespan after several assets is the lifespan of each
  const lifespans = figures.filter((f) => f.kind === 'duration');
  if (lifespans.length === 1)
    for (const i of facts.items)
      if (i.label === 'machine' && !i.lifespanMonths && text.indexOf(i.text) < lifespans[0]!.start)
        i.lifespanMonths = lifespans[0]!.value;
  if (figures.every((f) => f.kind !== 'money' && f.kind !== 'ambiguous')) {
    const rebasis = rebasisOf(text);
    if (rebasis) facts.rebasis = rebasis;
  }
  for (const m of text.matchAll(ZERO)) {
    const words = (m[1] ?? m[2] ?? '').trim();
    const hit = nearestLabel(words, '');
    if (hit) facts.zero.push(hit.label);
  }
  // "hpp per gamis?": the unit the question asks per, before one a cost was said per ("15rb per potong")
  const asking =
    text
      .split(/(?<=[.!\n])\s/)
      .filter((part) => part.includes('?'))
      .at(-1) ?? '';
  const askedPer = [...asking.matchAll(/(?:\bper|\btiap|\bsetiap)\s*-?\s*([a-z]+)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .find((w) => UNIT_NOUNS.test(w) && !(w in PACK_SIZES));
  // "bep nya brp bungkus?": the unit a count is asked in, before a product named in the story ("keripik")
  const askedCount = [...standardSpelling(asking.toLowerCase()).matchAll(/\b(?:berapa|how many)\s+([a-z]+)/g)]
    .map((m) => m[1]!)
    .find((w) => UNIT_NOUNS.test(w) && !(w in PACK_SIZES));
  if (askedPer) facts.noun = askedPer;
  else if (askedCount && !facts.units) facts.noun = askedCount;
  facts.noun ??= /(?:\bper|\/|\btiap|\bsetiap)\s*-?\s*([a-z]+)/i
    .exec(text)?.[1]
    ?.toLowerCase()
    .match(UNIT_NOUNS)?.[0];
  // "hpp sebotol 14rb": "se-" + the unit is one of it ("sebuah" is only "a")
  facts.noun ??= text
    .toLowerCase()
    .match(/\bse([a-z]+)\b/g)
    ?.map((w) => w.slice(2))
    .find((w) => w !== 'buah' && UNIT_NOUNS.test(w));
  facts.noun ??= UNIT_NOUNS.exec(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => UNIT_NOUNS.test(w) && !/^(kain|produk|products|item|items|label)$/.test(w)) ?? '',
  )?.[0];
  // "bahan 200rb sekali goreng, upah 50rb": when the artisan dates some production costs by period and none
  // per unit, the undated ones are read the same way.
  const production = facts.items.filter((i) => i.label === 'materials' || i.label === 'labour');
  const overheadMonth = facts.items
    .filter((i) => i.label === 'overhead' && (!i.basis || i.basis === 'month'))
    .reduce((a, i) => a + i.amount, 0);
  const monthCount = figures.find((f) => f.kind === 'count' && monthlyCount(text, f));
  // "jadi 80 bungkus sekali produksi": the count of one batch
  const batchCount = figures.find(
    (f) => f.kind === 'count' && BATCH_AFTER.test(text.slice(f.end, f.end + 24)),
  );
  const anyCount = monthCount ?? batchCount ?? figures.find((f) => f.kind === 'count');
  const undated = production.filter((i) => !i.basis).reduce((a, i) => a + i.amount, 0);
  // "1 pack isi 25 butir ... jadi 100 butir ... hpp per pack?": the pieces made, counted in the packs asked for
  const pack = PACK_HOLDS.exec(text);
  if (pack && facts.units && !facts.units.sold && facts.units.noun === pack[3]!.toLowerCase()) {
    const [container, holds] = [pack[1]!.toLowerCase(), Number(pack[2])];
    if (
      holds > 1 &&
      container !== pack[3]!.toLowerCase() &&
      facts.units.value % holds === 0 &&
      askedPerContainer(text, container)
    ) {
      facts.units = {
        ...facts.units,
        value: facts.units.value / holds,
        noun: container,
        each: `${facts.units.value} ${pack[3]} ÷ ${holds}`,
      };
      facts.noun = container;
    }
  }
  // "daging 130rb jadi 100 butir, tepung 30rb, plastik 2rb per pack": the costs said without a basis around a
  // quantity made are that batch's, even beside a cost said per unit (which stays per unit)
  // A count said to come out of some of these costs ("jadi 30 bungkus" after one of them).
  const yieldAfter = (costs: Item[]) =>
    figures.find(
      (f) =>
        f.kind === 'count' &&
        costs.some((i) => text.indexOf(i.text) < f.start) &&
        YIELD_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)),
    );
  // "bikin 200 bungkus, bahan 600rb, ..., plastik 1rb/bungkus": a quantity said to be made before the costs
  // frames them the same way
  const madeBefore = (costs: Item[]) =>
    facts.units !== undefined &&
    !facts.units.sold &&
    costs.length > 0 &&
    figures.some(
      (f) =>
        f.kind === 'count' &&
        costs.every((i) => text.indexOf(i.text) > f.start) &&
        MADE_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start)),
    );
  // "1 lembar kulit 1,1jt jadinya 22 dompet ... laku 120 pcs sebulan": the month's sales do not make the
  // costs a yield comes out of the month's
  const madeMonthly = monthCount && !soldCounts.has(monthCount);
  if (
    !facts.frame &&
    production.some((i) => i.basis === 'unit') &&
    (yieldAfter(production.filter((i) => !i.basis)) || madeBefore(production.filter((i) => !i.basis)))
  )
    facts.frame = madeMonthly ? 'month' : 'batch';
  if (!facts.frame && !production.some((i) => i.basis === 'unit')) {
    const dated = production.find((i) => i.basis === 'batch' || i.basis === 'month' || i.basis === 'day');
    if (dated) facts.frame = dated.basis;
    else if (batchCount && production.length > 0) facts.frame = 'batch';
    else if (
      anyCount &&
      overheadMonth > 0 &&
      undated * anyCount.value >= PER_UNIT_IMPLAUSIBLE * overheadMonth
    )
      // the costs are for the quantity said: its month when it is dated so, else one batch of it
      facts.frame = monthCount ? 'month' : 'batch';
    // "bahan 3jt, upah 2jt, jadi 100 kemeja", "bahan 300rb jadi 30 bungkus, upah 60rb": a count said to come
    // out of the costs (listed before it, or some of them), none of them per unit, is what those costs make
    else if (yieldAfter(production)) facts.frame = madeMonthly ? 'month' : 'batch';
    // "Modal bikin 60 tas: bahan 1,8 jt, benang 240rb, ongkos anyam 960rb", "bikin 60 tas habis bahan 1,8jt":
    // costs introduced as what making a quantity took are that quantity's, none of them per unit
    else if (madeBefore(production) && costsOfMaking(text, figures, production))
      facts.frame = monthCount ? 'month' : 'batch';
    // "kursi rotan 20 kursi sebulan: rotan 3jt, ...": a story that opens with the month's output and then lists
    // costs, none per unit, lists the month's costs
    else if (
      production.length > 0 &&
      figures.some((f) => f.kind === 'count' && f.start < firstMoney && monthlyCount(text, f))
    )
      facts.frame = 'month';
    // "kain 2 meter 40rb/meter, jadi 4 taplak": a quantity bought at a unit price is bought for the
    // quantity made, never for each piece
    else if (
      (anyCount || facts.units) &&
      production.some((i) => i.label === 'materials' && i.each && !i.basis)
    )
      facts.frame = monthCount ? 'month' : 'batch';
  }
  // "total biaya 4,5jt jd 300 pcs", "biaya produksi 4,5jt untuk 300 pcs, hpp per pcs brp?": an all-in cost
  // said without a basis, that the quantity made comes out of or beside an HPP of one unit asked, is that
  // batch's cost (the HPP is what is asked, not given)
  const allIn = facts.items.filter((i) => (i.label === 'cost' || i.label === 'hpp') && !i.basis);
  if (
    !facts.frame &&
    allIn.length > 0 &&
    facts.units &&
    !facts.units.sold &&
    (yieldAfter(allIn) || HPP_PER_UNIT_ASKED.test(text.toLowerCase()))
  ) {
    facts.frame = monthCount ? 'month' : 'batch';
    for (const item of allIn) item.label = 'cost';
  }
  smallCostsBesidePrice(facts);
  // "jual kopi 15rb segelas, modal 6rb. brp gelas biar balik modal sewa?": a "modal" below the price of one
  // unit is what one unit costs, not the capital to earn back ("jual kopi 15rb" with no basis is one unit's)
  const unitPrice = facts.items.find(
    (i) => i.label === 'price' && !i.market && (i.basis === 'unit' || i.basis === undefined),
  );
  for (const i of facts.items)
    if (
      i.label === 'capital' &&
      unitPrice &&
      i.amount < unitPrice.amount &&
      /^modal\b/i.test(i.words.trim())
    ) {
      i.label = 'hpp';
      i.basis = 'unit';
    }
  packPrices(text, figures, facts, lang);
  packCosts(text, figures, facts);
  packAskedFor(text, facts, lang);
  if (asksUnitsFromCapital(text)) capitalToSpend(text, facts);
  if (lang === 'en' && facts.noun && facts.noun !== 'pcs')
    facts.noun = facts.noun
      .replace(/(cook|brown|p|t)ies$/, '$1ie')
      .replace(/(scar|shel|hal)ves$/, '$1f')
      .replace(/ies$/, 'y')
      .replace(/(x|ch|sh)es$/, '$1')
      .replace(/([^s])s$/, '$1');
  // "kalau bikin 300?" makes more (materials grow); "kalau jadinya 100?" gets more out of the same materials
  if (WHAT_IF.test(text) && !CORRECTION.test(text) && (MAKES.test(text) || !YIELD.test(text)))
    facts.whatIf = true;
  if (facts.items.length === 0) {
    if (OUTSIDE.test(text)) facts.roleReply = 'outside';
    else if (INCLUDED.test(text)) facts.roleReply = 'included';
  }
  // what the message asks, read once in lower case and once in standard spelling
  const lower = text.toLowerCase();
  const standard = standardSpelling(lower);
  if (PRICE_ASKED.test(lower)) facts.asksPrice = true;
  if (COST_ASKED.test(standard)) facts.asksCost = true;
  if (HPP_ASKED.test(standard)) facts.asksHpp = true;
  if (GROSS.test(lower)) facts.asksGross = true;
  if (NET.test(lower)) facts.asksNet = true;
  if (SHARE_OF_SALES.test(standard)) facts.asksShare = true;
  if (PROFIT_ASKED.test(standard) || PROFIT_NAMED.test(lower)) facts.asksProfit = true;
  // "reseller ambil 2 kodi ... untung total dr 2 kodi itu brp?": the total of an order counted in the message
  if (facts.units && !facts.units.sold && facts.units.value > 1 && ORDER_TOTAL.test(standard))
    facts.orderAsked = { count: facts.units.value };
  const profitPhrase = PROFIT_PHRASE.exec(standard);
  if (profitPhrase && PER_UNIT_ASKED.test(profitPhrase[0])) facts.asksPerUnit = true;
  const shareAsked = percentAskedIn(standard);
  if (shareAsked) facts.percentAsked = shareAsked;
  if (asksSusut && PER_YEAR.test(standard)) facts.perYearAsked = true;
  if (asksPayback(text)) {
    const unit = paybackAskedIn(standard);
    if (unit) facts.paybackIn = unit;
  }
  const isCut = (l: Label) => ['fee', 'reseller', 'discount'].includes(l);
  if (
    AFTER_CUT.test(standardSpelling(text.toLowerCase())) &&
    (facts.percents.some((p) => isCut(p.label)) || facts.items.some((i) => isCut(i.label)))
  )
    facts.targetAfterCut = true;
  // "toko oleh2 minta 25%": the cut goes to a shop that sells on the artisan's behalf, not a marketplace
  if (
    (facts.percents.some((p) => p.label === 'fee') || facts.items.some((i) => i.label === 'fee')) &&
    SHOP.test(text) &&
    !MARKETPLACE.test(text)
  )
    facts.cutByShop = true;
  soldAsMade(text, figures, facts);
  const event = EVENT.exec(text) ?? EVENT_AFTER.exec(text);
  if (event) facts.event = `${event.groups!.what!.toLowerCase()} ${event.groups!.n} hari`;
  facts.percents = feesAdded(facts.percents);
  if (RECEIVED_ASKED.test(standardSpelling(text.toLowerCase()))) facts.asksReceived = true;
  // "di luar hpp" answers a question; it does not ask for an HPP
  facts.intent = facts.roleReply ? undefined : detectIntent(text, facts);
  return facts;
}

/** An event of some days ("bazar 3 hari", "pameran 5 hari", "3 hari pameran", "a 2-day fair"). */
const EVENT_WORD =
  '(?<what>bazar|bazaar|pameran|expo|event|festival|pasar malam|car free day|cfd|fair|market day|craft fair)';
const EVENT = new RegExp(
  `\\b${EVENT_WORD}\\b(?:\\s+[a-z]+){0,3}?\\s+(?<n>\\d+)\\s*-?\\s*(?:hari|hr|days?)\\b`,
  'i',
);
const EVENT_AFTER = new RegExp(`\\b(?<n>\\d+)\\s*-?\\s*(?:hari|hr|days?)\\s+${EVENT_WORD}\\b`, 'i');

/** "kalo habis semua", "laku semua", "if they all sell": everything made is sold. */
const ALL_SOLD =
  /\b(habis|laku|terjual|kejual|abis)\s+(semua|semuanya|semua-nya)\b|\bsemua(nya)?\s+(laku|terjual|habis)\b|\b(if|when)\s+(they\s+|it\s+)?all\s+sell\b|\bsell (them )?all\b|\bsold out\b/;

/**
 * "sehari bikin 100 tahu ... 25 hari. untung sebulan?", "bikin 80 bros, kalo habis semua untungnya brp?": with
 * no count sold, a profit asked for a period or for everything made sells what was made; the answer says so.
 */
function soldAsMade(text: string, figures: Figure[], facts: MoneyFacts): void {
  if (facts.unitsSold !== undefined || facts.sales || !facts.units || facts.units.sold) return;
  const q = standardSpelling(text.toLowerCase());
  if (!(ALL_SOLD.test(q) || PROFIT_OF_PERIOD.test(q))) return;
  if (!facts.items.some((i) => i.label === 'price' || i.label === 'retail')) return;
  const made = figures.find(
    (f) => (f.kind === 'count' || f.kind === 'bare') && f.value === facts.units!.value,
  );
  const per = made ? salesPer(text, made) : undefined;
  facts.unitsSold = facts.units.value;
  if (per && made) facts.sales = { count: made.value, per };
  facts.soldAsMade = true;
}

/**
 * "potongan admin 8% sm biaya layanan 2%": the fees one marketplace takes off the same price add up to one
 * cut of 10%, each part kept to show; they are never read as two answers to one question.
 */
function feesAdded(percents: PercentItem[]): PercentItem[] {
  const fees = percents.filter((p) => p.label === 'fee');
  if (fees.length < 2) return percents;
  const added: PercentItem = {
    label: 'fee',
    bp: fees.reduce((total, p) => total + p.bp, 0),
    text: fees.map((p) => p.text).join(' + '),
    parts: fees.map((p) => p.bp),
  };
  return [...percents.filter((p) => p.label !== 'fee'), added];
}

/**
 * What reaches the artisan after a marketplace's cut is asked ("yg masuk ke sy jd brp?", "bersihnya dapet
 * brp?", "how much do I actually get?"), read in standard spelling.
 */
const RECEIVED_ASKED =
  /\b(yang|yg) (masuk|diterima|sampai|nyampe)\b|\bmasuk ke (saya|aku|sy|rekening|rek|dompet)\b|\b(uang|duit|dana) (yang )?(saya |aku )?(terima|dapat|dapet)\b|\b(terima|dapat|dapet|nerima|menerima)\w* (berapa|brp)\b|\bbersih\w* (dapat|dapet|terima)\b|\bhow much (do|will|would) (i|we) (actually |really )?(get|receive|keep)\b|\bwhat (do|will) (i|we) (actually |really )?(get|receive|keep)\b/;

/**
 * How many units can be made or bought with the money there is ("jd bisa produksi brp botol?", "how many
 * jars can I make"), read in standard spelling: a question the capital and the cost of one unit answer.
 */
const UNITS_FROM_CAPITAL = [
  /\b(bisa|dapat|cukup|cukup untuk|sanggup|mampu)\s+(produksi|memproduksi|bikin|buat|membuat|beli|belanja|jadi)\s+(berapa)\b/,
  /\bberapa\s+[a-z]+\s+(yang\s+)?(bisa|dapat)\s+(di)?(produksi|bikin|buat|beli)\b/,
  /\bhow many\b[^.?!]{0,30}\b(can|could)\s+(i|we)\s+(make|produce|buy|afford)\b/,
];
export const asksUnitsFromCapital = (text: string) => {
  // the chat spelling read in standard words; English is read as it is (the lexicon turns "make" into "pakai")
  const standard = standardSpelling(text.toLowerCase());
  return UNITS_FROM_CAPITAL.some((re) => re.test(standard) || re.test(text.toLowerCase()));
};
/** The money there is to spend ("modal sy cuma 2jt", "uang sy ada 3jt", "I have 1.5 million"). */
const MONEY_AT_HAND = /\b(modal\w*|uang\w*|duit\w*|dana\w*|budget\w*|anggaran\w*|have|capital|savings)\b/i;
/** Money kept aside ("sisain 400rb bwt cadangan", "keep 400k as a buffer"), not spent on production. */
const RESERVE =
  /\b(sisa\w*|sisih\w*|cadang\w*|simpan\w*|disimpan|tabung\w*|reserve|buffer|aside|emergency)\b/i;

/**
 * "modal sy cuma 2jt ... sy mau sisain 400rb bwt cadangan. bisa produksi brp botol?": the capital is the money
 * to spend, not an HPP; an amount kept aside in its clause is taken off it.
 */
function capitalToSpend(text: string, facts: MoneyFacts): void {
  for (const item of facts.items) {
    const at = text.indexOf(item.text);
    const clause =
      text
        .slice(0, at)
        .split(/[.?!\n,;]/)
        .at(-1)! + text.slice(at).split(/[.?!\n,;]/)[0];
    if (item.basis === 'unit') continue;
    if (RESERVE.test(clause)) {
      item.label = 'capital';
      item.reserve = true;
      delete item.unlisted;
    } else if (MONEY_AT_HAND.test(clause)) {
      item.label = 'capital';
      delete item.unlisted;
    }
  }
  if (facts.items.some((i) => i.label === 'capital' && !i.reserve)) facts.asksUnitsFromCapital = true;
}

/** Packs of a fixed size: a dozen, a kodi (20). */
const PACK_SIZES: Record<string, number> = { lusin: 12, dozen: 12, dozens: 12, kodi: 20 };
const PACK_AFTER = /^\s*(?:\/|per|se|a|each)\s*-?\s*(lusin|kodi|dozen)\b/i;
const PACK_OF =
  /\b(pack|pak|paket|kotak|box|boks|dus|toples|renteng|set)\s*(?:isi|isinya|berisi|of|contains?|containing)\s*(\d+)\b/i;
/** The sentence an offset sits in. */
const sentenceOf = (text: string, at: number) =>
  (text
    .slice(0, at)
    .split(/[.?!\n](?=\s|$)/)
    .at(-1) ?? '') + (text.slice(at).split(/[.?!\n](?=\s|$)/)[0] ?? '');
const PIECE_SAID =
  /\b(?:per|tiap|setiap|each|a)\s*-?\s*(biji|pcs|buah|piece|item|unit|satuan)\b|\b(satuan|eceran|apiece)\b/i;
/** Nouns of a pack of several, never of one piece. */
const PACK_NOUN = /^(lusin|kodi|dozens?|pack|packs|pak|paket|kotak|box|boxes|boks|dus|renteng|set)$/;
/**
 * The piece a message counts beside a pack ("modal per biji", "each cookie costs", "modal sepasang 9rb"): a
 * product noun said one at a time, not a pack's noun.
 */
function piecesSaid(text: string): string | undefined {
  const said = PIECE_SAID.exec(text);
  if (said) return (said[1] ?? said[2])!.toLowerCase();
  for (const m of text.matchAll(/\b(?:(?:per|tiap|setiap|each|every)\s+|se)([a-z]+)\b/gi)) {
    const noun = m[1]!.toLowerCase();
    if (UNIT_NOUNS.test(noun) && !PACK_NOUN.test(noun)) return noun;
  }
  return undefined;
}

/**
 * "1 lusin dompet sy jual 300rb", "300rb per kodi", "I sell a dozen for 180k": a price said for a pack of a
 * fixed size (or "1 pack isi 6 ... 45rb") in a message that counts pieces too (a cost or a question per
 * piece) is the pack's price; each piece's is the pack's ÷ its size. The pack is no quantity made.
 */
function packPrices(text: string, figures: Figure[], facts: MoneyFacts, lang: Lang): void {
  const pieceNoun = piecesSaid(text);
  if (!pieceNoun) return;
  for (const item of facts.items) {
    if ((item.label !== 'price' && item.label !== 'retail') || item.basis === 'unit') continue;
    const at = text.indexOf(item.text);
    const after = PACK_AFTER.exec(text.slice(at + item.text.length));
    const sentence = (f: Figure) => !/[.?!\n]/.test(text.slice(Math.min(f.end, at), Math.max(f.start, at)));
    const counted = figures.find(
      (f) =>
        f.kind === 'count' &&
        f.noun !== undefined &&
        f.noun in PACK_SIZES &&
        sentence(f) &&
        f.text.startsWith('1'),
    );
    // "1 pack isi 6 sy jual 45rb", "a box of 12 for 90k": a pack whose size is said
    const said = sentenceOf(text, at).match(PACK_OF);
    const noun = after?.[1]?.toLowerCase() ?? counted?.noun ?? said?.[1]?.toLowerCase();
    if (!noun) continue;
    const size = PACK_SIZES[noun] ?? Number(said![2]);
    if (!(size > 1)) continue;
    item.pack = { size, noun, amount: item.amount };
    item.amount = Math.round(item.amount / size);
    item.basis = 'unit';
    if (counted && facts.units?.value === counted.value && !facts.units.sold) delete facts.units;
    // "a box of 12 cookies", "1 pack isi 6": the pack's size or the one pack is no quantity made
    if (facts.units && !facts.units.sold && (facts.units.value === size || facts.units.noun === noun))
      delete facts.units;
    facts.noun = pieceNoun;
    if (/^(satuan|eceran|apiece)$/.test(facts.noun)) facts.noun = lang === 'en' ? 'piece' : 'biji';
  }
}

/**
 * "beli kain 1 kodi (20 lembar) 1,6jt", "kancing 2 lusin 24rb": a material bought by the pack, counted right
 * before its amount in the same clause, costs the amount ÷ the pieces the packs hold for each piece.
 */
function packCosts(text: string, figures: Figure[], facts: MoneyFacts): void {
  for (const item of facts.items) {
    if (!['materials', 'variable'].includes(item.label) || item.basis || item.each) continue;
    const at = text.indexOf(item.text);
    const pack = [...figures]
      .reverse()
      .find(
        (f) =>
          f.kind === 'count' &&
          f.noun !== undefined &&
          f.noun in PACK_SIZES &&
          f.end <= at &&
          !/[.,;?!\n]/.test(text.slice(f.end, at).replace(/\([^()]*\)/g, '')),
      );
    if (!pack) continue;
    // the count is read in pieces already ("1 kodi" is 20)
    const size = PACK_SIZES[pack.noun!]!;
    const pieces = pack.value >= size && pack.value % size === 0 ? pack.value : pack.value * size;
    if (!(pieces > 1)) continue;
    item.words = `${item.words} (${pack.text} ÷ ${pieces})`.trim();
    item.amount = Math.round(item.amount / pieces);
    item.basis = 'unit';
    if (facts.units?.value === pack.value && !facts.units.sold) delete facts.units;
  }
}

/** "by the dozen", "for the dozen", "per lusin", "sekodi", "1 lusin": a pack of a fixed size named. */
const PACK_NAMED =
  /\b(?:(?:by|for|per|a|one|each)\s+(?:the\s+)?|(?:per|tiap|se|1)\s*-?\s*)(lusin|kodi|dozen)\b/i;

/**
 * "I want to sell hair clips by the dozen ... Each clip costs me 3k. What price for the dozen?": no price is
 * given, a price is asked and the cost is per piece: the price is worked out per piece and said for the pack.
 */
function packAskedFor(text: string, facts: MoneyFacts, lang: Lang): void {
  if (facts.items.some((i) => i.label === 'price' || i.label === 'retail')) return;
  if (!PRICE_ASKED.test(text.toLowerCase())) return;
  const m = PACK_NAMED.exec(text);
  if (!m) return;
  const noun = m[1]!.toLowerCase();
  facts.packAsked = { size: PACK_SIZES[noun]!, noun };
  if (facts.units?.noun && facts.units.noun in PACK_SIZES) delete facts.units;
  const piece = piecesSaid(text);
  if (piece) facts.noun = /^(satuan|eceran|apiece)$/.test(piece) ? (lang === 'en' ? 'piece' : 'biji') : piece;
}

/**
 * "Biaya tetap sebulan (sewa, listrik, gaji 1 orang) kurang lebih 3,5 juta": a bracket with no amount in it
 * says what the amount it sits beside covers. Its words do not name the amount and its commas cut no clause.
 */
function asidesOf(text: string, figures: Figure[]): { start: number; end: number }[] {
  return [...text.matchAll(/\([^()]*\)/g)]
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    .filter(
      (a) =>
        !figures.some(
          (f) => (f.kind === 'money' || f.kind === 'ambiguous') && f.start >= a.start && f.end <= a.end,
        ),
    );
}

/** Labels a named asset can be read under before its lifespan is seen ("oven" unlisted, "kompor" overhead). */
const ASSET_LIKE: Label[] = ['materials', 'overhead', 'machine'];

/** Where a basis said on its own starts: "beras ketannya itu | per minggu". */
const BASIS_START =
  /\b(per|tiap|setiap|sebulan|seminggu|setahun|sekali|satu kali|a month|a week|a year|each|weekly|monthly|yearly|bulanan|mingguan)\b/i;

/** "beras ketannya itu per minggu", "itu sebulan": the basis, and the name of the figure it is for ("" for the last). */
function rebasisOf(text: string): MoneyFacts['rebasis'] {
  if (text.split(/\s+/).length > 8) return undefined;
  const at = BASIS_START.exec(text);
  if (!at) return undefined;
  const basis = basisWord(text.slice(at.index));
  if (!basis) return undefined;
  const words = namePhrase(text.slice(0, at.index));
  // "itu per minggu" with no name points back at a figure; the merge asks which one when that is unclear
  if (!words && !/\b(itu|tadi|that|it)\b/i.test(text)) return undefined;
  return { words, basis, said: text.trim() };
}

/**
 * "beli mesin roasting kapasitas 5 kg harga Rp 18 jt": the machine named earlier in the clause, when no other
 * amount of money stands between it and the price (a size or capacity may).
 */
function machineBefore(before: string): LabelHit | undefined {
  // an oven bought is a machine here, though elsewhere "oven" names an upkeep or depreciation cost
  const ovens = [...before.matchAll(/\boven\b/gi)].map(
    (m): LabelHit => ({ label: 'machine', at: m.index!, end: m.index! + m[0].length, words: m[0] }),
  );
  const hit = [...labelsIn(before).filter((h) => h.label === 'machine'), ...ovens].sort(
    (a, b) => b.end - a.end,
  )[0];
  if (!hit) return undefined;
  const between = before.slice(hit.end);
  if (between.length > 60 || /\b(rp|rb|ribu|jt|juta|k|m)\b|\d\s*(rb|jt|k)\b/i.test(between)) return undefined;
  return hit;
}
