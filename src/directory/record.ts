import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AreaIndex } from './areas.ts';
import { productTerms } from './products.ts';
import type { Programme, SentraRecord } from '../db/sentra-repo.ts';

export type { Programme, SentraRecord };

/** Column names as officials' exports spell them (BPS-style and plain English), mapped to fields. */
export const HEADER_ALIASES: Readonly<Record<string, string>> = {
  nama_sentra: 'name',
  nama: 'name',
  sentra: 'name',
  name: 'name',
  kode_provinsi: 'province_code',
  kode_prov: 'province_code',
  province_code: 'province_code',
  provinsi: 'province',
  nama_provinsi: 'province',
  province: 'province',
  kode_kabupaten: 'regency_code',
  kode_kab: 'regency_code',
  kode_kabkota: 'regency_code',
  kode_kabupaten_kota: 'regency_code',
  regency_code: 'regency_code',
  kabupaten_kota: 'regency',
  kabupaten: 'regency',
  kab_kota: 'regency',
  kabkota: 'regency',
  kota: 'regency',
  nama_kabupaten: 'regency',
  regency: 'regency',
  kode_kecamatan: 'district_code',
  kode_kec: 'district_code',
  district_code: 'district_code',
  kecamatan: 'district',
  nama_kecamatan: 'district',
  district: 'district',
  kode_desa: 'village_code',
  kode_desa_kelurahan: 'village_code',
  village_code: 'village_code',
  desa: 'village',
  desa_kelurahan: 'village',
  kelurahan: 'village',
  nama_desa: 'village',
  village: 'village',
  produk: 'product',
  komoditas: 'product',
  komoditi: 'product',
  jenis_produk: 'product',
  produk_unggulan: 'product',
  product: 'product',
  kbli: 'kbli',
  kode_kbli: 'kbli',
  jumlah_unit_usaha: 'business_units',
  unit_usaha: 'business_units',
  jumlah_usaha: 'business_units',
  jumlah_ikm: 'business_units',
  business_units: 'business_units',
  jumlah_tenaga_kerja: 'workers',
  tenaga_kerja: 'workers',
  jumlah_pekerja: 'workers',
  workers: 'workers',
  pengelola: 'manager',
  koperasi: 'manager',
  koperasi_pengelola: 'manager',
  manager: 'manager',
  program: 'programmes',
  program_diterima: 'programmes',
  programmes: 'programmes',
  lintang: 'latitude',
  latitude: 'latitude',
  lat: 'latitude',
  bujur: 'longitude',
  longitude: 'longitude',
  lon: 'longitude',
  lng: 'longitude',
  sumber: 'source',
  source: 'source',
  tanggal_sumber: 'source_date',
  tanggal: 'source_date',
  source_date: 'source_date',
};

export function canonicalHeader(header: string): string | undefined {
  const key = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s/.-]+/g, '_');
  return HEADER_ALIASES[key];
}

const text = z.string().trim();
const optionalText = text.optional().transform((value) => (value ? value : undefined));
const count = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const digits = value.replace(/[.\s]/g, '');
    if (!/^\d+$/.test(digits)) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number, got "${value}"` });
      return z.NEVER;
    }
    return Number(digits);
  });
const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const n = Number(value.replace(',', '.'));
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a number from ${min} to ${max}, got "${value}"` });
        return z.NEVER;
      }
      return n;
    });

/** One CSV row after header mapping, before areas are checked. */
export const rawRowSchema = z.object({
  name: text.min(2, { message: 'name is required' }).max(200),
  province: optionalText,
  province_code: optionalText,
  regency: optionalText,
  regency_code: optionalText,
  district: optionalText,
  district_code: optionalText,
  village: optionalText,
  village_code: optionalText,
  product: text.min(2, { message: 'product is required' }).max(200),
  kbli: optionalText.refine((value) => value === undefined || /^\d{5}$/.test(value), {
    message: 'KBLI must be 5 digits',
  }),
  business_units: count,
  workers: count,
  manager: optionalText,
  programmes: optionalText,
  latitude: coordinate(-11.5, 6.5),
  longitude: coordinate(94, 141.5),
  source: optionalText,
  source_date: optionalText.refine((value) => value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value), {
    message: 'source_date must be YYYY-MM-DD',
  }),
});

/** "Revitalisasi DAK fisik 2021; Business matching 2019" -> [{name, year}, ...]. */
export function parseProgrammes(value: string | undefined): Programme[] {
  if (!value) return [];
  return value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const year = /\(?\b((?:19|20)\d{2})\)?\s*$/.exec(part);
      return year
        ? {
            name: part
              .slice(0, year.index)
              .trim()
              .replace(/[,(-]\s*$/, '')
              .trim(),
            year: Number(year[1]),
          }
        : { name: part };
    });
}

const slug = (value: string) =>
  value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Validates one row's places against the official area list and builds the stored record. The
 * stable key is the most precise official place code plus the name, so a re-import finds its row.
 */
export function toRecord(
  row: z.infer<typeof rawRowSchema>,
  areas: AreaIndex,
  defaults: { source: string; synthetic?: boolean },
): SentraRecord | { error: string } {
  if (!row.province && !row.province_code) return { error: 'province (provinsi) is required' };
  if (!row.regency && !row.regency_code) return { error: 'regency (kabupaten_kota) is required' };
  const province = areas.province(row.province ?? '', row.province_code);
  if (!province.ok) return { error: province.reason };
  const regency = areas.regency(row.regency ?? '', province.area.code, row.regency_code);
  if (!regency.ok) return { error: `${regency.reason} in ${province.area.name}` };
  let district: { code: string; name: string } | undefined;
  if (row.district || row.district_code) {
    const match = areas.district(row.district ?? '', regency.area.code, row.district_code);
    if (!match.ok) return { error: `${match.reason} in ${regency.area.name}` };
    district = match.area;
  }
  let village: { code: string; name: string } | undefined;
  if (row.village || row.village_code) {
    if (!district) return { error: 'village given without its district (kecamatan)' };
    const match = areas.village(row.village ?? '', district.code, row.village_code);
    if (!match.ok) return { error: `${match.reason} in ${district.name}` };
    village = match.area;
  }
  const place = village?.code ?? district?.code ?? regency.area.code;
  const record: Omit<SentraRecord, 'rowHash'> = {
    key: `${place}:${slug(row.name)}`,
    name: row.name,
    provinceCode: province.area.code,
    province: province.area.name,
    regencyCode: regency.area.code,
    regency: regency.area.name,
    districtCode: district?.code,
    district: district?.name,
    villageCode: village?.code,
    village: village?.name,
    product: row.product,
    productTerms: productTerms(row.product),
    kbli: row.kbli,
    businessUnits: row.business_units,
    workers: row.workers,
    manager: row.manager,
    programmes: parseProgrammes(row.programmes),
    latitude: row.latitude,
    longitude: row.longitude,
    source: row.source ?? defaults.source,
    sourceDate: row.source_date,
    // A row that says it is synthetic is stored as synthetic, whatever the caller assumed.
    synthetic: (defaults.synthetic ?? false) || /SINTETIS/.test(`${row.name} ${row.source ?? ''}`),
  };
  return { ...record, rowHash: createHash('sha1').update(JSON.stringify(record)).digest('hex') };
}
