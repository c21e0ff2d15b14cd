import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { editDistance } from '../text/fuzzy.ts';

export interface Area {
  code: string;
  name: string;
  parent?: string;
}

/** Everyday abbreviations officials write for provinces. */
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  DIY: 'DAERAH ISTIMEWA YOGYAKARTA',
  'DI YOGYAKARTA': 'DAERAH ISTIMEWA YOGYAKARTA',
  YOGYAKARTA: 'DAERAH ISTIMEWA YOGYAKARTA',
  JOGJA: 'DAERAH ISTIMEWA YOGYAKARTA',
  JAKARTA: 'DKI JAKARTA',
  JATIM: 'JAWA TIMUR',
  JATENG: 'JAWA TENGAH',
  JABAR: 'JAWA BARAT',
  SUMUT: 'SUMATERA UTARA',
  SUMBAR: 'SUMATERA BARAT',
  SUMSEL: 'SUMATERA SELATAN',
  KALBAR: 'KALIMANTAN BARAT',
  KALTENG: 'KALIMANTAN TENGAH',
  KALSEL: 'KALIMANTAN SELATAN',
  KALTIM: 'KALIMANTAN TIMUR',
  KALTARA: 'KALIMANTAN UTARA',
  SULUT: 'SULAWESI UTARA',
  SULTENG: 'SULAWESI TENGAH',
  SULSEL: 'SULAWESI SELATAN',
  SULTRA: 'SULAWESI TENGGARA',
  SULBAR: 'SULAWESI BARAT',
  NTB: 'NUSA TENGGARA BARAT',
  NTT: 'NUSA TENGGARA TIMUR',
  BABEL: 'KEPULAUAN BANGKA BELITUNG',
  'BANGKA BELITUNG': 'KEPULAUAN BANGKA BELITUNG',
  KEPRI: 'KEPULAUAN RIAU',
  MALUT: 'MALUKU UTARA',
  'NANGGROE ACEH DARUSSALAM': 'ACEH',
};

/** Upper case, punctuation and repeated spaces removed, "Kab." / "Prov." / "Kec." spelled out. */
export function normaliseAreaName(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\bKAB\b\.?/g, 'KABUPATEN')
    .replace(/\bKEC\b\.?/g, 'KECAMATAN')
    .replace(/\bKEL\b\.?/g, 'KELURAHAN')
    .replace(/\bPROV(INSI)?\b\.?/g, '')
    .replace(/\bD\.\s*I\.?/g, 'DI')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const stripKind = (name: string) =>
  name.replace(/^(KABUPATEN|KOTA ADMINISTRASI|KOTA|KECAMATAN|KELURAHAN|DESA) /, '');

export type Match<T> = { ok: true; area: T } | { ok: false; reason: string; suggestion?: string };

function readCsv(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

function closest(name: string, candidates: Area[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  const target = stripKind(name);
  for (const candidate of candidates) {
    const d = editDistance(target, stripKind(candidate.name), 4);
    if (d <= 4 && (!best || d < best.d)) best = { name: candidate.name, d };
  }
  return best?.name;
}

/**
 * Indonesia's official areas (Kemendagri codes) from idn-area-data: provinces, regencies/cities and
 * districts load at once, villages on first use (83,000 rows). Matching tolerates case, "Kab." versus
 * "Kabupaten", a missing "Kabupaten"/"Kota" where that is unambiguous, and suggests the closest name.
 */
export function createAreaIndex() {
  const dataDir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data')), '..', 'data');
  const provinces = readCsv(join(dataDir, 'provinces.csv')).map((row) => ({
    code: row.code!,
    name: row.name!,
  }));
  const regencies = readCsv(join(dataDir, 'regencies.csv')).map((row) => ({
    code: row.code!,
    name: row.name!,
    parent: row.province_code!,
  }));
  const districts = readCsv(join(dataDir, 'districts.csv')).map((row) => ({
    code: row.code!,
    name: row.name!.toUpperCase(),
    parent: row.regency_code!,
  }));
  let villages: Area[] | undefined;
  const byCode = new Map<string, Area>(
    [...provinces, ...regencies, ...districts].map((area) => [area.code, area]),
  );
  const loadVillages = () => {
    villages ??= readCsv(join(dataDir, 'villages.csv')).map((row) => ({
      code: row.code!,
      name: row.name!.toUpperCase(),
      parent: row.district_code!,
    }));
    return villages;
  };

  function pick(kind: string, wanted: string, pool: Area[], code?: string): Match<Area> {
    if (code) {
      const area = pool.find((candidate) => candidate.code === code.trim());
      if (!area) return { ok: false, reason: `${kind} code ${code} is not an official code` };
      if (
        wanted &&
        normaliseAreaName(wanted) &&
        stripKind(normaliseAreaName(wanted)) !== stripKind(area.name)
      ) {
        return {
          ok: false,
          reason: `${kind} code ${code} is ${area.name}, not "${wanted}"`,
          suggestion: area.name,
        };
      }
      return { ok: true, area };
    }
    const name = normaliseAreaName(wanted);
    if (!name) return { ok: false, reason: `${kind} is empty` };
    const exact = pool.filter((candidate) => candidate.name === name);
    if (exact.length === 1) return { ok: true, area: exact[0]! };
    const loose = pool.filter((candidate) => stripKind(candidate.name) === stripKind(name));
    if (loose.length === 1) return { ok: true, area: loose[0]! };
    if (loose.length > 1) {
      return {
        ok: false,
        reason: `${kind} "${wanted}" is ambiguous: ${loose.map((area) => area.name).join(' / ')}`,
        suggestion: loose[0]!.name,
      };
    }
    const suggestion = closest(name, pool);
    return {
      ok: false,
      reason: `${kind} "${wanted}" not found${suggestion ? `; closest: ${suggestion}` : ''}`,
      suggestion,
    };
  }

  return {
    provinces,
    regencies,
    get(code: string): Area | undefined {
      return (
        byCode.get(code) ??
        (code.split('.').length === 4 ? loadVillages().find((village) => village.code === code) : undefined)
      );
    },
    province(name: string, code?: string): Match<Area> {
      const alias = PROVINCE_ALIASES[normaliseAreaName(name)];
      return pick('province', alias ?? name, provinces, code);
    },
    regency(name: string, provinceCode: string, code?: string): Match<Area> {
      return pick(
        'regency',
        name,
        regencies.filter((area) => area.parent === provinceCode),
        code,
      );
    },
    district(name: string, regencyCode: string, code?: string): Match<Area> {
      return pick(
        'district',
        name,
        districts.filter((area) => area.parent === regencyCode),
        code,
      );
    },
    village(name: string, districtCode: string, code?: string): Match<Area> {
      return pick(
        'village',
        name,
        loadVillages().filter((area) => area.parent === districtCode),
        code,
      );
    },
    /**
     * Every regency a loose name can mean: "Malang" is both Kabupaten and Kota Malang; "Kota Malang"
     * and "Kab. Malang" are one each. For search, where an ambiguous place should widen, not fail.
     */
    findRegencies(name: string, provinceCode?: string): Area[] {
      const wanted = normaliseAreaName(name);
      return regencies.filter(
        (area) =>
          (!provinceCode || area.parent === provinceCode) &&
          (area.name === wanted || stripKind(area.name) === wanted),
      );
    },
    /** Regencies of a province, or all (for the synthetic directory). */
    regenciesOf(provinceCode?: string): Area[] {
      return provinceCode ? regencies.filter((area) => area.parent === provinceCode) : regencies;
    },
  };
}

export type AreaIndex = ReturnType<typeof createAreaIndex>;
