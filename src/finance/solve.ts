import {
  type BreakEvenResult,
  calculateBreakEven,
  calculateDepreciation,
  calculateFee,
  calculateHpp,
  calculateProfit,
  type DepreciationResult,
  calculatePrice,
  type ChannelKind,
  COMMON_MARKUPS,
  type HppInput,
  type HppResult,
  type Machine,
  type Missing,
  type Part,
  type PriceInput,
  type PriceResult,
  type ProfitResult,
} from './calc.ts';
import { type Basis, labelsIn } from './labels.ts';
import {
  type Ambiguity,
  type ChannelFee,
  channelFee,
  type Intent,
  type Item,
  type MoneyFacts,
  type PercentAsked,
  type PercentItem,
  WEEKS_PER_MONTH,
} from './read.ts';
import { ceil, cmp, div, type Frac, frac, mul, rupiah, sub, sum } from './rupiah.ts';
import { FINANCE_SOURCES, type FinanceSource } from './sources.ts';
import { type PaybackTime, paybackTime } from './payback.ts';

/** One worked calculation: its inputs as read, the calculator's result, and what is still missing. */
export interface Worked {
  intent: Intent;
  noun?: string;
  /** What the period costs and the quantity are for: a month, one batch, or one working day. */
  period: 'month' | 'batch' | 'day';
  missing: Missing[];
  /** HPP components not said and left out of a result that is still worked out (named under it). */
  notIncluded?: Missing[];
  ambiguous: Ambiguity[];
  hppInput?: HppInput;
  hpp?: HppResult;
  priceInput?: PriceInput;
  price?: PriceResult;
  /** The HPP given directly was a total cost per unit (HPP + operating costs). */
  costIsTotal?: boolean;
  /** Someone else's selling price ("temen sy jual 25rb"), to check the cost against. */
  market?: { amount: number; words: string };
  /** "modal 2jt, sisain 400rb, bisa produksi brp?": the money to spend, what is kept aside, the units it pays. */
  buys?: { capital: Frac; reserve: Frac; spend: Frac; units: bigint; left: Frac };
  /** The price checked was said for a pack ("1 lusin 300rb"): its size, its noun and the pack's price. */
  pack?: { size: number; noun: string; amount: number };
  /** The price was asked for a pack of pieces ("what price for the dozen?"): said for the pack too. */
  packAsked?: { size: number; noun: string };
  /** "reseller ambil 2 kodi ... untung total brp?": the order's count, its total asked beside each unit's. */
  order?: { count: number };
  /** "harga jual 25rb, untung 30%. modalnya brp?": the highest cost a price leaves at a markup or a margin. */
  costFromPrice?: { price: Frac; bp: number; kind: 'markup' | 'margin'; cost: Frac };
  /** The message asked what price to sell at ("harga jualnya enaknya brp?"). */
  asksPrice?: boolean;
  /** "margin sy brp persen?" with the cost and the price given: the percentage asked, which leads. */
  percentAsked?: PercentAsked;
  /** "temen bilang untung sy 33%": a percentage said beside the one asked, compared with it, not a target. */
  claimed?: PercentItem[];
  /** The channel's cut is a consignment shop's share ("toko minta 25% dr harga jual"). */
  cutByShop?: boolean;
  /** The prices at the usual markups on this cost, from wholesale to retail (COMMON_MARKUPS). */
  range?: { low: PriceResult; high: PriceResult };
  /** "totalnya Rp 4.500.000 sebulan ÷ 150": how an all-in cost of the period became one per unit. */
  costTotal?: { said: string; units: number };
  breakEven?: {
    fixed: Part[];
    variable: Part[];
    price?: Frac;
    result?: BreakEvenResult;
    /** An HPP given whole is used as the variable cost: it may already hold a share of the fixed costs. */
    hppAsVariable?: boolean;
    /** The fixed cost is start-up capital, earned back once: a payback, not a month's break-even. */
    payback?: boolean;
    /** Machines bought once whose useful life is not known yet: not a monthly cost until it is. */
    noLifespan?: { name: string; amount: number }[];
    /** "bazar 3 hari": the fixed costs are an event's, so the break-even is for that event, not a month. */
    event?: string;
    /** "potongan admin 8%": the marketplace's cut of the price, taken off before the contribution margin. */
    fee?: ChannelFee;
    /** "tiap tas untung 40rb": the profit on each unit said outright, used instead of price − variable cost. */
    unitProfit?: Frac;
    /** The costs a unit profit covers are (some of them) the month's: the count is a month's sales. */
    perMonth?: boolean;
  };
  depreciation?: { machines: Machine[]; units?: number; result?: DepreciationResult; perYear?: boolean };
  /** "brp bulan balik modal?": the capital ÷ the profit of a month, a week or a day of sales. */
  paybackTime?: PaybackTime;
  profit?: {
    revenue?: Frac;
    revenueParts: Part[];
    price?: Frac;
    unitsSold?: number;
    hppPerUnit?: Frac;
    hppTotal?: Frac;
    costs: Part[];
    /** The costs said per unit that make up the HPP of each unit sold ("kain 40rb + upah 30rb per lembar"). */
    unitCosts?: Part[];
    /** Materials bought for a period's sales, taken as the cost of the goods sold ("belanja bahan 7jt"). */
    cogsParts?: Part[];
    /** "potongan admin 8%": the marketplace's cut of the sales, in basis points (its parts when several). */
    fee?: ChannelFee;
    /** "HPP nya brp per dompet?" (asked with the profit): the HPP of one unit leads the answer too. */
    asksHpp?: boolean;
    /** "untung kotor brp?": the answer leads with the gross profit too. */
    asksGross?: boolean;
    /** "untung bersih brp?": the net is asked by name, so it leads even with no cost of the period. */
    asksNet?: boolean;
    /** One unit's profit asked beside the period's. */
    asksPerUnit?: boolean;
    /** "brp persen dr omzet?": the profit is said as a share of the sales too. */
    asksShare?: boolean;
    /** A batch story counted by the month: each unit's HPP from the batch's costs and units. */
    batchHpp?: { parts: Part[]; units: number; notIncluded: Missing[] };
    /** The sales or the costs were said by the month: the result is a month's. */
    perMonth?: boolean;
    /** No count sold was said: the count made is taken as sold ("kalo habis semua"). */
    soldAsMade?: boolean;
    /** "50 × 25 hari": the month's sales made from a day's and the working days. */
    soldSaid?: string;
    /** Only a day's sales and no cost of the month: the result is a day's. */
    perDay?: boolean;
    result?: ProfitResult;
  };
  fee?: {
    price?: Frac;
    feeBp?: number;
    /** The fees that add up to `feeBp` ("admin 8% + layanan 2%"), when more than one was said. */
    parts?: number[];
    result?: { price: Frac; fee: Frac; net: Frac; bp: number };
  };
  /** "100 bungkus seminggu": a count given by the week, used × 4 for the month. */
  unitsSaid?: string;
  /** "4 loyang × 20 potong": the units made, as containers times what each one yields. */
  unitsEach?: string;
  /** Every amount read, so that the answer can check that each one is shown. */
  items?: Item[];
  /** Amounts of the message the calculation does not use (the HPP costs around an asset's depreciation). */
  unused?: Item[];
  /** "sebulan 20 adonan": the month's costs shared over that many batches. */
  batches?: { perMonth: number; text: string; days?: boolean; perWeek?: number };
  source: FinanceSource;
}

