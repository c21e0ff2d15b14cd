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

/**
 * The environment of a bot process whose answers are written by the (fake, possibly slow) model: one
 * knowledge document without answer cards, so that no card answers before the model.
 */
export function modelAnswersEnv(openaiBaseURL: string): Record<string, string> {
  return {
    KNOWLEDGE_DIR: writeKnowledge([
      {
        path: 'keuangan/hpp.md',
        title: 'Cara menghitung HPP',
        body: '## Cara menghitung HPP\n\nHPP (harga pokok produksi) adalah jumlah biaya bahan baku, tenaga kerja langsung, dan overhead dibagi jumlah produk yang dibuat.',
      },
    ]),
    OPENAI_BASE_URL: openaiBaseURL,
    OPENAI_API_KEY: 'test',
    OPENAI_MAX_RETRIES: '0',
  };
}
