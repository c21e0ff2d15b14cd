import { type Api, GrammyError, HttpError } from 'grammy';
import type { ChatUsersRepo } from '../db/chat-users-repo.ts';
import { createHandoffsRepo } from '../db/handoffs-repo.ts';
import { createOutboxRepo, type DeliveryOutcome, type OutboxMessage } from '../db/outbox-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import { splitMessage } from './helpers/split.ts';

/**
 * Delivers what the mentor workspace queued (mentors' replies) into the artisans' chats: at start and then
 * every second, in order per chat and once each (the outbox repository's locking). A 403 (the user blocked
 * the bot) fails the message for good and marks the user; a 429 pauses all delivery for retry_after.
 * Sent as plain text: a mentor's words are never parsed as markup. The question it answers is quoted above.
 */
export function createOutboxDelivery(deps: {
  db: Database;
  /** An Api without auto-retry: a 429 must release the outbox lock, not hold it while waiting. */
  api: Api;
  users: ChatUsersRepo;
  log: Logger;
  intervalMs?: number;
}) {
  const repo = createOutboxRepo(deps.db);
  const handoffs = createHandoffsRepo(deps.db);
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;
  const blockedChats = new Set<number>();

  async function send(message: OutboxMessage): Promise<DeliveryOutcome> {
    try {
      for (const part of splitMessage(await withQuestion(message))) {
        await deps.api.sendMessage(message.chatId, part, { link_preview_options: { is_disabled: true } });
      }
      deps.log.info({ outboxId: message.id, handoffId: message.handoffId }, 'outbox message delivered');
      return { kind: 'sent' };
    } catch (error) {
      if (error instanceof GrammyError) {
        if (error.error_code === 403) {
          // Marked after the round: a query here would wait for the delivery transaction holding the
          // embedded database's only connection, and that transaction waits for this send.
          blockedChats.add(message.chatId);
          deps.log.warn(
            { outboxId: message.id, code: 'TELEGRAM_403' },
            'user blocked the bot; message dropped',
          );
          return { kind: 'failed', error: error.description };
        }
        if (error.error_code === 429) {
          const seconds = error.parameters.retry_after ?? 5;
          pausedUntil = Date.now() + seconds * 1000;
          deps.log.warn({ outboxId: message.id, retryAfter: seconds }, 'flood control; outbox paused');
          return { kind: 'retry', error: error.description };
        }
        if (
          error.error_code === 400 &&
          /chat not found|user is deactivated|PEER_ID_INVALID/i.test(error.description)
        )
          return { kind: 'failed', error: error.description };
        if (error.error_code === 400 && message.attempts >= 4)
          return { kind: 'failed', error: error.description };
        return { kind: 'retry', error: error.description };
      }
      if (error instanceof HttpError) return { kind: 'retry', error: error.message };
      throw error;
    }
  }

  /**
   * A mentor's reply says which question it answers: the question quoted above it (a reply days later
   * would otherwise arrive out of context). A read only, outside any lock the delivery holds.
   */
  async function withQuestion(message: OutboxMessage): Promise<string> {
    if (message.handoffId === null) return message.body;
    const handoff = await handoffs.get(message.handoffId).catch(() => null);
    if (!handoff) return message.body;
    const question = handoff.question.replace(/\s+/g, ' ').trim();
    const short = question.length > 160 ? `${question.slice(0, 157).trimEnd()}…` : question;
    return `↩️ «${short}»\n\n${message.body}`;
  }

  function tick(): Promise<number> {
    if (stopped || Date.now() < pausedUntil) return Promise.resolve(0);
    running ??= repo
      .deliver(send, 20)
      .then(async (attempted) => {
        for (const chatId of [...blockedChats]) {
          blockedChats.delete(chatId);
          await deps.users.markBlocked(chatId).catch(() => undefined);
        }
        return attempted;
      })
      .catch((error) => {
        deps.log.error({ err: error }, 'outbox delivery failed');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    tick,
    start() {
      stopped = false;
      void tick();
      timer = setInterval(() => void tick(), deps.intervalMs ?? 1_000);
      timer.unref();
    },
    /** Stops the timer and waits for a delivery in progress. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
