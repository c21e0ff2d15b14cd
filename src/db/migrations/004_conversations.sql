-- The conversation side of the product, shared by the Telegram bot and the mentor workspace.
-- People are known by a pseudonymous user_ref (a keyed hash of channel and user id); the Telegram chat id
-- is kept only after consent, because replies from mentors must be delivered into that chat.
create table chat_users (
  user_ref text primary key,
  channel text not null,
  chat_id bigint,
  language text,
  consented_at timestamptz,
  blocked_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table interactions add column chat_ref text;
alter table interactions add column update_id bigint;
alter table interactions add column mode text;
-- A re-delivered Telegram update must leave one row: the update id is the idempotency key per channel.
create unique index interactions_update on interactions (channel, update_id) where update_id is not null;
create index interactions_user on interactions (user_ref, created_at desc);

-- One 👍/👎 per answer; a second tap changes it.
create table feedback (
  interaction_id bigint primary key references interactions (id) on delete cascade,
  user_ref text,
  value smallint not null check (value in (-1, 1)),
  created_at timestamptz not null default now()
);

-- A question passed to a human mentor: declined automatically, or asked for with "Tanya mentor".
create table handoffs (
  id bigserial primary key,
  interaction_id bigint references interactions (id) on delete set null,
  user_ref text not null,
  channel text not null,
  question text not null,
  reason text not null check (reason in ('declined', 'requested')),
  status text not null default 'open' check (status in ('open', 'answered', 'resolved')),
  created_at timestamptz not null default now(),
  answered_at timestamptz,
  resolved_at timestamptz,
  resolved_by bigint
);
create index handoffs_open on handoffs (created_at) where status <> 'resolved';
create index handoffs_user on handoffs (user_ref);

-- The thread of a hand-off: the mentor's replies and the artisan's answers to them.
create table handoff_messages (
  id bigserial primary key,
  handoff_id bigint not null references handoffs (id) on delete cascade,
  author text not null check (author in ('user', 'mentor')),
  mentor_id bigint,
  mentor_name text,
  body text not null,
  created_at timestamptz not null default now()
);
create index handoff_messages_thread on handoff_messages (handoff_id, id);

-- Messages the bot must deliver (mentor replies): in order per chat, once each, surviving a restart.
create table outbox (
  id bigserial primary key,
  user_ref text not null,
  chat_id bigint not null,
  body text not null,
  handoff_id bigint references handoffs (id) on delete cascade,
  created_at timestamptz not null default now(),
  attempts integer not null default 0,
  last_error text,
  sent_at timestamptz,
  failed_at timestamptz
);
create index outbox_pending on outbox (chat_id, id) where sent_at is null and failed_at is null;
create index outbox_user on outbox (user_ref);
