import type { SentraRow } from '../db/sentra-repo.ts';

// Apart from index-docs.ts (which writes the directory into the knowledge tables through the ingest
// pipeline) so that answering, which only names places, does not load the pipeline and its parser.

/** "KABUPATEN SIDOARJO" -> "Kabupaten Sidoarjo"; "DKI JAKARTA" keeps its acronym. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word) =>
      ['dki', 'di'].includes(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/** Where a sentra is, in one Indonesian phrase: "Desa Ngingas, Kecamatan Waru, Kabupaten Sidoarjo, Provinsi Jawa Timur". */
export function placeOf(row: Pick<SentraRow, 'village' | 'district' | 'regency' | 'province'>): string {
  return [
    row.village ? `Desa/Kelurahan ${titleCase(row.village)}` : undefined,
    row.district ? `Kecamatan ${titleCase(row.district)}` : undefined,
    titleCase(row.regency),
    `Provinsi ${titleCase(row.province)}`,
  ]
    .filter(Boolean)
    .join(', ');
}
