import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { AppError } from '../errors.ts';
import { ANALYZER_VERSION } from '../text/analyze.ts';
import { FLAGS_VERSION } from './flags.ts';

// Apart from the ingest pipeline so that a start whose knowledge folder is unchanged hashes the folder
// without loading the document parser (gray-matter, js-yaml) and the rest of the pipeline.

/**
 * Bumped when what ingest stores changes without a change of the analyser or the flags (those versions
 * are part of the fingerprint already): a new card field, a new directory column.
 */
const INGEST_VERSION = 1;

/** Every file below dir, in a stable order (names sorted, dot-files and dot-folders skipped). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/**
 * A fingerprint of a knowledge folder: every file's path and bytes (documents, the directory's CSV files)
 * and the versions that shape what ingest stores. Hashing the raw bytes costs a few milliseconds; reading
 * and parsing the documents costs half a second.
 */
export function folderFingerprint(dir: string): string {
  assertKnowledgeDir(dir);
  const hash = createHash('sha256').update(`${INGEST_VERSION}\n${ANALYZER_VERSION}\n${FLAGS_VERSION}\n`);
  for (const file of listFiles(dir)) {
    hash.update(`${relative(dir, file).split(sep).join('/')}\u0000`);
    hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * A knowledge folder that is not there is a configuration error (exit code 2) with its name, not a raw
 * ENOENT from the directory listing.
 */
export function assertKnowledgeDir(dir: string): void {
  let reason: string | undefined;
  try {
    if (!statSync(dir).isDirectory()) reason = 'bukan folder';
  } catch (error) {
    reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ada' : String((error as Error).message);
  }
  if (reason)
    throw new AppError('CONFIG_INVALID', `KNOWLEDGE_DIR: ${resolve(dir)} is not a readable folder`, {
      userMessage: `Konfigurasi tidak valid:\n  KNOWLEDGE_DIR: folder basis pengetahuan ${resolve(dir)} ${reason}. Isi KNOWLEDGE_DIR dengan folder yang berisi berkas .md (bawaan: ./knowledge).\n  (The knowledge folder ${resolve(dir)} is missing: set KNOWLEDGE_DIR to a folder of .md files.)`,
    });
}
