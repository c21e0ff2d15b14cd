import { type CuratedDocument, createCuratedRepo } from '../db/curated-repo.ts';
import type { Database } from '../db/port.ts';
import { type KnowledgeDocument, parseDocument, TOPICS } from '../ingest/document.ts';
import { CURATED_SCOPE, type IngestReport, syncDocuments } from '../ingest/pipeline.ts';
import type { Logger } from '../logger.ts';

/** Knowledge folders are named a little differently from topics (program/ holds topic programme). */
export function topicOfFolder(folder: string | null | undefined): (typeof TOPICS)[number] | undefined {
  if (!folder) return undefined;
  if (folder === 'program') return 'programme';
  return (TOPICS as readonly string[]).includes(folder) && folder !== 'direktori' && folder !== 'cakupan'
    ? (folder as (typeof TOPICS)[number])
    : undefined;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const yamlString = (value: string) => JSON.stringify(value.replace(/[\r\n]+/g, ' '));

/** The document as a Markdown file in the knowledge format (knowledge/CONTRIBUTING.md). */
export function toMarkdown(
  doc: Pick<CuratedDocument, 'title' | 'topic' | 'audience' | 'language' | 'source' | 'asOf' | 'body'>,
): string {
  return [
    '---',
    `title: ${yamlString(doc.title)}`,
    `topic: ${doc.topic}`,
    `audience: [${doc.audience.join(', ')}]`,
    `language: ${doc.language}`,
    `source: ${yamlString(doc.source)}`,
    `as_of: ${doc.asOf}`,
    '---',
    '',
    doc.body.trim(),
    '',
  ].join('\n');
}

/** Parses a curated document the way a file from knowledge/ is parsed, so both obey the same contract. */
export function toKnowledgeDocument(doc: CuratedDocument): KnowledgeDocument {
  return parseDocument(doc.path, toMarkdown(doc));
}

/**
 * Brings the search index in line with the curated documents (all of them, incrementally by content
 * hash, like a knowledge folder): a new document is searchable as soon as this returns.
 */
export async function indexCurated(db: Database, log: Logger): Promise<IngestReport> {
  const docs = await createCuratedRepo(db).list();
  const failed: IngestReport['failed'] = [];
  const parsed: KnowledgeDocument[] = [];
  for (const doc of docs) {
    try {
      parsed.push(toKnowledgeDocument(doc));
    } catch (error) {
      failed.push({ path: doc.path, reason: (error as Error).message });
    }
  }
  return syncDocuments({ db, docs: parsed, failed, scope: CURATED_SCOPE, log, curated: true });
}
