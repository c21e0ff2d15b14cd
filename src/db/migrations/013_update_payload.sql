-- Issue 18, kill -9 mid-answer: long polling confirms an update to Telegram when the next batch is fetched,
-- often before it is answered, so Telegram does not deliver it again after a crash. The update of a
-- consented user is kept with its claim until it is done (then cleared), so that the next process finds
-- the unfinished updates of a dead one and answers them.
alter table bot_updates add column payload jsonb;
create index bot_updates_unfinished on bot_updates (claimed_at) where done_at is null and payload is not null;
