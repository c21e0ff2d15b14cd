import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSentraRepo, type SentraRow } from '../db/sentra-repo.ts';
import type { Database } from '../db/port.ts';
import { sha256, type KnowledgeDocument } from '../ingest/document.ts';
import { type IngestReport, syncDocuments } from '../ingest/pipeline.ts';
import type { Logger } from '../logger.ts';
import type { AreaIndex } from './areas.ts';
import { type ImportReport, importDirectoryCsv } from './import.ts';
import { ANALYZER_VERSION } from '../text/analyze.ts';
import { placeOf, titleCase } from './place.ts';

export { placeOf, titleCase } from './place.ts';

export const DIRECTORY_SCOPE = 'direktori/';

/** A directory row as a knowledge document, so that "sentra tas di Sidoarjo" works in plain chat. */
export function sentraDocument(row: SentraRow): KnowledgeDocument {
  const facts = [
    `Sentra IKM ${row.name} berada di ${placeOf(row)}.`,
    `Produk utamanya: ${row.product}.`,
    row.businessUnits !== undefined
      ? `Jumlah unit usaha: ${row.businessUnits.toLocaleString('id-ID')}.`
      : undefined,
    row.workers !== undefined
      ? `Tenaga kerja: sekitar ${row.workers.toLocaleString('id-ID')} orang.`
      : undefined,
    row.manager ? `Pengelola atau koperasi: ${row.manager}.` : undefined,
    row.programmes.length > 0
      ? `Program yang pernah diterima: ${row.programmes.map((p) => (p.year ? `${p.name} (${p.year})` : p.name)).join('; ')}.`
      : undefined,
    row.kbli ? `Kode KBLI: ${row.kbli}.` : undefined,
    `Sumber data direktori: ${row.source}${row.sourceDate ? ` (${row.sourceDate})` : ''}.`,
  ].filter(Boolean);
  const title = `Sentra IKM ${row.name} (${titleCase(row.regency)})`;
  const body = `## Sentra IKM ${row.name}: lokasi, produk, dan data\n\n${facts.join(' ')}`;
  return {
    path: `${DIRECTORY_SCOPE}${row.key}`,
    title,
    topic: 'direktori',
    audience: ['semua'],
    language: 'id',
    source: row.source,
    as_of: row.sourceDate ?? new Date().toISOString().slice(0, 10),
    body,
    contentHash: sha256(`${ANALYZER_VERSION}\n${title}\n${body}\n${row.source}`),
  };
}

/** Re-indexes the (real, never synthetic) directory for free-text retrieval, incrementally. */
export async function indexDirectory(db: Database, log: Logger): Promise<IngestReport> {
  const rows = await createSentraRepo(db).all(false);
  return syncDocuments({ db, docs: rows.map(sentraDocument), scope: DIRECTORY_SCOPE, log });
}

/**
 * Imports each CSV in KNOWLEDGE_DIR/direktori (the shipped directory) whose content changed since
 * its last import, then re-indexes the directory for retrieval. Unchanged files cost one hash.
 */
export async function syncShippedDirectory(
  db: Database,
  knowledgeDir: string,
  areas: () => AreaIndex,
  log: Logger,
) {
  const dir = join(knowledgeDir, 'direktori');
  const repo = createSentraRepo(db);
  const reports: ImportReport[] = [];
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.csv'))
      .sort()) {
      const file = join(dir, name);
      const hash = sha256(readFileSync(file, 'utf8'));
      if ((await repo.fileHash(`direktori/${name}`)) === hash) continue;
      const report = await importDirectoryCsv({ db, file, areas: areas(), log });
      reports.push(report);
      if (report.rejected === 0 && report.warnings.length === 0)
        await repo.recordFile(`direktori/${name}`, hash);
    }
  }
  const indexed = reports.length > 0 ? await indexDirectory(db, log) : undefined;
  return { reports, indexed };
}
