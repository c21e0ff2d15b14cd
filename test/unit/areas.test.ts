import { describe, expect, it } from 'vitest';
import { createAreaIndex, normaliseAreaName } from '../../src/directory/areas.ts';
import { parseProgrammes } from '../../src/directory/record.ts';
import {
  NATIONAL_SENTRA,
  NATIONAL_UNITS,
  parseDms,
  syntheticDirectory,
} from '../../src/directory/synthetic.ts';

const areas = createAreaIndex();

describe('official areas (idn-area-data)', () => {
  it('accepts spelling variants of provinces and regencies', () => {
    expect(normaliseAreaName('Kab. Sidoarjo')).toBe('KABUPATEN SIDOARJO');
    expect(areas.province('jawa timur')).toMatchObject({ ok: true, area: { code: '35' } });
    expect(areas.province('DIY')).toMatchObject({ ok: true, area: { code: '34' } });
    for (const name of ['Kab. Sidoarjo', 'Kabupaten Sidoarjo', 'SIDOARJO', 'kab sidoarjo']) {
      expect(areas.regency(name, '35'), name).toMatchObject({ ok: true, area: { code: '35.15' } });
    }
  });

  it('reports ambiguity and the closest match', () => {
    expect(areas.regency('Malang', '35')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ambiguous/),
    });
    expect(areas.regency('Kab. Sidoarjoo', '35')).toMatchObject({
      ok: false,
      suggestion: 'KABUPATEN SIDOARJO',
    });
    expect(areas.regency('', '35', '35.99')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not an official code/),
    });
    expect(areas.regency('Magetan', '35', '35.15')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is KABUPATEN SIDOARJO/),
    });
  });

  it('finds villages under their district', () => {
    expect(areas.village('Beringin Jaya', '18.71.13')).toMatchObject({
      ok: true,
      area: { code: '18.71.13.1003' },
    });
  });
});

describe('parsing helpers', () => {
  it('reads programmes with years', () => {
    expect(parseProgrammes('Revitalisasi DAK fisik 2021; Business matching (2019) | Pendampingan')).toEqual([
      { name: 'Revitalisasi DAK fisik', year: 2021 },
      { name: 'Business matching', year: 2019 },
      { name: 'Pendampingan' },
    ]);
  });

  it('reads DMS coordinates', () => {
    const [lat, lon] = parseDms(`03°19'03.44" N 097°07'41.73" E`)!;
    expect(lat).toBeCloseTo(3.3176, 3);
    expect(lon).toBeCloseTo(97.1283, 3);
    expect(parseDms(`05°30'00.00" S 120°00'00.00" E`)![0]).toBeCloseTo(-5.5, 5);
  });
});

describe('synthetic national directory', () => {
  it('has the real national scale over real regencies, and says it is synthetic', () => {
    const rows = syntheticDirectory(areas);
    expect(rows).toHaveLength(NATIONAL_SENTRA);
    expect(rows.reduce((sum, row) => sum + Number(row.jumlah_unit_usaha), 0)).toBe(NATIONAL_UNITS);
    const codes = new Set(areas.regencies.map((regency) => regency.code));
    expect(rows.every((row) => codes.has(row.kode_kabupaten))).toBe(true);
    expect(
      rows.every((row) => row.nama_sentra.startsWith('[SINTETIS]') && row.sumber.startsWith('SINTETIS')),
    ).toBe(true);
    expect(new Set(rows.map((row) => row.kode_provinsi)).size).toBeGreaterThan(30);
    expect(syntheticDirectory(areas, { count: 50, units: 1000 })).toEqual(
      syntheticDirectory(areas, { count: 50, units: 1000 }),
    );
  });
});
