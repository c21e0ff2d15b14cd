-- What a knowledge folder looked like when it was last brought into the database: a fingerprint of every
-- file's path and bytes and of the versions that shape what ingest stores. A start whose folder still has
-- that fingerprint skips reading and parsing it again (a warm `pendamping ask` re-read all of it).
create table ingest_state (
  scope text primary key,
  fingerprint text not null,
  updated_at timestamptz not null default now()
);
