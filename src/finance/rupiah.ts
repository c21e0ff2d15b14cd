/**
 * Exact rupiah arithmetic. Amounts are whole rupiah; a result that does not divide evenly is kept as a
 * fraction and only rounded when shown, so "Rp 10.000.000 ÷ Rp 270.000" prints 37,04 and rounds up to 38,
 * never 37,999999.
 */
export interface Frac {
  num: bigint;
  den: bigint;
}

export const frac = (num: number | bigint, den: number | bigint = 1n): Frac => {
  const n = BigInt(num);
  const d = BigInt(den);
  return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
};
export const add = (a: Frac, b: Frac): Frac => frac(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Frac, b: Frac): Frac => frac(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Frac, b: Frac): Frac => frac(a.num * b.num, a.den * b.den);
export const div = (a: Frac, b: Frac): Frac => frac(a.num * b.den, a.den * b.num);
export const sum = (values: Frac[]): Frac => values.reduce(add, frac(0));
export const cmp = (a: Frac, b: Frac): number => {
  const d = a.num * b.den - b.num * a.den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};
export const isWhole = (a: Frac) => a.num % a.den === 0n;
/** Basis points as a fraction: 3000 -> 3/10. */
export const bp = (basisPoints: number): Frac => frac(basisPoints, 10_000);

export function ceil(a: Frac): bigint {
  const q = a.num / a.den;
  return a.num % a.den === 0n || a.num < 0n ? q : q + 1n;
}
export function round(a: Frac): bigint {
  const twice = (2n * a.num) / a.den;
  const q = a.num / a.den;
  return twice - 2n * q >= 1n ? q + 1n : q;
}
/** Rounds up to a multiple of `step` (prices are rounded up, never down, so that they still cover cost). */
export const ceilTo = (a: Frac, step: bigint): bigint => ceil(frac(a.num, a.den * step)) * step;

const group = (n: bigint, sep: string) => {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return negative ? `-${digits}` : digits;
};

/** "Rp 230.000"; a fraction is shown to the nearest rupiah with "±" (the exact value is kept for the next step). */
export function rupiah(a: Frac | number | bigint): string {
  const f = typeof a === 'object' ? a : frac(a);
  const value = round(f);
  const text = value < 0n ? `−Rp ${group(-value, '.')}` : `Rp ${group(value, '.')}`;
  return isWhole(f) ? text : `± ${text}`;
}

/** A plain number in Indonesian style: 37,04 or 1.250. */
export function number(a: Frac | number, decimals = 2): string {
  const f = typeof a === 'number' ? frac(Math.round(a * 10 ** decimals), 10 ** decimals) : a;
  const scale = 10n ** BigInt(decimals);
  const scaled = round(frac(f.num * scale, f.den));
  const whole = scaled / scale;
  const rest = (scaled < 0n ? -scaled : scaled) % scale;
  const restText = rest.toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${group(whole, '.')}${restText ? `,${restText}` : ''}`;
}

/** 3000 -> "30%", 1250 -> "12,5%". */
export const percent = (basisPoints: number | Frac): string =>
  `${number(typeof basisPoints === 'number' ? frac(basisPoints, 100) : mul(basisPoints, frac(100)), 1)}%`;

/** A Frac as a JavaScript number, for JSON output only (never used in further arithmetic). */
export const toNumber = (a: Frac, decimals = 2): number =>
  Number(round(mul(a, frac(10 ** decimals)))) / 10 ** decimals;
