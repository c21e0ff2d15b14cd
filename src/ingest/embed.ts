import type { Embeddings } from '@langchain/core/embeddings';
import { createEmbeddingsRepo } from '../db/embeddings-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';

export interface EmbedReport {
  embedded: number;
  dims: number;
  ms: number;
}

/**
 * Embeds the chunks that have no vector for `model` (new or changed text only: unchanged chunks keep
 * theirs), then makes sure the model's HNSW index exists. A model whose vectors changed size is
 * re-embedded whole rather than mixed.
 */
export async function embedPending(options: {
  db: Database;
  embedder: Embeddings;
  model: string;
  log: Logger;
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<EmbedReport> {
  const started = performance.now();
  const repo = createEmbeddingsRepo(options.db);
  const batch = options.batch ?? 64;
  const total = await repo.countPending(options.model);
  let done = 0;
  let dims = (await repo.dimensions(options.model))[0] ?? 0;
  for (;;) {
    const pending = await repo.pending(options.model, batch);
    if (pending.length === 0) break;
    const vectors = await options.embedder.embedDocuments(pending.map((chunk) => chunk.text));
    const size = vectors[0]!.length;
    if (dims && size !== dims) {
      options.log.warn(
        { model: options.model, from: dims, to: size },
        'embedding size changed; re-embedding every chunk',
      );
      await repo.deleteModel(options.model);
      dims = size;
      continue;
    }
    dims = size;
    await repo.upsert(
      options.model,
      pending.map((chunk, i) => ({ chunkId: chunk.id, contentHash: chunk.contentHash, vector: vectors[i]! })),
    );
    done += pending.length;
    options.onProgress?.(done, Math.max(total, done));
  }
  if (dims) await repo.ensureIndex(options.model, dims);
  const report = { embedded: done, dims, ms: Math.round(performance.now() - started) };
  options.log.info({ model: options.model, ...report }, 'embeddings up to date');
  return report;
}
