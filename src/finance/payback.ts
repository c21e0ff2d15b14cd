import { type Frac, cmp, div, frac, mul, sub, sum } from './rupiah.ts';
import {
  type ChannelFee,
  channelFee,
  type Item,
  type MoneyFacts,
  type PaybackUnit,
  type Sales,
  WEEKS_PER_MONTH,
} from './read.ts';

/** Capital earned back over time: from the profit of a month (or a week, or a day) of sales. */
export interface PaybackTime {
  /** What is earned back: start-up capital, or the price of a machine to buy. */
  capital: Item[];
  /** Profit on each unit sold, and how it was made ("said", or price − a marketplace's cut − HPP). */
  unitProfit?: { amount: Frac; price?: Frac; cost?: Frac; fee?: ChannelFee & { cut: Frac } };
  sales?: Sales;
  /** A profit said for a period outright ("untung sebulan 4jt"). */
  periodProfit?: { amount: Frac; per: PaybackUnit };
  /** The month's costs that come out of the same profit first (rent, salaries). */
  fixed: Item[];
  unit: PaybackUnit;
  /** The unit the artisan asked in, when it could not be said in it (working days not given). */
  asked?: PaybackUnit;
  /** Working days a month or a week used to turn a day's sales into the unit's. */
  days?: { perMonth?: number; perWeek?: number };
  /** Profit of one unit of time, net of the fixed costs; the capital ÷ it; the unit of time it is paid off in. */
  result?: { profit: Frac; gross: Frac; fixedCost?: Frac; exact: Frac; never: boolean };
}

/** How many of `to` one `from` holds (a month holds 4 weeks); undefined when the working days are not known. */
function per(from: PaybackUnit, to: PaybackUnit, days: PaybackTime['days']): Frac | undefined {
  if (from === to) return frac(1);
  const month = days?.perMonth ?? (days?.perWeek ? days.perWeek * WEEKS_PER_MONTH : undefined);
  const week = days?.perWeek ?? (days?.perMonth ? frac(days.perMonth, WEEKS_PER_MONTH) : undefined);
  const asFrac = (x: number | Frac | undefined) =>
    x === undefined ? undefined : typeof x === 'number' ? frac(x) : x;
  const table: Record<string, Frac | undefined> = {
    'month>week': frac(WEEKS_PER_MONTH),
    'week>month': frac(1, WEEKS_PER_MONTH),
    'month>day': asFrac(month),
    'week>day': asFrac(week),
  };
  const direct = table[`${from}>${to}`];
  if (direct) return direct;
  const inverse = table[`${to}>${from}`];
  return inverse ? div(frac(1), inverse) : undefined;
}

/**
 * "brp bulan balik modal?" with the profit of each unit and the sales of a day, a week or a month: the
 * capital ÷ the profit of a month (week, day). Undefined when no sales rate or period profit is known (the
 * payback is then a count of units to sell).
 */
export function paybackTime(facts: MoneyFacts, asked: PaybackUnit): PaybackTime | undefined {
  const said = facts.items.filter((i) => i.label === 'capital');
  // "mau beli mesin 12jt ... brp bulan balik modal?": the machine's price is what is earned back
  const capital = said.length ? said : facts.items.filter((i) => i.label === 'machine');
  if (capital.length === 0) return undefined;
  const profits = facts.items.filter((i) => i.label === 'markup');
  const periodItem = profits.find((i) => i.basis === 'month' || i.basis === 'week' || i.basis === 'day');
  const unitItem = profits.find((i) => i.basis === 'unit' || i.basis === undefined);
  const price = facts.items.find((i) => i.label === 'price' || i.label === 'retail');
  const costs = facts.items.filter(
    (i) =>
      ((i.label === 'hpp' || i.label === 'cost') && i.basis !== 'month') ||
      (['materials', 'variable', 'labour'].includes(i.label) && i.basis === 'unit') ||
      // "biaya per bungkus 200 gr (green bean, kemasan, label) 27rb": read per unit when no period frames it,
      // as the break-even reads it
      (['materials', 'variable'].includes(i.label) &&
        !i.basis &&
        facts.frame !== 'month' &&
        !facts.batches &&
        !(facts.units && !facts.units.sold)),
  );
  // "jual 95rb di shopee, admin 8%": each sale brings in the price less the marketplace's cut
  const fee = channelFee(facts);
  const unitProfit = unitItem
    ? { amount: frac(unitItem.amount) }
    : price && costs.length
      ? (() => {
          const cost = sum(costs.map((i) => frac(i.amount)));
          const cut = fee ? mul(frac(price.amount), frac(fee.bp, 10_000)) : frac(0);
          return {
            amount: sub(sub(frac(price.amount), cut), cost),
            price: frac(price.amount),
            cost,
            ...(fee ? { fee: { ...fee, cut } } : {}),
          };
        })()
      : undefined;
  const periodProfit = periodItem
    ? { amount: frac(periodItem.amount), per: periodItem.basis as PaybackUnit }
    : undefined;
  const sales = facts.sales;
  if (!periodProfit && !(unitProfit && sales)) return undefined;
  // a month's salaries ("gaji 1 karyawan 1,8jt sebulan") come out of the month's profit like the rent
  const fixed = facts.items.filter(
    (i) =>
      (['fixed', 'overhead', 'opcost'].includes(i.label) && (i.basis === 'month' || i.basis === undefined)) ||
      (i.label === 'labour' &&
        (i.basis === 'month' || (!i.basis && (/gaji|salar/i.test(i.words) || facts.frame === 'month')))),
  );
  const days = facts.batches?.days
    ? {
        perMonth: facts.batches.perMonth,
        ...(facts.batches.perWeek ? { perWeek: facts.batches.perWeek } : {}),
      }
    : undefined;
  const from: PaybackUnit = periodProfit?.per ?? sales!.per;
  const gross = periodProfit?.amount ?? mul(unitProfit!.amount, frac(sales!.count));
  const fixedMonth = fixed.length ? sum(fixed.map((i) => frac(i.amount))) : undefined;
  // said in the unit asked when the working days allow it; else in the sales' own unit, else in months
  const unit = [asked, from, 'month' as const].find(
    (u) => per(from, u, days) && (!fixedMonth || per('month', u, days)),
  );
  const base = {
    capital,
    ...(unitProfit && !periodProfit ? { unitProfit } : {}),
    ...(sales && !periodProfit ? { sales } : {}),
    ...(periodProfit ? { periodProfit } : {}),
    fixed,
    ...(days ? { days } : {}),
  };
  if (!unit) return { ...base, unit: asked };
  const grossIn = div(gross, per(from, unit, days)!);
  const fixedCost = fixedMonth ? div(fixedMonth, per('month', unit, days)!) : undefined;
  const profit = fixedCost ? sub(grossIn, fixedCost) : grossIn;
  const total = sum(capital.map((i) => frac(i.amount)));
  const never = cmp(profit, frac(0)) <= 0;
  return {
    ...base,
    unit,
    ...(unit !== asked ? { asked } : {}),
    result: {
      profit,
      gross: grossIn,
      ...(fixedCost ? { fixedCost } : {}),
      exact: never ? frac(0) : div(total, profit),
      never,
    },
  };
}
