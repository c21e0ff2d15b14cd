-- Knowledge documents and their chunks, with BM25 weights as sparse vectors.
create extension if not exists vector;

create table documents (
  id bigserial primary key,
  path text not null unique,
  title text not null,
  topic text not null,
  audience text[] not null,
  language text not null,
  source text not null,
  as_of date,
  content_hash text not null,
  updated_at timestamptz not null default now()
);

-- Stemmed vocabulary: a term's id is its dimension in every sparse vector.
create table terms (
  id integer generated always as identity primary key,
  term text not null unique,
  df integer not null default 0
);

create table chunks (
  id bigserial primary key,
  document_id bigint not null references documents (id) on delete cascade,
  ord integer not null,
  section text not null,
  content text not null,
  content_hash text not null,
  token_count integer not null,
  -- stems of the chunk, for GIN candidate narrowing
  terms text[] not null,
  -- {"termId": tf} so that weights can be re-baked when the average length drifts
  term_freqs jsonb not null,
  -- BM25 document-side weights: tf*(k1+1) / (tf + k1*(1-b+b*len/avglen))
  bm25 sparsevec not null,
  topic text not null,
  audience text[] not null,
  unique (document_id, ord)
);
-- Inserts go to the GIN pending list (fast); ingestion merges it with gin_clean_pending_list at the end,
-- because PGlite has no autovacuum and a long pending list makes every index scan slow.
create index chunks_terms_gin on chunks using gin (terms);
create index chunks_document on chunks (document_id);
create index chunks_topic on chunks (topic);

create table corpus_stats (
  id integer primary key default 1 check (id = 1),
  chunk_count integer not null default 0,
  total_tokens bigint not null default 0,
  baked_avg_len double precision not null default 0,
  -- bumped on every change, so caches of the vocabulary know when to reload
  version bigint not null default 0
);
insert into corpus_stats (id) values (1);

-- Dense vectors, one row per chunk and model; a model change means re-embedding, never mixing.
create table embeddings (
  chunk_id bigint not null references chunks (id) on delete cascade,
  model text not null,
  dims integer not null,
  content_hash text not null,
  embedding vector not null,
  primary key (chunk_id, model)
);