/** How the month and the quantity are read for one calculation. */
interface Context {
  frame?: Basis;
  /** The quantity the calculation is for: period-said variable costs are scaled to it from `forUnits`. */
  units?: number;
  /** A batch calculation that also has costs of the month: the month's costs ÷ batches a month. */
  batchesPerMonth?: number;
  /** How batchesPerMonth was worked out when the message gave a month's sales, not its batches. */
  batchesFrom?: string;
  period?: Worked['period'];
  /** Working days a month, for a cost said per day in a month's calculation. */
  daysPerMonth?: number;
}

const itemName = (item: Item) => item.words;

/** The period an item covers, from its own words, else the message's frame, else what its kind usually is. */
function basisOf(item: Item, frame: Basis | undefined): 'unit' | 'period' | 'year' | 'week' {
  if (item.basis === 'unit') return 'unit';
  if (item.basis === 'year') return 'year';
  if (item.basis === 'week') return 'week';
  if (item.basis) return 'period';
  switch (item.label) {
    case 'materials':
    case 'variable':
      return frame ? 'period' : 'unit';
    case 'labour':
      return /gaji|salar/i.test(item.words) || item.each || frame ? 'period' : 'unit';
    // an all-in cost said in a month's or a batch's story ("modal sy sebulan totalnya 6jt") is that period's
    case 'cost':
      return (frame && frame !== 'unit') || SAID_TOTAL.test(item.words) ? 'period' : 'unit';
    case 'overhead':
    case 'machine':
    case 'fixed':
    case 'opcost':
      return 'period';
    default:
      return 'unit';
  }
}

/** Materials and piece wages grow with the quantity; wages by the month, rent and depreciation do not. */
export function behaviour(item: Item, frame: Basis | undefined): 'variable' | 'fixed' {
  if (item.label === 'materials' || item.label === 'variable') return 'variable';
  if (item.label === 'labour') return basisOf(item, frame) === 'unit' ? 'variable' : 'fixed';
  return 'fixed';
}

function toPart(item: Item, ctx: Context | Basis | undefined): Part | 'lifespan' {
  const c: Context = typeof ctx === 'string' || ctx === undefined ? { frame: ctx } : ctx;
  const frame = c.frame;
  let amount = frac(item.amount);
  let detail = item.each
    ? `${item.each.count} ${item.each.noun ?? ''} × ${rupiah(item.each.amount)}`
    : rupiah(amount);
  const basis = basisOf(item, frame);
  const behaves = behaviour(item, frame);
  if (basis === 'week') {
    amount = div(amount, frac(1, WEEKS_PER_MONTH));
    detail += ` × ${WEEKS_PER_MONTH} minggu`;
  }
  // "kalau bikin 300?": a cost said for 200 that grows with the quantity is scaled to 300
  if (behaves === 'variable' && basis !== 'unit' && item.forUnits && c.units && c.units !== item.forUnits) {
    amount = div(mul(amount, frac(c.units)), frac(item.forUnits));
    detail += ` ÷ ${item.forUnits} × ${c.units}`;
  }
  // a cost of the month in a batch calculation: its share of one batch
  const monthly =
    item.basis === 'month' || item.basis === 'week' || item.basis === 'year' || item.label === 'machine';
  // a cost of one working day in a month's calculation: × the working days
  let said: string | undefined;
  if (item.basis === 'day' && c.period === 'month') {
    if (c.daysPerMonth) {
      amount = mul(amount, frac(c.daysPerMonth));
      detail += ` × ${c.daysPerMonth} hari`;
    } else said = 'sehari';
  }
  if (monthly && c.period && c.period !== 'month' && !c.batchesPerMonth && item.label !== 'machine')
    said = 'sebulan';
  if (c.batchesPerMonth && monthly) {
    amount = div(amount, frac(c.batchesPerMonth));
    detail += ` ÷ ${c.batchesPerMonth} ${c.frame === 'day' || item.basis === 'day' ? 'hari' : 'produksi'}${c.batchesFrom ? ` (${c.batchesFrom})` : ''}`;
  }
  if (item.label === 'machine') {
    if (!item.lifespanMonths) return 'lifespan';
    amount = div(amount, frac(item.lifespanMonths));
    detail += ` ÷ ${item.lifespanMonths} bulan`;
  }
  if (basis === 'year') {
    amount = div(amount, frac(12));
    detail += ' ÷ 12 bulan';
  }
  if (item.detail === 'half') {
    amount = div(amount, frac(2));
    detail += ' ÷ 2';
  }
  return {
    name: itemName(item),
    amount,
    basis: basis === 'unit' ? 'unit' : 'period',
    behaves,
    ...(detail !== rupiah(amount) ? { detail: detail.replace(/\s+/g, ' ') } : {}),
    ...(said ? { said } : {}),
  };
}

/** A story counted by the batch or by the working day; else by the month. */
function periodOf(facts: MoneyFacts): Worked['period'] {
  // a story told by the day ("tiap hari bikin 50 bungkus") is counted by the day; a wage per day with the
  // month's output is a cost of the month
  if (facts.frame === 'batch' || facts.items.some((i) => i.basis === 'batch')) return 'batch';
  return facts.frame === 'day' ? 'day' : 'month';
}

/** The calculation's context: the frame, the quantity, and batches a month when month and batch costs mix. */
function contextOf(facts: MoneyFacts, missing: Set<Missing>): Context {
  const period = periodOf(facts);
  const ctx: Context = { frame: facts.frame, units: facts.units?.value, period };
  const batchBased = period !== 'month';
  // "upah 100rb sehari" with the month's output: the day's wage × working days
  if (period === 'month' && facts.items.some((i) => i.basis === 'day')) {
    if (facts.batches?.days) ctx.daysPerMonth = facts.batches.perMonth;
    else missing.add('days');
  }
  const monthBased = facts.items.some(
    (i) =>
      ['materials', 'labour', 'overhead', 'variable', 'machine'].includes(i.label) &&
      (i.basis === 'month' || i.basis === 'week' || i.basis === 'year' || i.label === 'machine'),
  );
  if (batchBased && monthBased) {
    // "selembar kulit jadinya 15 dompet ... sebulan laku 120 dompet": what a month sells, made 15 at a
    // time, is 8 batches a month (a whole number of batches only; otherwise the batches are asked for)
    const sold = facts.sales?.per === 'month' ? facts.sales.count : undefined;
    const perBatch = facts.units?.value;
    const fromSales =
      !facts.batches && period === 'batch' && sold && perBatch && sold % perBatch === 0
        ? sold / perBatch
        : undefined;
    if (facts.batches) ctx.batchesPerMonth = facts.batches.perMonth;
    else if (fromSales) {
      ctx.batchesPerMonth = fromSales;
      ctx.batchesFrom = `${sold} terjual sebulan ÷ ${perBatch} sekali produksi`;
    } else missing.add(periodOf(facts) === 'day' ? 'days' : 'batches');
  }
  return ctx;
}

