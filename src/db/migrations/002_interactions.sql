-- Every question and what was answered, for the mentor workspace and for evaluation.
create table interactions (
  id bigserial primary key,
  created_at timestamptz not null default now(),
  channel text not null,
  user_ref text,
  question text not null,
  language text not null,
  answer text not null,
  answered boolean not null,
  confidence real not null,
  outcome text not null,
  sources jsonb not null,
  timings jsonb not null,
  error text
);
create index interactions_created on interactions (created_at desc);
create index interactions_outcome on interactions (outcome, created_at desc);
