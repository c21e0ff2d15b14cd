import {
  type BreakEvenResult,
  calculateBreakEven,
  calculateDepreciation,
  calculateHpp,
  type DepreciationResult,
  calculatePrice,
  type HppInput,
  type HppResult,
  type Machine,
  type Missing,
  type Part,
  type PriceInput,
  type PriceResult,
} from './calc.ts';
import type { Basis } from './labels.ts';
import type { Ambiguity, Intent, Item, MoneyFacts } from './read.ts';
import { div, type Frac, frac, rupiah, sum } from './rupiah.ts';
import { FINANCE_SOURCES, type FinanceSource } from './sources.ts';

/** One worked calculation: its inputs as read, the calculator's result, and what is still missing. */
export interface Worked {
  intent: Intent;
  noun?: string;
  period: 'month' | 'batch';
  missing: Missing[];
  ambiguous: Ambiguity[];
  hppInput?: HppInput;
  hpp?: HppResult;
  priceInput?: PriceInput;
  price?: PriceResult;
  /** The HPP given directly was a total cost per unit (HPP + operating costs). */
  costIsTotal?: boolean;
  breakEven?: { fixed: Part[]; variable: Part[]; price?: Frac; result?: BreakEvenResult };
  depreciation?: { machines: Machine[]; units?: number; result?: DepreciationResult };
  source: FinanceSource;
}

const itemName = (item: Item) => item.words;

/** The period an item covers, from its own words, else the message's frame, else what its kind usually is. */
function basisOf(item: Item, frame: Basis | undefined): 'unit' | 'period' | 'year' {
  if (item.basis === 'unit') return 'unit';
  if (item.basis === 'year') return 'year';
  if (item.basis) return 'period';
  switch (item.label) {
    case 'materials':
    case 'variable':
      return frame ? 'period' : 'unit';
    case 'labour':
      return /gaji|salar/i.test(item.words) || item.each || frame ? 'period' : 'unit';
    case 'overhead':
    case 'machine':
    case 'fixed':
    case 'opcost':
      return 'period';
    default:
      return 'unit';
  }
}

function toPart(item: Item, frame: Basis | undefined): Part | 'lifespan' {
  let amount = frac(item.amount);
  let detail = item.each
    ? `${item.each.count} ${item.each.noun ?? ''} × ${rupiah(item.each.amount)}`
    : rupiah(amount);
  const basis = basisOf(item, frame);
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
    ...(detail !== rupiah(amount) ? { detail: detail.replace(/\s+/g, ' ') } : {}),
  };
}

function partsFor(facts: MoneyFacts, labels: Item['label'][], missing: Set<Missing>): Part[] | undefined {
  const items = facts.items.filter((i) => labels.includes(i.label));
  if (items.length === 0) return labels.some((l) => facts.zero.includes(l)) ? [] : undefined;
  const parts: Part[] = [];
  for (const item of items) {
    const part = toPart(item, facts.frame);
    if (part === 'lifespan') missing.add('lifespan');
    else parts.push(part);
  }
  return parts;
}

function hppFrom(facts: MoneyFacts, missing: Set<Missing>) {
  const input: HppInput = {
    materials: partsFor(facts, ['materials', 'variable'], missing),
    labour: partsFor(facts, ['labour'], missing),
    overhead: partsFor(facts, ['overhead', 'machine'], missing),
    units: facts.units?.value,
  };
  const totals = facts.items.filter(
    (i) => (i.label === 'hpp' || i.label === 'cost') && i.basis && i.basis !== 'unit',
  );
  if (totals.length > 0 && !input.materials && !input.labour && !input.overhead)
    input.total = totals.map((i) => toPart(i, facts.frame)).filter((p): p is Part => p !== 'lifespan');
  // A machine without a lifespan makes overhead incomplete, not absent.
  const { result, missing: hppMissing } = calculateHpp(input);
  for (const m of hppMissing) missing.add(m);
  return { input, result };
}

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
  // The units made in a month share the month's depreciation; a batch count does not.
  const units = period === 'month' && !facts.units?.sold ? facts.units?.value : undefined;
  const { result, missing } = calculateDepreciation({ machines, units });
  const depreciation: NonNullable<Worked['depreciation']> = {
    machines,
    ...(units ? { units } : {}),
    ...(missing.length ? {} : { result }),
  };
  return { depreciation, missing };
}