function partsFor(
  facts: MoneyFacts,
  labels: Item['label'][],
  missing: Set<Missing>,
  ctx: Context,
): Part[] | undefined {
  const items = facts.items.filter((i) => labels.includes(i.label));
  if (items.length === 0) return labels.some((l) => facts.zero.includes(l)) ? [] : undefined;
  const parts: Part[] = [];
  for (const item of items) {
    const part = toPart(item, ctx);
    if (part === 'lifespan') missing.add('lifespan');
    else parts.push(part);
  }
  return parts;
}

/** "totalnya 6jt sebulan", "total biaya produksi 5jt": one figure for the whole period, not one unit. */
const isPeriodTotal = (i: Item, frame: Basis | undefined) =>
  (i.label === 'hpp' || i.label === 'cost') &&
  (i.basis ? i.basis !== 'unit' : (frame !== undefined && frame !== 'unit') || SAID_TOTAL.test(i.words));

/** "modal total 2jt", "totalnya 6jt": a total is the period's, never one unit's, unless "per bungkus" is said. */
const SAID_TOTAL = /\btotal/i;

function hppFrom(facts: MoneyFacts, missing: Set<Missing>) {
  const ctx = contextOf(facts, missing);
  const input: HppInput = {
    materials: partsFor(facts, ['materials', 'variable'], missing, ctx),
    labour: partsFor(facts, ['labour'], missing, ctx),
    overhead: partsFor(facts, ['overhead', 'machine'], missing, ctx),
    units: facts.units?.value,
  };
  const totals = facts.items.filter((i) => isPeriodTotal(i, facts.frame));
  if (totals.length > 0 && !input.materials && !input.labour && !input.overhead)
    input.total = totals.map((i) => toPart(i, ctx)).filter((p): p is Part => p !== 'lifespan');
  // "I have 3 million. Materials for one lamp cost 120k. How many lamps can I make?": the cost of one unit
  // given whole is the HPP the capital is divided by
  const unitGiven = facts.items.filter(
    (i) => (i.label === 'hpp' || i.label === 'cost') && basisOf(i, facts.frame) === 'unit',
  );
  if (
    facts.asksUnitsFromCapital &&
    !input.total?.length &&
    !input.materials &&
    !input.labour &&
    !input.overhead &&
    unitGiven.length > 0
  )
    input.total = unitGiven.map((i) => ({ ...hppPart(i), behaves: 'variable' as const }));
  // A machine without a lifespan makes overhead incomplete, not absent.
  const { result, missing: hppMissing } = calculateHpp(input);
  // Wages not said (most often the owner's own work, unpaid) do not block an answer: the HPP of what was
  // said is worked out and the wages it leaves out are named under it, to be sent and added.
  // "bahan+minyak+gas+plastik 600rb": a kind of cost named inside another cost's words (gas is overhead) is
  // in that cost, neither missing nor left out
  const namedInside = new Set(facts.items.flatMap((i) => labelsIn(i.words).map((h) => h.label as string)));
  const covered = hppMissing.filter((m) => NOTED.includes(m) && namedInside.has(m));
  const rest = hppMissing.filter((m) => !covered.includes(m));
  const notIncluded = rest.filter((m) => NOTED.includes(m));
  const given = NOTED.some((c) => input[c as 'materials' | 'labour' | 'overhead']?.length);
  if (notIncluded.length + covered.length > 0 && notIncluded.length === rest.length && given) {
    const partial = calculateHpp({
      ...input,
      materials: input.materials ?? [],
      labour: input.labour ?? [],
      overhead: input.overhead ?? [],
    });
    return { input, result: partial.result, notIncluded };
  }
  for (const m of hppMissing) missing.add(m);
  return { input, result, notIncluded: [] as Missing[] };
}

/**
 * HPP components noted as not included rather than asked for (see hppFrom): the owner's own labour is the
 * cost small producers most often leave out, and overhead or materials not said still leave an HPP of what
 * was said, worked out and named as partial, never a question that blocks the answer.
 */
const NOTED: Missing[] = ['materials', 'labour', 'overhead'];

/** "dua mesin jahit masing-masing Rp 6 juta umur 5 tahun": each machine as bought, with its useful life. */
function depreciationFrom(facts: MoneyFacts, period: Worked['period']) {
  const machines: Machine[] = facts.items
    .filter((i) => i.label === 'machine')
    .map((i) => ({
      name: i.each?.noun ?? i.words,
      price: frac(i.amount),
      ...(i.each ? { detail: `${i.each.count} × ${rupiah(i.each.amount)}` } : {}),
      ...(i.lifespanMonths ? { months: i.lifespanMonths } : {}),
    }));
  // "nilai sisanya Rp 3.000.000": what one asset is worth at the end of its life is not used up (with
  // several assets and one such value, which asset it is for is not known: it is named as not used)
  const salvage = facts.items.filter((i) => i.label === 'salvage');
  if (machines.length === 1 && salvage.length === 1 && cmp(frac(salvage[0]!.amount), machines[0]!.price) < 0)
    machines[0]!.salvage = frac(salvage[0]!.amount);
  // The units made in a month share the month's depreciation; a batch count does not.
  const units = period === 'month' && !facts.units?.sold ? facts.units?.value : undefined;
  const { result, missing } = calculateDepreciation({ machines, units });
  const depreciation: NonNullable<Worked['depreciation']> = {
    machines,
    ...(facts.perYearAsked ? { perYear: true } : {}),
    ...(units ? { units } : {}),
    ...(missing.length ? {} : { result }),
  };
  return { depreciation, missing };
}

/** What a payback over time takes in: the capital, the profit (said, or price − HPP) and the month's costs. */
const PAYBACK_TAKES: Item['label'][] = [
  'capital',
  'machine',
  'markup',
  'price',
  'retail',
  'hpp',
  'cost',
  'materials',
  'variable',
  'labour',
  'fixed',
  'overhead',
  'opcost',
];

