import { add, bp, ceil, cmp, div, type Frac, frac, mul, sub, sum } from './rupiah.ts';

/**
 * The money calculators as plain functions. They take the artisan's figures already read and labelled
 * (whole rupiah, per unit or per period) and return every intermediate value, so that the answer can show
 * the formula with the artisan's own numbers in it. No figure is ever assumed: a missing input is
 * returned by name in `missing`.
 */
export interface Part {
  /** The artisan's own words for it: "kulit", "listrik dan sewa". */
  name: string;
  amount: Frac;
  basis: 'unit' | 'period';
  /** How the amount was made: "2 penjahit × Rp 2.250.000", "Rp 12.000.000 ÷ 60 bulan". */
  detail?: string;
  /** The period it was said for, when it is not the calculation's own ("sehari" while the days are asked). */
  said?: string;
  /** Whether it grows with the quantity made (materials, piece wages) or stays (rent, salaries, depreciation). */
  behaves?: 'variable' | 'fixed';
}

export type HppComponent = 'materials' | 'labour' | 'overhead' | 'total';
export type Missing =
  | 'materials'
  | 'labour'
  | 'overhead'
  | 'units'
  | 'hpp'
  | 'target'
  | 'fixed'
  | 'price'
  | 'variable'
  | 'lifespan'
  | 'machine'
  | 'batches'
  | 'days'
  | 'sold'
  | 'revenue'
  | 'fee';

export interface HppInput {
  materials?: Part[];
  labour?: Part[];
  overhead?: Part[];
  /** The whole production cost as one figure ("total biaya produksi 15 juta sebulan"), when not itemised. */
  total?: Part[];
  /** Units made in the period the period amounts cover. */
  units?: number;
}

export interface HppResult {
  perComponent: Partial<Record<HppComponent, { period: Frac; unit: Frac; perUnit: Frac }>>;
  periodTotal: Frac;
  unitTotal: Frac;
  hpp: Frac;
  units?: number;
}

const partsOf = (parts: Part[] | undefined, basis: Part['basis']) =>
  sum((parts ?? []).filter((p) => p.basis === basis).map((p) => p.amount));

/** HPP per unit = (bahan baku + tenaga kerja langsung + overhead) ÷ unit yang dihasilkan. */
export function calculateHpp(input: HppInput): { result?: HppResult; missing: Missing[] } {
  const missing: Missing[] = [];
  const itemised = !input.total?.length;
  if (itemised) for (const c of ['materials', 'labour', 'overhead'] as const) if (!input[c]) missing.push(c);
  const needsUnits = (['materials', 'labour', 'overhead', 'total'] as const).some((c) =>
    (input[c] ?? []).some((p) => p.basis === 'period' && p.amount.num > 0n),
  );
  if (needsUnits && !(input.units && input.units > 0)) missing.push('units');
  if (missing.length > 0) return { missing };
  const units = input.units && input.units > 0 ? frac(input.units) : undefined;
  const perComponent = {} as HppResult['perComponent'];
  for (const c of itemised ? (['materials', 'labour', 'overhead'] as const) : (['total'] as const)) {
    const period = partsOf(input[c], 'period');
    const unit = partsOf(input[c], 'unit');
    perComponent[c] = { period, unit, perUnit: units ? add(unit, div(period, units)) : unit };
  }
  const components = Object.values(perComponent);
  const periodTotal = sum(components.map((c) => c.period));
  const unitTotal = sum(components.map((c) => c.unit));
  const hpp = sum(components.map((c) => c.perUnit));
  return { result: { perComponent, periodTotal, unitTotal, hpp, units: input.units }, missing: [] };
}

/**
 * The usual markups on the cost per unit, as the price document gives them (knowledge/keuangan/
 * menentukan-harga-jual.md, step 4 and its tiered example): 10% for wholesale buyers up to 50% for retail.
 */
export const COMMON_MARKUPS = { wholesaleBp: 1000, retailBp: 5000 } as const;

