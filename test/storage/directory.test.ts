import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/port.ts';
import { createSearchRepo } from '../../src/db/search-repo.ts';
import { createSentraRepo } from '../../src/db/sentra-repo.ts';
import { createAreaIndex } from '../../src/directory/areas.ts';
import { importDirectoryCsv } from '../../src/directory/import.ts';
import { indexDirectory } from '../../src/directory/index-docs.ts';
import { productQueryTerms } from '../../src/directory/products.ts';
import { syntheticDirectory, toCsv } from '../../src/directory/synthetic.ts';
import { createLexicalSearcher } from '../../src/rag/lexical.ts';
import { createTools } from '../../src/rag/tools.ts';
import { engines } from '../helpers/db.ts';
import { memoryLogger } from '../helpers/log.ts';

const areas = createAreaIndex();
const dir = mkdtempSync(join(tmpdir(), 'pd-dir-'));
const HEADER =
  'nama_sentra,provinsi,kode_provinsi,kabupaten_kota,kode_kabupaten,kecamatan,desa,produk,kbli,jumlah_unit_usaha,program,lintang,bujur,sumber';
const GOOD = [
  'Sentra Koper Uji,Jawa Timur,35,Kab. Sidoarjo,35.15,Tanggulangin,,Koper,,40,Revitalisasi DAK fisik 2021,-7.50,112.70,Uji',
  'Sentra Sepatu Uji,JATIM,,Sidoarjo,,,,Sepatu kulit,15201,25,,-7.40,112.75,Uji',
  'Sentra Tapis Uji,Lampung,18,Kota Bandar Lampung,18.71,Kemiling,Beringin Jaya,Tenun tapis,,15,Business matching 2019,,,Uji',
];

