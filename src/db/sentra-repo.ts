import type { Database, Queryable } from './port.ts';

/** A programme a sentra took part in, with its year when known. */
export interface Programme {
  name: string;
  year?: number;
}

/** One validated directory row, as stored. */
export interface SentraRecord {
  key: string;
  name: string;
  provinceCode: string;
  province: string;
  regencyCode: string;
  regency: string;
  districtCode?: string;
  district?: string;
  villageCode?: string;
  village?: string;
  product: string;
  productTerms: string[];
  kbli?: string;
  businessUnits?: number;
  workers?: number;
  manager?: string;
  programmes: Programme[];
  latitude?: number;
  longitude?: number;
  source: string;
  sourceDate?: string;
  synthetic: boolean;
  rowHash: string;
}

/** A directory row as search returns it: the stored record without its internal fields. */
export type SentraRow = Omit<SentraRecord, 'districtCode' | 'villageCode' | 'productTerms' | 'rowHash'> & {
  /** Kilometres from the searched point, for "near me". */
  distanceKm?: number;
};

export interface SentraQuery {
  provinceCode?: string;
  regencyCode?: string;
  /** Any of several regencies: "Malang" is both Kabupaten Malang and Kota Malang. */
  regencyCodes?: string[];
  /** Stems; a sentra matches when its product shares any of them. */
  productTerms?: string[];
  /** Part of a programme's name, e.g. "revitalisasi" or "DAK". */
  programme?: string;
  programmeYear?: number;
  minUnits?: number;
  near?: { latitude: number; longitude: number; radiusKm?: number };
  includeSynthetic?: boolean;
  limit?: number;
}

const COLUMNS = `key, name, province, province_code, regency, regency_code, district, village, product, kbli, business_units,
  workers, manager, programmes, latitude, longitude, source, source_date, synthetic`;

// Great-circle distance in km (haversine), in SQL so that "nearest" is ordered by the database.
const DISTANCE = (lat: string, lon: string) =>
  `(6371 * 2 * asin(sqrt(power(sin(radians(latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(latitude)) * power(sin(radians(longitude - ${lon}) / 2), 2))))`;

function toRow(row: Record<string, unknown>): SentraRow {
  const date =
    row.source_date instanceof Date
      ? row.source_date.toISOString().slice(0, 10)
      : (row.source_date as string | null);
  const optional = <T>(value: unknown) => (value === null || value === undefined ? undefined : (value as T));
  return {
    key: String(row.key),
    name: String(row.name),
    province: String(row.province),
    provinceCode: String(row.province_code),
    regency: String(row.regency),
    regencyCode: String(row.regency_code),
    district: optional(row.district),
    village: optional(row.village),
    product: String(row.product),
    kbli: optional(row.kbli),
    businessUnits: optional<number>(row.business_units),
    workers: optional<number>(row.workers),
    manager: optional(row.manager),
    programmes: (typeof row.programmes === 'string'
      ? JSON.parse(row.programmes)
      : row.programmes) as Programme[],
    latitude: optional<number>(row.latitude),
    longitude: optional<number>(row.longitude),
    source: String(row.source),
    sourceDate: date ? String(date).slice(0, 10) : undefined,
    synthetic: Boolean(row.synthetic),
    distanceKm:
      row.distance_km === undefined || row.distance_km === null
        ? undefined
        : Math.round(Number(row.distance_km) * 10) / 10,
  };
}