export interface PriceInput {
  hpp?: Frac;
  /** Operating costs per unit, or per month with the units sold in that month. */
  opcost?: { perUnit?: Frac; monthly?: Frac; unitsSold?: number };
  markupBp?: number;
  marginBp?: number;
  /** A selling price the artisan already has or plans, to check. */
  price?: number;
  /** Marketplace commission or admin fee, as a share of the selling price. */
  feeBp?: number;
  /** Reseller or wholesale discount off the retail price. */
  resellerBp?: number;
  discountBp?: number;
  /** A cut in rupiah off each unit's price ("reseller minta potongan 10rb per kotak"), and who takes it. */
  cutAmount?: { amount: number; kind: ChannelKind };
  /** A profit wanted in rupiah per unit ("tetap dapat untung 30rb per pcs"), instead of a markup or margin. */
  profitAmount?: number;
  /**
   * The target is what the artisan keeps after the channel's cut ("tetap untung 30rb dari reseller"): the
   * price to ask is grossed up so that the cut leaves it. A marketplace fee is always read so.
   */
  targetAfterCut?: boolean;
}

/** Who takes a share of the price: a marketplace or a consignment shop (fee), a reseller, a discount. */
export type ChannelKind = 'fee' | 'reseller' | 'discount';

export interface PriceResult {
  hpp: Frac;
  opcostPerUnit?: Frac;
  cost: Frac;
  /** The price from markup, margin or a profit in rupiah (exact), when a target was given. */
  target?: { kind: 'markup' | 'margin' | 'amount'; bp: number; price: Frac; profit: Frac; otherBp: Frac };
  /** The price everything else is computed on: the given price, else the target price. */
  price?: Frac;
  profit?: Frac;
  /** Profit as a share of the price (margin), in basis points. */
  marginOfPrice?: Frac;
  channel?: {
    kind: ChannelKind;
    /** The cut as a share of the price; undefined for a cut said in rupiah. */
    bp?: number;
    /** The cut in rupiah per unit. */
    cut: Frac;
    net: Frac;
    profit: Frac;
    grossUpPrice?: Frac;
  };
  belowHpp: boolean;
  belowCost: boolean;
}

/**
 * Harga jual = total biaya per unit × (1 + markup), or total biaya ÷ (1 − margin). Markup is counted on
 * cost, margin on the price; the result gives both so the difference can be said plainly.
 */
