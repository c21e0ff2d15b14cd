import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { createKnowledgeRepo, type KnowledgeRepo, type NewChunk } from '../db/knowledge-repo.ts';
import type { Database, Queryable } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import { documentVector } from '../text/bm25.ts';
import { analyze, termFrequencies } from '../text/analyze.ts';
import { createCardsRepo } from '../db/cards-repo.ts';
import { createFlagsRepo } from '../db/flags-repo.ts';
import { chunkDocument } from './chunker.ts';
import { DocumentError, type KnowledgeDocument, parseDocument } from './document.ts';
import { assertKnowledgeDir, listFiles } from './fingerprint.ts';

export { assertKnowledgeDir, folderFingerprint } from './fingerprint.ts';

const MAX_FILE_BYTES = 1_000_000;
/** Re-bake every chunk's BM25 weights when the average chunk length has moved this much. */
const REBAKE_DRIFT = 0.1;
/**
 * Documents written by mentors in the workspace live in the database under this prefix; only a sync of
 * the curated set itself (curated: true) may remove them, never a re-ingest of a folder (even one named kurasi).
 */
export const CURATED_SCOPE = 'kurasi/';

export interface IngestReport {
  scanned: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  chunksInserted: number;
  chunksDeleted: number;
  chunksKept: number;
  rebaked: boolean;
  /** Lines and cards of the changed documents kept out of the quotable text (see flags.ts). */
  flagged: { path: string; rule: string; line: number; card?: string }[];
  failed: { path: string; reason: string }[];
  ms: number;
}