/** The labels each calculator takes in; an amount under any other label is asked about, never dropped. */
const TAKES: Record<Intent, Item['label'][]> = {
  hpp: ['materials', 'variable', 'labour', 'overhead', 'machine', 'hpp', 'cost'],
  harga: [
    'fee',
    'reseller',
    'discount',
    'markup',
    'hpp',
    'cost',
    'opcost',
    'price',
    'retail',
    'materials',
    'variable',
    'labour',
    'overhead',
    'machine',
  ],
  impas: [
    'hpp',
    'cost',
    'fixed',
    'variable',
    'materials',
    'labour',
    'overhead',
    'machine',
    'opcost',
    'price',
    'retail',
    'capital',
  ],
  susut: ['machine', 'salvage'],
  laba: [
    'revenue',
    'price',
    'retail',
    'hpp',
    'cost',
    'opcost',
    'fixed',
    'variable',
    'materials',
    'labour',
    'overhead',
    'machine',
  ],
  potongan: ['price', 'retail'],
};

/**
 * The amounts a worked calculation left out: another label than the calculator takes, a second HPP or price
 * where one is used, an itemised cost beside an HPP given whole. Each is asked about (susut names them as
 * not used instead: an HPP story around an asset's price is common and harmless).
 */
function leftOut(facts: MoneyFacts, w: Worked): Item[] {
  if (w.intent === 'susut') return [];
  // an operating cost in an HPP story is named as outside HPP (see `unused`), not asked about
  // start-up capital outside a payback is named as not used (see `unused`), not asked about; a payback
  // earns it back from the profit over the HPP
  const payback = w.breakEven?.payback === true;
  if (w.paybackTime) return facts.items.filter((i) => !PAYBACK_TAKES.includes(i.label));
  const out = facts.items.filter(
    (i) =>
      !TAKES[w.intent].includes(i.label) &&
      !(w.intent === 'hpp' && i.label === 'opcost') &&
      i.label !== 'capital' &&
      !(payback && (i.label === 'hpp' || i.label === 'cost')) &&
      !(w.breakEven?.unitProfit && i.label === 'markup'),
  );
  if (w.intent === 'harga' || w.intent === 'potongan') {
    const sellsThrough = facts.percents.some((p) => ['fee', 'reseller', 'discount'].includes(p.label));
    const one = (labels: Item['label'][], market = false) =>
      facts.items
        .filter((i) => labels.includes(i.label) && (!sellsThrough && i.market === true) === market)
        .slice(1);
    // one cost, one price of the artisan's and one of someone else's to compare with
    out.push(...one(['hpp', 'cost']), ...one(['price', 'retail']), ...one(['price', 'retail'], true));
    // "hpp 100rb, sewa 500rb": is the rent in that HPP or outside it?
    if (w.priceInput && !w.hppInput && facts.items.some((i) => i.label === 'hpp' || i.label === 'cost'))
      out.push(
        ...facts.items.filter((i) =>
          ['materials', 'variable', 'labour', 'overhead', 'machine'].includes(i.label),
        ),
      );
  }
  if (w.intent === 'hpp' && w.hppInput && !w.hppInput.total?.length)
    out.push(...facts.items.filter((i) => i.label === 'hpp' || i.label === 'cost'));
  return out;
}

/** Runs the calculator the message asks for on the figures it gives; what it cannot use is asked about. */
export function solve(given: MoneyFacts, intent: Intent): Worked {
  // "biaya tetap sebulan 900rb" in a unit's cost or price: the month's fixed costs are the overhead each unit
  // made that month carries (money.fixed-as-overhead)
  const facts =
    (intent === 'hpp' || intent === 'harga') && given.items.some((i) => i.label === 'fixed')
      ? {
          ...given,
          items: given.items.map((i) =>
            i.label === 'fixed' && i.basis !== 'unit' ? { ...i, label: 'overhead' as const } : i,
          ),
        }
      : given;
  let worked: Worked = { ...solveWith(facts, intent), items: facts.items };
  const opcost = facts.items.filter((i) => i.label === 'opcost');
  if (intent === 'hpp' && opcost.length > 0) worked = { ...worked, unused: opcost };
  const capital = facts.items.filter((i) => i.label === 'capital');
  const buys = intent === 'hpp' && facts.asksUnitsFromCapital ? unitsBought(capital, worked) : undefined;
  if (buys) worked = { ...worked, buys };
  else if (intent !== 'impas' && capital.length > 0)
    worked = { ...worked, unused: [...(worked.unused ?? []), ...capital] };
  const out = leftOut(facts, worked);
  if (out.length === 0) return worked;
  return {
    ...worked,
    ambiguous: [
      ...worked.ambiguous,
      ...out.map((i) => ({ text: i.text, words: i.words, candidates: [i.amount], role: intent })),
    ],
  };
}

/** (capital − what is kept aside) ÷ the cost of one unit, in whole units, and what is left over. */
function unitsBought(capital: Item[], w: Worked): Worked['buys'] {
  const hpp = w.hpp?.hpp;
  if (!hpp || hpp.num <= 0n) return undefined;
  const total = sum(capital.filter((i) => !i.reserve).map((i) => frac(i.amount)));
  const reserve = sum(capital.filter((i) => i.reserve).map((i) => frac(i.amount)));
  const spend = sub(total, reserve);
  if (spend.num <= 0n) return undefined;
  const ratio = div(spend, hpp);
  const units = ratio.num / ratio.den;
  return { capital: total, reserve, spend, units, left: sub(spend, mul(hpp, frac(Number(units)))) };
}

