import type { Database } from './port.ts';

/** One retrieved chunk with its document's metadata and the retrieval score. */
export interface RetrievedChunk {
  chunkId: number;
  path: string;
  title: string;
  section: string;
  content: string;
  topic: string;
  audience: string[];
  source: string;
  asOf: string;
  score: number;
  /** Stemmed terms of the chunk (lexical hits only), used for confidence. */
  terms?: string[];
}

export interface SearchFilters {
  topic?: string;
  /** A chunk matches when it is for any of these audiences (or for "semua"). */
  audience?: string[];
}

interface ChunkRow {
  chunk_id: string;
  path: string;
  title: string;
  section: string;
  content: string;
  topic: string;
  audience: string[];
  source: string;
  as_of: string | Date | null;
  score: number;
  terms?: string[];
}

const SELECT = `c.id as chunk_id, d.path, d.title, c.section, c.content, c.topic, c.audience, d.source, d.as_of`;

/** Filters as SQL, with parameters numbered from `first`. Audience "semua" matches everybody. */
function filterSql(filters: SearchFilters | undefined, first: number): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filters?.topic) {
    params.push(filters.topic);
    clauses.push(`c.topic = $${first + params.length - 1}`);
  }
  if (filters?.audience && filters.audience.length > 0) {
    params.push([...filters.audience, 'semua']);
    clauses.push(`c.audience && $${first + params.length - 1}::text[]`);
  }
  return { sql: clauses.map((clause) => ` and ${clause}`).join(''), params };
}

function toChunk(row: ChunkRow): RetrievedChunk {
  const asOf = row.as_of instanceof Date ? row.as_of.toISOString().slice(0, 10) : (row.as_of ?? '');
  return {
    chunkId: Number(row.chunk_id),
    path: row.path,
    title: row.title,
    section: row.section,
    content: row.content,
    topic: row.topic,
    audience: row.audience,
    source: row.source,
    asOf: String(asOf).slice(0, 10),
    score: Number(row.score),
    terms: row.terms,
  };
}

/** All retrieval SQL: BM25 by sparse inner product, dense by cosine distance, both with SQL filters. */
export function createSearchRepo(db: Database) {
  return {
    async lookupTerms(terms: string[]): Promise<Map<string, { id: number; df: number }>> {
      const { rows } = await db.query<{ id: number; term: string; df: number }>(
        'select id, term, df from terms where term = any($1) and df > 0',
        [terms],
      );
      return new Map(rows.map((row) => [row.term, { id: row.id, df: row.df }]));
    },

    async vocabulary(): Promise<{ term: string; df: number }[]> {
      const { rows } = await db.query<{ term: string; df: number }>(
        'select term, df from terms where df > 0',
      );
      return rows;
    },

    async corpus(): Promise<{ chunkCount: number; version: number }> {
      const { rows } = await db.query<{ chunk_count: number; version: string }>(
        'select chunk_count, version from corpus_stats where id = 1',
      );
      return { chunkCount: Number(rows[0]?.chunk_count ?? 0), version: Number(rows[0]?.version ?? 0) };
    },

    /** Glossary headings ("DAK — Dana Alokasi Khusus"), the source of query expansion. */
    async glossaryHeadings(): Promise<string[]> {
      const { rows } = await db.query<{ section: string }>(
        "select distinct section from chunks where topic = 'glosarium'",
      );
      return rows.map((row) => row.section);
    },

    /**
     * BM25 top-k: candidates narrowed by the GIN index on terms, scored by the inner product of the
     * chunk's baked weights with the IDF-weighted query vector.
     */
    async bm25(
      query: { vector: string; terms: string[] },
      k: number,
      filters?: SearchFilters,
      exact = false,
    ) {
      const filter = filterSql(filters, 4);
      const narrow = exact ? '' : ' and c.terms && $2::text[]';
      const { rows } = await db.query<ChunkRow>(
        `select ${SELECT}, c.terms, -(c.bm25 <#> $1::sparsevec) as score
         from chunks c join documents d on d.id = c.document_id
         where ($2::text[] is not null)${narrow}${filter.sql}
         order by c.bm25 <#> $1::sparsevec, c.id limit $3`,
        [query.vector, query.terms, k, ...filter.params],
      );
      return rows.filter((row) => Number(row.score) > 0).map(toChunk);
    },

    /**
     * Cosine top-k through the model's HNSW index. The model is inlined as a literal so that the
     * planner can match the partial index; filters run with pgvector's iterative scan so that a
     * selective filter does not starve the result.
     */
    async dense(
      query: { vector: string; model: string; dims: number },
      k: number,
      filters?: SearchFilters,
      exact = false,
    ) {
      const filter = filterSql(filters, 3);
      const d = Math.trunc(query.dims);
      const model = `'${query.model.replaceAll("'", "''")}'`;
      const sql = `select ${SELECT}, c.terms, 1 - ((e.embedding::vector(${d})) <=> $1::vector(${d})) as score
         from embeddings e join chunks c on c.id = e.chunk_id join documents d on d.id = c.document_id
         where e.model = ${model} and e.dims = ${d}${filter.sql}
         order by (e.embedding::vector(${d})) <=> $1::vector(${d}) limit $2`;
      const rows = await db.transaction(async (tx) => {
        if (exact) await tx.query('set local enable_indexscan = off');
        else {
          await tx.query('set local hnsw.ef_search = 100');
          if (filter.sql) await tx.query('set local hnsw.iterative_scan = relaxed_order');
        }
        return (await tx.query<ChunkRow>(sql, [query.vector, k, ...filter.params])).rows;
      });
      return rows.map(toChunk);
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