export interface IngestOptions {
  db: Database;
  dir: string;
  log: Logger;
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Markdown files below dir; ALL-CAPS names (README.md, CONTRIBUTING.md) are about the folder, not knowledge. */
export function listMarkdown(dir: string): string[] {
  return listFiles(dir).filter((file) => {
    const name = basename(file);
    return name.endsWith('.md') && !/^[A-Z0-9_-]+\.md$/.test(name);
  });
}

/** Index text of a chunk: the title and heading count as words of the chunk, which lifts on-topic sections. */
export function indexText(title: string, section: string, content: string): string {
  return `${title}\n${section}\n${content}`;
}

function readDocuments(dir: string, failed: IngestReport['failed']): KnowledgeDocument[] {
  const root = dirname(resolve(dir));
  const docs: KnowledgeDocument[] = [];
  for (const file of listMarkdown(dir)) {
    const path = relative(root, file).split(sep).join('/');
    try {
      if (statSync(file).size > MAX_FILE_BYTES)
        throw new DocumentError(path, `larger than ${MAX_FILE_BYTES} bytes`);
      docs.push(parseDocument(path, readFileSync(file)));
    } catch (error) {
      failed.push({ path, reason: error instanceof DocumentError ? error.reason : (error as Error).message });
    }
  }
  return docs;
}

/**
 * Brings the database in line with a knowledge folder (see syncDocuments). Its documents are the
 * paths under the folder's own name ("knowledge/..."); documents from other sources, such as the
 * sentra directory, are left alone.
 */
export async function ingestDirectory({ db, dir, log, onProgress }: IngestOptions): Promise<IngestReport> {
  assertKnowledgeDir(dir);
  const failed: IngestReport['failed'] = [];
  const docs = readDocuments(dir, failed);
  return syncDocuments({ db, docs, failed, scope: `${basename(resolve(dir))}/`, log, onProgress });
}

/**
 * Brings the stored documents under `scope` in line with `docs`, incrementally by content hash:
 * unchanged documents are not touched, unchanged chunks of edited documents keep their rows (and so
 * their embeddings), documents no longer present disappear. Paths in `failed` keep their stored
 * copy. All database changes are one transaction.
 */
export async function syncDocuments(options: {
  db: Database;
  docs: KnowledgeDocument[];
  scope: string;
  log: Logger;
  failed?: IngestReport['failed'];
  onProgress?: (done: number, total: number, path: string) => void;
  /** True only for the sync of the curated set itself: the one caller that may remove kurasi/ documents. */
  curated?: boolean;
}): Promise<IngestReport> {
  const { db, docs, scope, log, onProgress } = options;
  const started = performance.now();
  const repo = createKnowledgeRepo(db);
  const report: IngestReport = {
    scanned: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    chunksInserted: 0,
    chunksDeleted: 0,
    chunksKept: 0,
    rebaked: false,
    flagged: [],
    failed: options.failed ?? [],
    ms: 0,
  };
  report.scanned = docs.length + report.failed.length;
  const stored = new Map((await repo.listDocuments()).map((doc) => [doc.path, doc]));
  const seen = new Set([...docs.map((doc) => doc.path), ...report.failed.map((failure) => failure.path)]);
  const removedPaths = [...stored.keys()].filter(
    (path) =>
      path.startsWith(scope) &&
      !seen.has(path) &&
      (options.curated === true || !path.startsWith(CURATED_SCOPE)),
  );
  const changed = docs.filter((doc) => stored.get(doc.path)?.contentHash !== doc.contentHash);
  report.unchanged = docs.length - changed.length;

  if (changed.length > 0 || removedPaths.length > 0) {
    await db.transaction(async (tx) => {
      const stats = await repo.stats(tx);
      const dfDelta = new Map<string, number>();
      const bump = (terms: string[], by: number) => {
        for (const term of terms) dfDelta.set(term, (dfDelta.get(term) ?? 0) + by);
      };
      for (const old of await repo.chunkTermsOfPaths(tx, removedPaths)) {
        bump(old.terms, -1);
        stats.chunkCount--;
        stats.totalTokens -= old.tokenCount;
        report.chunksDeleted++;
      }
      await repo.deleteDocuments(tx, removedPaths);
      report.removed = removedPaths.length;

      const analysed = changed.map((doc) => ({
        doc,
        // A cakupan document's text says what is not answered: it is never quoted as an answer.
        chunks: (doc.topic === 'cakupan' ? [] : chunkDocument(doc)).map((chunk) => ({
          ...chunk,
          terms: analyze(indexText(doc.title, chunk.section, chunk.content)),
        })),
      }));
      let avgLen = stats.bakedAvgLen;
      if (avgLen <= 0) {
        const lengths = analysed.flatMap(({ chunks }) => chunks.map((chunk) => chunk.terms.length));
        avgLen = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
      }

      let done = 0;
      const termIds = new Map<string, number>();
      for (const { doc, chunks } of analysed) {
        const isNew = !stored.has(doc.path);
        const row = { ...doc, asOf: doc.as_of };
        const documentId = await repo.upsertDocument(tx, row);
        const old = isNew ? [] : await repo.chunksOf(tx, documentId);
        const oldByHash = new Map(old.map((chunk) => [chunk.contentHash, chunk]));
        const keep: { id: number; ord: number }[] = [];
        const inserts: NewChunk[] = [];
        const fresh = chunks.filter((chunk) => {
          const match = oldByHash.get(chunk.contentHash);
          if (!match) return true;
          oldByHash.delete(chunk.contentHash);
          keep.push({ id: match.id, ord: chunk.ord });
          return false;
        });
        const dropped = [...oldByHash.values()];
        for (const chunk of dropped) bump(chunk.terms, -1);
        const droppedTokens = await repo.tokenCount(
          tx,
          dropped.map((chunk) => chunk.id),
        );
        stats.chunkCount -= dropped.length;
        stats.totalTokens -= droppedTokens;
        await repo.deleteChunks(
          tx,
          dropped.map((chunk) => chunk.id),
        );
        await repo.reorderChunks(tx, documentId, keep);
        // Term ids are stable, so one lookup per new term per run is enough.
        const unseen = [...new Set(fresh.flatMap((chunk) => chunk.terms))].filter(
          (term) => !termIds.has(term),
        );
        for (const [term, id] of await repo.ensureTerms(tx, unseen)) termIds.set(term, id);
        for (const chunk of fresh) {
          const freqs = termFrequencies(chunk.terms);
          const byId = new Map([...freqs].map(([term, tf]) => [termIds.get(term)!, tf]));
          inserts.push({
            ord: chunk.ord,
            section: chunk.section,
            content: chunk.content,
            contentHash: chunk.contentHash,
            tokenCount: chunk.terms.length,
            terms: [...freqs.keys()],
            termFreqs: Object.fromEntries(byId),
            bm25: documentVector(byId, chunk.terms.length, avgLen),
          });
          bump([...freqs.keys()], +1);
          stats.chunkCount++;
          stats.totalTokens += chunk.terms.length;
        }
        await repo.insertChunks(tx, documentId, row, inserts);
        if (!isNew) await repo.syncChunkMetadata(tx, documentId, row);
        report.chunksInserted += inserts.length;
        report.chunksDeleted += dropped.length;
        report.chunksKept += keep.length;
        if (isNew) report.added++;
        else report.updated++;
        onProgress?.(++done, analysed.length, doc.path);
      }
      await repo.adjustDocumentFrequencies(tx, dfDelta);
      await createCardsRepo(tx).replaceKnowledgeCards(
        tx,
        changed.map((doc) => ({
          path: doc.path,
          title: doc.title,
          source: doc.source,
          asOf: doc.as_of,
          cards: doc.cards ?? [],
        })),
        removedPaths,
      );
      await createFlagsRepo(tx).replace(
        tx,
        changed.map((doc) => ({ path: doc.path, flags: doc.flags ?? [] })),
        removedPaths,
      );
      report.flagged = changed.flatMap((doc) =>
        (doc.flags ?? []).map(({ rule, line, card }) => ({
          path: doc.path,
          rule,
          line,
          ...(card ? { card } : {}),
        })),
      );

      const currentAvg = stats.chunkCount > 0 ? stats.totalTokens / stats.chunkCount : 0;
      // Chunks written earlier (or just now) carry weights for avgLen; re-bake them all only once the
      // average has drifted, so an ordinary edit never rewrites the whole corpus.
      if (stats.chunkCount > 0 && Math.abs(currentAvg - avgLen) / currentAvg > REBAKE_DRIFT) {
        avgLen = currentAvg;
        report.rebaked = await rebake(repo, tx, currentAvg);
      }
      await repo.saveStats(tx, {
        chunkCount: stats.chunkCount,
        totalTokens: stats.totalTokens,
        bakedAvgLen: avgLen,
      });
    });
  }
  if (changed.length > 0 || removedPaths.length > 0) await repo.analyze();
  report.ms = Math.round(performance.now() - started);
  log.info({ ...report, failed: report.failed.length, flagged: report.flagged.length }, 'ingest finished');
  // The flagged text itself stays in the database for a mentor (content_flags), out of the logs.
  for (const flag of report.flagged)
    log.warn({ code: 'CONTENT_FLAGGED', ...flag }, 'a line was kept out of the quotable text');
  for (const failure of report.failed)
    log.warn({ code: 'KNOWLEDGE_INVALID', ...failure }, 'knowledge file rejected');
  return report;
}

/** Recomputes every chunk's weights for a new average length, in id-ordered pages. */
async function rebake(repo: KnowledgeRepo, tx: Queryable, avgLen: number): Promise<boolean> {
  let after = 0;
  for (;;) {
    const page = await repo.termFreqPage(tx, after, 2_000);
    if (page.length === 0) return after > 0;
    after = page.at(-1)!.id;
    const rows = page.map((chunk) => {
      const byId = new Map(Object.entries(chunk.termFreqs).map(([id, tf]) => [Number(id), tf]));
      return { id: chunk.id, bm25: documentVector(byId, chunk.tokenCount, avgLen) };
    });
    await repo.updateWeights(tx, rows);
  }
}
