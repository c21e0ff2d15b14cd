-- The bot's per-person rate limit, shared by every instance on this database (several webhook instances
-- count one window). One row per limited key: a pseudonymous user ref, with ':prompt' for replies to the
-- bot's own prompts, which are counted apart. Times are milliseconds on the bot's clock (GCRA's theoretical
-- arrival time and until when the person was told about waiting or refusal). Rows expire within a minute
-- of the last message and are swept. Unlogged: no WAL flush per message (about 5 ms a message on a busy disk,
-- 0.5 ms without); after a crash the table comes back empty, which only restarts everyone's window.
create unlogged table rate_limit (
  key text primary key,
  tat double precision not null default 0,
  told_wait_until double precision not null default 0,
  told_refused_until double precision not null default 0,
  -- the decision of the last message (set by the same statement that moved the window)
  decision text not null default 'go',
  delay_ms double precision not null default 0,
  tell boolean not null default false,
  expires_at timestamptz not null
);
create index rate_limit_expires on rate_limit (expires_at);