for (const engine of engines()) {
  describe(`sentra directory on ${engine.name}`, () => {
    let db: Database;
    let cleanup: () => Promise<void>;
    const { log } = memoryLogger();

    beforeAll(async () => {
      ({ db, cleanup } = await engine.open());
    });
    afterAll(async () => cleanup?.());

    it('imports the shipped directory and changes nothing on a second import', async () => {
      const file = 'knowledge/direktori/sentra.csv';
      const first = await importDirectoryCsv({ db, file, areas, log });
      expect(first).toMatchObject({ rows: 4, valid: 4, inserted: 4, rejected: 0, warnings: [] });
      const again = await importDirectoryCsv({ db, file, areas, log });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
      const tapis = (await createSentraRepo(db).search({ productTerms: productQueryTerms('tapis') }))[0]!;
      expect(tapis).toMatchObject({
        village: 'BERINGIN JAYA',
        district: 'KEMILING',
        regency: 'KOTA BANDAR LAMPUNG',
        businessUnits: 15,
      });
    });

    it('takes every good row of a broken file, reports every bad row by line, and touches nothing else', async () => {
      const repo = createSentraRepo(db);
      const before = await repo.all();
      const junk = randomBytes(50 * 1024 * 1024);
      const lines = [
        HEADER,
        ...GOOD,
        'Sentra Salah Kode,Jawa Timur,99,Kab. Sidoarjo,,,,Tas,,10,,,,Uji',
        'Sentra Salah Nama,Jawa Timur,35,Kab. Sidoarjoo,,,,Tas,,10,,,,Uji',
        'Sentra Kode Beda,Jawa Timur,35,Kab. Magetan,35.15,,,Tas,,10,,,,Uji',
        ',Jawa Timur,35,Sidoarjo,,,,Tas,,10,,,,Uji',
        'Sentra Tanpa Produk,Jawa Timur,35,Sidoarjo,,,,,,10,,,,Uji',
        'Sentra Unit Salah,Jawa Timur,35,Sidoarjo,,,,Tas,,sepuluh,,,,Uji',
        'Sentra Koper Uji,Jawa Timur,35,Kabupaten Sidoarjo,35.15,Tanggulangin,,Koper,,41,,,,Uji',
        'Sentra Kolom Kurang,Jawa Timur,35',
        'Sentra Luar Negeri,Jawa Timur,35,Sidoarjo,,,,Tas,,10,,48.85,2.35,Uji',
      ];
      const file = join(dir, 'rusak.csv');
      writeFileSync(
        file,
        Buffer.concat([
          Buffer.from(`${lines.join('\n')}\n`),
          Buffer.from('Sentra Ejaan Caf\xe9,Jawa Timur,35,Sidoarjo,,,,Tas,,10,,,,Uji\n', 'latin1'),
          junk,
        ]),
      );
      const report = await importDirectoryCsv({ db, file, areas, log });
      expect(report.valid).toBe(3);
      expect(report.inserted).toBe(3);
      const byLine = new Map(report.rejections.map((r) => [r.line, r.reason]));
      expect(byLine.get(5)).toMatch(/province code 99 is not an official code/);
      expect(byLine.get(6)).toMatch(/closest: KABUPATEN SIDOARJO/);
      expect(byLine.get(7)).toMatch(/35\.15 is KABUPATEN SIDOARJO, not "Kab\. Magetan"/);
      expect(byLine.get(8)).toMatch(/name is required/);
      expect(byLine.get(9)).toMatch(/product is required/);
      expect(byLine.get(10)).toMatch(/business_units: expected a whole number, got "sepuluh"/);
      expect(byLine.get(11)).toMatch(/duplicate of line 2/);
      expect(byLine.get(12)).toMatch(/expected 14 columns, found 3/);
      expect(byLine.get(13)).toMatch(/latitude: expected a number/);
      expect(byLine.get(14)).toMatch(/wrong encoding/);
      expect(report.rejected).toBe(report.rows - report.valid);
      expect(report.rejected).toBeGreaterThan(10);
      const after = await repo.all();
      expect(after.length).toBe(before.length + 3);
      for (const row of before) expect(after).toContainEqual(row);
    });

    it('reads a Windows-1252 export and says so; rejects a file without the required columns', async () => {
      const latin = join(dir, 'excel.csv');
      writeFileSync(
        latin,
        Buffer.from(`${HEADER}\nSentra Batik Caf\xe9,Jawa Timur,35,Sidoarjo,,,,Batik,,12,,,,Uji\n`, 'latin1'),
      );
      const report = await importDirectoryCsv({ db, file: latin, areas, log });
      expect(report).toMatchObject({ encoding: 'windows-1252', inserted: 1 });
      expect(report.warnings[0]).toMatch(/not UTF-8/);
      expect((await createSentraRepo(db).search({ productTerms: ['batik'] }))[0]!.name).toBe(
        'Sentra Batik Café',
      );
      const missing = join(dir, 'missing.csv');
      writeFileSync(missing, 'nama_sentra,provinsi\nSentra X,Jawa Timur\n');
      const bad = await importDirectoryCsv({ db, file: missing, areas, log });
      expect(bad).toMatchObject({ valid: 0, inserted: 0, rejected: 1 });
      expect(bad.warnings[0]).toMatch(/missing column\(s\): product, regency/);
    });

    it('searches by place, product family, programme, size and distance', async () => {
      const repo = createSentraRepo(db);
      const names = async (query: Parameters<typeof repo.search>[0]) =>
        (await repo.search(query)).map((row) => row.name);
      expect(await names({ regencyCode: '35.15', productTerms: productQueryTerms('tas') })).toEqual(
        expect.arrayContaining(['Sentra IKM Tas dan Koper Tanggulangin', 'Sentra Koper Uji']),
      );
      expect(await names({ regencyCode: '35.15', productTerms: productQueryTerms('tas') })).not.toContain(
        'Sentra Sepatu Uji',
      );
      expect(await names({ productTerms: productQueryTerms('kulit'), regencyCode: '35.15' })).toContain(
        'Sentra Sepatu Uji',
      );
      expect(await names({ programme: 'DAK', programmeYear: 2021 })).toEqual([
        'Sentra Koper Uji',
        'Sentra IKM Tenun Tapis Bandar Lampung',
      ]);
      expect(await names({ programme: 'business matching', programmeYear: 2019 })).toEqual([
        'Sentra IKM Tas dan Koper Tanggulangin',
        'Sentra Tapis Uji',
      ]);
      expect(await names({ minUnits: 100 })).toEqual(['Sentra IKM Tas dan Koper Tanggulangin']);
      const near = await repo.search({ near: { latitude: -7.49, longitude: 112.7, radiusKm: 30 } });
      expect(near.map((row) => row.name)).toEqual(['Sentra Koper Uji', 'Sentra Sepatu Uji']);
      expect(near[0]!.distanceKm).toBeLessThan(2);
      expect(await repo.searchSequential({ regencyCode: '35.15' })).toEqual(
        await repo.search({ regencyCode: '35.15' }),
      );
    });

    it('answers "sentra tas di Sidoarjo" from the directory and indexes it for chat', async () => {
      const tools = createTools({ sentra: createSentraRepo(db), areas: () => areas });
      const answer = await tools.tryAnswer('ada sentra tas di Sidoarjo?');
      expect(answer).toMatchObject({ tool: 'directory', answered: true });
      expect(answer!.answer).toMatch(
        /Sentra IKM Tas dan Koper Tanggulangin — Kecamatan Tanggulangin, Kabupaten Sidoarjo/,
      );
      const near = await tools.tryAnswer('sentra terdekat dari sini', {
        location: { latitude: -7.41, longitude: 112.75 },
      });
      expect(near!.answer).toMatch(/Sentra Sepatu Uji[\s\S]*±/);
      // Asked in English, with the province's English name: answered in English from the same rows.
      const english = await tools.tryAnswer('Which clusters make leather bags in East Java?');
      expect(english).toMatchObject({ tool: 'directory', answered: true });
      expect(english!.answer).toMatch(/^Clusters \(sentra IKM\) in the directory \(Provinsi Jawa Timur\):/);
      expect(english!.answer).toMatch(
        /Sentra IKM Tas dan Koper Tanggulangin[^\n]*business units\)\. Source:/,
      );
      const indexed = await indexDirectory(db, log);
      expect(indexed.added).toBeGreaterThanOrEqual(7);
      const { chunks } = await createLexicalSearcher(createSearchRepo(db)).search(
        'sentra tas koper Tanggulangin Sidoarjo',
        { k: 3 },
      );
      expect(chunks[0]!.path).toMatch(/^direktori\/35\.15\.06:sentra-ikm-tas-dan-koper-tanggulangin$/);
      expect((await indexDirectory(db, log)).added).toBe(0);
    });

    it('keeps synthetic rows out of search and out of the knowledge index', async () => {
      const file = join(dir, 'sintetis.csv');
      writeFileSync(file, toCsv(syntheticDirectory(areas, { count: 200, units: 5000 })));
      const report = await importDirectoryCsv({ db, file, areas, log });
      expect(report.inserted).toBe(200);
      const repo = createSentraRepo(db);
      expect((await repo.search({ limit: 500 })).some((row) => row.synthetic)).toBe(false);
      expect(
        (await repo.search({ includeSynthetic: true, limit: 500 })).filter((row) => row.synthetic),
      ).toHaveLength(200);
      await indexDirectory(db, log);
      const { rows } = await db.query<{ n: string }>(
        "select count(*) as n from documents where title like '%SINTETIS%'",
      );
      expect(Number(rows[0]!.n)).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/SINTETIS/);
    });
  });
}