export function calculatePrice(input: PriceInput): { result?: PriceResult; missing: Missing[] } {
  const missing: Missing[] = [];
  if (!input.hpp) missing.push('hpp');
  const hasTarget =
    input.markupBp !== undefined || input.marginBp !== undefined || input.profitAmount !== undefined;
  if (!hasTarget && input.price === undefined) missing.push('target');
  if (input.opcost?.monthly && !input.opcost.unitsSold) missing.push('units');
  if (missing.length > 0) return { missing };
  const hpp = input.hpp!;
  const opcostPerUnit =
    input.opcost?.perUnit ??
    (input.opcost?.monthly ? div(input.opcost.monthly, frac(input.opcost.unitsSold!)) : undefined);
  const cost = opcostPerUnit ? add(hpp, opcostPerUnit) : hpp;
  const result: PriceResult = { hpp, opcostPerUnit, cost, belowHpp: false, belowCost: false };
  if (input.marginBp !== undefined && input.marginBp >= 10_000) return { missing: ['target'] };
  if (input.markupBp !== undefined) {
    const m = bp(input.markupBp);
    const price = mul(cost, add(frac(1), m));
    result.target = {
      kind: 'markup',
      bp: input.markupBp,
      price,
      profit: sub(price, cost),
      otherBp: div(m, add(frac(1), m)),
    };
  } else if (input.profitAmount !== undefined) {
    const profit = frac(input.profitAmount);
    const price = add(cost, profit);
    result.target = { kind: 'amount', bp: 0, price, profit, otherBp: div(profit, price) };
  } else if (input.marginBp !== undefined) {
    const m = bp(input.marginBp);
    const price = div(cost, sub(frac(1), m));
    result.target = {
      kind: 'margin',
      bp: input.marginBp,
      price,
      profit: sub(price, cost),
      otherBp: div(m, sub(frac(1), m)),
    };
  }
  const price = input.price !== undefined ? frac(input.price) : result.target?.price;
  if (price) {
    result.price = price;
    result.profit = sub(price, cost);
    if (price.num > 0n) result.marginOfPrice = div(result.profit, price);
    let net = price;
    const channelKind: ChannelKind | undefined =
      input.feeBp !== undefined
        ? 'fee'
        : input.resellerBp !== undefined
          ? 'reseller'
          : input.discountBp !== undefined
            ? 'discount'
            : input.cutAmount?.kind;
    if (
      channelKind &&
      input.cutAmount &&
      input.feeBp === undefined &&
      input.resellerBp === undefined &&
      input.discountBp === undefined
    ) {
      const cut = frac(input.cutAmount.amount);
      net = sub(price, cut);
      result.channel = { kind: channelKind, cut, net, profit: sub(net, cost), grossUpPrice: add(price, cut) };
    } else if (channelKind) {
      const share =
        channelKind === 'fee'
          ? input.feeBp!
          : channelKind === 'reseller'
            ? input.resellerBp!
            : input.discountBp!;
      net = mul(price, sub(frac(1), bp(share)));
      result.channel = {
        kind: channelKind,
        bp: share,
        cut: sub(price, net),
        net,
        profit: sub(net, cost),
        grossUpPrice: share < 10_000 ? div(price, sub(frac(1), bp(share))) : undefined,
      };
    }
    result.belowHpp = cmp(net, hpp) < 0;
    result.belowCost = cmp(net, cost) < 0;
  }
  return { result, missing: [] };
}

export interface BreakEvenInput {
  fixed?: Frac;
  price?: Frac;
  variable?: Frac;
  /** A marketplace's cut of the price ("potongan admin 8%"), in basis points: each sale brings in less. */
  feeBp?: number;
}

export interface BreakEvenResult {
  /** The price less the marketplace's cut, when one was said: what each sale brings in. */
  net?: Frac;
  contribution: Frac;
  exactUnits?: Frac;
  units?: bigint;
  revenue?: Frac;
  /** Price at or below the variable cost: no number of sales ever covers the fixed costs. */
  never: boolean;
}

/**
 * BEP (unit) = biaya tetap ÷ (harga jual − potongan marketplace − biaya variabel per unit), rounded up;
 * BEP (rupiah) = unit × harga jual.
 */
export function calculateBreakEven(input: BreakEvenInput): { result?: BreakEvenResult; missing: Missing[] } {
  const missing: Missing[] = [];
  if (!input.fixed) missing.push('fixed');
  if (!input.price) missing.push('price');
  if (!input.variable) missing.push('variable');
  if (missing.length > 0) return { missing };
  const net = input.feeBp ? mul(input.price!, sub(frac(1), bp(input.feeBp))) : undefined;
  const contribution = sub(net ?? input.price!, input.variable!);
  const received = net ? { net } : {};
  if (contribution.num <= 0n) return { result: { ...received, contribution, never: true }, missing: [] };
  const exactUnits = div(input.fixed!, contribution);
  const units = ceil(exactUnits);
  return {
    result: {
      ...received,
      contribution,
      exactUnits,
      units,
      revenue: mul(frac(units), input.price!),
      never: false,
    },
    missing: [],
  };
}

/** One machine or tool as bought: its price (all units together), how it was made, its useful life. */
export interface Machine {
  name: string;
  price: Frac;
  /** "2 × Rp 6.000.000" when bought several at a price each. */
  detail?: string;
  months?: number;
  /** What it is still worth at the end of its life: not used up, so not depreciated. */
  salvage?: Frac;
}

export interface DepreciationResult {
  /** Each machine's share of a month, in the order given. */
  perMachine: Frac[];
  perMonth: Frac;
  /** The month's depreciation spread over the units made that month, when the count is known. */
  perUnit?: Frac;
  units?: number;
}

