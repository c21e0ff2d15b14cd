-- The mentor workspace: people, sign-in, audit, annotations, curated knowledge, and the indexes that keep
-- the conversation list fast at a million interactions.

-- People allowed into the workspace, known by their Telegram id (they sign in through the bot).
create table mentors (
  id bigserial primary key,
  telegram_id bigint not null unique,
  name text not null,
  role text not null check (role in ('admin', 'mentor', 'official')),
  active boolean not null default true,
  created_at timestamptz not null default now()
);

-- One-time sign-in links: only a hash of the token is stored; a link is short-lived and used once.
create table signin_tokens (
  token_hash text primary key,
  mentor_id bigint not null references mentors (id) on delete cascade,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index signin_tokens_mentor on signin_tokens (mentor_id);

-- Browser sessions: the cookie holds a random id, the table its hash and the session's CSRF token.
create table sessions (
  id_hash text primary key,
  mentor_id bigint not null references mentors (id) on delete cascade,
  csrf text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_mentor on sessions (mentor_id);

-- Who opened which conversation, who exported what, who changed knowledge or people.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  mentor_id bigint references mentors (id) on delete set null,
  action text not null,
  target text,
  detail jsonb not null default '{}'
);
create index audit_log_at on audit_log (at desc);

-- A mentor's verdict on one answer, with the better answer when there is one.
create table annotations (
  id bigserial primary key,
  interaction_id bigint not null references interactions (id) on delete cascade,
  mentor_id bigint references mentors (id) on delete set null,
  verdict text not null check (verdict in ('correct', 'wrong', 'incomplete')),
  note text not null default '',
  better_answer text not null default '',
  created_at timestamptz not null default now()
);
create index annotations_interaction on annotations (interaction_id, id desc);

-- Knowledge written by mentors in the workspace. The database is where it lives (the knowledge/ folder
-- does not hold it); it is indexed under the path prefix kurasi/ which a re-ingest of knowledge/ leaves alone.
create table curated_documents (
  id bigserial primary key,
  path text not null unique,
  title text not null,
  topic text not null,
  audience text[] not null,
  language text not null,
  source text not null,
  as_of date not null,
  body text not null,
  interaction_id bigint references interactions (id) on delete set null,
  mentor_id bigint references mentors (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- The topic of an interaction is the folder of its best source (knowledge/<topic>/..., kurasi/, direktori/).
alter table interactions add column topic text generated always as (
  case
    when sources -> 0 ->> 'path' like 'knowledge/%' then split_part(sources -> 0 ->> 'path', '/', 2)
    else nullif(split_part(sources -> 0 ->> 'path', '/', 1), '')
  end
) stored;

-- Keyset paging (created_at desc, id desc) for the list and each filter; full-text search over question and answer.
create index interactions_page on interactions (created_at desc, id desc);
create index interactions_channel_page on interactions (channel, created_at desc, id desc);
create index interactions_topic_page on interactions (topic, created_at desc, id desc);
create index interactions_outcome_page on interactions (outcome, created_at desc, id desc);
-- The search vector is stored, not only indexed: a plan that walks the date index and checks each row's
-- vector (the planner's choice for common words) then reads it instead of re-parsing question and answer.
alter table interactions add column search tsvector generated always as (
  to_tsvector('simple', left(question, 20000) || ' ' || left(answer, 20000))
) stored;
create index interactions_fts on interactions using gin (search);
create index feedback_value on feedback (value, interaction_id)
