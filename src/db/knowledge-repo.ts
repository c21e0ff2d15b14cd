import type { Database, Queryable } from './port.ts';

export interface StoredDocument {
  id: number;
  path: string;
  contentHash: string;
}

export interface StoredChunk {
  id: number;
  ord: number;
  contentHash: string;
  terms: string[];
}

export interface NewChunk {
  ord: number;
  section: string;
  content: string;
  contentHash: string;
  tokenCount: number;
  terms: string[];
  termFreqs: Record<string, number>;
  bm25: string;
}

export interface DocumentRow {
  path: string;
  title: string;
  topic: string;
  audience: string[];
  language: string;
  source: string;
  asOf: string;
  contentHash: string;
}

export interface CorpusStats {
  chunkCount: number;
  totalTokens: number;
  bakedAvgLen: number;
  version: number;
}

/** All SQL for documents, chunks, terms and corpus statistics. */
export function createKnowledgeRepo(db: Database) {
  return {
    async listDocuments(): Promise<StoredDocument[]> {
      const { rows } = await db.query<{ id: string; path: string; content_hash: string }>(
        'select id, path, content_hash from documents',
      );
      return rows.map((row) => ({ id: Number(row.id), path: row.path, contentHash: row.content_hash }));
    },

    async upsertDocument(tx: Queryable, doc: DocumentRow): Promise<number> {
      const { rows } = await tx.query<{ id: string }>(
        `insert into documents (path, title, topic, audience, language, source, as_of, content_hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (path) do update set title = excluded.title, topic = excluded.topic, audience = excluded.audience,
           language = excluded.language, source = excluded.source, as_of = excluded.as_of,
           content_hash = excluded.content_hash, updated_at = now()
         returning id`,
        [doc.path, doc.title, doc.topic, doc.audience, doc.language, doc.source, doc.asOf, doc.contentHash],
      );
      return Number(rows[0]!.id);
    },

    async chunksOf(tx: Queryable, documentId: number): Promise<StoredChunk[]> {
      const { rows } = await tx.query<{ id: string; ord: number; content_hash: string; terms: string[] }>(
        'select id, ord, content_hash, terms from chunks where document_id = $1',
        [documentId],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        ord: row.ord,
        contentHash: row.content_hash,
        terms: row.terms,
      }));
    },

    /** Chunks of documents about to be deleted, so that document frequencies can be decremented. */
    async chunkTermsOfPaths(
      tx: Queryable,
      paths: string[],
    ): Promise<{ terms: string[]; tokenCount: number }[]> {
      const { rows } = await tx.query<{ terms: string[]; token_count: number }>(
        'select c.terms, c.token_count from chunks c join documents d on d.id = c.document_id where d.path = any($1)',
        [paths],
      );
      return rows.map((row) => ({ terms: row.terms, tokenCount: row.token_count }));
    },

    async deleteDocuments(tx: Queryable, paths: string[]): Promise<void> {
      if (paths.length > 0) await tx.query('delete from documents where path = any($1)', [paths]);
    },

    async deleteChunks(tx: Queryable, ids: number[]): Promise<void> {
      if (ids.length > 0) await tx.query('delete from chunks where id = any($1)', [ids]);
    },

    /** Renumbers kept chunks; negative first so the (document, ord) key never collides midway. */
    async reorderChunks(
      tx: Queryable,
      documentId: number,
      moves: { id: number; ord: number }[],
    ): Promise<void> {
      if (moves.length === 0) return;
      const ids = moves.map((move) => move.id);
      await tx.query('update chunks set ord = -1 - ord where id = any($1)', [ids]);
      await tx.query(
        'update chunks c set ord = m.ord from unnest($1::bigint[], $2::int[]) as m(id, ord) where c.id = m.id and c.document_id = $3',
        [ids, moves.map((move) => move.ord), documentId],
      );
    },

    /** Inserts a document's new chunks in one statement (rows travel as one JSON parameter). */
    async insertChunks(
      tx: Queryable,
      documentId: number,
      doc: Pick<DocumentRow, 'topic' | 'audience'>,
      chunks: NewChunk[],
    ) {
      if (chunks.length === 0) return;
      await tx.query(
        `insert into chunks (document_id, ord, section, content, content_hash, token_count, terms, term_freqs, bm25, topic, audience)
         select $1, r.ord, r.section, r.content, r.content_hash, r.token_count,
                array(select jsonb_array_elements_text(r.terms)), r.term_freqs, r.bm25::sparsevec, $3, $4
         from jsonb_to_recordset($2::jsonb) as r(ord int, section text, content text, content_hash text,
              token_count int, terms jsonb, term_freqs jsonb, bm25 text)`,
        [
          documentId,
          JSON.stringify(
            chunks.map((chunk) => ({
              ord: chunk.ord,
              section: chunk.section,
              content: chunk.content,
              content_hash: chunk.contentHash,
              token_count: chunk.tokenCount,
              terms: chunk.terms,
              term_freqs: chunk.termFreqs,
              bm25: chunk.bm25,
            })),
          ),
          doc.topic,
          doc.audience,
        ],
      );
    },

    /** Keeps chunk-level copies of the document's filter fields in step when only metadata changed. */
    async syncChunkMetadata(tx: Queryable, documentId: number, doc: Pick<DocumentRow, 'topic' | 'audience'>) {
      await tx.query('update chunks set topic = $2, audience = $3 where document_id = $1', [
        documentId,
        doc.topic,
        doc.audience,
      ]);
    },

    /** Returns ids for the given terms, creating the missing ones. */
    async ensureTerms(tx: Queryable, terms: string[]): Promise<Map<string, number>> {
      const ids = new Map<string, number>();
      if (terms.length === 0) return ids;
      await tx.query('insert into terms (term) select unnest($1::text[]) on conflict (term) do nothing', [
        terms,
      ]);
      const { rows } = await tx.query<{ id: number; term: string }>(
        'select id, term from terms where term = any($1)',
        [terms],
      );
      for (const row of rows) ids.set(row.term, row.id);
      return ids;
    },

    async adjustDocumentFrequencies(tx: Queryable, deltas: Map<string, number>): Promise<void> {
      const entries = [...deltas].filter(([, delta]) => delta !== 0);
      if (entries.length === 0) return;
      await tx.query(
        'update terms t set df = greatest(0, t.df + d.delta) from unnest($1::text[], $2::int[]) as d(term, delta) where t.term = d.term',
        [entries.map(([term]) => term), entries.map(([, delta]) => delta)],
      );
    },

    /**
     * Merges the GIN pending list and refreshes planner statistics after a change, so the index stays
     * fast and is used when it pays (PGlite has no autovacuum to do either).
     */
    async analyze(): Promise<void> {
      await db.query("select gin_clean_pending_list('chunks_terms_gin'::regclass)");
      await db.exec('analyze chunks; analyze terms');
    },

    async stats(q: Queryable = db): Promise<CorpusStats> {
      const { rows } = await q.query<{
        chunk_count: number;
        total_tokens: string;
        baked_avg_len: number;
        version: string;
      }>('select chunk_count, total_tokens, baked_avg_len, version from corpus_stats where id = 1');
      const row = rows[0]!;
      return {
        chunkCount: Number(row.chunk_count),
        totalTokens: Number(row.total_tokens),
        bakedAvgLen: Number(row.baked_avg_len),
        version: Number(row.version),
      };
    },

    async saveStats(tx: Queryable, stats: Omit<CorpusStats, 'version'>): Promise<void> {
      await tx.query(
        'update corpus_stats set chunk_count = $1, total_tokens = $2, baked_avg_len = $3, version = version + 1 where id = 1',
        [stats.chunkCount, stats.totalTokens, stats.bakedAvgLen],
      );
    },

    async tokenCount(tx: Queryable, ids: number[]): Promise<number> {
      if (ids.length === 0) return 0;
      const { rows } = await tx.query<{ total: string | null }>(
        'select sum(token_count) as total from chunks where id = any($1)',
        [ids],
      );
      return Number(rows[0]?.total ?? 0);
    },

    /** One id-ordered page of chunks' term frequencies, for re-baking weights after the average length moved. */
    async termFreqPage(tx: Queryable, afterId: number, limit: number) {
      const { rows } = await tx.query<{
        id: string;
        token_count: number;
        term_freqs: Record<string, number> | string;
      }>('select id, token_count, term_freqs from chunks where id > $1 order by id limit $2', [
        afterId,
        limit,
      ]);
      return rows.map((row) => ({
        id: Number(row.id),
        tokenCount: row.token_count,
        termFreqs: (typeof row.term_freqs === 'string'
          ? JSON.parse(row.term_freqs)
          : row.term_freqs) as Record<string, number>,
      }));
    },

    async updateWeights(tx: Queryable, rows: { id: number; bm25: string }[]): Promise<void> {
      if (rows.length === 0) return;
      await tx.query(
        'update chunks c set bm25 = u.bm25::sparsevec from unnest($1::bigint[], $2::text[]) as u(id, bm25) where c.id = u.id',
        [rows.map((row) => row.id), rows.map((row) => row.bm25)],
      );
    },
  };
}

export type KnowledgeRepo = ReturnType<typeof createKnowledgeRepo>;