function solveWith(facts: MoneyFacts, intent: Intent): Worked {
  const missing = new Set<Missing>();
  const period = periodOf(facts);
  const base = {
    intent,
    noun: facts.noun ?? facts.units?.noun,
    period,
    ambiguous: facts.ambiguous,
    ...(facts.batches && period !== 'month' ? { batches: facts.batches } : {}),
    ...(facts.units?.said ? { unitsSaid: facts.units.said } : {}),
    ...(facts.units?.each ? { unitsEach: facts.units.each } : {}),
  };
  if (intent === 'laba') return profitFrom(facts, base);
  if (intent === 'potongan') {
    const price = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
    const fee = channelFee(facts);
    const input = { price: price ? frac(price.amount) : undefined, feeBp: fee?.bp };
    const { result, missing: feeMissing } = calculateFee(input);
    return {
      ...base,
      missing: feeMissing,
      fee: { ...input, ...(fee?.parts ? { parts: fee.parts } : {}), ...(result ? { result } : {}) },
      source: FINANCE_SOURCES.channel,
    };
  }
  if (intent === 'susut') {
    const { depreciation, missing: susutMissing } = depreciationFrom(facts, period);
    // an amount that is not an asset's price is named as not used, never left out in silence
    const unused = facts.items.filter(
      (i) =>
        i.label !== 'machine' && !(i.label === 'salvage' && depreciation.machines.some((m) => m.salvage)),
    );
    return {
      ...base,
      ...(unused.length ? { unused } : {}),
      missing: susutMissing,
      depreciation,
      source: FINANCE_SOURCES.depreciation,
    };
  }
  if (intent === 'hpp') {
    const { input, result, notIncluded } = hppFrom(facts, missing);
    return {
      ...base,
      missing: [...missing],
      ...(notIncluded.length ? { notIncluded } : {}),
      hppInput: input,
      hpp: missing.size ? undefined : result,
      source: period !== 'month' ? FINANCE_SOURCES.hppBatch : FINANCE_SOURCES.hpp,
    };
  }
  if (intent === 'harga') {
    const given = facts.items.find((i) => i.label === 'hpp' || i.label === 'cost');
    let hpp: Frac | undefined = given ? frac(given.amount) : undefined;
    let costTotal: Worked['costTotal'];
    // "totalnya 4,5jt sebulan utk 150 lembar": the month's all-in cost shared over the month's units
    if (given && isPeriodTotal(given, facts.frame)) {
      const units = facts.units && !facts.units.sold ? facts.units.value : undefined;
      if (units) {
        hpp = div(frac(given.amount), frac(units));
        costTotal = { said: `${given.words ? `${given.words} ` : ''}${rupiah(given.amount)}`, units };
      } else {
        hpp = undefined;
        missing.add('units');
      }
    }
    let worked: Pick<Worked, 'hppInput' | 'hpp' | 'notIncluded'> = {};
    if (!given && facts.items.some((i) => ['materials', 'labour', 'overhead', 'machine'].includes(i.label))) {
      const { input, result, notIncluded } = hppFrom(facts, missing);
      worked = { hppInput: input, hpp: result, ...(notIncluded.length ? { notIncluded } : {}) };
      hpp = result?.hpp;
    }
    const opItems = facts.items.filter((i) => i.label === 'opcost');
    // "ambil barang 60rb jual 85rb, ongkir ditanggung sy 10rb. untung per pcs?": an operating cost said with no
    // period, below the price of one unit and with no count to share a month's cost over, is one unit's
    const ownPrice = facts.items.find((i) => (i.label === 'price' || i.label === 'retail') && !i.market);
    const opUnit = (i: Item) =>
      basisOf(i, facts.frame) === 'unit' ||
      (!i.basis &&
        !facts.frame &&
        ownPrice !== undefined &&
        i.amount < ownPrice.amount &&
        facts.unitsSold === undefined &&
        facts.units === undefined);
    const perUnit = opItems.filter(opUnit);
    const monthly = opItems.filter((i) => !opUnit(i));
    const percent = (label: string) => facts.percents.find((p) => p.label === label);
    // "modal 60rb, sy jual 80rb. temen bilang untung sy 33%, margin sy brp persen?": with the cost and the own
    // price given, the percentage asked is worked out from them; a markup or a margin the message says is
    // compared with it, never a target that prices the product again, unless it is said as the one wanted
    // ("brp harga jual untuk margin 40%?")
    const checksShare =
      facts.percentAsked !== undefined && !facts.asksPrice && ownPrice !== undefined && hpp !== undefined;
    const isTarget = (p: PercentItem) => (p.label === 'markup' || p.label === 'margin') && !p.wanted;
    const claimed = checksShare ? facts.percents.filter(isTarget) : [];
    const targets = facts.percents.filter((p) => !claimed.includes(p));
    const markup = targets.find(
      (p) => (p.label === 'markup' && p.of !== 'price') || (p.label === 'margin' && p.of === 'cost'),
    );
    const margin = targets.find(
      (p) => (p.label === 'margin' && p.of !== 'cost') || (p.label === 'markup' && p.of === 'price'),
    );
    const prices = facts.items.filter((i) => i.label === 'price' || i.label === 'retail');
    // the artisan's own price is the one checked; someone else's is checked when no price or target of the
    // artisan's is given, and is otherwise the market the answer compares with
    // with a marketplace's cut or a reseller's discount, the price is the one the artisan sells at there
    const cutItem = facts.items.find((i) => ['fee', 'reseller', 'discount'].includes(i.label));
    const profitItem = markup || margin ? undefined : facts.items.find((i) => i.label === 'markup');
    const sellsThrough =
      cutItem !== undefined || facts.percents.some((p) => ['fee', 'reseller', 'discount'].includes(p.label));
    const market = sellsThrough ? undefined : prices.find((i) => i.market);
    const target = markup ?? margin ?? profitItem;
    const price = prices.find((i) => i !== market) ?? (target ? undefined : market);
    const input: PriceInput = {
      hpp,
      ...(opItems.length
        ? {
            opcost: {
              ...(perUnit.length ? { perUnit: sum(perUnit.map((i) => frac(i.amount))) } : {}),
              ...(monthly.length ? { monthly: sum(monthly.map((i) => frac(i.amount))) } : {}),
              unitsSold: facts.unitsSold ?? facts.units?.value,
            },
          }
        : {}),
      ...(margin ? { marginBp: margin.bp } : markup ? { markupBp: markup.bp } : {}),
      ...(price ? { price: price.amount } : {}),
      ...(percent('fee') ? { feeBp: percent('fee')!.bp } : {}),
      ...(percent('reseller') ? { resellerBp: percent('reseller')!.bp } : {}),
      ...(percent('discount') ? { discountBp: percent('discount')!.bp } : {}),
      ...(cutItem ? { cutAmount: { amount: cutItem.amount, kind: cutItem.label as ChannelKind } } : {}),
      ...(profitItem ? { profitAmount: profitItem.amount } : {}),
      ...(facts.targetAfterCut ? { targetAfterCut: true } : {}),
    };
    // "harga jual 25rb, untung 30% dari modal. modalnya brp?": the cost a price leaves at that markup or margin
    if (facts.asksCost && hpp === undefined && price && (markup || margin) && missing.size === 0) {
      const p = frac(price.amount);
      const bp = (margin ?? markup)!.bp;
      const cost = margin ? mul(p, frac(10000 - bp, 10000)) : div(p, frac(10000 + bp, 10000));
      return {
        ...base,
        missing: [],
        costFromPrice: { price: p, bp, kind: margin ? 'margin' : 'markup', cost },
        source: FINANCE_SOURCES.price,
      };
    }
    const { result, missing: priceMissing } = calculatePrice(input);
    for (const m of priceMissing) if (!(m === 'hpp' && missing.size > 0)) missing.add(m);
    const channel = input.feeBp !== undefined || input.resellerBp !== undefined || cutItem !== undefined;
    // the usual markups on the cost, once the cost is known: a range to price from, or to set a price against
    const onlyTarget = [...missing].every((m) => m === 'target');
    const at = (markupBp: number) =>
      calculatePrice({ hpp: input.hpp, ...(input.opcost ? { opcost: input.opcost } : {}), markupBp }).result;
    const low =
      !channel && input.discountBp === undefined && onlyTarget && input.hpp
        ? at(COMMON_MARKUPS.wholesaleBp)
        : undefined;
    const high = low ? at(COMMON_MARKUPS.retailBp) : undefined;
    return {
      ...base,
      missing: [...missing],
      ...worked,
      priceInput: input,
      price: missing.size ? undefined : result,
      costIsTotal: given?.label === 'cost',
      ...(costTotal ? { costTotal } : {}),
      ...(market ? { market: { amount: market.amount, words: market.words } } : {}),
      ...(facts.asksPrice ? { asksPrice: true } : {}),
      ...(checksShare ? { percentAsked: facts.percentAsked } : {}),
      ...(claimed.length ? { claimed } : {}),
      ...(price?.pack ? { pack: price.pack } : {}),
      ...(facts.packAsked && !price ? { packAsked: facts.packAsked } : {}),
      ...(facts.cutByShop ? { cutByShop: true } : {}),
      ...(facts.orderAsked ? { order: facts.orderAsked } : {}),
      ...(low && high ? { range: { low, high } } : {}),
      source: channel
        ? FINANCE_SOURCES.channel
        : market
          ? FINANCE_SOURCES.competitor
          : input.marginBp !== undefined || (input.price !== undefined && !markup)
            ? FINANCE_SOURCES.pricing_mistakes
            : FINANCE_SOURCES.price,
    };
  }
  // "brp bulan balik modal?" with a sales rate: the capital ÷ the profit of a month (week, day)
  if (facts.paybackIn) {
    const time = paybackTime(facts, facts.paybackIn);
    if (time)
      return {
        ...base,
        missing: [...missing, ...(time.result ? [] : (['days'] as Missing[]))],
        paybackTime: time,
        source: FINANCE_SOURCES.breakEven,
      };
  }
  const covered = coveredByUnitProfit(facts);
  if (covered) return { ...base, ...covered, source: FINANCE_SOURCES.breakEven };
  const fixed: Part[] = [];
  const variable: Part[] = [];
  const noLifespan: Item[] = [];
  let hppAsVariable = false;
  // "biar modal 5jt nya balik": the capital is earned back from the profit over the HPP of each unit sold
  const capital = facts.items.filter((i) => i.label === 'capital');
  const payback = capital.length > 0;
  if (payback) {
    for (const i of capital) fixed.push({ name: i.words, amount: frac(i.amount), basis: 'period' });
    for (const i of facts.items)
      if (i.label === 'hpp' || i.label === 'cost')
        variable.push({ name: 'HPP', amount: frac(i.amount), basis: 'unit', behaves: 'variable' });
  }
  // A batch story ("sekali masak bahan 420rb, jadinya 35 botol; ongkos 100rb per masak"): what one batch
  // costs grows with the batches made, so each unit carries the batch's costs ÷ the batch's units; the
  // month's costs stay fixed.
  const batchUnits = payback ? undefined : batchUnitsOf(facts);
  for (const item of facts.items) {
    const share = batchUnits ? batchShare(item, facts, batchUnits) : undefined;
    if (share) {
      variable.push(share);
      continue;
    }
    // "modal 3rb per biji", "each mug costs 45k to make": the cost of one unit is the variable cost of a
    // break-even (a payback takes it above, as the HPP)
    if (
      !payback &&
      (item.label === 'hpp' || item.label === 'cost') &&
      basisOf(item, facts.frame) === 'unit'
    ) {
      variable.push({
        name: item.words || 'HPP',
        amount: frac(item.amount),
        basis: 'unit',
        behaves: 'variable',
      });
      if (/\b(hpp|harga pokok|cogs)\b/i.test(item.words)) hppAsVariable = true;
      continue;
    }
    if (!['fixed', 'variable', 'materials', 'labour', 'overhead', 'machine', 'opcost'].includes(item.label))
      continue;
    const part = toPart(item, undefined);
    if (part === 'lifespan') {
      noLifespan.push(item);
      continue;
    }
    const isVariable = item.label === 'variable' || (part.basis === 'unit' && item.label !== 'fixed');
    (isVariable ? variable : fixed).push({ ...part, basis: isVariable ? 'unit' : 'period' });
  }
  // A machine's price is paid once, not every month: beside the month's other fixed costs the break-even is
  // worked out without it, and the answer says how it enters (depreciation, once its useful life is said).
  // Alone, its useful life is asked for.
  if (noLifespan.length > 0 && fixed.length === 0) missing.add('lifespan');
  const priceItem = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
  const priceFrac = priceItem ? frac(priceItem.amount) : undefined;
  // "jual 95rb di marketplace, potongan admin 8%": each sale brings in the price less the cut
  const fee = channelFee(facts);
  const { result, missing: beMissing } = calculateBreakEven({
    fixed: fixed.length || facts.zero.includes('fixed') ? sum(fixed.map((p) => p.amount)) : undefined,
    variable:
      variable.length || facts.zero.includes('variable') ? sum(variable.map((p) => p.amount)) : undefined,
    price: priceFrac,
    ...(fee ? { feeBp: fee.bp } : {}),
  });
  for (const m of beMissing) missing.add(m);
  return {
    ...base,
    missing: [...missing],
    breakEven: {
      fixed,
      variable,
      price: priceFrac,
      ...(fee ? { fee } : {}),
      result: missing.size ? undefined : result,
      ...(payback ? { payback: true } : {}),
      ...(hppAsVariable && fixed.length ? { hppAsVariable: true } : {}),
      ...(noLifespan.length && fixed.length
        ? { noLifespan: noLifespan.map((i) => ({ name: i.each?.noun ?? i.words, amount: i.amount })) }
        : {}),
      ...(facts.event && !facts.items.some((i) => i.basis === 'month') ? { event: facts.event } : {}),
    },
    source: FINANCE_SOURCES.breakEven,
  };
}

