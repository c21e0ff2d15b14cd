import type { Database } from '../db/port.ts';
import { createSentraRepo, type SentraQuery } from '../db/sentra-repo.ts';
import type { AreaIndex } from '../directory/areas.ts';
import { canonicalHeader, rawRowSchema, type SentraRecord, toRecord } from '../directory/record.ts';
import { productQueryTerms } from '../directory/products.ts';
import { syntheticDirectory } from '../directory/synthetic.ts';
import { rng } from '../util/rng.ts';
import { type BenchProgress, type LatencyStats, stats } from './run.ts';

export interface DirectoryBenchRow {
  query: string;
  index: LatencyStats;
  sequential: LatencyStats;
  speedup: number;
  /** Share of the sequential scan's results the indexed plan also returned (1 = identical). */
  agreement: number;
}

export interface DirectoryBench {
  engine: string;
  sentra: number;
  units: number;
  loadMs: number;
  rows: DirectoryBenchRow[];
}

/**
 * The synthetic national directory (13,762 sentra, 516,124 units over real regencies) searched with
 * the directory's indexes and with index scans disabled, same queries, same run.
 */
export async function runDirectoryBench(
  db: Database,
  options: { engine: string; areas: AreaIndex; queries: number; progress: BenchProgress },
): Promise<DirectoryBench> {
  const { progress, areas } = options;
  progress.stage('direktori nasional sintetis');
  const raw = syntheticDirectory(areas);
  const records: SentraRecord[] = [];
  for (const row of raw) {
    const mapped = Object.fromEntries(
      Object.entries(row).map(([key, value]) => [canonicalHeader(key)!, value]),
    );
    const record = toRecord(rawRowSchema.parse(mapped), areas, { source: row.sumber, synthetic: true });
    if ('error' in record) throw new Error(record.error);
    records.push(record);
  }
  const repo = createSentraRepo(db);
  const started = performance.now();
  for (let i = 0; i < records.length; i += 1_000) {
    await repo.upsert(records.slice(i, i + 1_000));
    progress.update(Math.min(i + 1_000, records.length), records.length);
  }
  await repo.analyze();
  const loadMs = performance.now() - started;

  const random = rng(77);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const located = records.filter((record) => record.latitude !== undefined);
  const products = ['tas', 'kulit', 'tenun', 'batik', 'makanan', 'kayu', 'gerabah', 'logam'];
  const kinds: { name: string; make: () => SentraQuery }[] = [
    { name: 'provinsi', make: () => ({ provinceCode: pick(areas.provinces).code }) },
    {
      name: 'kabupaten + produk',
      make: () => ({
        regencyCode: pick(records).regencyCode,
        productTerms: productQueryTerms(pick(products)),
      }),
    },
    { name: 'produk saja', make: () => ({ productTerms: productQueryTerms(pick(products)) }) },
    {
      name: 'program + tahun',
      make: () => ({ programme: 'DAK', programmeYear: 2015 + Math.floor(random() * 10) }),
    },
    { name: 'unit usaha ≥ 100', make: () => ({ minUnits: 100, provinceCode: pick(areas.provinces).code }) },
    {
      name: 'terdekat (50 km)',
      make: () => {
        const at = pick(located);
        return { near: { latitude: at.latitude!, longitude: at.longitude!, radiusKm: 50 } };
      },
    },
    { name: 'tanpa filter', make: () => ({}) },
  ];
  const rows: DirectoryBenchRow[] = [];
  for (const kind of kinds) {
    progress.stage(`direktori: ${kind.name}`);
    const indexTimes: number[] = [];
    const seqTimes: number[] = [];
    let agree = 0;
    let total = 0;
    for (let i = 0; i < options.queries; i++) {
      const query = { ...kind.make(), includeSynthetic: true, limit: 20 };
      let t = performance.now();
      const a = await repo.search(query);
      indexTimes.push(performance.now() - t);
      t = performance.now();
      const b = await repo.searchSequential(query);
      seqTimes.push(performance.now() - t);
      const keys = new Set(a.map((row) => row.key));
      agree += b.filter((row) => keys.has(row.key)).length;
      total += b.length;
      progress.update(i + 1, options.queries);
    }
    const index = stats(indexTimes);
    const sequential = stats(seqTimes);
    rows.push({
      query: kind.name,
      index,
      sequential,
      speedup: Math.round((sequential.p50 / index.p50) * 10) / 10,
      agreement: total === 0 ? 1 : Math.round((agree / total) * 1000) / 1000,
    });
  }
  return {
    engine: options.engine,
    sentra: records.length,
    units: records.reduce((sum, r) => sum + (r.businessUnits ?? 0), 0),
    loadMs: Math.round(loadMs),
    rows,
  };
}
