-- Answer cards: the questions people ask about a section, and the direct answer. Cards written in the
-- knowledge are replaced with their document at ingest (origin 'knowledge'); mentors add variants to
-- any card, and cards of their own from hand-off replies (origin 'mentor'), which ingest never touches.
create table answer_cards (
  id text primary key,
  origin text not null default 'knowledge',
  path text not null,
  title text not null,
  section text not null,
  jawab text not null,
  answer text,
  source text not null,
  as_of text not null,
  created_by text,
  created_at timestamptz not null default now()
);
create index answer_cards_path on answer_cards (path);

create table card_variants (
  id bigserial primary key,
  card_id text not null,
  kind text not null,
  text text not null,
  origin text not null default 'knowledge',
  -- a topic a user chose from "maksudnya yang mana?" waits for a mentor before it counts
  active boolean not null default true,
  interaction_id bigint,
  created_by text,
  created_at timestamptz not null default now()
);
create index card_variants_card on card_variants (card_id);

-- What the answering step understood and decided, for the workspace and `ask --explain`.
alter table interactions add column trace jsonb;