/** Costs a profit per unit may have to cover: an event's, an investment's, the month's. */
export const TO_COVER: Item['label'][] = [
  'fixed',
  'overhead',
  'opcost',
  'machine',
  'capital',
  'materials',
  'labour',
  'variable',
  'cost',
];

/**
 * "sewa stand 4,5jt, transport 2jt, untung bersih 75rb per biji, hrs laku brp?", "beli mesin 12jt, tiap tas
 * untung 40rb, brp tas biar balik modal?": a profit on each unit said outright is what each sale adds, so
 * the count to sell is the costs ÷ that profit, rounded up to a whole unit. The profit is already net of
 * each unit's own costs, so every cost said beside it, none of them per unit, is one to cover; a machine's
 * price with no useful life is paid once and earned back whole. Undefined when no such profit is given, or a
 * cost said per unit beside it leaves unclear what the profit is net of (the usual break-even asks then).
 */
function coveredByUnitProfit(facts: MoneyFacts): Pick<Worked, 'missing' | 'breakEven'> | undefined {
  const profit = facts.items.find((i) => i.label === 'markup' && i.basis === 'unit');
  if (!profit) return undefined;
  const costs = facts.items.filter((i) => TO_COVER.includes(i.label));
  if (costs.some((i) => i.basis === 'unit') || facts.items.some((i) => i.label === 'hpp')) return undefined;
  const unitProfit = frac(profit.amount);
  const fixed = costs.map((i): Part => {
    const part = i.label === 'machine' && !i.lifespanMonths ? 'lifespan' : toPart(i, undefined);
    return part === 'lifespan'
      ? { name: i.words, amount: frac(i.amount), basis: 'period' }
      : { ...part, basis: 'period', behaves: 'fixed' };
  });
  const perMonth = costs.some(
    (i) =>
      i.label === 'fixed' ||
      (i.label === 'machine' && i.lifespanMonths) ||
      ['month', 'week', 'year'].includes(i.basis ?? ''),
  );
  const breakEven = {
    fixed,
    variable: [],
    unitProfit,
    ...(costs.some((i) => i.label === 'capital' || (i.label === 'machine' && !i.lifespanMonths))
      ? { payback: true }
      : {}),
    ...(perMonth ? { perMonth: true } : facts.event ? { event: facts.event } : {}),
  };
  if (fixed.length === 0) return { missing: ['fixed'], breakEven };
  const exactUnits = div(sum(fixed.map((p) => p.amount)), unitProfit);
  return {
    missing: [],
    breakEven: {
      ...breakEven,
      result: { contribution: unitProfit, exactUnits, units: ceil(exactUnits), never: false },
    },
  };
}

