-- Lines of knowledge and curated documents kept out of the quotable text at ingest: a link nobody vetted,
-- a request for a password, PIN, OTP or a transfer, or an instruction addressed to a language model.
-- Replaced with their document at every ingest; removed with it.
create table content_flags (
  id bigserial primary key,
  path text not null,
  rule text not null,
  kind text not null,
  -- line of the body once card blocks are taken out; 0 for a card's answer or way of asking
  line integer not null,
  card_id text,
  excerpt text not null,
  created_at timestamptz not null default now()
);
create index content_flags_path on content_flags (path);
