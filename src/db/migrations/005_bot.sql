-- Telegram updates the bot has taken on, so that a re-delivered update (a webhook retried by Telegram, a poll
-- whose confirmation was lost, two instances behind a load balancer) is handled and answered once. Only the
-- update id and the time are kept: nothing personal, so the claim is made before consent too.
create table bot_updates (
  update_id bigint primary key,
  received_at timestamptz not null default now()
);
create index bot_updates_received on bot_updates (received_at);

-- A follow-up question reads the chat's last turns; without this index that read scans the whole log.
create index interactions_chat on interactions (chat_ref, id desc) where chat_ref is not null;
