import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface DocSpec {
  path: string;
  title?: string;
  topic?: string;
  audience?: string;
  body: string;
}

/** Writes a small knowledge folder in a temporary directory and returns its path (…/knowledge). */
export function writeKnowledge(docs: DocSpec[]): string {
  const root = join(mkdtempSync(join(tmpdir(), 'pd-kb-')), 'knowledge');
  for (const doc of docs) writeDoc(root, doc);
  return root;
}

export function writeDoc(root: string, doc: DocSpec): void {
  const file = join(root, doc.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: ${doc.title ?? 'Dokumen uji'}\ntopic: ${doc.topic ?? 'keuangan'}\naudience: ${doc.audience ?? 'perajin'}\nlanguage: id\nsource: "Uji, 2026"\nas_of: 2026-01-01\n---\n\n${doc.body}\n`,
  );
}
