import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transformer } from 'grammy';
import type { ApiResponse, Message } from 'grammy/types';
import type { Logger } from '../../logger.ts';
import type { OutboxDelivery, SendPayload } from '../outbox.ts';

/** The update being handled, for the messages it sends (see dedupe, which opens the scope). */
export interface AnswerScope {
  updateId: number;
  userRef?: string;
  /** The place of the next message among this update's messages. */
  seq: number;
}

const scopes = new AsyncLocalStorage<AnswerScope>();

/** Runs an update's handlers with its scope: the messages they send are the update's answer. */
export function answering<T>(scope: AnswerScope, fn: () => Promise<T>): Promise<T> {
  return scopes.run(scope, fn);
}

/** What the handler is told of a message that is queued and will be sent when Telegram allows. */
function queuedResult(payload: SendPayload, id: number): ApiResponse<Message.TextMessage> {
  return {
    ok: true,
    result: {
      message_id: 0,
      date: Math.floor(Date.now() / 1000),
      chat: { id: payload.chat_id, type: 'private', first_name: '' },
      text: payload.text,
      // Not Telegram's: marks a message that is in the outbox (its id there), not yet in the chat.
      ...({ outbox_id: id } as object),
    } as Message.TextMessage,
  };
}

/**
 * The bot's messages while it handles an update (answers, choice lists, declines, prompts) go through the
 * outbox for a user who consented: each is written there first (keyed by the update and its place, so a
 * re-delivered update queues nothing twice), then sent at once through the bot's own client (throttling,
 * auto-retry of short waits). When Telegram pushes back beyond that (a 429 with a long retry_after, 5xx, the
 * network), the message stays queued and the outbox delivers it when allowed, after a restart too; the
 * handler goes on as if sent. A 403 or a refused message (400) is told to the handler as before. Messages to
 * someone who did not consent, outside an update (the error handler's apology), and any message while the
 * database is down are sent directly, as before.
 */
export function answersThroughOutbox(delivery: OutboxDelivery, log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const scope = scopes.getStore();
    if (method !== 'sendMessage' || !scope?.userRef || !payload) return prev(method, payload, signal);
    const { chat_id, text, parse_mode, ...extra } = payload as unknown as SendPayload & {
      parse_mode?: string;
    };
    const chatId = Number(chat_id);
    if (!Number.isSafeInteger(chatId) || typeof text !== 'string') return prev(method, payload, signal);
    const seq = scope.seq++;
    let queued: Awaited<ReturnType<OutboxDelivery['repo']['enqueueAnswer']>>;
    try {
      queued = await delivery.repo.enqueueAnswer({
        userRef: scope.userRef,
        chatId,
        body: text,
        updateId: scope.updateId,
        seq,
        parseMode: parse_mode,
        extra,
      });
    } catch (error) {
      log.warn({ err: error, seq }, 'answer not queued (database unavailable); sent directly');
      return prev(method, payload, signal);
    }
    if (queued.kind === 'not-consented') return prev(method, payload, signal);
    const message = { chat_id: chatId, text };
    // Queued before by an earlier handling of this update (it crashed or was re-delivered): the outbox
    // has it, and sends it if it is not sent yet.
    if (queued.kind === 'existing' && queued.sent) return queuedResult(message, queued.id) as never;
    const attempt = await delivery
      .deliverNow(chatId, queued.id, (body) => prev('sendMessage', body, signal) as never)
      .catch((error) => {
        log.warn({ err: error, outboxId: queued.id }, 'answer queued; sending it now failed');
        return null;
      });
    if (attempt?.response && (attempt.outcome.kind !== 'retry' || attempt.response.ok))
      return attempt.response as never;
    if (attempt)
      log.info(
        { outboxId: queued.id, error: attempt.outcome.kind === 'retry' ? attempt.outcome.error : undefined },
        'answer queued; the outbox sends it when Telegram allows',
      );
    return queuedResult(message, queued.id) as never;
  };
}