/** Penyusutan per bulan (garis lurus) = harga beli ÷ umur pakai dalam bulan, summed over the machines. */
export function calculateDepreciation(input: { machines: Machine[]; units?: number }): {
  result?: DepreciationResult;
  missing: Missing[];
} {
  const missing: Missing[] = [];
  if (input.machines.length === 0) missing.push('machine');
  if (input.machines.some((m) => !(m.months && m.months > 0))) missing.push('lifespan');
  if (missing.length > 0) return { missing };
  const perMachine = input.machines.map((m) =>
    div(m.salvage ? sub(m.price, m.salvage) : m.price, frac(m.months!)),
  );
  const perMonth = sum(perMachine);
  const units = input.units && input.units > 0 ? input.units : undefined;
  return {
    result: { perMachine, perMonth, ...(units ? { units, perUnit: div(perMonth, frac(units)) } : {}) },
    missing: [],
  };
}

export interface ProfitInput {
  /** Sales of the period as one figure ("omzet 12jt"), or price × units sold. */
  revenue?: Frac;
  price?: Frac;
  unitsSold?: number;
  /** Cost of the goods sold: per unit (× units sold) or for the period. */
  hppPerUnit?: Frac;
  hppTotal?: Frac;
  /** Operating costs of the period, each as the artisan named it. */
  costs: Part[];
  /** A marketplace's cut of the sales ("potongan admin 8%"), in basis points. */
  feeBp?: number;
}

export interface ProfitResult {
  revenue: Frac;
  /** What the marketplace keeps of the sales; the artisan receives the revenue less this. */
  fee?: Frac;
  cogs: Frac;
  gross: Frac;
  costs: Frac;
  net: Frac;
}

/**
 * Untung bersih = omzet − potongan marketplace − HPP barang yang terjual − biaya operasional, for one period.
 */
export function calculateProfit(input: ProfitInput): { result?: ProfitResult; missing: Missing[] } {
  const missing: Missing[] = [];
  const perUnitNeedsSold = input.hppPerUnit !== undefined || input.costs.some((c) => c.basis === 'unit');
  if (!input.revenue && !input.price) missing.push('revenue');
  if ((input.price || perUnitNeedsSold) && !input.revenue && !(input.unitsSold && input.unitsSold > 0))
    missing.push('sold');
  if (input.hppPerUnit === undefined && input.hppTotal === undefined && input.costs.length === 0)
    missing.push('hpp');
  if (input.hppPerUnit !== undefined && input.revenue && !(input.unitsSold && input.unitsSold > 0))
    missing.push('sold');
  if (missing.length > 0) return { missing: [...new Set(missing)] };
  const sold = frac(input.unitsSold ?? 0);
  const revenue = input.revenue ?? mul(input.price!, sold);
  const cogs = input.hppTotal ?? (input.hppPerUnit ? mul(input.hppPerUnit, sold) : frac(0));
  const costs = sum(input.costs.map((c) => (c.basis === 'unit' ? mul(c.amount, sold) : c.amount)));
  const fee = input.feeBp ? mul(revenue, bp(input.feeBp)) : undefined;
  const gross = sub(fee ? sub(revenue, fee) : revenue, cogs);
  return {
    result: { revenue, ...(fee ? { fee } : {}), cogs, gross, costs, net: sub(gross, costs) },
    missing: [],
  };
}

/** What a marketplace leaves of a price: price × (1 − fee). */
export function calculateFee(input: { price?: Frac; feeBp?: number }): {
  result?: { price: Frac; fee: Frac; net: Frac; bp: number };
  missing: Missing[];
} {
  const missing: Missing[] = [];
  if (!input.price) missing.push('price');
  if (input.feeBp === undefined) missing.push('fee');
  if (missing.length > 0) return { missing };
  const fee = mul(input.price!, bp(input.feeBp!));
  return { result: { price: input.price!, fee, net: sub(input.price!, fee), bp: input.feeBp! }, missing: [] };
}
