-- Issue 18, "nothing lost": the bot's own answers go through the outbox like mentors' replies, and an
-- update's claim is a lease that a process which died while answering cannot keep.

-- An answer's row is keyed by the update it answers and its place among that update's messages, so a
-- re-delivered update that is handled again queues nothing twice.
alter table outbox add column update_id bigint;
alter table outbox add column seq integer;
-- How the message is sent: Telegram's parse_mode and the other sendMessage fields (buttons, reply target).
alter table outbox add column parse_mode text;
alter table outbox add column extra jsonb;
-- Not sent before this time (Telegram's retry_after), and taken by a sender until leased_until.
alter table outbox add column not_before timestamptz;
alter table outbox add column leased_until timestamptz;
alter table outbox add column leased_by text;
-- Telegram's id of the delivered message.
alter table outbox add column message_id bigint;
create unique index outbox_update_seq on outbox (update_id, seq) where update_id is not null;
-- Sent answers are pruned with the update claims they protect.
create index outbox_answers_sent on outbox (sent_at) where update_id is not null;

-- The claim of an update: who handles it and since when (renewed while handling), and when it was done.
-- A claim that is not done and whose holder died (or stopped renewing) is taken over by a re-delivery.
alter table bot_updates add column holder text;
alter table bot_updates add column claimed_at timestamptz;
alter table bot_updates add column done_at timestamptz;
update bot_updates set done_at = received_at, claimed_at = received_at;
