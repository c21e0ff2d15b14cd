import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { rng } from '../util/rng.ts';
import type { AreaIndex } from './areas.ts';

/** The national scale from the Direktori Sentra Industri Indonesia 2020 (BPS), as Kemenperin cited it in 2022. */
export const NATIONAL_SENTRA = 13_762;
export const NATIONAL_UNITS = 516_124;
export const SYNTHETIC_SOURCE = 'SINTETIS: data uji buatan pendamping, bukan data resmi';

const PRODUCTS = [
  'Tas dan koper',
  'Sepatu dan sandal',
  'Kerajinan kulit',
  'Tenun ikat',
  'Batik tulis',
  'Keripik singkong',
  'Kue kering',
  'Makanan olahan ikan',
  'Mebel kayu',
  'Ukiran kayu',
  'Gerabah',
  'Anyaman bambu',
  'Anyaman rotan',
  'Aksesoris logam',
  'Pandai besi',
  'Kopi bubuk',
  'Gula aren',
  'Konveksi pakaian',
  'Bordir',
  'Kerajinan perak',
];
const PROGRAMMES = [
  'Revitalisasi sentra DAK fisik',
  'Pembangunan sentra DAK fisik',
  'Business matching',
  'Pendampingan e-Smart IKM',
  'Bantuan mesin dan peralatan',
];

/** "03°19'03.44\" N 097°07'41.73\" E" -> [3.3176, 97.1282]. */
export function parseDms(text: string): [number, number] | undefined {
  const parts = [...text.matchAll(/(\d+)°(\d+)'([\d.]+)"\s*([NSEW])/g)];
  if (parts.length !== 2) return undefined;
  const value = ([, d, m, s, h]: RegExpMatchArray) =>
    (Number(d) + Number(m) / 60 + Number(s) / 3600) * (h === 'S' || h === 'W' ? -1 : 1);
  return [value(parts[0]!), value(parts[1]!)];
}

/** Mean island coordinate of each regency (idn-area-data islands), as an anchor for synthetic locations. */
function regencyAnchors(): Map<string, [number, number]> {
  const file = join(
    dirname(createRequire(import.meta.url).resolve('idn-area-data')),
    '..',
    'data',
    'islands.csv',
  );
  const sums = new Map<string, [number, number, number]>();
  for (const row of Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data) {
    const point = row.coordinate ? parseDms(row.coordinate) : undefined;
    if (!point || !row.regency_code) continue;
    const sum = sums.get(row.regency_code) ?? [0, 0, 0];
    sums.set(row.regency_code, [sum[0] + point[0], sum[1] + point[1], sum[2] + 1]);
  }
  return new Map([...sums].map(([code, [lat, lon, n]]) => [code, [lat / n, lon / n]]));
}

export interface SyntheticRow {
  nama_sentra: string;
  kode_provinsi: string;
  provinsi: string;
  kode_kabupaten: string;
  kabupaten_kota: string;
  produk: string;
  jumlah_unit_usaha: string;
  jumlah_tenaga_kerja: string;
  program: string;
  lintang: string;
  bujur: string;
  sumber: string;
  tanggal_sumber: string;
}

/**
 * A seeded synthetic national directory at the real scale: `count` sentra over the real regencies
 * (Java weighted more, as the real directory is), business units summing exactly to `units`.
 * Every row says SINTETIS in its name and source; it is for tests and benchmarks, never knowledge.
 */
export function syntheticDirectory(
  areas: AreaIndex,
  options: { seed?: number; count?: number; units?: number } = {},
): SyntheticRow[] {
  const random = rng(options.seed ?? 2020);
  const count = options.count ?? NATIONAL_SENTRA;
  const totalUnits = options.units ?? NATIONAL_UNITS;
  const anchors = regencyAnchors();
  const regencies = areas.regenciesOf();
  const weights = regencies.map((regency) => (/^3[1-6]/.test(regency.code) ? 3 : 1));
  const cumulative: number[] = [];
  weights.reduce((sum, weight, i) => (cumulative[i] = sum + weight), 0);
  const totalWeight = cumulative.at(-1)!;
  const pickRegency = () => {
    const target = random() * totalWeight;
    return regencies[cumulative.findIndex((value) => value >= target)]!;
  };
  // Units: a skewed share per sentra, scaled so the total is exact.
  const shares = Array.from({ length: count }, () => 1 + -Math.log(random() + 1e-12) * 30);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  const units = shares.map((share) => Math.max(1, Math.floor((share / shareSum) * totalUnits)));
  let missing = totalUnits - units.reduce((a, b) => a + b, 0);
  for (let i = 0; missing !== 0; i = (i + 1) % count) {
    if (missing > 0) {
      units[i]!++;
      missing--;
    } else if (units[i]! > 1) {
      units[i]!--;
      missing++;
    }
  }
  const provinceName = new Map(areas.provinces.map((province) => [province.code, province.name]));
  return units.map((n, i) => {
    const regency = pickRegency();
    const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)]!;
    const anchor = anchors.get(regency.code);
    const programme =
      random() < 0.3
        ? `${PROGRAMMES[Math.floor(random() * PROGRAMMES.length)]} ${2015 + Math.floor(random() * 10)}`
        : '';
    return {
      nama_sentra: `[SINTETIS] Sentra ${product} ${i + 1}`,
      kode_provinsi: regency.parent!,
      provinsi: provinceName.get(regency.parent!)!,
      kode_kabupaten: regency.code,
      kabupaten_kota: regency.name,
      produk: product,
      jumlah_unit_usaha: String(n),
      jumlah_tenaga_kerja: String(n * (2 + Math.floor(random() * 6))),
      program: programme,
      lintang: anchor ? (anchor[0] + (random() - 0.5) * 0.4).toFixed(5) : '',
      bujur: anchor ? (anchor[1] + (random() - 0.5) * 0.4).toFixed(5) : '',
      sumber: SYNTHETIC_SOURCE,
      tanggal_sumber: '2020-12-31',
    };
  });
}

export function toCsv(rows: SyntheticRow[]): string {
  return Papa.unparse(rows, { newline: '\n' });
}