/** All SQL of the sentra directory. */
export function createSentraRepo(db: Database) {
  function where(query: SentraQuery): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (!query.includeSynthetic) clauses.push('not synthetic');
    if (query.provinceCode) add((n) => `province_code = ${n}`, query.provinceCode);
    if (query.regencyCode) add((n) => `regency_code = ${n}`, query.regencyCode);
    if (query.regencyCodes?.length) add((n) => `regency_code = any(${n}::text[])`, query.regencyCodes);
    if (query.productTerms?.length) add((n) => `product_terms && ${n}::text[]`, query.productTerms);
    if (query.programme)
      add(
        (n) =>
          `exists (select 1 from jsonb_array_elements(programmes) p where p->>'name' ilike '%' || ${n} || '%')`,
        query.programme,
      );
    if (query.programmeYear)
      add(
        (n) => `programmes @> jsonb_build_array(jsonb_build_object('year', ${n}::int))`,
        query.programmeYear,
      );
    if (query.minUnits !== undefined) add((n) => `business_units >= ${n}`, query.minUnits);
    if (query.near) clauses.push('latitude is not null and longitude is not null');
    if (query.near?.radiusKm) {
      // A bounding box the (latitude, longitude) index can use, before the exact distance is computed.
      const dLat = query.near.radiusKm / 111;
      const dLon =
        query.near.radiusKm / (111 * Math.max(0.1, Math.cos((query.near.latitude * Math.PI) / 180)));
      add((n) => `latitude between ${n}::float8 - ${dLat} and ${n}::float8 + ${dLat}`, query.near.latitude);
      add((n) => `longitude between ${n}::float8 - ${dLon} and ${n}::float8 + ${dLon}`, query.near.longitude);
    }
    return { sql: clauses.length ? `where ${clauses.join(' and ')}` : '', params };
  }

  async function search(query: SentraQuery, q: Queryable = db): Promise<SentraRow[]> {
    const filter = where(query);
    const params = [...filter.params];
    let distance = 'null';
    let order = 'business_units desc nulls last, name';
    let radius = '';
    if (query.near) {
      params.push(query.near.latitude, query.near.longitude);
      distance = DISTANCE(`$${params.length - 1}`, `$${params.length}`);
      order = 'distance_km';
      if (query.near.radiusKm) {
        params.push(query.near.radiusKm);
        radius = `where distance_km <= $${params.length}`;
      }
    }
    params.push(Math.min(query.limit ?? 20, 500));
    const { rows } = await q.query<Record<string, unknown>>(
      `select * from (select ${COLUMNS}, ${distance} as distance_km from sentra ${filter.sql}) s ${radius}
       order by ${order} limit $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }

  return {
    search,

    /** The same search with index scans disabled: the plain sequential-scan baseline of the benchmark. */
    async searchSequential(query: SentraQuery): Promise<SentraRow[]> {
      return db.transaction(async (tx) => {
        await tx.query('set local enable_indexscan = off');
        await tx.query('set local enable_bitmapscan = off');
        return search(query, tx);
      });
    },

    /** Inserts new rows and updates changed ones (by stable key); unchanged rows are not written. */
    async upsert(records: SentraRecord[], q: Queryable = db): Promise<{ inserted: number; updated: number }> {
      if (records.length === 0) return { inserted: 0, updated: 0 };
      const { rows } = await q.query<{ inserted: boolean }>(
        `insert into sentra (key, name, province_code, province, regency_code, regency, district_code, district, village_code,
           village, product, product_terms, kbli, business_units, workers, manager, programmes, latitude, longitude, source,
           source_date, synthetic, row_hash)
         select r.key, r.name, r.province_code, r.province, r.regency_code, r.regency, r.district_code, r.district,
           r.village_code, r.village, r.product, array(select jsonb_array_elements_text(r.product_terms)), r.kbli,
           r.business_units, r.workers, r.manager, r.programmes, r.latitude, r.longitude, r.source, r.source_date,
           r.synthetic, r.row_hash
         from jsonb_to_recordset($1::jsonb) as r(key text, name text, province_code text, province text, regency_code text,
           regency text, district_code text, district text, village_code text, village text, product text,
           product_terms jsonb, kbli text, business_units int, workers int, manager text, programmes jsonb,
           latitude double precision, longitude double precision, source text, source_date date, synthetic boolean, row_hash text)
         on conflict (key) do update set name = excluded.name, province_code = excluded.province_code,
           province = excluded.province, regency_code = excluded.regency_code, regency = excluded.regency,
           district_code = excluded.district_code, district = excluded.district, village_code = excluded.village_code,
           village = excluded.village, product = excluded.product, product_terms = excluded.product_terms,
           kbli = excluded.kbli, business_units = excluded.business_units, workers = excluded.workers,
           manager = excluded.manager, programmes = excluded.programmes, latitude = excluded.latitude,
           longitude = excluded.longitude, source = excluded.source, source_date = excluded.source_date,
           synthetic = excluded.synthetic, row_hash = excluded.row_hash, updated_at = now()
         where sentra.row_hash is distinct from excluded.row_hash
         returning (xmax = 0) as inserted`,
        [
          JSON.stringify(
            records.map((r) => ({
              key: r.key,
              name: r.name,
              province_code: r.provinceCode,
              province: r.province,
              regency_code: r.regencyCode,
              regency: r.regency,
              district_code: r.districtCode ?? null,
              district: r.district ?? null,
              village_code: r.villageCode ?? null,
              village: r.village ?? null,
              product: r.product,
              product_terms: r.productTerms,
              kbli: r.kbli ?? null,
              business_units: r.businessUnits ?? null,
              workers: r.workers ?? null,
              manager: r.manager ?? null,
              programmes: r.programmes,
              latitude: r.latitude ?? null,
              longitude: r.longitude ?? null,
              source: r.source,
              source_date: r.sourceDate ?? null,
              synthetic: r.synthetic,
              row_hash: r.rowHash,
            })),
          ),
        ],
      );
      const inserted = rows.filter((row) => row.inserted).length;
      return { inserted, updated: rows.length - inserted };
    },

    async all(includeSynthetic = false): Promise<SentraRow[]> {
      const { rows } = await db.query<Record<string, unknown>>(
        `select ${COLUMNS}, null as distance_km from sentra ${includeSynthetic ? '' : 'where not synthetic'} order by key`,
      );
      return rows.map(toRow);
    },

    async fileHash(path: string): Promise<string | undefined> {
      const { rows } = await db.query<{ content_hash: string }>(
        'select content_hash from directory_files where path = $1',
        [path],
      );
      return rows[0]?.content_hash;
    },

    async recordFile(path: string, contentHash: string): Promise<void> {
      await db.query(
        `insert into directory_files (path, content_hash) values ($1, $2)
         on conflict (path) do update set content_hash = excluded.content_hash, imported_at = now()`,
        [path, contentHash],
      );
    },

    async analyze(): Promise<void> {
      await db.exec('analyze sentra');
    },
  };
}

export type SentraRepo = ReturnType<typeof createSentraRepo>;
