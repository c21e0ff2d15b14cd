-- Dialogue state of the Telegram bot (a /kriteria step, a /sentra or /hitung prompt, a question held until
-- consent), so that any instance can take the next update of a conversation and a restart forgets nothing.
-- Keyed by pseudonymous refs (never Telegram ids); chat_ref '' is state of the person in any chat (the held
-- question). Every row expires: reads ignore expired rows and a sweep deletes them.
create table dialogue_state (
  user_ref text not null,
  chat_ref text not null default '',
  kind text not null,
  state jsonb not null,
  expires_at timestamptz not null,
  updated_at timestamptz not null default now(),
  primary key (user_ref, chat_ref, kind)
);
create index dialogue_state_expires on dialogue_state (expires_at);