const REVENUE_LABELS: Item['label'][] = ['revenue'];
/** Production costs that, said per unit, make up each unit's HPP in a profit for a period. */
const UNIT_COST_LABELS: Item['label'][] = ['materials', 'variable', 'labour', 'overhead'];
const hppPart = (i: Item): Part => ({ name: i.words || 'HPP', amount: frac(i.amount), basis: 'unit' });
const NOT_A_COST: Item['label'][] = ['price', 'retail', 'revenue', 'hpp', 'cost', 'markup', 'margin', 'fee'];

/** Costs that make a unit, worked into the HPP of each batch's units. */
const PRODUCTION: Item['label'][] = ['materials', 'variable', 'labour', 'overhead', 'machine'];

/**
 * The units one batch makes, in a story told by the batch ("sekali masak bahan 420rb, jadinya 35 botol", "1
 * lembar kulit 1,1jt jadinya 22 dompet"): what the batch costs is shared over them. Undefined otherwise.
 */
function batchUnitsOf(facts: MoneyFacts): number | undefined {
  return periodOf(facts) === 'batch' && facts.units && !facts.units.sold && facts.units.value > 0
    ? facts.units.value
    : undefined;
}

/**
 * A production cost of one batch as each unit's share ("Rp 1.100.000 ÷ 22"): it grows with the batches made,
 * so it is a cost of each unit, whatever the month's sales are. Undefined for a cost that is not the batch's.
 */
function batchShare(item: Item, facts: MoneyFacts, units: number): Part | undefined {
  if (!PRODUCTION.includes(item.label) || item.label === 'machine') return undefined;
  if (!(item.basis === 'batch' || (item.basis === undefined && facts.frame === 'batch'))) return undefined;
  const amount = frac(item.amount);
  return {
    name: item.words,
    amount: div(amount, frac(units)),
    basis: 'unit',
    behaves: 'variable',
    detail: `${rupiah(amount)} ÷ ${units}`,
  };
}

/**
 * "sekali produksi 100 bungkus, bahan 600rb, tenaga 150rb", then "sebulan produksi 8 kali, dijual 10rb, untung
 * sebulan?": costs of one batch, a count of batches a month and a unit price make the month's profit: the
 * HPP of each unit (the batch's costs ÷ its units, a month's costs ÷ the batches too) × what a month makes,
 * taken as all sold. Undefined when the story is not one of batches counted a month, or its HPP is unknown.
 */
interface BatchMonth {
  hpp: Frac;
  units: number;
  said: string;
  /** How each unit's HPP was made: the batch's costs as said, the units of one batch, what it leaves out. */
  from: { parts: Part[]; units: number; notIncluded: Missing[] };
}

function batchMonth(given: MoneyFacts): BatchMonth | undefined {
  if (periodOf(given) !== 'batch' || !given.batches || given.batches.days) return undefined;
  // a count sold of its own is no batch's output; "kalo laku semua" takes the batch's output as sold
  if (!given.units || given.units.sold) return undefined;
  if (!given.soldAsMade && (given.unitsSold !== undefined || given.sales)) return undefined;
  if (given.items.some((i) => i.label === 'revenue' || i.label === 'hpp' || i.label === 'cost'))
    return undefined;
  if (!given.items.some((i) => (i.label === 'price' || i.label === 'retail') && !i.market)) return undefined;
  const production = given.items.filter((i) => PRODUCTION.includes(i.label));
  if (production.length === 0) return undefined;
  const missing = new Set<Missing>();
  const { input, result, notIncluded } = hppFrom({ ...given, items: production }, missing);
  if (missing.size > 0 || !result) return undefined;
  const noun = given.noun ?? given.units.noun;
  const batches = given.batches.perMonth;
  return {
    hpp: result.hpp,
    units: given.units.value * batches,
    said: `${given.units.value}${noun ? ` ${noun}` : ''} × ${batches} kali produksi`,
    from: {
      parts: [...(input.materials ?? []), ...(input.labour ?? []), ...(input.overhead ?? [])],
      units: given.units.value,
      notIncluded,
    },
  };
}

/** Profit for a period: what came in, the cost of what was sold, the period's other costs. */
function profitFrom(given: MoneyFacts, base: Omit<Worked, 'missing' | 'source'>): Worked {
  const batch = batchMonth(given);
  if (batch) return profitOfBatches(given, base, batch);
  return profitOf(given, base);
}

/** The month's profit of a batch story: each unit's HPP from the batch, the month's units all sold. */
function profitOfBatches(
  given: MoneyFacts,
  base: Omit<Worked, 'missing' | 'source'>,
  batch: BatchMonth,
): Worked {
  const hpp: Item = { label: 'hpp', words: '', amount: 0, text: '', basis: 'unit' };
  const facts: MoneyFacts = {
    ...given,
    items: [...given.items.filter((i) => !PRODUCTION.includes(i.label)), hpp],
    unitsSold: batch.units,
    soldAsMade: true,
  };
  const worked = profitOf(facts, base);
  const p = worked.profit!;
  const input = { ...p, hppPerUnit: batch.hpp };
  const { result, missing } = calculateProfit({
    revenue: input.revenue,
    price: input.price,
    unitsSold: batch.units,
    hppPerUnit: batch.hpp,
    costs: input.costs,
    ...(input.fee ? { feeBp: input.fee.bp } : {}),
  });
  return {
    ...worked,
    missing,
    profit: {
      ...input,
      unitsSold: batch.units,
      soldAsMade: true,
      soldSaid: batch.said,
      batchHpp: batch.from,
      perMonth: true,
      ...(missing.length ? {} : { result }),
    },
  };
}

