import { type Api, GrammyError, HttpError } from 'grammy';
import type { ApiResponse, Message } from 'grammy/types';
import type { ChatUsersRepo } from '../db/chat-users-repo.ts';
import { createHandoffsRepo } from '../db/handoffs-repo.ts';
import { createOutboxRepo, type DeliveryOutcome, type OutboxMessage } from '../db/outbox-repo.ts';
import type { Database } from '../db/port.ts';
import type { Logger } from '../logger.ts';
import { instanceHolder, isDeadHolder } from './helpers/holder.ts';
import { splitMessage } from './helpers/split.ts';

/** The fields of a sendMessage call the outbox makes. */
export type SendPayload = { chat_id: number; text: string } & Record<string, unknown>;
/** One sendMessage through some client: Telegram's answer, ok or not; a network failure throws. */
export type SendCall = (payload: SendPayload) => Promise<ApiResponse<Message.TextMessage>>;

/** A delivery attempt of one message, with Telegram's answer to its (last) send. */
export interface Attempt {
  outcome: DeliveryOutcome;
  response?: ApiResponse<Message.TextMessage>;
}

const GONE = /chat not found|user is deactivated|PEER_ID_INVALID/i;
/** Backoff for a message that failed for a reason Telegram did not time (5xx, network): 1 s, 2 s … 64 s. */
const backoffMs = (attempts: number) => 1_000 * 2 ** Math.min(attempts, 6);

/**
 * Delivers the outbox into users' chats: mentors' replies queued by the workspace, and the bot's own answers
 * that could not be sent at once (see helpers/answer-outbox.ts). At start and then every second, in order per
 * chat and once each (the repository's leases). A 403 (the user blocked the bot) fails the message for good
 * and marks the user; a 429 holds that message (and the chat's later ones) until its retry_after has passed,
 * however long it is, so that nothing is given up because Telegram pushed back; other chats go on.
 * Mentors' replies are sent as plain text (a mentor's words are never parsed as markup), with the question
 * they answer quoted above; answers as the bot composed them (HTML, buttons, reply target).
 */
export function createOutboxDelivery(deps: {
  db: Database;
  /** An Api without auto-retry: a 429 must release the message, not hold it while waiting. */
  api: Api;
  users: ChatUsersRepo;
  log: Logger;
  intervalMs?: number;
  /** Scales Telegram's retry_after (tests: 0.02 turns 75 s into 1.5 s; the protocol is unchanged). */
  retryAfterScale?: number;
}) {
  const repo = createOutboxRepo(deps.db);
  const handoffs = createHandoffsRepo(deps.db);
  const holder = instanceHolder();
  const scale = deps.retryAfterScale ?? 1;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;
  let lastSweep = 0;
  const blockedChats = new Set<number>();

  const viaApi: SendCall = async (payload) => {
    try {
      const { chat_id, text, ...other } = payload;
      return { ok: true, result: await deps.api.sendMessage(chat_id, text, other) };
    } catch (error) {
      if (error instanceof GrammyError)
        return {
          ok: false,
          error_code: error.error_code,
          description: error.description,
          parameters: error.parameters,
        };
      throw error;
    }
  };

  /** The sendMessage calls of one outbox message. */
  async function payloadsOf(message: OutboxMessage): Promise<SendPayload[]> {
    if (message.updateId !== null)
      return [
        {
          ...(message.extra ?? {}),
          chat_id: message.chatId,
          text: message.body,
          ...(message.parseMode ? { parse_mode: message.parseMode } : {}),
        },
      ];
    return splitMessage(await withQuestion(message)).map((part) => ({
      chat_id: message.chatId,
      text: part,
      link_preview_options: { is_disabled: true },
    }));
  }

  /** What Telegram's answer means for the message. */
  function judge(message: OutboxMessage, response: ApiResponse<Message.TextMessage>): DeliveryOutcome {
    if (response.ok) return { kind: 'sent', messageId: response.result.message_id };
    const { error_code: code, description } = response;
    if (code === 403) {
      // Marked after the round: the user row may be locked by whoever is waiting for this send.
      blockedChats.add(message.chatId);
      deps.log.warn({ outboxId: message.id, code: 'TELEGRAM_403' }, 'user blocked the bot; message dropped');
      return { kind: 'failed', error: description };
    }
    if (code === 429) {
      const seconds = response.parameters?.retry_after ?? 5;
      const retryAfterMs = seconds * 1000 * scale;
      deps.log.warn(
        { outboxId: message.id, retryAfter: seconds, answer: message.updateId !== null },
        'flood control; message held until retry_after',
      );
      return { kind: 'retry', error: description, retryAfterMs };
    }
    if (code === 400 && GONE.test(description)) return { kind: 'failed', error: description };
    // An answer Telegram refuses (its markup, its length) will be refused again: it fails now and the
    // update's handler hears of it; a mentor's plain text is given a few tries.
    if (code === 400 && (message.updateId !== null || message.attempts >= 4))
      return { kind: 'failed', error: description };
    return { kind: 'retry', error: description, retryAfterMs: backoffMs(message.attempts) };
  }

  /** Sends one message through `call`; the last response and the outcome are kept in `attempt`. */
  function sender(call: SendCall, attempt: Attempt) {
    const attemptOnce = async (message: OutboxMessage): Promise<DeliveryOutcome> => {
      try {
        let messageId: number | undefined;
        for (const payload of await payloadsOf(message)) {
          const response = await call(payload);
          attempt.response = response;
          const outcome = judge(message, response);
          if (outcome.kind !== 'sent') return outcome;
          messageId ??= outcome.messageId;
        }
        deps.log.info(
          { outboxId: message.id, handoffId: message.handoffId, answer: message.updateId !== null },
          'outbox message delivered',
        );
        return { kind: 'sent', messageId };
      } catch (error) {
        if (error instanceof HttpError)
          return { kind: 'retry', error: error.message, retryAfterMs: backoffMs(message.attempts) };
        throw error;
      }
    };
    return async (message: OutboxMessage): Promise<DeliveryOutcome> => {
      const outcome = await attemptOnce(message);
      attempt.outcome = outcome;
      return outcome;
    };
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

  async function markBlockedChats() {
    for (const chatId of [...blockedChats]) {
      blockedChats.delete(chatId);
      await deps.users.markBlocked(chatId).catch(() => undefined);
    }
  }

  function tick(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    running ??= (async () => {
      // Messages a process held when it died (same host, its pid gone) are given back at once; on
      // another host their lease runs out.
      if (Date.now() - lastSweep > 10_000) {
        lastSweep = Date.now();
        const released = await repo.releaseHeldBy(isDeadHolder);
        if (released > 0) deps.log.warn({ released }, 'outbox messages of a dead process given back');
      }
      const attempted = await repo.deliver(sender(viaApi, { outcome: { kind: 'sent' } }), 20, holder);
      await markBlockedChats();
      return attempted;
    })()
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
    repo,
    tick,
    /**
     * Delivers a chat's due messages up to message `id` now, through `call` (the bot's own client, with its
     * throttling): the answer of the update being handled. Null when it could not be attempted now (the
     * chat's earlier messages wait, or another sender holds it): the timer sends it when it is due.
     */
    async deliverNow(chatId: number, id: number, call: SendCall): Promise<Attempt | null> {
      const attempt: Attempt = { outcome: { kind: 'sent' } };
      const outcome = await repo.deliverChat(chatId, id, sender(call, attempt), holder);
      await markBlockedChats();
      return outcome ? { ...attempt, outcome } : null;
    },
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

export type OutboxDelivery = ReturnType<typeof createOutboxDelivery>;
