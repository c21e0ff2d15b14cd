import { existsSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../app.ts';
import { createConfig } from '../config.ts';
import { createSentraRepo, type SentraQuery } from '../db/sentra-repo.ts';
import { createAreaIndex } from '../directory/areas.ts';
import { importDirectoryCsv } from '../directory/import.ts';
import { indexDirectory, placeOf } from '../directory/index-docs.ts';
import { productQueryTerms } from '../directory/products.ts';
import { syntheticDirectory, toCsv } from '../directory/synthetic.ts';
import { createLogger } from '../logger.ts';
import type { ParsedArgs } from './args.ts';
import { type CliIo, EXIT, write } from './io.ts';
import { createProgress } from './progress.ts';

type DirectoryOptions = Partial<
  Record<
    | 'source'
    | 'province'
    | 'regency'
    | 'product'
    | 'programme'
    | 'year'
    | 'min-units'
    | 'near'
    | 'radius'
    | 'limit'
    | 'out'
    | 'seed'
    | 'count'
    | 'units',
    string
  >
> & { json?: boolean; synthetic?: boolean };

/** `directory import|search|generate`: each subcommand's options are declared in program.ts. */
export async function directoryCommand(args: ParsedArgs<DirectoryOptions>, io: CliIo): Promise<number> {
  const { sub } = args;
  const { values, positionals } = args;
  const config = createConfig(io.env);
  const log = createLogger(config);
  const areas = createAreaIndex();
  const int = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw Object.assign(new Error(`--${name} harus bilangan bulat, bukan "${value}"`), {
        code: 'ERR_PARSE_ARGS_BAD_VALUE',
      });
    return n;
  };

  if (sub === 'generate') {
    if (!values.out) {
      await write(io.stderr, `generate butuh --out FILE.csv\n\n${args.help}`);
      return EXIT.usage;
    }
    const rows = syntheticDirectory(areas, {
      seed: int(values.seed, 'seed'),
      count: int(values.count, 'count'),
      units: int(values.units, 'units'),
    });
    writeFileSync(values.out, toCsv(rows));
    const total = rows.reduce((sum, row) => sum + Number(row.jumlah_unit_usaha), 0);
    await write(
      io.stdout,
      `Direktori SINTETIS ditulis ke ${values.out}: ${rows.length.toLocaleString('id-ID')} sentra, ${total.toLocaleString('id-ID')} unit usaha.`,
    );
    return EXIT.ok;
  }

  if (sub === 'import') {
    const file = positionals[0];
    if (!file || !existsSync(file)) {
      await write(io.stderr, `Berkas CSV tidak ditemukan: ${file ?? '(kosong)'}\n\n${args.help}`);
      return EXIT.usage;
    }
    const db = await openDatabase(config, log);
    const progress = createProgress('Impor direktori');
    try {
      const report = await importDirectoryCsv({
        db,
        file,
        areas,
        log,
        source: values.source,
        onProgress: (d, t) => progress.update(d, t),
      });
      progress.stop();
      await indexDirectory(db, log);
      if (values.json) await write(io.stdout, JSON.stringify(report));
      else {
        const lines = [
          `Impor ${file}: ${report.rows} baris, ${report.valid} sah (${report.inserted} baru, ${report.updated} berubah, ${report.unchanged} tetap), ${report.rejected} ditolak, ${report.ms} ms.`,
          ...report.warnings.map((warning) => `  ! ${warning}`),
          ...report.rejections.slice(0, 50).map((r) => `  ✗ baris ${r.line}: ${r.reason}`),
        ];
        if (report.rejected > 50)
          lines.push(`  … dan ${report.rejected - 50} baris lain ditolak (lihat --json)`);
        await write(io.stdout, lines.join('\n'));
      }
      return report.rejected > 0 || report.warnings.length > 0 ? EXIT.failure : EXIT.ok;
    } finally {
      progress.stop();
      await db.close();
    }
  }

  if (sub === 'search') {
    const query: SentraQuery = {
      includeSynthetic: values.synthetic,
      limit: int(values.limit, 'limit') ?? 20,
    };
    if (values.province) {
      const province = areas.province(values.province);
      if (!province.ok) {
        await write(io.stderr, `Provinsi tidak dikenal: ${province.reason}`);
        return EXIT.usage;
      }
      query.provinceCode = province.area.code;
    }
    if (values.regency) {
      const found = areas.findRegencies(values.regency, query.provinceCode);
      if (found.length === 0) {
        await write(io.stderr, `Kabupaten/kota tidak dikenal: ${values.regency}`);
        return EXIT.usage;
      }
      query.regencyCodes = found.map((area) => area.code);
    }
    if (values.product) query.productTerms = productQueryTerms(values.product);
    if (values.programme) query.programme = values.programme;
    query.programmeYear = int(values.year, 'year');
    query.minUnits = int(values['min-units'], 'min-units');
    if (values.near) {
      const [lat, lon] = values.near.split(',').map(Number);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
        await write(io.stderr, '--near harus berbentuk LINTANG,BUJUR, misalnya -7.45,112.7');
        return EXIT.usage;
      }
      query.near = {
        latitude: lat!,
        longitude: lon!,
        radiusKm: values.radius ? Number(values.radius) : undefined,
      };
    }
    const db = await openDatabase(config, log);
    try {
      const rows = await createSentraRepo(db).search(query);
      if (values.json) await write(io.stdout, JSON.stringify(rows));
      else if (rows.length === 0) await write(io.stdout, 'Tidak ada sentra yang cocok.');
      else {
        await write(
          io.stdout,
          rows
            .map(
              (row) =>
                `• ${row.name} — ${placeOf(row)} · ${row.product}${row.businessUnits !== undefined ? ` · ${row.businessUnits} unit usaha` : ''}${row.distanceKm !== undefined ? ` · ${row.distanceKm} km` : ''} · ${row.source}`,
            )
            .join('\n'),
        );
      }
      return EXIT.ok;
    } finally {
      await db.close();
    }
  }
  await write(io.stderr, `Sub-perintah tidak dikenal: ${sub}\n\n${args.help}`);
  return EXIT.usage;
}