function profitOf(given: MoneyFacts, base: Omit<Worked, 'missing' | 'source'>): Worked {
  const unitPrice = given.items.find(
    (i) => (i.label === 'price' || i.label === 'retail') && i.basis !== 'month',
  );
  // "1 lembar kulit 1,1jt jadinya 22 dompet ... sebulan laku 120": a batch's costs are each unit's share of
  // them, whatever the month's sales are
  const batchUnits = batchUnitsOf(given);
  const shares = new Map<Item, Part>();
  for (const i of batchUnits ? given.items : []) {
    const share = batchShare(i, given, batchUnits!);
    if (share) shares.set(i, share);
  }
  // "jual bakso 15rb/porsi, bahan 7rb": a production cost said with no period beside a price of one unit,
  // and below it, is the cost of one unit; a month's materials are not less than one portion's price
  const facts: MoneyFacts = {
    ...given,
    items: given.items.map((i) =>
      !shares.has(i) &&
      unitPrice &&
      !i.basis &&
      !i.each &&
      !i.unlisted &&
      UNIT_COST_LABELS.includes(i.label) &&
      !(i.label === 'labour' && /gaji|salar/i.test(i.words)) &&
      i.label !== 'overhead' &&
      i.amount < unitPrice.amount
        ? { ...i, basis: 'unit' as const }
        : i,
    ),
  };
  const revenueItems = facts.items.filter((i) => REVENUE_LABELS.includes(i.label));
  const revenueParts = revenueItems.map((i) => toPart(i, 'month')).filter((p): p is Part => p !== 'lifespan');
  const priceItem = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
  const hppItems = facts.items.filter((i) => i.label === 'hpp' || i.label === 'cost');
  // an HPP said with the sales as one figure ("hpp total 7jt", "omzet 12jt, hpp 7jt") is the period's
  const hppIsTotal = (i: Item) =>
    /total|semua/i.test(`${i.words} ${i.text}`) ||
    (i.basis !== undefined && i.basis !== 'unit') ||
    (i.basis === undefined && revenueItems.length > 0 && !priceItem);
  // "omzet 12jt, belanja bahan 7jt, gaji 3jt, sewa 1jt": the sales of a period with the materials bought for
  // it: those materials are the cost of the goods sold, taken off before the gross profit
  const materialsSold =
    revenueItems.length > 0 && !priceItem && hppItems.length === 0
      ? facts.items.filter(
          (i) =>
            (i.label === 'materials' || i.label === 'variable') &&
            !i.unlisted &&
            basisOf(i, 'month') !== 'unit',
        )
      : [];
  const totals = [...hppItems.filter(hppIsTotal), ...materialsSold];
  const perUnit = hppItems.filter((i) => !hppIsTotal(i));
  const missing = new Set<Missing>();
  const parts = facts.items
    .filter((i) => !NOT_A_COST.includes(i.label) && !materialsSold.includes(i))
    .map((i) => ({ item: i, part: shares.get(i) ?? toPart(i, { frame: 'month' }) }))
    .filter((p): p is { item: Item; part: Part } => {
      if (p.part === 'lifespan') missing.add('lifespan');
      return p.part !== 'lifespan';
    });
  // "modal per lembar: kain 40rb, upah 30rb": production costs said per unit are the cost of each unit
  // sold, its HPP; the period's own costs (rent, electricity) come after the gross profit
  const unitCosts = parts
    .filter((p) => p.part.basis === 'unit' && UNIT_COST_LABELS.includes(p.item.label))
    .map((p) => p.part);
  const costs = parts.map((p) => p.part).filter((p) => !unitCosts.includes(p));
  const perUnitHpp = [...perUnit.map((i) => frac(i.amount)), ...unitCosts.map((p) => p.amount)];
  // "sehari laku 50 bungkus, kerja 25 hari sebulan": a day's sales × the working days make the month's;
  // without the days, a profit with the month's costs in it waits for them, and one without is a day's
  let unitsSold = facts.unitsSold ?? facts.units?.value;
  const noun = facts.noun ?? facts.units?.noun;
  let daily: { said: string } | { perDay: true } | undefined;
  if (facts.sales?.per === 'day' && unitsSold === facts.sales.count) {
    const days = facts.batches?.days && !facts.batches.perWeek ? facts.batches.perMonth : undefined;
    const perWeek = facts.batches?.perWeek;
    if (days || perWeek) {
      unitsSold = facts.sales.count * (days ?? perWeek! * WEEKS_PER_MONTH);
      daily = {
        said: `${facts.sales.count}${noun ? ` ${noun}` : ''} sehari × ${days ? `${days} hari` : `${perWeek} hari × ${WEEKS_PER_MONTH} minggu`}`,
      };
    } else if (costs.some((c) => c.basis === 'period')) missing.add('days');
    else daily = { perDay: true };
  }
  const fee = channelFee(facts);
  const input = {
    revenue: revenueParts.length ? sum(revenueParts.map((p) => p.amount)) : undefined,
    price: priceItem ? frac(priceItem.amount) : undefined,
    unitsSold,
    hppPerUnit: perUnitHpp.length ? sum(perUnitHpp) : undefined,
    hppTotal: totals.length ? sum(totals.map((i) => frac(i.amount))) : undefined,
    costs,
    ...(fee ? { feeBp: fee.bp } : {}),
  };
  const { result, missing: profitMissing } = calculateProfit(input);
  for (const m of profitMissing) missing.add(m);
  return {
    ...base,
    missing: [...missing],
    profit: {
      ...input,
      revenueParts,
      ...(unitCosts.length ? { unitCosts: [...perUnit.map(hppPart), ...unitCosts] } : {}),
      ...(materialsSold.length
        ? { cogsParts: [...hppItems.filter(hppIsTotal), ...materialsSold].map(hppPart) }
        : {}),
      ...(fee ? { fee } : {}),
      ...(facts.asksHpp ? { asksHpp: true } : {}),
      ...(facts.asksGross ? { asksGross: true } : {}),
      ...(facts.asksNet ? { asksNet: true } : {}),
      ...(facts.asksPerUnit ? { asksPerUnit: true } : {}),
      ...(facts.asksShare ? { asksShare: true } : {}),
      ...(facts.soldAsMade ? { soldAsMade: true } : {}),
      ...(daily && 'said' in daily ? { soldSaid: daily.said } : {}),
      ...(daily && 'perDay' in daily ? { perDay: true } : {}),
      ...(facts.sales?.per === 'month' ||
      (daily && 'said' in daily) ||
      facts.sales?.per === 'week' ||
      facts.items.some((i) => i.basis === 'month')
        ? { perMonth: true }
        : {}),
      ...(missing.size ? {} : { result }),
    },
    source: FINANCE_SOURCES.profit,
  };
}
