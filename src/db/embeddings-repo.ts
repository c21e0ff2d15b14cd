import { createHash } from 'node:crypto';
import pgvector from 'pgvector';
import type { Database } from './port.ts';

/** Index name for one model and dimension: HNSW needs a fixed dimension, so each model gets its own partial index. */
export function hnswIndexName(model: string, dims: number): string {
  return `embeddings_hnsw_${createHash('sha1').update(`${model}:${dims}`).digest('hex').slice(0, 12)}`;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** SQL for dense vectors: which chunks need embedding, storing vectors, and their HNSW index. */
export function createEmbeddingsRepo(db: Database) {
  return {
    /** Chunks with no vector for this model yet, or whose text changed since it was embedded. */
    async pending(
      model: string,
      limit: number,
    ): Promise<{ id: number; text: string; contentHash: string }[]> {
      const { rows } = await db.query<{
        id: string;
        title: string;
        section: string;
        content: string;
        content_hash: string;
      }>(
        `select c.id, d.title, c.section, c.content, c.content_hash
         from chunks c join documents d on d.id = c.document_id
         left join embeddings e on e.chunk_id = c.id and e.model = $1
         where e.chunk_id is null or e.content_hash <> c.content_hash
         order by c.id limit $2`,
        [model, limit],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        text: `${row.title}\n${row.section}\n${row.content}`,
        contentHash: row.content_hash,
      }));
    },

    async countPending(model: string): Promise<number> {
      const { rows } = await db.query<{ n: string }>(
        `select count(*) as n from chunks c left join embeddings e on e.chunk_id = c.id and e.model = $1
         where e.chunk_id is null or e.content_hash <> c.content_hash`,
        [model],
      );
      return Number(rows[0]!.n);
    },

    async upsert(
      model: string,
      rows: { chunkId: number; contentHash: string; vector: number[] }[],
    ): Promise<void> {
      if (rows.length === 0) return;
      await db.query(
        `insert into embeddings (chunk_id, model, dims, content_hash, embedding)
         select u.chunk_id, $1, u.dims, u.content_hash, u.embedding::vector
         from unnest($2::bigint[], $3::int[], $4::text[], $5::text[]) as u(chunk_id, dims, content_hash, embedding)
         on conflict (chunk_id, model) do update
           set dims = excluded.dims, content_hash = excluded.content_hash, embedding = excluded.embedding`,
        [
          model,
          rows.map((row) => row.chunkId),
          rows.map((row) => row.vector.length),
          rows.map((row) => row.contentHash),
          rows.map((row) => pgvector.toSql(row.vector) as string),
        ],
      );
    },

    /** Dimensions stored for a model; more than one means a model changed size and needs re-embedding. */
    async dimensions(model: string): Promise<number[]> {
      const { rows } = await db.query<{ dims: number }>(
        'select distinct dims from embeddings where model = $1',
        [model],
      );
      return rows.map((row) => row.dims);
    },

    /** Builds the model's HNSW index if missing; the graph is built in memory when it fits (faster by far). */
    async ensureIndex(model: string, dims: number): Promise<void> {
      const d = Math.trunc(dims);
      await db.transaction(async (tx) => {
        await tx.query("set local maintenance_work_mem = '512MB'");
        await tx.query(
          `create index if not exists ${hnswIndexName(model, d)} on embeddings
           using hnsw ((embedding::vector(${d})) vector_cosine_ops) where model = ${literal(model)} and dims = ${d}`,
        );
      });
    },

    async deleteModel(model: string): Promise<void> {
      await db.query('delete from embeddings where model = $1', [model]);
    },
  };
}

export type EmbeddingsRepo = ReturnType<typeof createEmbeddingsRepo>;
