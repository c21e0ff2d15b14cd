import { type KnowledgeDocument, sha256 } from './document.ts';
import { ANALYZER_VERSION } from '../text/analyze.ts';
import { quotableBody } from './flags.ts';

export interface Chunk {
  ord: number;
  section: string;
  content: string;
  contentHash: string;
}

const MAX_WORDS = 380;
const TARGET_WORDS = 260;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Splits an over-long section at paragraph boundaries into pieces near TARGET_WORDS. */
function splitLong(content: string): string[] {
  if (wordCount(content) <= MAX_WORDS) return [content];
  const pieces: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const paragraph of content.split(/\n{2,}/)) {
    const n = wordCount(paragraph);
    if (words > 0 && words + n > TARGET_WORDS) {
      pieces.push(current.join('\n\n'));
      current = [];
      words = 0;
    }
    current.push(paragraph);
    words += n;
  }
  if (current.length > 0) pieces.push(current.join('\n\n'));
  return pieces;
}

/**
 * Cuts a document along its `##` headings: each section is retrieved on its own, so writers keep
 * sections self-contained. Text before the first `##` is the document's introduction. `###`
 * subsections stay with their parent section. Lines flagged by flags.ts (links, requests for secrets,
 * instructions to a model) are never part of a chunk: chunks are what answers quote.
 */
export function chunkDocument(
  doc: Pick<KnowledgeDocument, 'title' | 'body'> & Partial<Pick<KnowledgeDocument, 'source'>>,
): Chunk[] {
  const sections: { section: string; lines: string[] }[] = [{ section: doc.title, lines: [] }];
  for (const line of quotableBody(doc.body, doc.source).body.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && !line.startsWith('###')) sections.push({ section: heading[1]!.trim(), lines: [] });
    else if (/^#\s+/.test(line) && sections.length === 1)
      continue; // a top-level title repeats front matter
    else sections.at(-1)!.lines.push(line);
  }
  const chunks: Chunk[] = [];
  for (const { section, lines } of sections) {
    const content = lines.join('\n').trim();
    if (content.length === 0) continue;
    for (const piece of splitLong(content)) {
      chunks.push({
        ord: chunks.length,
        section,
        content: piece,
        contentHash: sha256(`${ANALYZER_VERSION}\n${doc.title}\n${section}\n${piece}`),
      });
    }
  }
  return chunks;
}