/** Runs the calculator the message asks for on the figures it gives. */
export function solve(facts: MoneyFacts, intent: Intent): Worked {
  const missing = new Set<Missing>();
  const period: Worked['period'] =
    facts.frame === 'batch' || facts.items.some((i) => i.basis === 'batch') ? 'batch' : 'month';
  const base = { intent, noun: facts.noun ?? facts.units?.noun, period, ambiguous: facts.ambiguous };
  if (intent === 'susut') {
    const { depreciation, missing: susutMissing } = depreciationFrom(facts, period);
    return { ...base, missing: susutMissing, depreciation, source: FINANCE_SOURCES.depreciation };
  }
  if (intent === 'hpp') {
    const { input, result } = hppFrom(facts, missing);
    return {
      ...base,
      missing: [...missing],
      hppInput: input,
      hpp: missing.size ? undefined : result,
      source: period === 'batch' ? FINANCE_SOURCES.hppBatch : FINANCE_SOURCES.hpp,
    };
  }
  if (intent === 'harga') {
    const given = facts.items.find((i) => i.label === 'hpp' || i.label === 'cost');
    let hpp: Frac | undefined = given ? frac(given.amount) : undefined;
    let worked: Pick<Worked, 'hppInput' | 'hpp'> = {};
    if (!given && facts.items.some((i) => ['materials', 'labour', 'overhead', 'machine'].includes(i.label))) {
      const { input, result } = hppFrom(facts, missing);
      worked = { hppInput: input, hpp: result };
      hpp = result?.hpp;
    }
    const opItems = facts.items.filter((i) => i.label === 'opcost');
    const perUnit = opItems.filter((i) => basisOf(i, facts.frame) === 'unit');
    const monthly = opItems.filter((i) => basisOf(i, facts.frame) !== 'unit');
    const percent = (label: string) => facts.percents.find((p) => p.label === label);
    const markup = facts.percents.find(
      (p) => (p.label === 'markup' && p.of !== 'price') || (p.label === 'margin' && p.of === 'cost'),
    );
    const margin = facts.percents.find(
      (p) => (p.label === 'margin' && p.of !== 'cost') || (p.label === 'markup' && p.of === 'price'),
    );
    const price = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
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
    };
    const { result, missing: priceMissing } = calculatePrice(input);
    for (const m of priceMissing) if (!(m === 'hpp' && missing.size > 0)) missing.add(m);
    const channel = input.feeBp !== undefined || input.resellerBp !== undefined;
    return {
      ...base,
      missing: [...missing],
      ...worked,
      priceInput: input,
      price: missing.size ? undefined : result,
      costIsTotal: given?.label === 'cost',
      source: channel
        ? FINANCE_SOURCES.channel
        : input.marginBp !== undefined || (input.price !== undefined && !markup)
          ? FINANCE_SOURCES.pricing_mistakes
          : FINANCE_SOURCES.price,
    };
  }
  const fixed: Part[] = [];
  const variable: Part[] = [];
  for (const item of facts.items) {
    if (!['fixed', 'variable', 'materials', 'labour', 'overhead', 'machine', 'opcost'].includes(item.label))
      continue;
    const part = toPart(item, undefined);
    if (part === 'lifespan') {
      missing.add('lifespan');
      continue;
    }
    const isVariable = item.label === 'variable' || (part.basis === 'unit' && item.label !== 'fixed');
    (isVariable ? variable : fixed).push({ ...part, basis: isVariable ? 'unit' : 'period' });
  }
  const priceItem = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
  const priceFrac = priceItem ? frac(priceItem.amount) : undefined;
  const { result, missing: beMissing } = calculateBreakEven({
    fixed: fixed.length || facts.zero.includes('fixed') ? sum(fixed.map((p) => p.amount)) : undefined,
    variable:
      variable.length || facts.zero.includes('variable') ? sum(variable.map((p) => p.amount)) : undefined,
    price: priceFrac,
  });
  for (const m of beMissing) missing.add(m);
  return {
    ...base,
    missing: [...missing],
    breakEven: { fixed, variable, price: priceFrac, result: missing.size ? undefined : result },
    source: FINANCE_SOURCES.breakEven,
  };
}
